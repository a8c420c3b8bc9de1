/**
 * Escaping and trimming of text for Discord. Every cut to a length limit goes through {@link truncate}.
 */

export const ELLIPSIS = '…';
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Shortens `text` to at most `max` UTF-16 code units, ending with `…` when cut. Never splits a
 * surrogate pair and never leaves a dangling backslash that would escape the ellipsis.
 *
 * @example truncate('Nagorno-Karabakh', 8) // 'Nagorno…'
 */
export function truncate(text: string, max: number): string {
  if (max < 1) return '';
  if (text.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  let cut = max - ELLIPSIS.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  let head = text.slice(0, cut).trimEnd();
  const backslashes = /\\+$/.exec(head)?.[0].length ?? 0;
  if (backslashes % 2 === 1) head = head.slice(0, -1);
  return head + ELLIPSIS;
}

/**
 * Joins `items` with `separator` within `max` characters; the items that do not fit are counted in a
 * closing `…and N more`.
 *
 * @example joinWithin(['a.txt', 'b.txt', 'c.txt'], 16) // 'a.txt\n…and 2 more'
 */
export function joinWithin(items: readonly string[], max: number, separator = '\n'): string {
  const all = items.join(separator);
  if (all.length <= max) return all;
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] ?? '';
    const candidate = i === 0 ? item : out + separator + item;
    const left = items.length - i - 1;
    const reserve = left > 0 ? `${separator}${ELLIPSIS}and ${left} more`.length : 0;
    if (candidate.length + reserve <= max) {
      out = candidate;
      continue;
    }
    const more = `${ELLIPSIS}and ${items.length - i} more`;
    if (i > 0 && out.length + separator.length + more.length <= max) return out + separator + more;
    if (i > 0) return truncate(out, max);
    const suffix = left > 0 ? `${separator}${ELLIPSIS}and ${left} more` : '';
    return truncate(item, max - suffix.length) + suffix;
  }
  return out;
}

/**
 * Makes mentions inert: `@everyone`/`@here` and `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<:emoji:id>`,
 * `<t:…>` get a zero-width space so Discord shows them as text and can never ping.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(?=[@#:/]|a:|t:)/g, `<${ZERO_WIDTH_SPACE}`);
}

/** Backslash-escapes Discord markdown so the text shows literally: emphasis, code, spoilers, links, headings, lists, quotes. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^([ \t]*)([>#+-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\.(?=[ \t])/gm, '$1\\.');
}

/**
 * Escapes text that came from an article or a user so it can neither format nor ping.
 *
 * @example escapeText('**Breaking** @everyone') // '\\*\\*Breaking\\*\\* @\u200beveryone'
 */
export function escapeText(text: string): string {
  return escapeMarkdown(neutralizeMentions(text));
}

/** Collapses runs of whitespace (article paragraphs can carry hard line breaks). */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Prefixes every line with `> ` (a Discord block quote). */
export function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
