import type { View } from '../custom-id.ts';
import { fitPayload, type ReplyPayload } from '../payload.ts';
import { escapeText, truncate } from '../text.ts';
import { notice } from './elements.ts';

export function cooldownNotice(retryAfterMs: number): ReplyPayload {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return notice(`You're asking faster than I can keep up with. Try again in ${seconds} s.`);
}

/** The generic failure; `ref` is also on the log line, so the owner can find what happened. */
export function errorNotice(ref: string): ReplyPayload {
  return notice(
    `Something went wrong on my side, sorry. If it keeps happening, tell the bot owner: reference \`${ref}\`.`,
  );
}

export function userErrorNotice(message: string): ReplyPayload {
  return fitPayload(notice(message));
}

export function expiredNotice(view: View): ReplyPayload {
  const again = view === 'ask' ? 'Ask again with /ask' : `Run /${view} again`;
  return notice(`Those buttons have expired (results keep them for 30 minutes, until I restart). ${again}.`);
}

export function forgedButtonNotice(): ReplyPayload {
  return notice("That button isn't one I recognise, so I did nothing.");
}

export function unknownCommandNotice(name: string): ReplyPayload {
  return notice(`I don't know /${escapeText(truncate(name, 32))} (any more). Type / to see my commands.`);
}

export function mentionHintNotice(): ReplyPayload {
  return {
    content:
      'Ask me about the news articles: mention me followed by a question, or use /ask. /help shows all I can do.',
    embeds: [],
    components: [],
    ephemeral: false,
  };
}
