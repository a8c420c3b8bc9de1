import { createHash } from 'node:crypto';
import { buildArticle } from './article.ts';
import type { Article } from './types.ts';

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
