import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/corpus.ts';
import {
  ABSENT_WORDS,
  generateQuestions,
  isContentTerm,
  misspell,
  QUESTION_MIX,
  TEMPLATE_TERMS,
  TermIndex,
  terms,
} from '../../bench/questions.ts';
import { Rng } from '../../bench/rng.ts';

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

describe('generateQuestions', () => {
  const articles = generateArticles(400);
  const index = new TermIndex(articles);
  const questions = generateQuestions(articles, 80, 11, index);
  const keys = new Set(index.keys);
  const absent = new Set(ABSENT_WORDS);

  it('makes the requested mix, numbered in order', () => {
    expect(questions).toHaveLength(80);
    expect(questions.map((q) => q.id)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
    expect(count('natural')).toBe(Math.round(80 * QUESTION_MIX.natural));
    expect(count('keyword')).toBe(Math.round(80 * QUESTION_MIX.keyword));
    expect(count('typo')).toBe(Math.round(80 * QUESTION_MIX.typo));
    expect(count('none')).toBe(80 - count('natural') - count('keyword') - count('typo'));
  });

  it('is deterministic for a seed', () => {
    expect(generateQuestions(articles, 80, 11, index)).toEqual(questions);
    expect(generateQuestions(articles, 80, 12, index)).not.toEqual(questions);
  });

  it('labels every answerable question with an existing paragraph, each its own', () => {
    const answerable = questions.filter((q) => q.kind !== 'none');
    for (const q of answerable) expect(keys.has(q.target as string)).toBe(true);
    expect(new Set(answerable.map((q) => q.target)).size).toBe(answerable.length);
    for (const q of questions.filter((x) => x.kind === 'none')) expect(q.target).toBeNull();
  });

  it('picks keyword questions that only their target paragraph fully contains', () => {
    for (const q of questions.filter((x) => x.kind === 'keyword')) {
      const hits = index.containingAll(terms(q.text));
      expect(hits.map((d) => index.keys[d])).toEqual([q.target]);
    }
  });

  it('phrases natural questions from words of the target paragraph', () => {
    for (const q of questions.filter((x) => x.kind === 'natural')) {
      const paragraph = articles.flatMap((a) => a.paragraphs).find((p) => p.key === q.target);
      const own = new Set(terms(paragraph?.text ?? ''));
      const shared = terms(q.text).filter((t) => isContentTerm(t) && own.has(t));
      expect(shared.length).toBeGreaterThan(0);
      expect(q.text).toMatch(/[?.]$/);
    }
  });

  it('puts exactly one misspelt word, absent from the corpus, in each typo question', () => {
    for (const q of questions.filter((x) => x.kind === 'typo')) {
      const unknown = terms(q.text).filter((t) => !index.has(t) && !TEMPLATE_TERMS.has(t));
      expect(unknown).toHaveLength(1);
      expect((unknown[0] as string).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('builds unanswerable questions from words the corpus does not have', () => {
    for (const q of questions.filter((x) => x.kind === 'none')) {
      const words = terms(q.text).filter((t) => absent.has(t));
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(index.has(w)).toBe(false);
    }
  });
});

describe('misspell', () => {
  it('makes exactly one edit and keeps the first letter', () => {
    const rng = new Rng(42);
    for (const word of ['investigation', 'legislature', 'committee', 'Atlanta', 'property', 'escheat']) {
      for (let i = 0; i < 50; i++) {
        const m = misspell(word, rng);
        expect(levenshtein(word, m)).toBe(1);
        expect(m[0]).toBe(word[0]);
      }
    }
  });
});

describe('Rng', () => {
  it('repeats its stream for a seed and stays in range', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    const r = Rng.derive(9, 'label');
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
    expect(new Rng(3).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
