import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../src/eval/args.ts';

const NONE = { verbose: false, answers: false, json: false };

describe('parseEvalArgs', () => {
  const cases = [
    { argv: [], expected: NONE },
    {
      argv: ['--verbose', '--answers', '--json'],
      expected: { ...NONE, verbose: true, answers: true, json: true },
    },
    { argv: ['set.json'], expected: { ...NONE, file: 'set.json' } },
    {
      argv: ['set.json', '--corpus', 'articles'],
      expected: { ...NONE, file: 'set.json', corpusDir: 'articles' },
    },
    {
      argv: ['--corpus=articles', 'set.json'],
      expected: { ...NONE, file: 'set.json', corpusDir: 'articles' },
    },
  ] as const;
  for (const { argv, expected } of cases) {
    it(`reads ${JSON.stringify(argv)}`, () => {
      expect(parseEvalArgs(argv)).toEqual(expected);
    });
  }

  const errors = [
    { argv: ['--bogus'], message: 'unknown option --bogus' },
    { argv: ['a.json', 'b.json'], message: 'one question set at a time (got a.json and b.json)' },
    { argv: ['a.json', '--corpus'], message: '--corpus needs a folder' },
    { argv: ['a.json', '--corpus', '--verbose'], message: '--corpus needs a folder' },
    {
      argv: ['--corpus', 'articles'],
      message: '--corpus goes with a question set: every set of the sets folder has its own corpus',
    },
  ] as const;
  for (const { argv, message } of errors) {
    it(`refuses ${JSON.stringify(argv)}`, () => {
      expect(() => parseEvalArgs(argv)).toThrow(message);
    });
  }
});
