/** The engines under measurement, behind one small interface. */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Article } from '../src/core/types.ts';

/** What a query returned, reduced to what the labelled check needs. */
export interface Outcome {
  /** Paragraph key of the first hit, or null when nothing was returned. */
  readonly top: string | null;
  /** Whether the engine claims an answer (stock MiniSearch: at least one hit). */
  readonly answered: boolean;
}

/** One way of querying a built index (stock MiniSearch has two: default and prefix + fuzzy). */
export interface QueryMode {
  /** Key in `bench/results.json`. */
  readonly key: string;
  readonly label: string;
  /** The call that is timed. May return a promise, which is then awaited inside the timing. */
  run(question: string): unknown;
  outcome(result: unknown): Outcome;
}

/** A built index. */
export interface BuiltIndex {
  readonly modes: readonly QueryMode[];
  /** The snapshot as it would be persisted (a string, so its size is its UTF-8 byte length). */
  snapshot(): string;
  /** Restores an index from `snapshot()`; the call that is timed for `loadMs`. */
  load(snapshot: string): unknown;
}

export interface Engine {
  readonly key: string;
  readonly label: string;
  /** Runs once before the build is timed (e.g. loading a lexicon), not part of any figure. */
  prepare?(): Promise<void>;
  build(articles: readonly Article[]): BuiltIndex | Promise<BuiltIndex>;
}

interface StockDoc {
  readonly id: string;
  readonly text: string;
}

const STOCK_OPTIONS = { fields: ['text'] } as const;

/** Options of the second stock mode, as in MiniSearch's documentation for typo-tolerant search. */
export const STOCK_FUZZY: SearchOptions = { prefix: true, fuzzy: 0.2 };

function stockOutcome(result: unknown): Outcome {
  const hits = result as readonly { id: unknown }[];
  const first = hits[0];
  return { top: first === undefined ? null : String(first.id), answered: hits.length > 0 };
}

/** Stock MiniSearch 7: `fields: ['text']`, all other options default, ids are paragraph keys. */
export const stockMiniSearch: Engine = {
  key: 'minisearch',
  label: 'MiniSearch',
  build(articles) {
    const ms = new MiniSearch<StockDoc>({ ...STOCK_OPTIONS, fields: [...STOCK_OPTIONS.fields] });
    const docs: StockDoc[] = [];
    for (const a of articles) for (const p of a.paragraphs) docs.push({ id: p.key, text: p.text });
    ms.addAll(docs);
    return {
      modes: [
        {
          key: 'minisearch',
          label: 'MiniSearch search()',
          run: (q) => ms.search(q),
          outcome: stockOutcome,
        },
        {
          key: 'minisearchFuzzy',
          label: 'MiniSearch prefix+fuzzy 0.2',
          run: (q) => ms.search(q, STOCK_FUZZY),
          outcome: stockOutcome,
        },
      ],
      snapshot: () => JSON.stringify(ms),
      load: (json) => MiniSearch.loadJSON<StockDoc>(json, { fields: [...STOCK_OPTIONS.fields] }),
    };
  },
};
