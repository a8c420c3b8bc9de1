import {
  type ButtonInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type Message,
  MessageFlags,
  type MessageReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import { fitPayload, type ReplyPayload } from './payload.ts';

/** Nothing the bot sends may ping anyone, including the user it replies to. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

type Acknowledgement = 'deferred-reply' | 'deferred-update';

/** How each interaction was acknowledged early (by the deadline guard), and the request still in flight. */
const early = new WeakMap<RepliableInteraction, { kind: Acknowledgement; done: Promise<unknown> }>();
/** Interactions whose answer is already on its way: discord.js marks them replied only once it lands. */
const answering = new WeakSet<RepliableInteraction>();

function body(payload: ReplyPayload) {
  const fitted = fitPayload(payload);
  return {
    content: fitted.content,
    embeds: [...fitted.embeds],
    components: [...fitted.components],
    allowedMentions: NO_MENTIONS,
    ephemeral: fitted.ephemeral,
  };
}

async function settle(interaction: RepliableInteraction): Promise<Acknowledgement | undefined> {
  const state = early.get(interaction);
  if (state === undefined) return undefined;
  await state.done.catch(() => undefined);
  return state.kind;
}

/**
 * Acknowledges an interaction without answering yet, so a slow handler does not miss Discord's
 * 3-second deadline. Commands get a "thinking" reply; buttons keep their message as it is.
 */
export function deferEarly(interaction: RepliableInteraction, ephemeral: boolean): void {
  if (interaction.replied || interaction.deferred || early.has(interaction) || answering.has(interaction))
    return;
  const done = interaction.isButton()
    ? interaction.deferUpdate()
    : interaction.deferReply({ flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  // A failed defer surfaces when the handler answers; here it must not become an unhandled rejection.
  done.catch(() => undefined);
  early.set(interaction, { kind: interaction.isButton() ? 'deferred-update' : 'deferred-reply', done });
}

/** Sends `payload` as the answer to an interaction, whatever state it is in. */
export async function reply(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  answering.add(interaction);
  const acknowledged = await settle(interaction);
  const { ephemeral, ...message } = body(payload);
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const deferredReply =
    acknowledged === 'deferred-reply' ||
    (acknowledged === undefined && interaction.deferred && !interaction.replied && !interaction.isButton());
  if (deferredReply) {
    await interaction.editReply({
      ...message,
      content: message.content ?? '',
    } satisfies InteractionEditReplyOptions);
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp({ ...message, flags } satisfies InteractionReplyOptions);
  } else {
    await interaction.reply({ ...message, flags } satisfies InteractionReplyOptions);
  }
}

/** Replaces the message a button sits on (its ephemerality cannot change). */
export async function update(interaction: ButtonInteraction, payload: ReplyPayload): Promise<void> {
  answering.add(interaction);
  const acknowledged = await settle(interaction);
  const { ephemeral: _ephemeral, ...message } = body(payload);
  const replacement = { ...message, content: message.content ?? '' };
  if (acknowledged !== undefined || interaction.deferred || interaction.replied) {
    await interaction.editReply(replacement satisfies InteractionEditReplyOptions);
  } else {
    await interaction.update(replacement satisfies InteractionUpdateOptions);
  }
}

/** Answers a plain message (a DM or a mention) with a reply that pings nobody. */
export async function replyToMessage(message: Message, payload: ReplyPayload): Promise<Message> {
  const { ephemeral: _ephemeral, ...rest } = body(payload);
  return message.reply({ ...rest, failIfNotExists: false } satisfies MessageReplyOptions);
}
