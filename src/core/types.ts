/** One paragraph of article text, the unit that is indexed, ranked and quoted. */
export interface Paragraph {
  /** Unique key: `${articleId}#${n}`. */
  readonly key: string;
  readonly articleId: string;
  /** 1-based position among the article's paragraphs. */
  readonly n: number;
  readonly text: string;
}

/** What is known about an article; a field that cannot be known is the empty string. */
export interface ArticleMeta {
  readonly title: string;
  /** The outlet, e.g. `Al Jazeera` or `TASS`. */
  readonly source: string;
  /** `YYYY-MM-DD` when the year is known, otherwise the date as printed (e.g. `October 3`). */
  readonly date: string;
  readonly url: string;
}

export interface Article extends ArticleMeta {
  /** The file name without its extension. */
  readonly id: string;
  /** The file name, relative to the corpus folder. */
  readonly file: string;
  readonly paragraphs: readonly Paragraph[];
}

/** Why a file was not loaded. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface LoadReport {
  readonly loaded: readonly string[];
  readonly skipped: readonly SkippedFile[];
  readonly articles: number;
  readonly paragraphs: number;
  readonly tookMs: number;
}

/** One quoted source of an answer. The JSON contract of `ask --json` is exactly this shape. */
export interface Citation {
  /** The marker number used in the answer text: `[n]`. */
  readonly n: number;
  readonly file: string;
  readonly title: string;
  readonly source: string;
  readonly date: string;
  readonly url: string;
  /** 1-based paragraph number within the article. */
  readonly paragraph: number;
  /** The whole paragraph. */
  readonly text: string;
  /** The part of the paragraph quoted in the answer. */
  readonly snippet: string;
  readonly score: number;
  /** What the quote does with the claim: `asserts`, `denies`, `confirms` or `doubts`. */
  readonly stance: Stance;
  /** Who says it: the speaker or body the article names, else the outlet; `""` when unknown. */
  readonly attributedTo: string;
}

/** What a quoted sentence does with a claim (see `src/core/stance.ts` for the words that decide). */
export type Stance = 'asserts' | 'denies' | 'confirms' | 'doubts';

/** One side of a claim the cited articles disagree on: its stance, its citations and who takes it. */
export interface Perspective {
  readonly stance: Stance;
  /** The `n` of the citations on this side. */
  readonly citations: readonly number[];
  /** Who takes this side: the speakers the quotes name, else their outlets. */
  readonly sources: readonly string[];
}

export interface Answer {
  readonly question: string;
  readonly answered: boolean;
  /** Plain text: quoted sentences with `[n]` markers, or a plain statement that the articles do not say. */
  readonly answer: string;
  readonly citations: readonly Citation[];
  /** The sides of a claim the citations disagree on; empty when they do not disagree. */
  readonly perspectives: readonly Perspective[];
  /** Surface words of the articles that matched the question, for highlighting. */
  readonly matchedWords: readonly string[];
  /** When not answered: the closest topics the corpus does cover. */
  readonly suggestions: readonly string[];
}

/** One ranked paragraph returned by a search. */
export interface SearchHit {
  readonly article: Article;
  readonly paragraph: Paragraph;
  readonly score: number;
  readonly matchedWords: readonly string[];
}
