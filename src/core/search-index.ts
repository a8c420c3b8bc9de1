import { NewsdeskError } from './errors.ts';
import {
  type IndexSnapshot,
  packDocuments,
  packTermCounts,
  unpackDocuments,
  unpackTermCounts,
} from './index-snapshot.ts';
import type { Lexicon } from './lexicon.ts';
import { PackedMiniSearch } from './packed-minisearch.ts';
import { SurfaceWords } from './surface-words.ts';
import type { Article, Paragraph } from './types.ts';

/** Bumped whenever the snapshot layout or the way text becomes terms changes. */
export const INDEX_FORMAT = 11;

/** How many paragraph entries one query may score by default (see {@link NewsIndex.query}). */
export const DEFAULT_POSTING_BUDGET = 4_000;

/** Query terms weighted at least this much are the question's own words (as asked, respelt, inflected). */
export const AS_ASKED_WEIGHT = 0.85;

/** What MiniSearch stores of a paragraph: its index terms, already worked out, joined by spaces. */
interface IndexedParagraph {
  key: string;
  terms: string;
  title: string;
}

/** A ranked paragraph straight from the index, before reranking. */
export interface IndexHit {
  readonly key: string;
  readonly score: number;
}

/** Ids below this take one UTF-16 unit in an encoded term list; larger ones take two. */
const ONE_UNIT_IDS = 0x8000;
const ENCODE_SLICE = 8192;

/**
 * Numbers for index terms, so that a list of terms can be kept as a string of ids: one UTF-16 unit per
 * term (two past 32,767 terms). Ids are never taken back: a term that leaves the corpus keeps its id.
 */
export class TermIds {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];

  encode(terms: Iterable<string>): string {
    const units: number[] = [];
    for (const term of terms) {
      let id = this.#ids.get(term);
      if (id === undefined) {
        id = this.#terms.length;
        this.#ids.set(term, id);
        this.#terms.push(term);
      }
      if (id < ONE_UNIT_IDS) units.push(id);
      else units.push(ONE_UNIT_IDS | Math.floor(id / ONE_UNIT_IDS), id % ONE_UNIT_IDS);
    }
    let encoded = '';
    // In slices: a paragraph may hold more terms than a call takes arguments.
    for (let i = 0; i < units.length; i += ENCODE_SLICE)
      encoded += String.fromCharCode(...units.slice(i, i + ENCODE_SLICE));
    return encoded;
  }

  /** The terms of an encoded list, in the order they were encoded. */
  decode(encoded: string): Set<string> {
    const terms = new Set<string>();
    for (let i = 0; i < encoded.length; i++) {
      const unit = encoded.charCodeAt(i);
      const id = unit < ONE_UNIT_IDS ? unit : (unit - ONE_UNIT_IDS) * ONE_UNIT_IDS + encoded.charCodeAt(++i);
      terms.add(this.#terms[id] as string);
    }
    return terms;
  }
}

/**
 * The paragraphs of a corpus in a MiniSearch index, plus what queries need beyond it: how many
 * paragraphs hold each term (for weighting and rejection) and the corpus's own words (for spelling).
 */
export class NewsIndex {
  readonly lexicon: Lexicon;
  /** How many paragraph entries one query may score (see {@link NewsIndex.query}). */
  postingBudget = DEFAULT_POSTING_BUDGET;
  private readonly miniSearch: PackedMiniSearch<IndexedParagraph>;
  private readonly articlesById = new Map<string, Article>();
  /** How many paragraphs the indexed articles have. */
  private paragraphTotal = 0;
  private readonly documentFrequency = new Map<string, number>();
  /** How many paragraphs carry the term in their article's headline: what the title field costs to score. */
  private readonly headlineFrequency = new Map<string, number>();
  /**
   * Each paragraph's distinct index terms, worked out once (reranking reads them for every candidate),
   * as a string of term ids: about a quarter of the memory of an array of the terms.
   */
  private readonly termsByKey = new Map<string, string>();
  private readonly termIds = new TermIds();
  /** Folded surface words and how many paragraphs use them, for spelling and completion. */
  private readonly surfaceWords: SurfaceWords;
  /** Set by changes: the postings they left in Maps are packed before the next query. */
  private compactBeforeQuery = false;

