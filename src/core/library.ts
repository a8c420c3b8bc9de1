import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Temporary files start with this; hidden, so the loader never reads a half-written article. */
export const TEMP_PREFIX = '.newsdesk-tmp-';
/** The folder inside the corpus folder that removed articles are moved to (hidden, so never loaded). */
export const TRASH_DIR = '.trash';
/** Longest file name stem written for an added article. */
export const MAX_STEM_LENGTH = 80;

// Names Windows reserves for devices, whatever the extension; the corpus folder may be shared with it.
const RESERVED_STEM = /^(con|prn|aux|nul|com\d|lpt\d)(?=\.|$)/;
// Control characters, and format characters: bidirectional overrides, zero-width joiners and the like.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const MARKS = /\p{M}+/gu;

/** A name as it may be shown back to a moderator: no control or bidirectional characters, not too long. */
export function displayName(name: string): string {
  const visible = name.replace(INVISIBLE, '').trim();
  return visible.length > 100 ? `${visible.slice(0, 99)}…` : visible;
}

/** Lower-case ASCII words joined by `-`: the shape of every name Newsdesk writes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, MAX_STEM_LENGTH)
    .replace(/[._-]+$/, '');
}

/**
 * The extension of an uploaded file name, lower case with its dot (`.html`), or `''`. The name is
 * normalised first, so a full-width dot counts as a dot.
 */
export function uploadExtension(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  // A name that is only an extension (`.txt`) still says the type; the name itself is made up later.
  return dot >= 0 ? base.slice(dot).toLowerCase() : '';
}

/** The last part of a path, whichever separator it uses, after NFKC and without invisible characters. */
function baseName(name: string): string {
  const normalized = name.normalize('NFKC').replace(INVISIBLE, '');
  return normalized.split(/[\\/]/).pop() ?? '';
}

/**
 * The safe file name an upload is written under: its last path part only, NFKC-normalised, without
 * control or bidirectional characters, accents folded, lower case, only `[a-z0-9._-]`, never hidden,
 * never a Windows device name, with the extension given. When nothing is left of the name, the
 * fallback (a title, say) is used, and then `article`.
 *
 * @example safeArticleName('../../Ünïcode News!.HTML', '.txt') // 'unicode-news.txt'
 */
export function safeArticleName(name: string, extension: string, fallback = ''): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  const stemOf = (text: string) => slugify(text).replace(RESERVED_STEM, '$1-article');
  const stem = stemOf(dot >= 0 ? base.slice(0, dot) : base) || stemOf(fallback) || 'article';
  return `${stem}${extension}`;
}

/**
 * The first of `name`, `stem-2.ext`, `stem-3.ext`… that is not taken. `taken` holds lower-case names and
 * lower-case article ids (stems), since `a.txt` and `a.md` would be the same article.
 */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  const free = (candidateStem: string) =>
    !taken.has(`${candidateStem}${extension}`.toLowerCase()) && !taken.has(candidateStem.toLowerCase());
  if (free(stem)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (free(candidate)) return `${candidate}${extension}`;
  }
}

const tempName = () => `${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`;

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** Writes bytes to a new temporary file in `dir`, flushed to disk; returns its path. */
async function writeTemp(dir: string, data: Uint8Array | string): Promise<string> {
  const path = join(dir, tempName());
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await removeQuietly(path);
    throw error;
  }
  await handle.close();
  return path;
}

/**
 * Writes a file atomically: to a temporary file in the same folder, then renamed over `name`.
 * Readers see the old content or the new, never a part. On failure the temporary file is removed.
 */
export async function writeFileAtomic(dir: string, name: string, data: Uint8Array | string): Promise<void> {
  const temp = await writeTemp(dir, data);
  try {
    await rename(temp, join(dir, name));
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
}

/**
 * Moves a file to `to` unless something is there already (a hard link, then the old name unlinked;
 * where hard links are not supported, a rename after checking).
 * @throws the `EEXIST` error when `to` exists.
 */
export async function moveNoClobber(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    const exists = await stat(to).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
    await rename(from, to);
    return;
  }
  await unlink(from);
}

/**
 * Writes a new file into `dir` under `name` without ever replacing an existing file: the bytes go to a
 * temporary file first, which then takes the name. On failure nothing is left behind.
 * @throws the `EEXIST` error when `name` exists.
 */
export async function writeNewFile(dir: string, name: string, data: Uint8Array): Promise<void> {
  const temp = await writeTemp(dir, data);
  try {
    await moveNoClobber(temp, join(dir, name));
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the temporary files a crash left in `dir` (between writing and renaming) and returns their
 * names. A temporary file of another running process is left alone: it is being written right now.
 */
export async function removeLeftoverTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(TEMP_PREFIX.length))?.[1]);
    if (Number.isSafeInteger(pid) && pid !== process.pid && processIsAlive(pid)) continue;
    try {
      await unlink(join(dir, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to delete: either way nothing to report.
    }
  }
  return removed;
}

/** One removed article in the trash folder. */
export interface TrashedFile {
  /** The name in the trash folder, unique: `20240214T083000123Z--a.txt`. */
  readonly trashName: string;
  /** The article's file name in the corpus folder before it was removed. */
  readonly file: string;
  readonly removedAt: Date;
}

const TRASH_NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z(?:-\d+)?--(.+)$/;

const stampOf = (date: Date) => date.toISOString().replace(/[-:.]/g, '');

/** The trash name of a file removed at a given time. */
export function trashNameOf(file: string, removedAt: Date): string {
  return `${stampOf(removedAt)}--${file}`;
}

/** Reads a trash name back; a file put into the trash folder by hand is its own name, dated by its mtime. */
export function parseTrashName(trashName: string, mtime: Date): TrashedFile {
  const m = TRASH_NAME.exec(trashName);
  if (!m) return { trashName, file: trashName, removedAt: mtime };
  const [, y, mo, d, h, mi, s, ms, file] = m;
  return {
    trashName,
    file: file ?? trashName,
    removedAt: new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`),
  };
}
