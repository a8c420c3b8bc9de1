import {
  type APIButtonComponentWithCustomId,
  type APIEmbedFooter,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { foldWord, printable, wordSpans } from '../../core/text.ts';
import type { CorpusStats } from '../context.ts';
import type { ButtonRow, ReplyPayload } from '../payload.ts';
import { escapeText, plural } from '../text.ts';

/** Embed colours by kind of reply. */
export const COLOR = {
  answer: 0x2b6cb0,
  unanswered: 0x718096,
  list: 0x2f855a,
  report: 0xb7791f,
  failure: 0xc53030,
} as const;

/** `5 articles · 82 paragraphs · loaded`, shown next to the embed timestamp (the load time). */
export function corpusFooter(stats: CorpusStats): APIEmbedFooter {
  return { text: `${plural(stats.articles, 'article')} · ${plural(stats.paragraphs, 'paragraph')} · loaded` };
}

/** An http(s) URL safe inside a markdown link and an embed, or undefined. */
export function safeUrl(url: string): string | undefined {
  if (url === '' || url.length > 2000) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  // Parentheses would end a markdown link early; an `@` is encoded so nothing in a link looks like a mention.
  return parsed.href.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll('@', '%40');
}

/**
 * A file name, title, outlet or date for a message: control and bidirectional characters shown as
 * escapes (`\u202E`, `\n`) so they cannot reorder or break the line, then escaped for Discord.
 */
export function escapeName(name: string): string {
  return escapeText(printable(name));
}

/** `Al Jazeera — Title · 2020-10-14`, leaving out what the article does not say; escaped. */
export function articleLine(meta: { source: string; title: string; date: string }): string {
  const title = escapeName(meta.title || 'Untitled');
  const head = meta.source ? `${escapeName(meta.source)} — ${title}` : title;
  return meta.date ? `${head} · ${escapeName(meta.date)}` : head;
}

/** The title as a link when the article has a URL. */
export function titleLink(meta: { title: string; url: string }): string {
  const title = escapeName(meta.title || 'Untitled');
  const url = safeUrl(meta.url);
  return url ? `[${title}](${url})` : title;
}

/** Escapes `text` and puts the words the search matched in bold (compared the way the core folds words). */
export function highlight(text: string, matchedWords: readonly string[]): string {
  const wanted = new Set(matchedWords.map(foldWord));
  let out = '';
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!wanted.has(span.word)) continue;
    out += `${escapeText(text.slice(at, span.start))}**${escapeText(text.slice(span.start, span.end))}**`;
    at = span.end;
  }
  return out + escapeText(text.slice(at));
}

export function button(customId: string, label: string, disabled = false): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label, disabled };
}

/** Previous / Next for page `page` (1-based) of `pages`; no row when everything fits on one page. */
export function pagerRows(page: number, pages: number, idFor: (page: number) => string): ButtonRow[] {
  if (pages <= 1) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button(idFor(page - 1), '◀ Previous', page <= 1),
        button(idFor(page + 1), 'Next ▶', page >= pages),
      ],
    },
  ];
}

export function pageCount(items: number, pageSize: number): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

/** One page of a list: the requested page kept within range, and the items on it (`first` is 0-based). */
export function pageOf<T>(
  items: readonly T[],
  requested: number,
  pageSize: number,
): { page: number; pages: number; first: number; items: readonly T[] } {
  const pages = pageCount(items.length, pageSize);
  const page = Math.min(Math.max(requested, 1), pages);
  const first = (page - 1) * pageSize;
  return { page, pages, first, items: items.slice(first, first + pageSize) };
}

/** A short private message: refusals, errors, cooldowns, expired buttons. */
export function notice(text: string): ReplyPayload {
  return { content: text, embeds: [], components: [], ephemeral: true };
}
