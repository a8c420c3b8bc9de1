import { splitFrontMatter } from './article.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleBytes } from './corpus.ts';
import { type CurationErrorCode, NewsdeskError } from './errors.ts';
import { extractHtmlArticle } from './html.ts';
import { displayName, safeArticleName, uploadExtension } from './library.ts';
import type { Article } from './types.ts';

/** File types a moderator may add; HTML is reduced to its article's text and saved as `.txt`. */
export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
export const MAX_TITLE_LENGTH = 300;
export const MAX_SOURCE_LENGTH = 120;
export const MAX_DATE_LENGTH = 40;
export const MAX_URL_LENGTH = 2000;

/** Metadata given with an upload; it wins over what the file itself says. */
export interface ArticleFields {
  title?: string;
  /** The outlet. */
  source?: string;
  date?: string;
  url?: string;
}

export interface ArticleUpload extends ArticleFields {
  /** The name the file was uploaded under; only its extension is trusted. */
  fileName: string;
  bytes: Uint8Array;
}

/** An upload checked and turned into the exact bytes to write. */
export interface PreparedUpload {
  /** A safe name in the corpus folder; the engine still makes it unique. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The article as the loader will read it from `bytes` under `name`. */
  readonly article: Article;
  readonly fromHtml: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

function refuse(code: CurationErrorCode, fileName: string, reason: string): never {
  throw new NewsdeskError(code, `cannot add "${displayName(fileName) || '(no name)'}": ${reason}`);
}

/** Same rule as the loader: control characters other than tab, newline, form feed and return mean binary. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

/** A metadata value on one line, without invisible characters; `undefined` when empty. */
function cleanField(
  fileName: string,
  name: keyof ArticleFields,
  value: string | undefined,
  limit: number,
): string | undefined {
  const clean = (value ?? '').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (clean === '') return undefined;
  if (clean.length > limit)
    refuse(
      'invalid-option',
      fileName,
      `the ${name} is too long (${clean.length} characters, limit ${limit})`,
    );
  return clean;
}

function cleanFields(fileName: string, fields: ArticleFields): ArticleFields {
  const url = cleanField(fileName, 'url', fields.url, MAX_URL_LENGTH);
  if (url !== undefined) {
    let valid = false;
    try {
      const parsed = new URL(url);
      valid = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    } catch {
      valid = false;
    }
    if (!valid)
      refuse('invalid-option', fileName, 'the url must be a web address starting with http:// or https://');
  }
  const clean: ArticleFields = {};
  const title = cleanField(fileName, 'title', fields.title, MAX_TITLE_LENGTH);
  const source = cleanField(fileName, 'source', fields.source, MAX_SOURCE_LENGTH);
  const date = cleanField(fileName, 'date', fields.date, MAX_DATE_LENGTH);
  if (title !== undefined) clean.title = title;
  if (source !== undefined) clean.source = source;
  if (date !== undefined) clean.date = date;
  if (url !== undefined) clean.url = url;
  return clean;
}

/**
 * Front matter the article parser reads back exactly: one `key: "value"` a line. The parser strips one
 * pair of outer quotes, so any value (even one with quotes of its own) survives.
 */
export function frontMatter(fields: Readonly<Record<string, string | undefined>>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}: "${value.replace(/\s+/g, ' ').trim()}"`);
  return lines.length === 0 ? '' : `---\n${lines.join('\n')}\n---\n\n`;
}

const hasFields = (fields: ArticleFields) => Object.values(fields).some((value) => value !== undefined);

/** Text or Markdown: the bytes as uploaded, or with the given fields merged into their front matter. */
function textUpload(text: string, bytes: Uint8Array, fields: ArticleFields): Uint8Array {
  if (!hasFields(fields)) return bytes;
  const { fields: existing, body } = splitFrontMatter(text.replace(/^\uFEFF/, ''));
  return new TextEncoder().encode(`${frontMatter({ ...existing, ...fields })}${body.replace(/^\s*\n/, '')}`);
}

async function htmlUpload(fileName: string, html: string, fields: ArticleFields): Promise<Uint8Array> {
  const page = await extractHtmlArticle(html);
  if (!page || page.paragraphs.length === 0)
    refuse('no-paragraphs', fileName, 'no paragraphs of article text (no article found in the page)');
  const header = frontMatter({
    title: fields.title ?? (page.title || undefined),
    source: fields.source ?? (page.source || undefined),
    date: fields.date ?? (page.date || undefined),
    url: fields.url ?? (page.url || undefined),
    author: page.byline || undefined,
  });
  return new TextEncoder().encode(`${header}${page.paragraphs.join('\n\n')}\n`);
}

/** The error code of one of the loader's skip reasons. */
export const codeOfSkipReason = (reason: string): CurationErrorCode =>
  reason.startsWith('too large')
    ? 'too-large'
    : reason.startsWith('binary')
      ? 'binary'
      : reason === 'empty file'
        ? 'empty'
        : reason === 'not UTF-8 text'
          ? 'not-utf8'
          : 'no-paragraphs';

/**
 * Checks an uploaded article and turns it into the bytes to write: the type by extension, then the
 * size (before anything is decoded), emptiness, binary content, UTF-8, and paragraphs of text. HTML
 * becomes the text of its article with front matter; the given fields become front matter.
 * @throws NewsdeskError with the reason the upload cannot be added.
 */
export async function prepareUpload(
  upload: ArticleUpload,
  options: { maxArticleBytes?: number } = {},
): Promise<PreparedUpload> {
  const { fileName, bytes } = upload;
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const extension = uploadExtension(fileName);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension))
    refuse('unsupported-type', fileName, `not an article file (expected ${UPLOAD_EXTENSIONS.join(', ')})`);
  const fields = cleanFields(fileName, upload);
  if (bytes.length > limit)
    refuse('too-large', fileName, `too large (${bytes.length} bytes, limit ${limit})`);
  if (bytes.length === 0) refuse('empty', fileName, 'empty file');
  if (bytes.includes(0)) refuse('binary', fileName, 'binary file (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    refuse('not-utf8', fileName, 'not UTF-8 text');
  }
  if (hasControlCharacters(text.slice(0, 4096)))
    refuse('binary', fileName, 'binary file (control characters)');

  const fromHtml = extension === '.html' || extension === '.htm';
  const written = fromHtml ? await htmlUpload(fileName, text, fields) : textUpload(text, bytes, fields);
  const writtenExtension = fromHtml ? '.txt' : extension;
  const probe = readArticleBytes(`article${writtenExtension}`, written, { maxArticleBytes: limit });
  if ('skipped' in probe) refuse(codeOfSkipReason(probe.skipped), fileName, probe.skipped);
  // A name with nothing safe left in it (`../`, only symbols or another script) is named after the title.
  const name = safeArticleName(fileName, writtenExtension, probe.article.title);
  const read = readArticleBytes(name, written, { maxArticleBytes: limit });
  return { name, bytes: written, article: 'article' in read ? read.article : probe.article, fromHtml };
}
