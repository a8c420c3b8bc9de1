import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allParagraphs,
  corpusDigest,
  generateArticles,
  loadCorpus,
  MAX_ARTICLE_PARAGRAPHS,
  MIN_ARTICLE_PARAGRAPHS,
  paragraphCount,
  titleFromSentence,
} from '../../bench/corpus.ts';
import type { Article } from '../../src/core/types.ts';

function checkShape(articles: readonly Article[], size: number): void {
  expect(paragraphCount(articles)).toBe(size);
  const ids = new Set<string>();
  const keys = new Set<string>();
  articles.forEach((a, i) => {
    expect(ids.has(a.id)).toBe(false);
    ids.add(a.id);
    expect(a.file).toBe(`${a.id}.txt`);
    expect(a.title.length).toBeGreaterThan(0);
    expect(a.source.length).toBeGreaterThan(0);
    expect(a.date).toMatch(/^1961-\d\d-\d\d$/);
    if (i < articles.length - 1) {
      expect(a.paragraphs.length).toBeGreaterThanOrEqual(1);
      expect(a.paragraphs.length).toBeLessThanOrEqual(MAX_ARTICLE_PARAGRAPHS);
    }
    a.paragraphs.forEach((p, j) => {
      expect(p.n).toBe(j + 1);
      expect(p.articleId).toBe(a.id);
      expect(p.key).toBe(`${a.id}#${j + 1}`);
      expect(keys.has(p.key)).toBe(false);
      keys.add(p.key);
      expect(p.text).toMatch(/\S/);
      expect(p.text).not.toMatch(/\/[a-z]+\b|``|''|\s[,.;:?!]/);
    });
  });
}

describe('generateArticles from the Brown corpus', () => {
  it.each([1, 37, 250])('makes exactly %i paragraphs', (size) => {
    checkShape(generateArticles(size), size);
  });

  it('is deterministic for a seed and differs for another', () => {
    const a = generateArticles(120, 7);
    const b = generateArticles(120, 7);
    const c = generateArticles(120, 8);
    expect(b).toEqual(a);
    expect(corpusDigest(b)).toBe(corpusDigest(a));
    expect(corpusDigest(c)).not.toBe(corpusDigest(a));
  });

  it('makes a smaller corpus a prefix of a larger one', () => {
    const small = allParagraphs(generateArticles(90)).map((p) => p.text);
    const large = allParagraphs(generateArticles(300)).map((p) => p.text);
    expect(large.slice(0, 90)).toEqual(small);
  });

  it('starts with press reportage, grouped into articles of 10 to 30 paragraphs', () => {
    const articles = generateArticles(200);
    expect(articles[0]?.id).toBe('ca01-1');
    expect(articles[0]?.source).toBe('The Atlanta Constitution');
    expect(articles[0]?.paragraphs[0]?.text).toBe(
      'The Fulton County Grand Jury said Friday an investigation of Atlanta\'s recent primary election produced "no evidence" that any irregularities took place.',
    );
    // Within a source text, every article but its last has at least the minimum length.
    for (let i = 0; i + 1 < articles.length; i++) {
      const a = articles[i] as Article;
      const next = articles[i + 1] as Article;
      if (a.id.split('-')[0] === next.id.split('-')[0]) {
        expect(a.paragraphs.length).toBeGreaterThanOrEqual(MIN_ARTICLE_PARAGRAPHS);
      }
    }
  });

  it('rejects sizes that are not positive integers', () => {
    expect(() => generateArticles(0)).toThrow();
    expect(() => generateArticles(2.5)).toThrow();
  });
});

describe('recombination beyond the source paragraphs', () => {
  let dir: string;
  const sentence = (file: number, i: number) =>
    `Sentence/nn number/nn ${i}/cd of/in file/nn ${file}/cd talks/vbz about/in topic${file}x${i}/nn ./.`;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'brown-'));
    writeFileSync(join(dir, 'package.json'), '{"version":"0.0.0-test"}');
    writeFileSync(join(dir, 'CONTENTS'), 'A01. The Test Gazette, May 1, 1961\nB01. The Other Herald\n');
    for (const [f, name] of [
      [1, 'ca01'],
      [2, 'cb01'],
    ] as const) {
      const paragraphs: string[] = [];
      for (let p = 0; p < 12; p++) paragraphs.push(`\t${sentence(f, p * 2)}\n${sentence(f, p * 2 + 1)}`);
      writeFileSync(join(dir, name), `\n\n${paragraphs.join('\n\n\n')}\n`);
    }
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('fills the size exactly with new, unique paragraphs made of source sentences', () => {
    const articles = generateArticles(100, 3, dir);
    checkShape(articles, 100);
    const texts = allParagraphs(articles).map((p) => p.text);
    expect(new Set(texts).size).toBe(100);
    // 24 source paragraphs, then recombined ones.
    expect(articles.filter((a) => !a.id.includes('-r')).reduce((n, a) => n + a.paragraphs.length, 0)).toBe(
      24,
    );
    expect(articles.some((a) => a.id === 'ca01-r1')).toBe(true);
    expect(articles[0]?.source).toBe('The Test Gazette');
    for (const t of texts)
      expect(t).toMatch(/^(Sentence number \d+ of file [12] talks about topic[12]x\d+\. ?)+$/);
    expect(generateArticles(100, 3, dir)).toEqual(articles);
  });

  it('caches as JSON lines and reads the cache back', async () => {
    const cacheDir = join(dir, 'cache');
    mkdirSync(cacheDir);
    const first = await loadCorpus(60, { seed: 5, cacheDir, brown: dir });
    const second = await loadCorpus(60, { seed: 5, cacheDir, brown: dir });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.articles).toEqual(first.articles);
    expect(second.header.digest).toBe(corpusDigest(first.articles));
  });
});

describe('titleFromSentence', () => {
  it.each([
    ['The bill, which Daniel said he drafted personally, would force banks.', 'The bill'],
    [
      '"Only a relative handful of such reports was received," the jury said.',
      'Only a relative handful of such reports was received',
    ],
    [
      "but Daniel's measure passed the Senate on Tuesday after a long and bitter debate over taxes.",
      "But Daniel's measure passed the Senate on Tuesday after a long",
    ],
  ])('%s', (sentence, title) => {
    expect(titleFromSentence(sentence)).toBe(title);
  });
});
