import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Newsdesk } from '../../src/core/engine.ts';
import { TEMP_PREFIX } from '../../src/core/library.ts';
import { killEntryProcesses, PROJECT_ROOT, SPAWN_TIMEOUT_MS, spawnEntry } from '../helpers/entry-process.ts';

const HARBOUR = join(PROJECT_ROOT, 'tests/fixtures/harbour');

// An empty working folder: no `.env` is read, only the environment each test gives.
let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'newsdesk-ask-cwd-'));
});
afterAll(async () => {
  killEntryProcesses();
  await rm(cwd, { recursive: true, force: true });
});

/** Runs `ask` with the given arguments and standard input; settles with its exit status and output. */
async function askWithStatus(
  args: string[],
  input = '',
  env: Record<string, string> = { CORPUS_DIR: HARBOUR },
) {
  const run = spawnEntry('src/cli/ask.ts', { cwd, env, args });
  run.child.stdin.end(input);
  const code = await run.exit;
  return { code, stdout: run.out(), stderr: run.err() };
}

/** Runs `ask`, which must succeed. */
async function ask(args: string[], input = '', env?: Record<string, string>) {
  const result = await askWithStatus(args, input, env);
  if (result.code !== 0) throw new Error(`ask exited with ${result.code}: ${result.stderr}`);
  return result;
}

const CITATION_KEYS = [
  'n',
  'file',
  'title',
  'source',
  'date',
  'url',
  'paragraph',
  'text',
  'snippet',
  'score',
  'stance',
  'attributedTo',
];

describe('npm run ask', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('--json prints one object in the documented shape', async () => {
    const { stdout } = await ask(['--json', 'how many residents were evacuated']);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'answer', 'citations', 'perspectives']);
    expect(answer.question).toBe('how many residents were evacuated');
    expect(answer.answered).toBe(true);
    expect(Object.keys(answer.citations[0])).toEqual(CITATION_KEYS);
    expect(answer.citations[0]).toMatchObject({
      n: 1,
      file: 'valley-times.md',
      paragraph: 2,
      source: 'Valley Times',
    });
    expect(answer.citations[0].text).toContain(answer.citations[0].snippet);
  });

  it('--stdin prints one JSON line per question, in order', async () => {
    const questions = [
      'who offered to mediate',
      'what is the capital of Peru',
      '',
      'how much will the repairs cost',
    ];
    const { stdout } = await ask(['--stdin'], `${questions.join('\n')}\n`);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.question)).toEqual(questions);
    expect(lines.map((l) => l.answered)).toEqual([true, false, false, true]);
    expect(lines[1].citations).toEqual([]);
  });

  it('--stdin splits questions at LF and CRLF only, never at a lone CR', async () => {
    // Each piece of input with the questions it must give; all are sent in one run, in this order.
    const pieces = [
      { input: 'who offered\rto mediate\n', questions: ['who offered\rto mediate'] },
      { input: 'first question\r\nsecond question\r\n', questions: ['first question', 'second question'] },
      { input: 'one\ntwo\r\n', questions: ['one', 'two'] },
      { input: 'a\r\r\n', questions: ['a\r'] },
      { input: 'last line without an end', questions: ['last line without an end'] },
    ] as const;
    const { stdout } = await ask(['--stdin'], pieces.map((piece) => piece.input).join(''));
    const asked = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).question);
    expect(asked).toEqual(pieces.flatMap((piece) => piece.questions));
  });

  it('prints a readable answer without --json', async () => {
    const { stdout } = await ask(['who offered to mediate']);
    expect(stdout).toContain('[1]');
    expect(stdout).toContain(
      'Reuters · “Union rejects port’s account of pay cut”, paragraph 3'.replace('’', "'"),
    );
  });

  it('refuses unknown options and an empty question with usage', async () => {
    expect(await askWithStatus(['--bogus', 'x'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown option --bogus'),
    });
    expect(await askWithStatus([])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });
});

describe('npm run ask with a saved index', { timeout: SPAWN_TIMEOUT_MS }, () => {
  let root: string;
  let corpusDir: string;
  let indexDir: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'newsdesk-ask-'));
    corpusDir = join(root, 'corpus');
    indexDir = join(root, 'index');
    await mkdir(corpusDir);
    await writeFile(
      join(corpusDir, 'keeper.txt'),
      'Keeper headline\n\nThe lighthouse keeper logged nine ships.\n',
    );
    await writeFile(join(corpusDir, 'ferry.txt'), 'Ferry headline\n\nFerry fares rise in March.\n');
    await writeFile(join(corpusDir, 'photo.png'), 'not text');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const askHere = (args: string[]) => ask(args, '', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });

  /** Every entry under a folder with its size and modification time: any write changes it. */
  async function listing(dir: string): Promise<Record<string, string>> {
    const entries: Record<string, string> = {};
    for (const name of await readdir(dir, { recursive: true })) {
      const info = await stat(join(dir, name));
      entries[name] = `${info.size} ${info.mtimeMs}`;
    }
    return entries;
  }

  it('answers from the saved index, reports what it loaded on stderr, and writes nothing', async () => {
    const engine = await Newsdesk.open({ corpusDir, indexDir });
    await engine.flush();
    // Left by a crash: a writable start would delete them, a read-only one must not.
    const deadPid = 999_999_999;
    await writeFile(join(corpusDir, `${TEMP_PREFIX}${deadPid}-ab`), 'half');
    await writeFile(join(indexDir, `${TEMP_PREFIX}${deadPid}-cd`), 'half');
    const before = { index: await listing(indexDir), corpus: await listing(corpusDir) };

    const { stdout, stderr } = await askHere(['--json', 'how many ships did the keeper log']);
    expect(JSON.parse(stdout).citations[0]).toMatchObject({ file: 'keeper.txt' });
    expect(stderr).toMatch(/^Newsdesk: 2 articles, 2 paragraphs, from the saved index in \d+ ms\.\n/);
    expect(stderr).toContain('Skipped 1 file:\n  photo.png: not an article file (expected .txt or .md)\n');

    // A changed file is read on top of the saved index, in memory only.
    await writeFile(join(corpusDir, 'ferry.txt'), 'Ferry headline\n\nFerry fares rise in April.\n');
    const changed = await listing(corpusDir);
    const second = await askHere(['--json', 'when do ferry fares rise']);
    expect(JSON.parse(second.stdout).answer).toContain('April');
    expect(second.stderr).toContain('from the saved index in');
    expect(second.stderr).toContain('1 changed (ferry.txt)');

    expect(await listing(indexDir)).toEqual(before.index);
    expect(await listing(corpusDir)).toEqual(changed);
  });

  it('indexes in memory, without creating the index folder, when there is no saved index', async () => {
    const { stdout, stderr } = await askHere(['--json', 'how many ships did the keeper log']);
    expect(JSON.parse(stdout).answered).toBe(true);
    expect(stderr).toMatch(/^Newsdesk: 2 articles, 2 paragraphs, indexed in \d+ ms \(saved index not used: /);
    expect(existsSync(indexDir)).toBe(false);
  });
});
