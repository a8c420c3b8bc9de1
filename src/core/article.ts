import { parseDate, parseDateLine } from './dates.ts';
import { cleanLine } from './text.ts';
import type { Article, ArticleMeta } from './types.ts';

/** What the text of one article file says: its metadata and its paragraphs of article text. */
export interface ParsedArticle {
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly string[];
}

// Whole lines that are site furniture, not article text. Each is anchored at both ends and kept short,
// so a real sentence that merely starts the same way is never dropped.
const BOILERPLATE: readonly RegExp[] = [
  /^\d+\s*min(?:ute)?s?\.?\s+read$/i,
  /^story code\s*:?\s*\d+$/i,
  /^follow us on\b.{0,120}$/i,
  /^leave a (?:reply|comment)$/i,
  /^[\s\p{P}\p{S}]*$/u,
  /^\[[^\]]{0,40}\]$/,
  /^(?:read more|read also|see also|related|more on this)\b\s*:?.{0,150}$/i,
  /^(?:all news|advertisement|share|share this(?: article)?|tweet|print|email|comments?)$/i,
  /^(?:subscribe|sign up)\b.{0,80}$/i,
  /^click here\b.{0,80}$/i,
  /^(?:copyright|©|\(c\)).{0,120}$/i,
  /^(?:tags?|topics?|filed under)\s*:.{0,200}$/i,
  /^(?:photo|image|picture|credit)s?\s*:.{0,150}$/i,
];

const SOURCE_LINE = /^source\s*:\s*(.{1,120})$/i;
// "BAKU, October 3. /TASS/." and "ANKARA (Reuters) -" datelines name the outlet.
const SLASH_DATELINE = /^[\p{Lu}][\p{Lu} .'-]+,\s+([^/]{3,30}?)\.?\s+\/([\p{L} .&-]{2,40})\/\.?/u;
const PAREN_DATELINE =
  /^[\p{Lu}][\p{Lu} .,'-]+\s+\((Reuters|AP|AFP|Anadolu|Xinhua|TASS|Interfax|UPI|dpa)\)\s+[-–—]/u;
const HEADLINE_SEPARATOR = /\s+[–—|]\s+/;
const MAX_HEADLINE = 160;
/** Longest title kept, in characters: about two lines of a Discord embed title (256) or a terminal. */
export const MAX_TITLE = 200;

// The nouns newspapers, agencies and broadcasters are named with. A short capitalised name ending in
// one of them (`Riverton Gazette`, `Valley Times`, `Daily Mail`) reads as a masthead, not as a headline.
const MASTHEAD_NOUNS = new Set([
  'times',
  'gazette',
  'herald',
  'post',
  'news',
  'echo',
  'journal',
  'tribune',
  'chronicle',
  'telegraph',
  'guardian',
  'observer',
  'express',
  'mirror',
  'standard',
  'independent',
  'mail',
  'courier',
  'examiner',
  'press',
  'register',
  'bulletin',
  'dispatch',
  'sentinel',
  'advertiser',
  'inquirer',
  'enquirer',
  'globe',
  'ledger',
  'argus',
  'daily',
  'weekly',
  'agency',
]);
// Words that make an article's byline name a role rather than an outlet (`By A. Writer, Political Editor`).
const ROLE_WORDS =
  /\b(?:editor|correspondent|reporter|writer|staff|contributor|columnist|journalist|producer|analyst|desk)s?\b/i;
// A capitalised name of up to six words: `Northern Echo`, `The New York Times`, `BBC News`, `Times of India`.
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|the|and|de|la|al|van|von|der|du|di|bin)\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*|&)){0,5}`;
const NAME_LINE = new RegExp(`^${NAME}$`, 'u');
// The separators between the parts of a byline or a masthead line: `,` `|` `·` or a spaced dash.
const PART_SEPARATOR = /\s*(?:[,|·]|\s[-–—])\s*/u;
// `By Aisha Kamara, Northern Echo`: the authors, then where they write, their role or the date.
const BYLINE = new RegExp(String.raw`^(?:By|BY)\s+(${NAME})(?:${PART_SEPARATOR.source}(.+))?$`, 'u');
// `Valley Times, 15 January 2025`: a name, then a date.
const NAME_AND_DATE = new RegExp(`^(${NAME})${PART_SEPARATOR.source}(.{6,60})$`, 'u');
const CALENDAR_WORD =
  /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
const MAX_OUTLET_LINE = 120;

const isMasthead = (name: string) =>
  NAME_LINE.test(name) && name.split(/\s+/).some((word) => MASTHEAD_NOUNS.has(word.toLowerCase()));

/**
 * What a line at the head of an article says about its outlet and date when it is a byline
 * (`By Aisha Kamara, Northern Echo`) or a masthead with a date (`Valley Times, 15 January 2025`);
 * `null` for any other line. Both lines are metadata, never article text.
 */
export function outletLineOf(line: string): { source: string; date: string } | null {
  if (line.length > MAX_OUTLET_LINE) return null;
  const byline = BYLINE.exec(line);
  // "By Monday, …" starts a sentence, not a byline.
  if (byline && !CALENDAR_WORD.test(byline[1]?.split(/\s/)[0] ?? '')) {
    const parts = byline[2] === undefined ? [] : byline[2].split(PART_SEPARATOR);
    const dates = parts.map(parseDateLine);
    // Every part must be a name or a date: a byline is not followed by a sentence.
    if (parts.every((part, i) => dates[i] || NAME_LINE.test(part))) {
      const source = parts.find((part, i) => !dates[i] && !ROLE_WORDS.test(part)) ?? '';
      return { source, date: dates.find(Boolean) ?? '' };
    }
  }
  const named = NAME_AND_DATE.exec(line);
  const date = named ? parseDateLine(named[2] ?? '') : '';
  if (!named || !date) return null;
  // Without a masthead noun the name is the place the story was filed from (`London, 15 January 2025`).
  const name = named[1] ?? '';
  return { source: isMasthead(name) ? name : '', date };
}

/**
 * A line that names only the outlet (`Riverton Gazette`): a short capitalised name with a masthead noun,
 * taken as the outlet only above the headline, which a masthead always is.
 */
function isBareMasthead(line: string): boolean {
  return line.length <= MAX_OUTLET_LINE && isMasthead(line);
}

/**
 * Cuts a title to {@link MAX_TITLE} characters at a word boundary, ending with `…` when cut.
 * @example capTitle('word '.repeat(60)) // 'word word … word…' (200 characters at most)
 */
export function capTitle(title: string, max = MAX_TITLE): string {
  if (title.length <= max) return title;
  let head = title.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  const lastSpace = head.search(/\s\S*$/);
  // Cut back to the last whole word, unless the cut already falls between words or there is only one.
  if (!/\s/.test(title.charAt(max - 1)) && lastSpace > 0) head = head.slice(0, lastSpace);
  return `${head.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Reads simple `key: value` front matter between `---` lines at the top of a file. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!field) continue;
    const value = (field[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
    fields[(field[1] ?? '').toLowerCase()] = value;
  }
  return { fields, body: text.slice(match[0].length) };
}

