import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArticle } from './article.ts';
import type { Article, SkippedFile } from './types.ts';

/** File types read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
/** Default size limit of one article file. */
export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;

/** One file of the corpus folder as it was read, loaded or not. */
export interface CorpusFile {
  readonly file: string;
  readonly bytes: number;
  /** sha256 of the file's bytes. */
  readonly hash: string;
  readonly article?: Article;
  readonly skipped?: string;
}

export interface LoadOptions {
  maxArticleBytes?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Control characters other than tab, newline, form feed and carriage return: text files do not have them. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

/**
 * Decides whether bytes are an article and builds it, or says why not.
 * Never throws: every problem becomes a reason.
 */
export function readArticleBytes(
  file: string,
  bytes: Uint8Array,
  options: LoadOptions = {},
): { article: Article } | { skipped: string } {
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (bytes.length === 0) return { skipped: 'empty file' };
  if (bytes.length > limit) return { skipped: `too large (${bytes.length} bytes, limit ${limit})` };
  if (bytes.includes(0)) return { skipped: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { skipped: 'not UTF-8 text' };
  }
  if (hasControlCharacters(text.slice(0, 4096))) return { skipped: 'binary file (control characters)' };
  const article = buildArticle(file, text);
  if (article.paragraphs.length === 0) return { skipped: 'no paragraphs of article text' };
  return { article };
}

export const hashBytes = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const isArticleFile = (name: string) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Reads one file of the corpus folder. Never throws: an unreadable file is skipped with the reason. */
export async function readCorpusFile(
  dir: string,
  file: string,
  options: LoadOptions = {},
): Promise<CorpusFile> {
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  try {
    const info = await stat(join(dir, file));
    if (!info.isFile()) return { file, bytes: 0, hash: '', skipped: 'not a regular file' };
    // Refuse oversized files before reading them into memory.
    if (info.size > limit)
      return { file, bytes: info.size, hash: '', skipped: `too large (${info.size} bytes, limit ${limit})` };
    const bytes = await readFile(join(dir, file));
    const result = readArticleBytes(file, bytes, options);
    return { file, bytes: bytes.length, hash: hashBytes(bytes), ...result };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, bytes: 0, hash: '', skipped: `unreadable (${code ?? (error as Error).message})` };
  }
}

/**
 * Lists the article files of a corpus folder (top level, sorted by name; hidden files ignored) and the
 * other files, which are reported as skipped.
 * @throws Error when the folder itself cannot be read.
 */
export async function listCorpus(dir: string): Promise<{ articles: string[]; others: SkippedFile[] }> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (error) {
    throw new Error(`Newsdesk: cannot read corpus folder ${dir}: ${(error as Error).message}`);
  }
  const articles: string[] = [];
  const others: SkippedFile[] = [];
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    if (isArticleFile(name)) articles.push(name);
    else
      others.push({
        file: name,
        reason: `not an article file (expected ${ARTICLE_EXTENSIONS.join(' or ')})`,
      });
  }
  return { articles, others };
}
