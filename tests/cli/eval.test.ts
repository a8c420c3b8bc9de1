import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, findQuestionSets, QUALITY_DIR } from '../../src/eval/sets.ts';
import { HARBOUR_QUESTIONS } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const HARBOUR = 'tests/fixtures/harbour';

const questions = HARBOUR_QUESTIONS;

let dir: string;
let questionsFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-eval-'));
  questionsFile = join(dir, 'harbour.json');
  writeFileSync(questionsFile, JSON.stringify(questions));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function evalCli(args: string[]) {
  return run(TSX, ['src/cli/eval.ts', ...args], { cwd: ROOT, env: { ...process.env, CORPUS_DIR: 'corpus' } });
}

// Each case starts the command in its own process, which takes seconds on a busy machine.
describe('npm run eval', { timeout: 60_000 }, () => {
  it('runs one set on the corpus given: the JSON Lines it scored (--answers), then its row (--json)', async () => {
    const { stdout } = await evalCli([questionsFile, '--corpus', HARBOUR, '--answers', '--json']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(questions.length + 1);
    expect(lines.slice(0, -1).map((line) => JSON.parse(line).question)).toEqual(
      questions.map((q) => q.question),
    );
    const rows = JSON.parse(lines.at(-1) ?? '');
    // One set: no mean row to repeat it.
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual([
      'set',
      'questions',
      'hit1',
      'hit3',
      'term',
      'reject',
      'falseReject',
      'stockHit1',
      'stockHit3',
    ]);
    expect(rows[0]).toMatchObject({ set: questionsFile, questions: 2, stockHit1: 1 });
  });

  it('without a set, runs every set of the sets folder and adds their mean', async () => {
    const { stdout } = await evalCli(['--json']);
    const rows = JSON.parse(stdout) as { set: string; questions: number }[];
    const sets = findQuestionSets(QUALITY_DIR, DEFAULT_CORPUS_DIR);
    expect(rows.map((row) => row.set)).toEqual([...sets.map((set) => set.name), 'mean']);
    const total = rows.slice(0, -1).reduce((sum, row) => sum + row.questions, 0);
    expect(rows.at(-1)?.questions).toBe(total);
  });

  it('exits 2 with the reason when a question set cannot be read', async () => {
    const failure = await evalCli(['missing.json']).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('cannot read question set missing.json');
  });
});