  private constructor(
    lexicon: Lexicon,
    miniSearch?: PackedMiniSearch<IndexedParagraph>,
    surfaceWords = new SurfaceWords(),
  ) {
    this.lexicon = lexicon;
    this.miniSearch = miniSearch ?? new PackedMiniSearch<IndexedParagraph>(NewsIndex.miniSearchOptions());
    this.surfaceWords = surfaceWords;
  }

  // Paragraphs are analysed once (see add), so MiniSearch only splits the ready terms; queries arrive as
  // index terms too (see answer.ts), one per string.
  private static miniSearchOptions() {
    return {
      idField: 'key',
      fields: ['terms', 'title'],
      storeFields: [],
      tokenize: (terms: string) => (terms ? terms.split(' ') : []),
      processTerm: (term: string) => term,
      searchOptions: { tokenize: (query: string) => [query], processTerm: (term: string) => term },
    };
  }

  /** Indexes the paragraphs of the given articles. */
  static build(articles: readonly Article[], lexicon: Lexicon): NewsIndex {
    const index = new NewsIndex(lexicon);
    for (const article of articles) index.add(article);
    index.compact();
    return index;
  }

  /**
   * Restores an index saved with {@link NewsIndex.toJSON} for the same articles.
   * @throws NewsdeskError `snapshot-invalid` when the snapshot is corrupt or of another format.
   * @throws Error when a paragraph's key is not `${articleId}#${n}` (see {@link NewsIndex.paragraph}).
   */
  static fromJSON(json: string, articles: readonly Article[], lexicon: Lexicon): NewsIndex {
    let snapshot: IndexSnapshot;
    try {
      snapshot = JSON.parse(json) as IndexSnapshot;
    } catch {
      throw new NewsdeskError('snapshot-invalid', 'index snapshot is not valid JSON');
    }
    if (snapshot?.format !== INDEX_FORMAT) {
      throw new NewsdeskError(
        'snapshot-invalid',
        `index snapshot has format ${String(snapshot?.format)}, expected ${INDEX_FORMAT}`,
      );
    }
    const articlesById = new Map(articles.map((article) => [article.id, article]));
    const documentIds = unpackDocuments(snapshot.documents, articlesById, snapshot.index.nextId);
    let miniSearch: PackedMiniSearch<IndexedParagraph>;
    try {
      miniSearch = PackedMiniSearch.unpack<IndexedParagraph>(
        { ...snapshot.index, documentIds },
        NewsIndex.miniSearchOptions(),
      );
    } catch (error) {
      throw new NewsdeskError('snapshot-invalid', `index snapshot is damaged (${(error as Error).message})`);
    }
    const index = new NewsIndex(lexicon, miniSearch, new SurfaceWords(snapshot.surfaceWords));
    for (const article of articles) index.remember(article);
    if (miniSearch.documentCount !== index.paragraphTotal) {
      throw new NewsdeskError('snapshot-invalid', 'index snapshot does not match the corpus');
    }
    const { terms } = snapshot.index;
    unpackTermCounts(snapshot.documentFrequency, terms, index.documentFrequency);
    unpackTermCounts(snapshot.headlineFrequency, terms, index.headlineFrequency);
    return index;
  }

  toJSON(): string {
    const { documentIds, ...index } = this.miniSearch.pack();
    const snapshot: IndexSnapshot = {
      format: INDEX_FORMAT,
      index,
      documents: packDocuments(documentIds, (key) => this.paragraph(key), this.articlesById),
      documentFrequency: packTermCounts(this.documentFrequency, index.terms),
      headlineFrequency: packTermCounts(this.headlineFrequency, index.terms),
      surfaceWords: this.surfaceWords.pack(),
    };
    return JSON.stringify(snapshot);
  }

