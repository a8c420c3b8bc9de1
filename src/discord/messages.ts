import type { Message } from 'discord.js';
import { answerFor } from './answering.ts';
import type { BotContext } from './context.ts';
import { errorReference } from './interactions.ts';
import { cooldownNotice, errorNotice, mentionHintNotice } from './render/notices.ts';
import { replyToMessage } from './respond.ts';

/**
 * The question in a message, or null when the message is not for the bot. In a DM the whole text is
 * the question; in a server only messages that mention the bot count, with the mention taken out.
 */
export function questionFromMessage(
  message: { readonly content: string; readonly inGuild: boolean; readonly mentionsBot: boolean },
  botId: string,
): string | null {
  if (message.inGuild && !message.mentionsBot) return null;
  return message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Answers DMs and mentions like `/ask`, as a reply that pings nobody. */
export function createMessageHandler(ctx: BotContext) {
  return async function handleMessage(message: Message): Promise<void> {
    if (message.author.bot || message.system || message.webhookId !== null) return;
    const botId = message.client.user.id;
    const question = questionFromMessage(
      {
        content: message.content,
        inGuild: message.inGuild(),
        mentionsBot: message.mentions.users.has(botId),
      },
      botId,
    );
    if (question === null) return;
    const started = performance.now();
    const log = ctx.logger.child({
      message: message.id,
      kind: message.inGuild() ? 'mention' : 'dm',
      user: message.author.id,
      guild: message.guildId ?? 'dm',
    });
    let outcome = 'ok';
    try {
      const allowed = ctx.config.ownerIds.includes(message.author.id)
        ? ({ ok: true, notify: false } as const)
        : ctx.cooldown.take(message.author.id);
      if (!allowed.ok) {
        outcome = 'cooldown';
        // A message cannot be answered privately: say it once per window, then stay quiet.
        if (allowed.notify)
          await replyToMessage(message, { ...cooldownNotice(allowed.retryAfterMs), ephemeral: false });
      } else if (question === '') {
        await replyToMessage(message, mentionHintNotice());
      } else {
        await replyToMessage(message, answerFor(ctx, question, message.author.id, false));
      }
    } catch (error) {
      outcome = 'error';
      const ref = errorReference();
      log.error({ err: error, ref }, 'message failed');
      await replyToMessage(message, { ...errorNotice(ref), ephemeral: false }).catch((e) =>
        log.warn({ err: e, ref }, 'could not tell the user about the failure'),
      );
    } finally {
      log.info(
        { outcome, latencyMs: Math.round((performance.now() - started) * 10) / 10 },
        'message handled',
      );
    }
  };
}
