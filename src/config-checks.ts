import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { parseSynonymGroups } from './core/lexicon.ts';

/** The file-system calls {@link checkSettings} makes; tests stand in for failures root cannot cause. */
export interface SettingsFileSystem {
  stat(target: string): { isDirectory(): boolean };
  readdir(dir: string): unknown;
  readFile(file: string): Uint8Array;
  /** Creates and deletes a file in `dir`: the only sure test that it can be written (read-only mounts, root). */
  probeWrite(dir: string): void;
}

const nodeFileSystem: SettingsFileSystem = {
  stat: (target) => statSync(target),
  readdir: (dir) => readdirSync(dir),
  readFile: (file) => readFileSync(file),
  probeWrite(dir) {
    const probe = path.join(dir, `.newsdesk-write-check-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  },
};

/** Whether the configuration will be used to write the index (`npm start`) or only to read it (the CLIs). */
export type IndexAccess = 'write' | 'read';

export interface SettingsCheck {
  /** Settings that stop Newsdesk from starting. */
  readonly problems: readonly string[];
  /** Settings it can start with, but the user must know about (said once at start-up). */
  readonly warnings: readonly string[];
}

const errnoOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

/** Lines of a synonyms file that hold no group, shown at most this many at once (the rest are counted). */
const SHOWN_BAD_LINES = 3;

function checkCorpusDir(dir: string, fs: SettingsFileSystem, problems: string[]): void {
  let isFolder: boolean;
  try {
    isFolder = fs.stat(dir).isDirectory();
  } catch (error) {
    const code = errnoOf(error);
    problems.push(
      code === 'ENOENT'
        ? `CORPUS_DIR must be a folder of articles: ${dir} does not exist.`
        : `CORPUS_DIR must be a folder of articles: ${dir} cannot be opened (${code}).`,
    );
    return;
  }
  if (!isFolder) {
    problems.push(`CORPUS_DIR must be a folder of articles: ${dir} is a file.`);
    return;
  }
  try {
    fs.readdir(dir);
  } catch (error) {
    problems.push(`CORPUS_DIR must be a readable folder: ${dir} cannot be read (${errnoOf(error)}).`);
  }
}

/** A word list must be a readable UTF-8 text file; a synonyms file must hold a group on every line. */
function checkWordList(
  name: 'SYNONYMS_FILE' | 'STOPWORDS_FILE',
  file: string,
  fs: SettingsFileSystem,
  problems: string[],
): void {
  let bytes: Uint8Array;
  try {
    if (fs.stat(file).isDirectory()) {
      problems.push(`${name} must be a text file: ${file} is a folder.`);
      return;
    }
    bytes = fs.readFile(file);
  } catch (error) {
    const code = errnoOf(error);
    problems.push(
      code === 'ENOENT'
        ? `${name} must be a text file: ${file} does not exist.`
        : `${name} must be a readable text file: ${file} cannot be read (${code}).`,
    );
    return;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push(`${name} must be UTF-8 text: ${file} is not.`);
    return;
  }
  if (text.includes('\0')) {
    problems.push(`${name} must be a text file: ${file} is binary (contains NUL bytes).`);
    return;
  }
  if (name !== 'SYNONYMS_FILE') return;
  // Each line goes through the engine's own parser: a line it would drop is a group the user meant.
  const bad = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#') && parseSynonymGroups(line).length === 0);
  if (bad.length > 0) {
    const shown = bad
      .slice(0, SHOWN_BAD_LINES)
      .map(({ line, number }) => `line ${number} "${line}"`)
      .join(', ');
    const more = bad.length > SHOWN_BAD_LINES ? ` and ${bad.length - SHOWN_BAD_LINES} more` : '';
    problems.push(
      `SYNONYMS_FILE must hold one group a line, two or more entries separated by commas: ${file} has ${shown}${more}.`,
    );
  }
}

/**
 * `INDEX_DIR` must be a folder, or a path where one can be created. For `write` access a folder that
 * cannot be written is only a warning: Newsdesk still answers (and reads a snapshot already there), it
 * just cannot save.
 */
function checkIndexDir(
  dir: string,
  access: IndexAccess,
  fs: SettingsFileSystem,
  problems: string[],
  warnings: string[],
): void {
  // The nearest part of the path that exists: the folder itself, or where it would be created.
  let existing = dir;
  for (;;) {
    try {
      if (!fs.stat(existing).isDirectory()) {
        problems.push(
          existing === dir
            ? `INDEX_DIR must be a folder: ${dir} is a file.`
            : `INDEX_DIR must be a folder: ${dir} cannot be created, ${existing} is a file.`,
        );
        return;
      }
      break;
    } catch (error) {
      const parent = path.dirname(existing);
      // ENOTDIR: a file further up the path, found on the way up.
      if (!['ENOENT', 'ENOTDIR'].includes(errnoOf(error)) || parent === existing) {
        problems.push(`INDEX_DIR must be a folder: ${existing} cannot be opened (${errnoOf(error)}).`);
        return;
      }
      existing = parent;
    }
  }
  if (access === 'read') return;
  try {
    fs.probeWrite(existing);
  } catch (error) {
    const what = existing === dir ? `${dir} cannot be written` : `${dir} cannot be created in ${existing}`;
    warnings.push(
      `INDEX_DIR: ${what} (${errnoOf(error)}). Newsdesk answers all the same, but the index will not be saved, so every start reads the whole corpus folder again.`,
    );
  }
}

/**
 * Checks the folders and files a configuration names: `CORPUS_DIR` (exists, a folder, readable),
 * `SYNONYMS_FILE` and `STOPWORDS_FILE` (exist, readable, UTF-8, and for synonyms a group on every line)
 * and `INDEX_DIR` (a folder or creatable; with `write` access, writable or a warning).
 */
export function checkSettings(
  config: Config,
  access: IndexAccess = 'write',
  fs: SettingsFileSystem = nodeFileSystem,
): SettingsCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  checkCorpusDir(config.corpusDir, fs, problems);
  if (config.synonymsFile !== undefined) checkWordList('SYNONYMS_FILE', config.synonymsFile, fs, problems);
  if (config.stopwordsFile !== undefined) checkWordList('STOPWORDS_FILE', config.stopwordsFile, fs, problems);
  checkIndexDir(config.indexDir, access, fs, problems, warnings);
  return { problems, warnings };
}
