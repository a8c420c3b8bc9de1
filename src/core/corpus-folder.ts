import { constants, type Dirent, lstatSync, realpathSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, realpath } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { ARTICLE_EXTENSIONS } from './corpus.ts';
import { NewsdeskError } from './errors.ts';
import {
  moveNoClobber,
  parseTrashName,
  removeLeftoverTempFiles,
  TRASH_DIR,
  type TrashedFile,
  trashNameOf,
  writeNewFile,
} from './library.ts';
import type { SkippedFile } from './types.ts';

/** The skip reason of a link whose target (file or folder) is outside the corpus folder. */
export const OUTSIDE_LINK_REASON = 'links outside the corpus folder';

/** An article file of the listing and the path its bytes are read from (a link's target, resolved). */
export interface ListedFile {
  readonly file: string;
  readonly path: string;
}

export interface CorpusListing {
  /** Article files, in code-unit order of their names. */
  readonly articles: readonly ListedFile[];
  /** Everything else that is not hidden, with the reason it is not read. */
  readonly others: readonly SkippedFile[];
}

/** The bytes of a file, or why they were not read (with the size when it is known). */
export type FileRead = { readonly bytes: Uint8Array } | { readonly skipped: string; readonly size: number };

export interface CorpusFolderOptions {
  /** Refuse every write (adding, trashing, restoring, deleting temporary files). */
  readOnly?: boolean;
}

// Never follow a link at the last step of a path (the links were resolved and checked before), and never
// wait on a FIFO that happens to carry an article's name.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const isArticleName = (name: string) => {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
};
/**
 * The path of an entry of a folder (absolute and normalised) by its plain name: the same as `join`, which
 * normalises the whole path again and took most of the listing of a folder of thousands of files.
 */
const inFolder = (dir: string, name: string) => (dir.endsWith(sep) ? dir + name : dir + sep + name);
const notAnArticle = (file: string): SkippedFile => ({
  file,
  reason: `not an article file (expected ${ARTICLE_EXTENSIONS.join(' or ')})`,
});
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** A plain name of one entry: no separator, not `.` or `..`. */
const isPlainName = (name: string) =>
  name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\');

/** A link whose target is missing (the link itself is there). */
function isBrokenLink(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;
}