  /**
   * Takes an article's paragraphs into the counts and lookups. Paragraphs are found by their keys (see
   * {@link NewsIndex.paragraph}), which must be `${articleId}#${n}` as documented on Paragraph.
   * @throws Error when a paragraph's key is not.
   */
  private remember(article: Article): void {
    article.paragraphs.forEach((paragraph, i) => {
      if (paragraph.key !== `${article.id}#${i + 1}`)
        throw new Error(
          `paragraph ${paragraph.key} of article ${article.id} is not keyed ${article.id}#${i + 1}`,
        );
    });
    this.articlesById.set(article.id, article);
    this.paragraphTotal += article.paragraphs.length;
  }

  /** Analyses a paragraph into index terms, counting its words in (or out of) the corpus statistics. */
  private countWords(paragraph: Paragraph, delta: 1 | -1): string[] {
    const terms: string[] = [];
    const seenWords = new Set<string>();
    const seenTerms = new Set<string>();
    for (const { word, term } of this.lexicon.wordTerms(paragraph.text)) {
      terms.push(term);
      if (!seenWords.has(word)) {
        seenWords.add(word);
        this.surfaceWords.count(word, delta);
      }
      if (!seenTerms.has(term)) {
        seenTerms.add(term);
        const count = (this.documentFrequency.get(term) ?? 0) + delta;
        if (count > 0) this.documentFrequency.set(term, count);
        else this.documentFrequency.delete(term);
      }
    }
    return terms;
  }

  private headlineTerms(article: Article): string[] {
    return this.lexicon.termsOf(article.title);
  }

  private countHeadline(article: Article, terms: readonly string[], delta: 1 | -1): void {
    for (const term of new Set(terms)) {
      const count = (this.headlineFrequency.get(term) ?? 0) + delta * article.paragraphs.length;
      if (count > 0) this.headlineFrequency.set(term, count);
      else this.headlineFrequency.delete(term);
    }
  }

  /** Adds an article's paragraphs. An article with the same id must be removed first. */
  add(article: Article): void {
    if (this.articlesById.has(article.id)) throw new Error(`article ${article.id} is already indexed`);
    this.remember(article);
    const titleTerms = this.headlineTerms(article);
    this.countHeadline(article, titleTerms, 1);
    const title = titleTerms.join(' ');
    this.miniSearch.addAll(
      article.paragraphs.map((p) => {
        const terms = this.countWords(p, 1);
        this.termsByKey.set(p.key, this.termIds.encode(new Set(terms)));
        return { key: p.key, terms: terms.join(' '), title };
      }),
    );
    this.compactBeforeQuery = true;
  }

  /** Drops an article's paragraphs; returns whether it was there. */
  remove(articleId: string): boolean {
    const article = this.articlesById.get(articleId);
    if (!article) return false;
    this.countHeadline(article, this.headlineTerms(article), -1);
    for (const paragraph of article.paragraphs) {
      this.countWords(paragraph, -1);
      this.miniSearch.discard(paragraph.key);
      this.termsByKey.delete(paragraph.key);
    }
    this.articlesById.delete(articleId);
    this.paragraphTotal -= article.paragraphs.length;
    this.compactBeforeQuery = true;
    return true;
  }

  /**
   * Packs the index's postings into one byte array (see {@link PackedMiniSearch.compact}). Changes leave
   * the postings they touch in MiniSearch's Maps, many times the size; queries pack them again first,
   * so a batch of changes costs one pass over the index.
   */
  compact(): void {
    this.miniSearch.compact();
    this.compactBeforeQuery = false;
  }

  get articleCount(): number {
    return this.articlesById.size;
  }

  get paragraphCount(): number {
    return this.paragraphTotal;
  }

  article(id: string): Article | undefined {
    return this.articlesById.get(id);
  }

  paragraph(key: string): Paragraph | undefined {
    // A key is `${articleId}#${n}` (see remember): no table of every paragraph is needed.
    const hash = key.lastIndexOf('#');
    const found = this.articlesById.get(key.slice(0, hash))?.paragraphs[Number(key.slice(hash + 1)) - 1];
    return found?.key === key ? found : undefined;
  }

