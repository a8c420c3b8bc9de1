import { describe, expect, it } from 'vitest';
import { cachedByWord } from '../../src/core/word-cache.ts';

describe('cachedByWord', () => {
  it('computes each word once and remembers falsy answers too', () => {
    const asked: string[] = [];
    const isShort = cachedByWord((word) => {
      asked.push(word);
      return word.length < 4;
    }, 10);
    expect([isShort('cat'), isShort('horse'), isShort('cat'), isShort('horse')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(asked).toEqual(['cat', 'horse']);
  });

  it('starts over once the limit is reached, and still answers right', () => {
    const asked: string[] = [];
    const upper = cachedByWord((word) => {
      asked.push(word);
      return word.toUpperCase();
    }, 2);
    for (const word of ['a', 'b', 'c', 'a']) upper(word);
    expect(upper('c')).toBe('C');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