/** Whether `path` is `root` or inside it (both absolute and resolved). */
function isInside(root: string, path: string): boolean {
  if (path === root) return true;
  return path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * The corpus folder: the one way Newsdesk lists, stats, reads, adds, trashes and restores the files of
 * it. Only top-level entries are read; hidden entries (the trash, temporary files) are never listed.
 * A link is followed only when its target, fully resolved, is inside the folder: a link to a file or
 * folder outside is skipped with {@link OUTSIDE_LINK_REASON} and never opened, and a link to a file that
 * is listed already is skipped as the same file, so an article is loaded once.
 *
 * @example
 * const folder = new CorpusFolder('corpus');
 * const { articles, others } = await folder.list();
 * const read = await folder.read(articles[0], 1_000_000);
 */
export class CorpusFolder {
  readonly dir: string;
  readonly readOnly: boolean;

  constructor(dir: string, options: CorpusFolderOptions = {}) {
    this.dir = resolve(dir);
    this.readOnly = options.readOnly ?? false;
  }

  /**
   * Lists the article files (top level, hidden ones left out) and the other entries with the reason
   * they are not read.
   * @throws Error when the folder itself cannot be read.
   */
  async list(): Promise<CorpusListing> {
    let entries: Dirent[];
    let root: string;
    try {
      entries = await readdir(this.dir, { withFileTypes: true });
      root = await realpath(this.dir);
    } catch (error) {
      throw new NewsdeskError(
        'corpus-unreadable',
        `cannot read the corpus folder ${this.dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        { cause: error },
      );
    }
    // Code-unit order: the order the engine keeps its article list in.
    const visible = entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Plain files first, so that a link to one of them is the one skipped as the same file (only links
    // need these paths, so a folder without links does without them).
    const owners = new Map<string, string>();
    if (visible.some((entry) => entry.isSymbolicLink())) {
      for (const entry of visible) {
        if (!entry.isSymbolicLink() && isArticleName(entry.name))
          owners.set(inFolder(root, entry.name), entry.name);
      }
    }
    const articles: ListedFile[] = [];
    const others: SkippedFile[] = [];
    for (const entry of visible) {
      const file = entry.name;
      if (!entry.isSymbolicLink()) {
        if (isArticleName(file)) articles.push({ file, path: inFolder(this.dir, file) });
        else others.push(notAnArticle(file));
        continue;
      }
      const target = await this.resolveLink(root, file);
      if ('reason' in target) {
        others.push({ file, reason: target.reason });
        continue;
      }
      if (!isArticleName(file)) {
        others.push(notAnArticle(file));
        continue;
      }
      const owner = owners.get(target.path);
      if (owner !== undefined) {
        others.push({ file, reason: `same file as ${owner}` });
        continue;
      }
      owners.set(target.path, file);
      articles.push({ file, path: target.path });
    }
    return { articles, others };
  }

  /**
   * The entries of named files (for a file Newsdesk has just written): where to read each, or why it
   * is not read.
   */
  async lookup(files: readonly string[]): Promise<(ListedFile | SkippedFile)[]> {
    const root = await realpath(this.dir).catch(() => this.dir);
    return Promise.all(
      files.map(async (file): Promise<ListedFile | SkippedFile> => {
        if (!isPlainName(file) || file.startsWith('.')) return { file, reason: 'not in the corpus folder' };
        const path = join(this.dir, file);
        const info = await lstat(path).catch(() => null);
        if (!info?.isSymbolicLink()) return { file, path };
        const target = await this.resolveLink(root, file);
        return 'reason' in target ? { file, reason: target.reason } : { file, path: target.path };
      }),
    );
  }

  /** The link's target when it is inside the folder, else why it is not read. */
  private async resolveLink(root: string, file: string): Promise<{ path: string } | { reason: string }> {
    const path = join(this.dir, file);
    try {
      const target = await realpath(path);
      return isInside(root, target) ? { path: target } : { reason: OUTSIDE_LINK_REASON };
    } catch (error) {
      // Dangling, or a loop: judged by where the link says it goes, and never opened.
      const written = await readlink(path).catch(() => null);
      const inside =
        written !== null &&
        (isInside(root, resolve(root, written)) || isInside(this.dir, resolve(this.dir, written)));
      return { reason: inside ? `unreadable (${codeOf(error)})` : OUTSIDE_LINK_REASON };
    }
  }

  /**
   * Looks at listed files without reading them (synchronously in batches: for thousands of small files
   * several times faster than thousands of pending promises). A link's target was resolved when it was
   * listed, so no link is followed here; `null` for a file that is gone.
   */
  async stat(files: readonly ListedFile[], batch = STAT_BATCH): Promise<(Stats | null)[]> {
    const stats: (Stats | null)[] = [];
    for (let i = 0; i < files.length; i++) {
      // Between batches the event loop gets a turn, so questions are answered during a scan of a big folder.
      if (i > 0 && i % batch === 0) await new Promise((wake) => setImmediate(wake));
      try {
        stats.push(lstatSync(files[i]?.path ?? '', { throwIfNoEntry: false }) ?? null);
      } catch {
        stats.push(null);
      }
    }
    return stats;
  }

  /**
   * Reads a listed file: only a regular file of at most `limit` bytes, checked on the opened file
   * itself, so a file swapped for a link or a larger file in between is not read. Never throws.
   */
  async read(listed: ListedFile, limit: number): Promise<FileRead> {
    return readRegularFile(listed.path, limit);
  }

  /** Every entry name of the folder, hidden ones too: names a new file must not take. */
  async names(): Promise<string[]> {
    return readdir(this.dir);
  }

  /**
   * Writes a new file under a plain name, never replacing anything (not even a link).
   * @throws the `EEXIST` error when the name is taken.
   */
  async writeNew(file: string, bytes: Uint8Array): Promise<void> {
    this.assertWritable();
    if (!isPlainName(file) || file.startsWith('.')) throw new Error(`${file} is not a plain file name`);
    await writeNewFile(this.dir, file, bytes);
  }

  /** Deletes the temporary files a crash left in the folder and returns their names. */
  async removeLeftoverTempFiles(): Promise<string[]> {
    this.assertWritable();
    return removeLeftoverTempFiles(this.dir);
  }

  /**
   * Moves a file into the trash folder (created when needed) under a name no other trashed copy has;
   * returns that name. The trash folder must be inside the corpus folder.
   */
  async moveToTrash(file: string, removedAt: Date): Promise<string> {
    this.assertWritable();
    if (!isPlainName(file)) throw new Error(`${file} is not a plain file name`);
    const trashDir = await this.trashDir(true);
    const first = trashNameOf(file, removedAt);
    for (let n = 1; ; n++) {
      const trashName = n === 1 ? first : first.replace('--', `-${n}--`);
      try {
        await moveNoClobber(join(this.dir, file), join(trashDir, trashName));
        return trashName;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  /** The files in the trash folder, most recently removed first; links to outside are left out. */
  async listTrash(): Promise<TrashedFile[]> {
    let trashDir: string;
    let names: string[];
    try {
      trashDir = await this.trashDir(false);
      names = await readdir(trashDir);
    } catch {
      return [];
    }
    const root = await realpath(this.dir).catch(() => this.dir);
    const files: TrashedFile[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = await this.insidePath(root, join(trashDir, name));
      const info = path === null ? null : await lstat(path).catch(() => null);
      if (info?.isFile()) files.push(parseTrashName(name, info.mtime));
    }
    return files.sort(
      (a, b) => b.removedAt.getTime() - a.removedAt.getTime() || a.trashName.localeCompare(b.trashName),
    );
  }

  /** Reads a file of the trash folder (as {@link CorpusFolder.read}). Never throws. */
  async readTrash(trashName: string, limit: number): Promise<FileRead> {
    if (!isPlainName(trashName) || trashName.startsWith('.'))
      return { skipped: 'not in the trash folder', size: 0 };
    try {
      const trashDir = await this.trashDir(false);
      const root = await realpath(this.dir);
      const path = await this.insidePath(root, join(trashDir, trashName));
      if (path === null) return { skipped: OUTSIDE_LINK_REASON, size: 0 };
      return readRegularFile(path, limit);
    } catch (error) {
      return { skipped: `unreadable (${codeOf(error)})`, size: 0 };
    }
  }

  /**
   * Moves a trashed file back under its name, unless something is there already.
   * @throws the `EEXIST` error when the name is taken.
   */
  async restoreFromTrash(trashName: string, file: string): Promise<void> {
    this.assertWritable();
    if (!isPlainName(trashName) || !isPlainName(file) || file.startsWith('.'))
      throw new Error(`${file} is not a plain file name`);
    const trashDir = await this.trashDir(false);
    await moveNoClobber(join(trashDir, trashName), join(this.dir, file));
  }

  /**
   * Whether a path is one the folder listing looks at: the folder itself, or a visible top-level entry
   * that is not a link to outside (or a broken link). The watcher ignores every other path, so it never
   * watches anything outside the folder. A path that is gone counts, so its deletion is seen.
   */
  isListedPath(path: string): boolean {
    const absolute = resolve(path);
    if (absolute === this.dir) return true;
    const parent = dirname(absolute);
    const name = absolute.slice(parent.length + 1);
    if (parent !== this.dir || name === '' || name.startsWith('.')) return false;
    try {
      if (!lstatSync(absolute).isSymbolicLink()) return true;
      return isInside(realpathSync(this.dir), realpathSync(absolute));
    } catch (error) {
      return codeOf(error) === 'ENOENT' && !isBrokenLink(absolute);
    }
  }

  /** The trash folder's real path, when it is a folder inside the corpus folder. */
  private async trashDir(create: boolean): Promise<string> {
    const path = join(this.dir, TRASH_DIR);
    if (create) await mkdir(path, { recursive: true });
    const root = await realpath(this.dir);
    const real = await this.insidePath(root, path);
    if (real === null) throw new Error(`${TRASH_DIR} ${OUTSIDE_LINK_REASON}`);
    const info = await lstat(real);
    if (!info.isDirectory()) throw new Error(`${TRASH_DIR} is not a folder`);
    return real;
  }

  /** The resolved path when it is inside the folder, else `null`; a missing path is itself. */
  private async insidePath(root: string, path: string): Promise<string | null> {
    const real = await realpath(path).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return null;
      throw error;
    });
    if (real === null) {
      const info = await lstat(path).catch(() => null);
      // A dangling link could be pointed outside at any moment: never treat it as inside.
      return info?.isSymbolicLink() ? null : path;
    }
    return isInside(root, real) ? real : null;
  }

  private assertWritable(): void {
    if (this.readOnly) throw new Error(`the corpus folder ${this.dir} is open read-only`);
  }
}

/** How many files are looked at before the event loop gets a turn. */
export const STAT_BATCH = 1000;

/** Opens without following a link, checks the opened file, then reads it. Never throws. */
async function readRegularFile(path: string, limit: number): Promise<FileRead> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, READ_FLAGS);
    const info = await handle.stat();
    if (!info.isFile()) return { skipped: 'not a regular file', size: 0 };
    // Refuse oversized files before reading them into memory.
    if (info.size > limit)
      return { skipped: `too large (${info.size} bytes, limit ${limit})`, size: info.size };
    return { bytes: await handle.readFile() };
  } catch (error) {
    return { skipped: `unreadable (${codeOf(error)})`, size: 0 };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
