import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { StockMiniSearch } from '../../src/eval/stock.ts';

function article(id: string, paragraphs: readonly string[]): Article {
  return {
    id,
    file: `${id}.txt`,
    title: '',
    source: '',
    date: '',
    url: '',
    paragraphs: paragraphs.map((text, i) => ({ key: `${id}#${i + 1}`, articleId: id, n: i + 1, text })),
  };
}

const articles = [
  article('ferry', ['The ferry left the harbour at dawn.', 'Gulls followed the ferry across the bay.']),
  article('market', [
    'The fish market opened late.',
    'Traders blamed the ferry for the delay.',
    'Prices rose.',
  ]),
];

describe('StockMiniSearch', () => {
  it('cites its first three results, quoting whole paragraphs, best first', () => {
    const answer = new StockMiniSearch(articles).ask('ferry');
    expect(answer.answered).toBe(true);
    expect(answer.citations).toHaveLength(3);
    for (const citation of answer.citations ?? []) {
      expect(citation.text).toContain('ferry');
      expect(citation.snippet).toBe(citation.text);
    }
    expect(answer.citations?.map((c) => c.file).sort()).toEqual(['ferry.txt', 'ferry.txt', 'market.txt']);
  });

  it('takes the question as typed, with MiniSearch defaults: no stemming, no typo tolerance', () => {
    const baseline = new StockMiniSearch(articles);
    expect(baseline.ask('when did the market open').citations?.[0]).toEqual({
      file: 'market.txt',
      text: 'The fish market opened late.',
      snippet: 'The fish market opened late.',
    });
    expect(baseline.ask('ferries')).toEqual({
      question: 'ferries',
      answered: false,
      answer: '',
      citations: [],
    });
    expect(baseline.ask('markte').answered).toBe(false);
  });
});
