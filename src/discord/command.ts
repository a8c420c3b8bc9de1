import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { NewsdeskError } from '../core/errors.ts';
import type { BotContext } from './context.ts';
import type { CustomId } from './custom-id.ts';
import type { ReplyPayload } from './payload.ts';

/**
 * One slash command: its registration data and its handlers. Each module in `commands/` exports one,
 * checked with `satisfies Command`.
 */
export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the reply is private; used when a slow handler is deferred automatically. Default: public. */
  readonly ephemeral?: (interaction: ChatInputCommandInteraction) => boolean;
  readonly execute: (interaction: ChatInputCommandInteraction, ctx: BotContext) => Promise<void>;
  readonly autocomplete?: (interaction: AutocompleteInteraction, ctx: BotContext) => Promise<void>;
  /** Buttons whose custom id names this command's view. */
  readonly button?: (interaction: ButtonInteraction, id: CustomId, ctx: BotContext) => Promise<void>;
  /**
   * How this command shows a refusal (a {@link NewsdeskError} its handlers threw); unset or
   * `undefined`: the plain private notice with the error's message.
   */
  readonly refusal?: (
    interaction: ChatInputCommandInteraction,
    error: NewsdeskError,
  ) => ReplyPayload | undefined;
}
