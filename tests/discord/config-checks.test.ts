/**
 * The folders and files the settings name, checked at start-up with every other setting: one report,
 * exit status 2, each problem naming its variable.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { EXIT, exitCodeOf } from '../../src/cli/entry.ts';
import { loadConfig, loadConfigOrReport, parseConfig } from '../../src/config.ts';
import { checkSettings, type SettingsFileSystem } from '../../src/config-checks.ts';
import { NewsdeskError } from '../../src/core/errors.ts';
import { tempDir } from '../helpers/bot-harness.ts';

let root = '';
let remove = async () => {};
beforeAll(async () => {
  const temp = await tempDir('newsdesk-settings-');
  root = temp.dir;
  remove = temp.remove;
  await mkdir(path.join(root, 'corpus'));
  await mkdir(path.join(root, 'index'));
  await mkdir(path.join(root, 'a-folder'));
  await writeFile(path.join(root, 'a-file.txt'), 'not a folder\n');
  await writeFile(path.join(root, 'synonyms.txt'), '# groups\nfighters, militants\n\nsend, deploy\n');
  await writeFile(path.join(root, 'stopwords.txt'), 'the a an\n');
  await writeFile(path.join(root, 'one-entry.txt'), 'fighters, militants\nlonely\nalso lonely,\n');
  await writeFile(path.join(root, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  await writeFile(path.join(root, 'binary.txt'), Buffer.from([0x61, 0x00, 0x62, 0x0a]));
});
afterAll(() => remove());

/** A configuration of the temporary folder, with `env` on top; only its paths matter here. */
const configOf = (env: Record<string, string>) =>
  parseConfig({ CORPUS_DIR: 'corpus', INDEX_DIR: 'index', ...env }, root);

const at = (name: string) => path.join(root, name);

describe('checkSettings, on the disk', () => {
  test('folders and word lists that are fine give no problem and no warning', () => {
    const config = configOf({ SYNONYMS_FILE: 'synonyms.txt', STOPWORDS_FILE: 'stopwords.txt' });
    expect(checkSettings(config)).toEqual({ problems: [], warnings: [] });
  });

  test('an INDEX_DIR that does not exist yet is fine: it is created at the first save', () => {
    expect(checkSettings(configOf({ INDEX_DIR: 'state/index' }))).toEqual({ problems: [], warnings: [] });
  });

  const bad = [
    {
      env: { CORPUS_DIR: 'missing' },
      problem: () => `CORPUS_DIR must be a folder of articles: ${at('missing')} does not exist.`,
    },
    {
      env: { CORPUS_DIR: 'a-file.txt' },
      problem: () => `CORPUS_DIR must be a folder of articles: ${at('a-file.txt')} is a file.`,
    },
    {
      env: { SYNONYMS_FILE: 'nope.txt' },
      problem: () => `SYNONYMS_FILE must be a text file: ${at('nope.txt')} does not exist.`,
    },
    {
      env: { SYNONYMS_FILE: 'a-folder' },
      problem: () => `SYNONYMS_FILE must be a text file: ${at('a-folder')} is a folder.`,
    },
    {
      env: { SYNONYMS_FILE: 'latin1.txt' },
      problem: () => `SYNONYMS_FILE must be UTF-8 text: ${at('latin1.txt')} is not.`,
    },
    {
      env: { SYNONYMS_FILE: 'one-entry.txt' },
      problem: () =>
        `SYNONYMS_FILE must hold one group a line, two or more entries separated by commas: ${at('one-entry.txt')} has line 2 "lonely", line 3 "also lonely,".`,
    },
    {
      env: { STOPWORDS_FILE: 'nope.txt' },
      problem: () => `STOPWORDS_FILE must be a text file: ${at('nope.txt')} does not exist.`,
    },
    {
      env: { STOPWORDS_FILE: 'binary.txt' },
      problem: () =>
        `STOPWORDS_FILE must be a text file: ${at('binary.txt')} is binary (contains NUL bytes).`,
    },
    {
      env: { INDEX_DIR: 'a-file.txt' },
      problem: () => `INDEX_DIR must be a folder: ${at('a-file.txt')} is a file.`,
    },
    {
      env: { INDEX_DIR: 'a-file.txt/index' },
      problem: () =>
        `INDEX_DIR must be a folder: ${at('a-file.txt/index')} cannot be created, ${at('a-file.txt')} is a file.`,
    },
  ] as const;
  for (const { env, problem } of bad) {
    test(`${Object.keys(env)[0]}=${Object.values(env)[0]}`, () => {
      expect(checkSettings(configOf(env))).toEqual({ problems: [problem()], warnings: [] });
    });
  }

  test('only a few bad lines of a synonyms file are quoted, the rest counted', async () => {
    const file = at('many-bad.txt');
    await writeFile(file, 'a\nb\nc\nd\ne\n');
    expect(checkSettings(configOf({ SYNONYMS_FILE: 'many-bad.txt' })).problems).toEqual([
      `SYNONYMS_FILE must hold one group a line, two or more entries separated by commas: ${file} has line 1 "a", line 2 "b", line 3 "c" and 2 more.`,
    ]);
  });

  // Root reads and writes through any permission bits, so this one only runs for other users.
  test.skipIf(process.getuid?.() === 0)('a CORPUS_DIR that cannot be read', async () => {
    const dir = at('locked');
    await mkdir(dir);
    await chmod(dir, 0o000);
    try {
      expect(checkSettings(configOf({ CORPUS_DIR: 'locked' })).problems).toEqual([
        `CORPUS_DIR must be a readable folder: ${dir} cannot be read (EACCES).`,
      ]);
    } finally {
      await chmod(dir, 0o755);
    }
  });
});

