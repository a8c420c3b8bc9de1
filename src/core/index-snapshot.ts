import { NewsdeskError } from './errors.ts';
import type { PackedIndex } from './packed-minisearch.ts';
import type { Article, Paragraph } from './types.ts';
import { decodeVarints, encodeVarints } from './varint-codec.ts';

/** Counts by key, as two parallel arrays: far quicker to parse than an array of pairs. */
export interface PackedCounts {
  keys: string[];
  counts: number[];
}

/**
 * Counts by index term, in the order of the packed index's terms (0 for a term without one), as
 * varints: the terms are not saved twice. Counts of terms the index does not hold are kept apart.
 */
export interface TermCounts {
  byTerm: string;
  others: PackedCounts;
}

/**
 * Which paragraph each document of the index is, by short id: runs of consecutive paragraphs of one
 * article. Documents are added article by article, so a run is usually a whole article, and the keys
 * come back as the corpus's own strings instead of a saved copy of each.
 */
export interface PackedDocuments {
  /** Per run, the article's id; `null` for a run of short ids no longer used. */
  articles: (string | null)[];
  /** Per run, varints: the position of its first paragraph in the article, and how many follow. */
  runs: string;
}

/** What {@link NewsIndex.toJSON} saves, as JSON. */
export interface IndexSnapshot {
  format: number;
  index: Omit<PackedIndex, 'documentIds'>;
  documents: PackedDocuments;
  /** How many paragraphs hold each term. */
  documentFrequency: TermCounts;
  /** How many paragraphs have each term in their article's headline. */
  headlineFrequency: TermCounts;
  /** Folded surface words and how many paragraphs use them. */
  surfaceWords: PackedCounts;
}

const doesNotMatch = () => new NewsdeskError('snapshot-invalid', 'index snapshot does not match the corpus');

export function packCounts(entries: Iterable<[string, number]>): PackedCounts {
  const packed: PackedCounts = { keys: [], counts: [] };
  for (const [key, count] of entries) {
    packed.keys.push(key);
    packed.counts.push(count);
  }
  return packed;
}

export function packTermCounts(counts: ReadonlyMap<string, number>, terms: readonly string[]): TermCounts {
  const byTerm = new Int32Array(terms.length);
  let found = 0;
  terms.forEach((term, i) => {
    const count = counts.get(term);
    if (count === undefined) return;
    byTerm[i] = count;
    found++;
  });
  // Every counted term is normally an index term; the others are looked for only when one is not.
  let others: [string, number][] = [];
  if (found !== counts.size) {
    const indexed = new Set(terms);
    others = [...counts].filter(([term]) => !indexed.has(term));
  }
  return { byTerm: encodeVarints(byTerm), others: packCounts(others) };
}

/**
 * Puts saved counts into a map.
 * @throws NewsdeskError `snapshot-invalid` when they do not fit the terms.
 */
export function unpackTermCounts(
  packed: TermCounts,
  terms: readonly string[],
  into: Map<string, number>,
): void {
  const byTerm = decodeVarints(packed.byTerm);
  if (byTerm.length !== terms.length) throw doesNotMatch();
  for (let i = 0; i < byTerm.length; i++) {
    const count = byTerm[i] ?? 0;
    if (count !== 0) into.set(terms[i] as string, count);
  }
  packed.others.keys.forEach((term, i) => {
    into.set(term, packed.others.counts[i] ?? 0);
  });
}

/** Where a paragraph is in its article, or -1. */
function positionOf(article: Article, paragraph: Paragraph): number {
  return article.paragraphs[paragraph.n - 1] === paragraph
    ? paragraph.n - 1
    : article.paragraphs.indexOf(paragraph);
}

/**
 * The runs of paragraphs that the index's document ids (by short id, `null` where unused) stand for.
 * @throws Error when a document is not a paragraph of the given articles.
 */
export function packDocuments(
  documentIds: readonly (string | null)[],
  paragraphOf: (key: string) => Paragraph | undefined,
  articles: ReadonlyMap<string, Article>,
): PackedDocuments {
  const runArticles: (string | null)[] = [];
  const runs: number[] = [];
  for (const id of documentIds) {
    let articleId: string | null = null;
    let position = 0;
    if (id !== null) {
      const paragraph = paragraphOf(id);
      const article = paragraph && articles.get(paragraph.articleId);
      position = article && paragraph ? positionOf(article, paragraph) : -1;
      if (!article || position < 0) throw new Error(`indexed document ${id} is no paragraph of the corpus`);
      articleId = article.id;
    }
    const last = runArticles.length - 1;
    const continues =
      last >= 0 &&
      runArticles[last] === articleId &&
      (articleId === null || (runs[2 * last] ?? 0) + (runs[2 * last + 1] ?? 0) === position);
    if (continues) runs[2 * last + 1] = (runs[2 * last + 1] ?? 0) + 1;
    else {
      runArticles.push(articleId);
      runs.push(position, 1);
    }
  }
  return { articles: runArticles, runs: encodeVarints(Int32Array.from(runs)) };
}

/**
 * The document ids by short id of saved runs: the keys of the given articles' paragraphs.
 * @throws NewsdeskError `snapshot-invalid` when a run does not fit the articles, or the runs do not
 * add up to `count` short ids.
 */
export function unpackDocuments(
  packed: PackedDocuments,
  articles: ReadonlyMap<string, Article>,
  count: number,
): (string | null)[] {
  const runs = decodeVarints(packed.runs);
  if (runs.length !== 2 * packed.articles.length) throw doesNotMatch();
  const ids: (string | null)[] = [];
  packed.articles.forEach((articleId, run) => {
    const start = runs[2 * run] ?? 0;
    const length = runs[2 * run + 1] ?? 0;
    if (length < 0 || ids.length + length > count) throw doesNotMatch();
    if (articleId === null) {
      for (let i = 0; i < length; i++) ids.push(null);
      return;
    }
    const paragraphs = articles.get(articleId)?.paragraphs;
    if (!paragraphs || start < 0 || start + length > paragraphs.length) throw doesNotMatch();
    for (let i = start; i < start + length; i++) ids.push((paragraphs[i] as Paragraph).key);
  });
  if (ids.length !== count) throw doesNotMatch();
  return ids;
}
