import MiniSearch from 'minisearch';
import type { Article } from '../core/types.ts';
import type { ScoredAnswer } from './score.ts';

/** How many results of stock MiniSearch count as its citations: as many as hit@3 reads. */
export const STOCK_CITATIONS = 3;

interface StockDocument {
  id: string;
  file: string;
  text: string;
}

/**
 * The baseline Newsdesk is measured against: stock MiniSearch with its default options over the same
 * paragraphs, each question passed to `search` as typed. Its first results become citations quoting the
 * whole paragraph, and it answers whenever anything matches (it has no way to decline).
 * @example new StockMiniSearch(engine.articles).ask('who denied sending fighters')
 */
export class StockMiniSearch {
  private readonly miniSearch = new MiniSearch<StockDocument>({
    fields: ['text'],
    storeFields: ['file', 'text'],
  });

  constructor(articles: readonly Article[]) {
    this.miniSearch.addAll(
      articles.flatMap((article) =>
        article.paragraphs.map((p) => ({ id: p.key, file: article.file, text: p.text })),
      ),
    );
  }

  ask(question: string): ScoredAnswer & { question: string } {
    const citations = this.miniSearch
      .search(question)
      .slice(0, STOCK_CITATIONS)
      .map((result) => {
        const { file, text } = result as unknown as StockDocument;
        return { file, text, snippet: text };
      });
    return { question, answered: citations.length > 0, answer: '', citations };
  }
}
