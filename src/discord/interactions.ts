import type { Interaction } from 'discord.js';
import { errorReference, NewsdeskError } from '../core/errors.ts';
import type { Command } from './command.ts';
import type { BotContext } from './context.ts';
import { parseCustomId } from './custom-id.ts';
import { AUTO_DEFER_AFTER_MS } from './limits.ts';
import {
  cooldownNotice,
  errorNotice,
  forgedButtonNotice,
  unknownCommandNotice,
  userErrorNotice,
} from './render/notices.ts';
import { deferEarly, reply } from './respond.ts';

// The message handler shares the references.
export { errorReference };

type Outcome = 'ok' | 'cooldown' | 'unknown' | 'user-error' | 'error';

/**
 * The one `interactionCreate` handler: finds the command in a map, applies the cooldown, guards the
 * 3-second deadline, and catches every failure once, logging it and telling the user: a
 * {@link NewsdeskError} with its own message (or the command's `refusal`), anything else with a
 * reference that matches the log line.
 */
export function createInteractionHandler(ctx: BotContext, commands: readonly Command[]) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const kind = interaction.isAutocomplete()
      ? 'autocomplete'
      : interaction.isChatInputCommand()
        ? 'command'
        : interaction.isButton()
          ? 'button'
          : 'other';
    const name =
      interaction.isCommand() || interaction.isAutocomplete()
        ? interaction.commandName
        : interaction.isButton()
          ? interaction.customId
          : String(interaction.type);
    const log = ctx.logger.child({
      interaction: interaction.id,
      kind,
      name,
      user: interaction.user.id,
      guild: interaction.guildId ?? 'dm',
    });
    let outcome: Outcome = 'ok';
    let deadline: NodeJS.Timeout | undefined;
    let command: Command | undefined;

    try {
      if (interaction.isAutocomplete()) {
        const command = byName.get(interaction.commandName);
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      } else if (interaction.isChatInputCommand()) {
        command = byName.get(interaction.commandName);
        if (command === undefined) {
          outcome = 'unknown';
          await reply(interaction, unknownCommandNotice(interaction.commandName));
        } else {
          const allowed = ctx.config.ownerIds.includes(interaction.user.id)
            ? ({ ok: true } as const)
            : ctx.cooldown.take(interaction.user.id);
          if (!allowed.ok) {
            outcome = 'cooldown';
            await reply(interaction, cooldownNotice(allowed.retryAfterMs));
          } else {
            const ephemeral = command.ephemeral?.(interaction) ?? false;
            deadline = setTimeout(() => deferEarly(interaction, ephemeral), AUTO_DEFER_AFTER_MS);
            await command.execute(interaction, ctx);
          }
        }
      } else if (interaction.isButton()) {
        const id = parseCustomId(interaction.customId);
        command = id === null ? undefined : byName.get(id.view);
        if (id === null || command?.button === undefined) {
          outcome = 'unknown';
          log.warn({ customId: interaction.customId }, 'unrecognised button');
          await reply(interaction, forgedButtonNotice());
        } else {
          deadline = setTimeout(() => deferEarly(interaction, true), AUTO_DEFER_AFTER_MS);
          await command.button(interaction, id, ctx);
        }
      }
    } catch (error) {
      if (interaction.isAutocomplete()) {
        outcome = 'error';
        log.error({ err: error }, 'autocomplete failed');
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      } else if (interaction.isRepliable()) {
        if (error instanceof NewsdeskError) {
          outcome = 'user-error';
          log.warn({ code: error.code, reason: error.message }, 'refused');
          const shown =
            (interaction.isChatInputCommand() ? command?.refusal?.(interaction, error) : undefined) ??
            userErrorNotice(error.message);
          await reply(interaction, shown).catch((e) => log.warn({ err: e }, 'could not tell the user'));
        } else {
          outcome = 'error';
          const ref = errorReference();
          log.error({ err: error, ref }, 'interaction failed');
          await reply(interaction, errorNotice(ref)).catch((e) =>
            log.warn({ err: e, ref }, 'could not tell the user about the failure'),
          );
        }
      }
    } finally {
      clearTimeout(deadline);
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      log[kind === 'autocomplete' ? 'debug' : 'info']({ outcome, latencyMs }, 'interaction handled');
    }
  };
}