/** The real file system, with one call failing as a read-only mount or a locked file would. */
function failing(
  call: keyof SettingsFileSystem,
  code: string,
  real: SettingsFileSystem = {
    stat: (target) => ({ isDirectory: () => !path.extname(target) }),
    readdir: () => [],
    readFile: () => new TextEncoder().encode('a, b\n'),
    probeWrite: () => {},
  },
): SettingsFileSystem {
  const error = Object.assign(new Error(`${code}: failed`), { code });
  return {
    ...real,
    [call]: () => {
      throw error;
    },
  };
}

describe('checkSettings, failures only the system can cause', () => {
  const config = parseConfig(
    { CORPUS_DIR: '/srv/corpus', INDEX_DIR: '/srv/index', SYNONYMS_FILE: '/srv/syn.txt' },
    '/',
  );

  test('a CORPUS_DIR that cannot be read', () => {
    expect(checkSettings(config, 'write', failing('readdir', 'EACCES')).problems).toEqual([
      'CORPUS_DIR must be a readable folder: /srv/corpus cannot be read (EACCES).',
    ]);
  });

  test('a word list that cannot be read', () => {
    expect(checkSettings(config, 'write', failing('readFile', 'EACCES')).problems).toEqual([
      'SYNONYMS_FILE must be a readable text file: /srv/syn.txt cannot be read (EACCES).',
    ]);
  });

  test('an INDEX_DIR on a read-only mount: a warning, said once, and no problem', () => {
    expect(checkSettings(config, 'write', failing('probeWrite', 'EROFS'))).toEqual({
      problems: [],
      warnings: [
        'INDEX_DIR: /srv/index cannot be written (EROFS). Newsdesk answers all the same, but the index will not be saved, so every start reads the whole corpus folder again.',
      ],
    });
  });

  test('the command-line tools only read the index: no write check, no warning', () => {
    expect(checkSettings(config, 'read', failing('probeWrite', 'EROFS'))).toEqual({
      problems: [],
      warnings: [],
    });
  });
});

describe('loadConfig', () => {
  test('every problem of every kind in one report, exit status 2', () => {
    let error: unknown;
    try {
      loadConfig({
        cwd: root,
        envFile: at('no.env'),
        env: {
          CORPUS_DIR: 'missing',
          SYNONYMS_FILE: 'nope.txt',
          STOPWORDS_FILE: 'a-folder',
          INDEX_DIR: 'a-file.txt',
          LOG_LEVEL: 'loud',
        },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsdeskError);
    const failure = error as NewsdeskError;
    expect(failure.code).toBe('invalid-config');
    expect(exitCodeOf(failure)).toBe(EXIT.usage);
    expect(EXIT.usage).toBe(2);
    expect(failure.problems.map((p) => p.split(' ')[0])).toEqual([
      'LOG_LEVEL',
      'CORPUS_DIR',
      'SYNONYMS_FILE',
      'STOPWORDS_FILE',
      'INDEX_DIR',
    ]);
    expect(failure.message).toBe(
      ['Invalid configuration:', ...failure.problems.map((p) => `  - ${p}`)].join('\n'),
    );
  });

  test('loadConfigOrReport prints the report once and gives nothing to start with', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const env = { CORPUS_DIR: 'missing' };
      expect(loadConfigOrReport({ cwd: root, envFile: at('no.env'), env })).toBeUndefined();
      expect(printed.mock.calls).toEqual([
        [
          `Invalid configuration:\n  - CORPUS_DIR must be a folder of articles: ${at('missing')} does not exist.`,
        ],
      ]);
    } finally {
      printed.mockRestore();
    }
  });

  test('loadConfigOrReport says a warning once and still gives the configuration', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const config = loadConfigOrReport({
        cwd: root,
        envFile: at('no.env'),
        env: { CORPUS_DIR: 'corpus', INDEX_DIR: 'index' },
        fileSystem: failing('probeWrite', 'EACCES', {
          stat: (target) => ({ isDirectory: () => true, target }),
          readdir: () => [],
          readFile: () => new Uint8Array(),
          probeWrite: () => {},
        }),
      });
      expect(config?.indexDir).toBe(at('index'));
      expect(config?.warnings).toHaveLength(1);
      expect(printed).toHaveBeenCalledTimes(1);
      expect(printed.mock.calls[0]?.[0]).toMatch(/^INDEX_DIR: .* the index will not be saved/);
    } finally {
      printed.mockRestore();
    }
  });
});
