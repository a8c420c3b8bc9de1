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
  const { fields, body } = splitFrontMatter(normalized);
  let title = fields.title ?? '';
  let source = fields.source ?? fields.outlet ?? fields.publisher ?? '';
  let date = fields.date ? parseDate(fields.date) || fields.date : '';
  const url = fields.url ?? fields.link ?? '';

  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let titleDecided = title !== '';
  const headings = new Set<string>();
  for (const line of candidateParagraphs(body, options.markdown ?? false, headings)) {
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
  return { meta: { title, source, date, url }, paragraphs };
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