  /** The index terms of a paragraph (worked out on first use for an index restored from a snapshot). */
  paragraphTerms(paragraph: Paragraph): ReadonlySet<string> {
    let terms = this.termsByKey.get(paragraph.key);
    if (terms === undefined) {
      terms = this.termIds.encode(new Set(this.lexicon.termsOf(paragraph.text)));
      this.termsByKey.set(paragraph.key, terms);
    }
    // Kept encoded; a set is made only for the few candidates.
    return this.termIds.decode(terms);
  }

  /** How many paragraphs contain the term (0 when none). */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Whether any paragraph or headline uses the term. */
  uses(term: string): boolean {
    return this.frequency(term) > 0 || (this.headlineFrequency.get(term) ?? 0) > 0;
  }

  /** Inverse document frequency of a term; a term the corpus never uses gets the highest value. */
  idf(term: string): number {
    const n = this.paragraphCount;
    return Math.log(1 + n / Math.max(this.frequency(term), 0.5));
  }

  /** Keys of the paragraphs that use every one of the terms (in text or headline), best first. */
  paragraphsWithAll(terms: readonly string[], limit: number): string[] {
    if (this.compactBeforeQuery) this.compact();
    if (terms.length === 0 || !terms.every((term) => this.uses(term))) return [];
    return this.miniSearch
      .search({ combineWith: 'AND', queries: [...terms] })
      .slice(0, limit)
      .map((result) => String(result.id));
  }

  /** Corpus words spelt like a word the corpus may not contain (see {@link SurfaceWords.spellingVariants}). */
  spellingVariants(word: string, maxDistance: 1 | 2): string[] {
    return this.surfaceWords.spellingVariants(word, maxDistance);
  }

  /** Corpus words that start with a prefix, most used first. */
  wordsWithPrefix(prefix: string, limit: number): string[] {
    return this.surfaceWords.wordsWithPrefix(prefix, limit);
  }

  /**
   * Ranks paragraphs for weighted index terms (BM25 over text and headline, OR-combined). Terms are
   * taken rarest first until their paragraphs add up to a budget: a very common term costs the most to
   * score and tells the least, and the reranker still counts it on the candidates.
   * Ties are broken by paragraph key so results never depend on insertion order.
   */
  query(
    weightedTerms: ReadonlyMap<string, number>,
    options: { articleId?: string; limit: number; budget?: number; strictBudget?: boolean },
  ): IndexHit[] {
    if (this.compactBeforeQuery) this.compact();
    // The words as asked (and their spellings and forms) come first, rarest first; other wordings only
    // with the budget they leave: a rare synonym must not crowd out the words the question uses.
    const postingsOf = (term: string) => this.frequency(term) + (this.headlineFrequency.get(term) ?? 0);
    const asked = (term: string) => (weightedTerms.get(term) ?? 1) >= AS_ASKED_WEIGHT;
    const terms = [...weightedTerms.keys()]
      .filter((term) => this.frequency(term) > 0)
      .sort(
        (a, b) => Number(asked(b)) - Number(asked(a)) || postingsOf(a) - postingsOf(b) || a.localeCompare(b),
      );
    let postings = 0;
    const chosen = terms.filter((term, i) => {
      postings += postingsOf(term);
      // The rarest term is always taken (there would be no candidates otherwise), unless the budget is strict.
      return (i === 0 && !options.strictBudget) || postings <= (options.budget ?? this.postingBudget);
    });
    if (chosen.length === 0) return [];
    const results = this.miniSearch.search(
      { combineWith: 'OR', queries: chosen },
      {
        // The headline says what the whole article is about; the paragraph says what it answers.
        boost: { terms: 1, title: 0.3 },
        boostTerm: (term) => weightedTerms.get(term) ?? 1,
        ...(options.articleId
          ? {
              filter: (result) => this.paragraph(String(result.id))?.articleId === options.articleId,
            }
          : {}),
      },
    );
    // MiniSearch sorts by score; only the ties at the cut need ordering by key.
    const cut = results[Math.min(options.limit, results.length) - 1]?.score ?? 0;
    let end = Math.min(options.limit, results.length);
    while (end < results.length && results[end]?.score === cut) end++;
    return results
      .slice(0, end)
      .map((result) => ({ key: String(result.id), score: result.score }))
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .slice(0, options.limit);
  }
}