/**
 * Front matter opened by a `---` line and never closed: its lines (up to the first blank line) are kept
 * as plain text, one paragraph each, and the rest of the file is read as usual.
 */
function unclosedFrontMatter(text: string): { lines: string[]; body: string } {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return { lines: [], body: text };
  const rest = text.slice(open[0].length);
  // The block ends at the first blank line, which may be the very next one.
  const blank = /(?:^|\n)[ \t]*(?:\n|$)/.exec(rest);
  const end = blank ? blank.index : rest.length;
  const lines = rest.slice(0, end).split('\n').map(cleanLine).filter(Boolean);
  return { lines, body: rest.slice(end) };
}

// Markdown decoration that is not part of the words.
function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1');
}

const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s/;

const endsSentence = (line: string) => /[.!?:;"'”’)\]]$/.test(line);

// A block is hard-wrapped when its lines (all but the last) are of similar, typewriter-like length.
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1).map((line) => line.length);
  const longest = Math.max(...body);
  return longest >= 40 && longest <= 100 && body.every((length) => length >= longest * 0.6);
}

/** Joins the lines of one block into paragraphs: all of them when hard-wrapped, else sentence by sentence. */
function paragraphsOfLines(lines: readonly string[]): string[] {
  if (isHardWrapped(lines)) return [lines.join(' ')];
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    // A line that continues a sentence (previous line open, this one starting in lower case) joins it.
    if (current && !endsSentence(current) && /^[\p{Ll},;]/u.test(line)) current += ` ${line}`;
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * Splits a body into candidate paragraphs: blank-line blocks, one line each unless the block is wrapped.
 * Markdown headings stand alone and are collected in `headings`.
 */
function candidateParagraphs(body: string, markdown: boolean, headings: Set<string>): string[] {
  const out: string[] = [];
  for (const block of body.split(/\n[ \t\u00a0]*\n/)) {
    let lines: string[] = [];
    for (const raw of block.split('\n')) {
      const line = cleanLine(markdown ? stripMarkdown(raw) : raw);
      if (!line) continue;
      if (markdown && MARKDOWN_HEADING.test(raw)) {
        out.push(...paragraphsOfLines(lines), line);
        headings.add(line);
        lines = [];
      } else lines.push(line);
    }
    out.push(...paragraphsOfLines(lines));
  }
  return out;
}

const comparable = (line: string) =>
  line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const isBoilerplate = (line: string) => BOILERPLATE.some((pattern) => pattern.test(line));

/** Whether the next line of text after `from` (furniture and date lines skipped) reads as a headline. */
function headlineFollows(lines: readonly string[], from: number): boolean {
  const next = lines.slice(from).find((line) => !isBoilerplate(line) && !parseDateLine(line));
  return next !== undefined && headlineOf(next)?.rest === '';
}

/** A first line that reads as a headline: short and not a finished sentence, or a question. */
function headlineOf(line: string): { title: string; rest: string } | null {
  if (line.length <= MAX_HEADLINE && !/[.!:;,]$/.test(line)) return { title: line, rest: '' };
  // "Headline – standfirst sentence." on one line.
  const parts = line.split(HEADLINE_SEPARATOR);
  const head = parts[0] ?? '';
  if (parts.length > 1 && head.length <= MAX_HEADLINE && !/[.!?]$/.test(head)) {
    return { title: head, rest: line.slice(line.indexOf(head) + head.length).replace(/^\s*[–—|]\s*/, '') };
  }
  return null;
}

/**
 * Parses the text of one article: front matter (which wins), then the title, outlet and date inferred
 * from the usual shapes of news pages, then the paragraphs with site furniture removed.
 * Fields that cannot be known stay empty.
 */
export function parseArticleText(text: string, options: { markdown?: boolean } = {}): ParsedArticle {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(normalized);
  const { fields } = split;
  const unclosed =
    split.body === normalized ? unclosedFrontMatter(normalized) : { lines: [], body: split.body };
  const body = unclosed.body;
  let title = cleanLine(fields.title ?? '');
  let source = cleanLine(fields.source ?? fields.outlet ?? fields.publisher ?? '');
  let date = fields.date ? parseDate(fields.date) || fields.date : '';
  const url = fields.url ?? fields.link ?? '';

  // Front matter that is never closed is text like any other: neither metadata nor a headline.
  const paragraphs: string[] = [...unclosed.lines];
  const seen = new Set<string>(paragraphs.map(comparable));
  let titleDecided = title !== '' || paragraphs.length > 0;
  const headings = new Set<string>();
  const lines = candidateParagraphs(body, options.markdown ?? false, headings);
  for (const [i, line] of lines.entries()) {
    // A Markdown heading is the title when none is known yet; later ones are section titles, not text.
    if (headings.has(line)) {
      if (!titleDecided) {
        titleDecided = true;
        title = line;
        seen.add(comparable(line));
      }
      continue;
    }
    const sourceLine = SOURCE_LINE.exec(line);
    if (sourceLine && line.length < 130) {
      source ||= (sourceLine[1] ?? '').split(/,|\band\b/)[0]?.trim() ?? '';
      continue;
    }
    if (isBoilerplate(line)) continue;
    const dateOnly = parseDateLine(line);
    if (dateOnly) {
      date ||= dateOnly;
      continue;
    }
    // Bylines and mastheads are looked for only at the head, before the first paragraph of text.
    const outletLine = paragraphs.length === 0 ? outletLineOf(line) : null;
    if (outletLine) {
      source ||= outletLine.source;
      date ||= outletLine.date;
      continue;
    }
    if (!titleDecided && isBareMasthead(line) && headlineFollows(lines, i + 1)) {
      source ||= line;
      continue;
    }
    const key = comparable(line);
    if (seen.has(key) || (title && key === comparable(title))) continue;
    if (!titleDecided) {
      titleDecided = true;
      const headline = headlineOf(line);
      if (headline) {
        title = headline.title;
        seen.add(comparable(title));
        if (headline.rest) paragraphs.push(headline.rest);
        continue;
      }
    }
    const slash = SLASH_DATELINE.exec(line);
    if (slash) {
      source ||= (slash[2] ?? '').trim();
      date ||= parseDate(slash[1] ?? '');
    }
    const paren = PAREN_DATELINE.exec(line);
    if (paren) source ||= paren[1] ?? '';
    seen.add(key);
    paragraphs.push(line);
  }
  return { meta: { title: capTitle(title), source, date, url }, paragraphs };
}

/** The article id of a file: its name without folder or extension. */
export function articleIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
}

/** Builds an article from its file name and text. */
export function buildArticle(file: string, text: string): Article {
  const id = articleIdOf(file);
  const parsed = parseArticleText(text, { markdown: /\.md$/i.test(file) });
  return {
    id,
    file,
    ...parsed.meta,
    paragraphs: parsed.paragraphs.map((paragraphText, i) => ({
      key: `${id}#${i + 1}`,
      articleId: id,
      n: i + 1,
      text: paragraphText,
    })),
  };
}
