import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const env = { ...process.env, CORPUS_DIR: 'tests/fixtures/harbour' };

function ask(args: string[], input?: string) {
  const child = run(TSX, ['src/cli/ask.ts', ...args], { cwd: ROOT, env });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
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
];

describe('npm run ask', () => {
  it('--json prints one object in the documented shape', async () => {
    const { stdout } = await ask(['--json', 'how many residents were evacuated']);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'answer', 'citations']);
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
    await expect(ask(['--bogus', 'x'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown option --bogus'),
    });
    await expect(ask([])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });
});
