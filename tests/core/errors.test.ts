import { describe, expect, test } from 'vitest';
import { errorReference, isNewsdeskError, NewsdeskError } from '../../src/core/errors.ts';

describe('NewsdeskError', () => {
  test('carries a code and a message shown as it is, with no prefix', () => {
    const error = new NewsdeskError('not-found', 'no article "lions" in the corpus');
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message]).toEqual([
      'NewsdeskError',
      'not-found',
      'no article "lions" in the corpus',
    ]);
    expect(error.problems).toEqual([]);
    expect(error.cause).toBeUndefined();
  });

  test('keeps the underlying failure for the logs, and the separate problems', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const unreachable = new NewsdeskError('discord-unreachable', 'Could not reach Discord.', { cause });
    expect(unreachable.cause).toBe(cause);
    const config = new NewsdeskError('invalid-config', 'Invalid configuration', { problems: ['A', 'B'] });
    expect(config.problems).toEqual(['A', 'B']);
  });

  const cases = [
    { error: new NewsdeskError('too-large', 'x'), codes: [], expected: true },
    { error: new NewsdeskError('too-large', 'x'), codes: ['too-large', 'binary'], expected: true },
    { error: new NewsdeskError('too-large', 'x'), codes: ['invalid-config'], expected: false },
    { error: new Error('Newsdesk: x'), codes: [], expected: false },
    { error: 'too-large', codes: [], expected: false },
  ] as const;
  for (const { error, codes, expected } of cases) {
    test(`isNewsdeskError(${String(error)}, ${codes.join(', ') || 'any code'}) is ${expected}`, () => {
      expect(isNewsdeskError(error, ...codes)).toBe(expected);
    });
  }

  test('references are short, hexadecimal and differ', () => {
    const refs = new Set(Array.from({ length: 50 }, errorReference));
    expect(refs.size).toBe(50);
    for (const ref of refs) expect(ref).toMatch(/^[0-9a-f]{8}$/);
  });
});
