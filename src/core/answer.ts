import type { Lexicon } from './lexicon.ts';
import { statementOfQuote } from './perspectives.ts';
import type { NewsIndex } from './search-index.ts';
import { splitSentences, words } from './text.ts';
import type { Answer, Article, Citation, Paragraph, SearchHit } from './types.ts';

/** What kind of fact a question asks for, read from its question words. */
export type Expectation = 'number' | 'time' | 'who' | 'place' | null;

/** One wording of a concept and how much a match on it counts (the word as asked counts 1). */
interface Wording {
  readonly terms: readonly string[];
  readonly factor: number;
}

/** A content word of the question, with its other wordings and its weight (rarer counts more). */
export interface Concept {
  readonly word: string;
  readonly term: string;
  readonly wordings: readonly Wording[];
  readonly weight: number;
  /** Whether the corpus uses any wording of it at all. */
  readonly known: boolean;
}

export interface QuestionAnalysis {
  readonly concepts: readonly Concept[];
  readonly expects: Expectation;
  /** Every folded word of the question, stop words included. */
  readonly asked: ReadonlySet<string>;
}

export interface RankedParagraph {
  readonly article: Article;
  readonly paragraph: Paragraph;
  readonly score: number;
  /** Weighted share of the question's concepts that the paragraph (or, at half weight, its context) contains. */
  readonly coverage: number;
  readonly matchedTerms: ReadonlySet<string>;
}

export interface AnswerOptions {
  /** At most this many quoted sentences. */
  readonly maxCitations?: number;
  /** The share of the question a paragraph must cover to be quoted as an answer. */
  readonly minCoverage?: number;
}

const SYNONYM_FACTOR = 0.7;
const SPELLING_FACTOR = 0.85;
const CANDIDATES = 30;
// How many of the leading candidates are reread sentence by sentence.
const SENTENCE_RERANK = 12;
// Questions are short; anything past these limits is not read (it cannot change the topic much).
const MAX_QUESTION_CHARS = 2000;
const MAX_QUESTION_WORDS = 64;
// A concept found only around a paragraph (the headline, the paragraph before) counts this much:
// news paragraphs lean on names introduced earlier ("the diplomat", "he said").
const CONTEXT_FACTOR = 0.5;
const MISSING_FACT_FACTOR = 0.8;
const EXPECTED_FACT_BONUS = 0.3;
// A word the corpus never uses is weighed as if it were in this many paragraphs: a rare, telling word.
const UNKNOWN_WORD_FREQUENCY = 2;
const DEFAULT_MIN_COVERAGE = 0.6;
// Index entries scored when looking only for the closest topics of a question the corpus cannot answer.
const SUGGESTION_BUDGET = 500;
// Other citations must score at least this share of the best one: weaker ones add noise, not evidence.
const RELATIVE_CUTOFF = 0.6;

const EXPECTATIONS: readonly [RegExp, Expectation][] = [
  [/\b(how (many|much|long|far|old|big|large)|number of|what (number|percentage|share))\b/, 'number'],
  [/\b(when|since when|what (time|date|day|year|month))\b/, 'time'],
  [/\b(who|whom|whose|which (people|person|officials?|outlets?|media|countries|country|leaders?))\b/, 'who'],
  [/\b(where|which (towns?|cities|city|places?|regions?|areas?|villages?))\b/, 'place'],
];

const NUMBER_WORDS =
  /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|decades?|several|fourth|third)\b/i;
const TIME_WORDS =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|(19|20)\d\d|since|ago|earlier this|last (week|month|year))\b/i;
// A capitalised word after another word (not starting a sentence), and one after a place preposition.
const NAME_INSIDE = /(?<=[^.!?"“\s]\s+)\p{Lu}[\p{L}-]+/gu;
const PLACE_PHRASE = /(?<=\b(?:in|at|from|to|near|towns? of|city of)\s+(?:the\s+)?)\p{Lu}[\p{L}-]+/gu;

function expectationOf(question: string): Expectation {
  const lower = question.toLowerCase();
  return EXPECTATIONS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

// An answer to "who" or "where" names someone or somewhere the question did not already name.
function namesSomethingNew(pattern: RegExp, text: string, asked: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(pattern)) if (!words(match[0]).every((w) => asked.has(w))) return true;
  return false;
}

function fits(expects: Expectation, text: string, asked: ReadonlySet<string>): boolean {
  switch (expects) {
    case 'number':
      return NUMBER_WORDS.test(text);
    case 'time':
      return TIME_WORDS.test(text);
    case 'who':
      return namesSomethingNew(NAME_INSIDE, text, asked);
    case 'place':
      return namesSomethingNew(PLACE_PHRASE, text, asked);
    default:
      return false;
  }
}

interface QuestionToken {
  readonly word: string;
  readonly term: string;
}

/** Splits question words into concept seeds, keeping synonym-group phrases ("prime minister") whole. */
function conceptSeeds(index: NewsIndex, question: string): { words: string[]; terms: string[] }[] {
  const { lexicon } = index;
  const tokens: QuestionToken[] = [];
  for (const word of words(question.slice(0, MAX_QUESTION_CHARS)).slice(0, MAX_QUESTION_WORDS)) {
    const term = lexicon.term(word);
    if (term !== null) tokens.push({ word, term });
  }
  const seeds: { words: string[]; terms: string[] }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = lexicon.phrases.find((p) => p.every((t, k) => tokens[i + k]?.term === t));
    const length = phrase?.length ?? 1;
    const span = tokens.slice(i, i + length);
    seeds.push({ words: span.map((t) => t.word), terms: span.map((t) => t.term) });
    i += length;
  }
  return seeds;
}

/**
 * The weight of a word the corpus never uses. A name or other non-dictionary word weighs like a rare
 * word: the question is about something the articles lack. An ordinary English word ("describe") is
 * as likely to be a paraphrase of what the articles say, so it weighs half as much.
 */
function unknownWeight(index: NewsIndex, dictionaryWord: boolean): number {
  const rare = Math.log(1 + Math.max(index.paragraphCount, 1) / UNKNOWN_WORD_FREQUENCY);
  return dictionaryWord ? rare / 2 : rare;
}

/**
 * Turns a question into weighted concepts: stop words out, word forms folded, misspelt words corrected
 * against the corpus's own vocabulary, synonyms added as weaker wordings. A concept's weight is the idf
 * of the word as asked; a word the corpus never uses weighs like a rare one, so that a question about
 * something absent is not answered from the words around it.
 */
export function analyzeQuestion(index: NewsIndex, question: string): QuestionAnalysis {
  const { lexicon } = index;
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const usedByCorpus = (w: Wording) => w.terms.every((t) => index.frequency(t) > 0);
  const idfOf = (w: Wording) => Math.max(...w.terms.map((t) => index.idf(t)));
  for (const seed of conceptSeeds(index, question)) {
    const key = seed.terms.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const asked: Wording = { terms: seed.terms, factor: 1 };
    const bases: Wording[] = [asked];
    const word = seed.words.join(' ');
    if (seed.words.length === 1 && !lexicon.isDictionaryWord(word)) {
      // Not an English word: a typo ("foriegn") or a name spelt another way ("Pashinian").
      for (const variant of index.spellingVariants(word, usedByCorpus(asked) ? 1 : 2)) {
        const variantTerm = lexicon.term(variant);
        if (variantTerm && variantTerm !== key) bases.push({ terms: [variantTerm], factor: SPELLING_FACTOR });
      }
    }
    const wordings = [...bases];
    for (const base of bases) {
      for (const alternative of lexicon.alternatives(base.terms.join(' '))) {
        wordings.push({ terms: alternative, factor: base.factor * SYNONYM_FACTOR });
      }
    }
    const used = wordings.filter(usedByCorpus);
    const weight = usedByCorpus(asked)
      ? idfOf(asked)
      : used.length > 0
        ? Math.min(...used.map(idfOf))
        : unknownWeight(index, lexicon.isDictionaryWord(word));
    concepts.push({ word, term: key, wordings, weight, known: used.length > 0 });
  }
  return {
    concepts,
    expects: expectationOf(question),
    asked: new Set(words(question.slice(0, MAX_QUESTION_CHARS))),
  };
}

// Paragraphs, headlines and sentences come back for question after question: their terms are kept in a
// bounded cache per lexicon (the lexicon decides what the terms are).
const TERM_CACHE_SIZE = 8192;
const termCaches = new WeakMap<Lexicon, Map<string, Set<string>>>();
const sentenceCaches = new WeakMap<Lexicon, Map<string, readonly string[]>>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= TERM_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

function cacheFor<V>(caches: WeakMap<Lexicon, Map<string, V>>, lexicon: Lexicon): Map<string, V> {
  let cache = caches.get(lexicon);
  if (!cache) {
    cache = new Map();
    caches.set(lexicon, cache);
  }
  return cache;
}

/** The index terms of a text. */
function termsOf(index: NewsIndex, text: string): Set<string> {
  const cache = cacheFor(termCaches, index.lexicon);
  const known = cache.get(text);
  if (known) return known;
  const terms = new Set<string>();
  for (const word of words(text)) {
    const term = index.lexicon.term(word);
    if (term !== null) terms.add(term);
  }
  return remember(cache, text, terms);
}

function sentencesOf(index: NewsIndex, text: string): readonly string[] {
  const cache = cacheFor(sentenceCaches, index.lexicon);
  return cache.get(text) ?? remember(cache, text, splitSentences(text));
}

/** Weighted share of concepts found in a set of terms (or, at a lower weight, its context), and which terms matched. */
function coverageOf(
  concepts: readonly Concept[],
  terms: ReadonlySet<string>,
  context: readonly ReadonlySet<string>[] = [],
) {
  let total = 0;
  let got = 0;
  const matched = new Set<string>();
  for (const concept of concepts) {
    total += concept.weight;
    let best = 0;
    for (const wording of concept.wordings) {
      if (wording.terms.every((t) => terms.has(t))) {
        best = Math.max(best, wording.factor);
        for (const t of wording.terms) matched.add(t);
      } else if (context.some((c) => wording.terms.every((t) => c.has(t)))) {
        best = Math.max(best, wording.factor * CONTEXT_FACTOR);
      }
    }
    got += concept.weight * best;
  }
  return { coverage: total > 0 ? got / total : 0, matched };
}

/** The query terms to send to the index, each with its weight. */
function weightedTerms(concepts: readonly Concept[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    for (const wording of concept.wordings) {
      for (const term of wording.terms) {
        weights.set(term, Math.max(weights.get(term) ?? 0, wording.factor / wording.terms.length));
      }
    }
  }
  return weights;
}

/**
 * Ranks paragraphs for a question: BM25 candidates from the index, reranked by how much of the
 * question each one covers and whether it holds the kind of fact asked for.
 */
export function rankParagraphs(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  options: { articleId?: string; limit?: number; budget?: number; strictBudget?: boolean } = {},
): RankedParagraph[] {
  const { concepts, expects, asked } = analysis;
  const limit = Math.max(CANDIDATES, options.limit ?? 0);
  const hits = index.query(weightedTerms(concepts), { ...options, limit });
  const topScore = hits[0]?.score ?? 1;
  const ranked: (RankedParagraph & { partial: number })[] = [];
  for (const hit of hits) {
    const paragraph = index.paragraph(hit.key);
    const article = paragraph && index.article(paragraph.articleId);
    if (!paragraph || !article) continue;
    const previous = article.paragraphs[paragraph.n - 2];
    const context = [termsOf(index, article.title), ...(previous ? [index.paragraphTerms(previous)] : [])];
    const covered = coverageOf(concepts, index.paragraphTerms(paragraph), context);
    const fitsExpected = expects !== null && fits(expects, paragraph.text, asked);
    // A question that asks for a number or a time is not answered by a paragraph that holds none.
    const lacksFact = (expects === 'number' || expects === 'time') && !fitsExpected;
    const coverage = lacksFact ? covered.coverage * MISSING_FACT_FACTOR : covered.coverage;
    const partial = 0.55 * coverage + 0.2 * (hit.score / topScore) + 0.1 * (fitsExpected ? 1 : 0);
    ranked.push({ article, paragraph, score: partial, partial, coverage, matchedTerms: covered.matched });
  }
  // Whether one sentence holds the question together decides between close candidates; it is the
  // costliest part, so only the leading ones are read sentence by sentence.
  ranked.sort((a, b) => b.partial - a.partial || a.paragraph.key.localeCompare(b.paragraph.key));
  const finished = ranked.map((r, i) => {
    const bestSentence =
      i < SENTENCE_RERANK
        ? Math.max(
            ...sentencesOf(index, r.paragraph.text).map(
              (s) => coverageOf(concepts, termsOf(index, s)).coverage,
            ),
          )
        : 0;
    const { partial: _, ...rest } = r;
    return { ...rest, score: r.partial + 0.15 * bestSentence };
  });
  finished.sort((a, b) => b.score - a.score || a.paragraph.key.localeCompare(b.paragraph.key));
  return finished.slice(0, limit);
}

/**
 * The sentence of a paragraph that answers best, widened by its neighbour when it is very short.
 * Concepts the headline already states are the article's topic, not the answer: they count half, so
 * the sentence that adds the rest of the question wins. A sentence holding the kind of fact asked for
 * (a number, a time) is preferred.
 */
function quoteFrom(index: NewsIndex, analysis: QuestionAnalysis, ranked: RankedParagraph): string {
  const headline = termsOf(index, ranked.article.title);
  const concepts = analysis.concepts.map((c) =>
    c.wordings.some((w) => w.terms.every((t) => headline.has(t)))
      ? { ...c, weight: c.weight * CONTEXT_FACTOR }
      : c,
  );
  const sentences = sentencesOf(index, ranked.paragraph.text);
  let bestAt = 0;
  let bestScore = -1;
  sentences.forEach((sentence, i) => {
    const { coverage } = coverageOf(concepts, termsOf(index, sentence));
    const score =
      coverage +
      (analysis.expects && fits(analysis.expects, sentence, analysis.asked) ? EXPECTED_FACT_BONUS : 0);
    if (score > bestScore) {
      bestScore = score;
      bestAt = i;
    }
  });
  const best = sentences[bestAt] ?? ranked.paragraph.text;
  if (best.length < 60 && sentences.length > 1) {
    return bestAt + 1 < sentences.length
      ? `${best} ${sentences[bestAt + 1]}`
      : `${sentences[bestAt - 1]} ${best}`;
  }
  return best;
}

/** Surface words of a text whose terms matched, for highlighting. */
function matchedWordsIn(index: NewsIndex, text: string, terms: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const word of words(text)) {
    const term = index.lexicon.term(word);
    if (term !== null && terms.has(term)) found.add(word);
  }
  return [...found];
}

const outletOf = (article: Article) => article.source.toLowerCase() || `article:${article.id}`;

/**
 * Picks up to `max` paragraphs to quote: the best, then strong ones from other outlets, then, if room
 * is left, strong ones from outlets already quoted (a second statement, never the same one twice).
 */
function pickCitations(
  ranked: readonly RankedParagraph[],
  max: number,
  minCoverage: number,
): RankedParagraph[] {
  const best = ranked[0];
  if (!best) return [];
  const strong = ranked.filter((r) => r.score >= best.score * RELATIVE_CUTOFF && r.coverage >= minCoverage);
  const picked: RankedParagraph[] = [];
  const outlets = new Set<string>();
  for (const candidate of strong) {
    if (picked.length >= max) break;
    if (outlets.has(outletOf(candidate.article))) continue;
    picked.push(candidate);
    outlets.add(outletOf(candidate.article));
  }
  for (const candidate of strong) {
    if (picked.length >= max) break;
    if (!picked.includes(candidate)) picked.push(candidate);
  }
  return picked;
}

function citationOf(ranked: RankedParagraph, n: number, snippet: string): Citation {
  const { article, paragraph } = ranked;
  const { stance, attributedTo } = statementOfQuote(article, paragraph, snippet);
  return {
    n,
    file: article.file,
    title: article.title,
    source: article.source,
    date: article.date,
    url: article.url,
    paragraph: paragraph.n,
    text: paragraph.text,
    snippet,
    score: Math.round(ranked.score * 1000) / 1000,
    stance,
    attributedTo,
  };
}

const quoted = (sentence: string) => `“${sentence.replace(/^["“]|["”]$/g, '')}”`;

/** “a”, “a” and “b”, “a”, “b” and “c”: the question's own words, quoted. */
function wordList(concepts: readonly Concept[], last: 'and' | 'or'): string {
  const quotedWords = concepts.map((c) => `“${c.word}”`);
  return quotedWords.length > 1
    ? `${quotedWords.slice(0, -1).join(', ')} ${last} ${quotedWords.at(-1)}`
    : (quotedWords[0] ?? '');
}

function notAnswered(
  question: string,
  analysis: QuestionAnalysis,
  ranked: readonly RankedParagraph[],
): Answer {
  const suggestions = [...new Set(ranked.slice(0, 8).map((r) => r.article.title || r.article.id))].slice(
    0,
    3,
  );
  const matched = ranked[0]?.matchedTerms ?? new Set<string>();
  const known = analysis.concepts.filter((c) => c.wordings.some((w) => w.terms.every((t) => matched.has(t))));
  const missing = analysis.concepts.filter((c) => !known.includes(c));
  let answer: string;
  if (analysis.concepts.length === 0) {
    answer = 'Ask about something in the articles: a person, a place, an event or a claim.';
  } else if (known.length > 0 && missing.length > 0) {
    answer = `The articles don’t answer that. They mention ${wordList(known, 'and')} but say nothing about ${wordList(missing, 'or')}.`;
  } else {
    answer = 'The articles don’t answer that.';
  }
  if (suggestions.length > 0) answer += ` Closest topics: ${suggestions.join('; ')}.`;
  return {
    question,
    answered: false,
    answer,
    citations: [],
    perspectives: [],
    matchedWords: [],
    suggestions,
  };
}

/**
 * Answers a question from the indexed articles with one to three quoted sentences, each cited, or says
 * plainly that the articles do not answer it. Deterministic, and never throws on any input string.
 * @example answerQuestion(index, 'who denied sending fighters').citations[0]?.source
 */
export function answerQuestion(index: NewsIndex, question: string, options: AnswerOptions = {}): Answer {
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const analysis = analyzeQuestion(index, question);
  // When the words the corpus lacks weigh too much for any paragraph to cover the question, the answer
  // is already "no": only the closest topics are left to find, and a small search does for those.
  const total = analysis.concepts.reduce((sum, c) => sum + c.weight, 0);
  const reachable = analysis.concepts.reduce((sum, c) => sum + (c.known ? c.weight : 0), 0);
  const hopeless = total > 0 && reachable / total < minCoverage;
  const ranked = rankParagraphs(
    index,
    analysis,
    hopeless ? { budget: SUGGESTION_BUDGET, strictBudget: true } : {},
  );
  const best = ranked[0];
  if (!best || best.coverage < minCoverage) return notAnswered(question, analysis, ranked);

  const picked = pickCitations(ranked, options.maxCitations ?? 3, minCoverage);
  const citations = picked.map((r, i) => citationOf(r, i + 1, quoteFrom(index, analysis, r)));
  const matched = new Set(picked.flatMap((r) => [...r.matchedTerms]));
  const answer = citations.map((c) => `${quoted(c.snippet)} [${c.n}]`).join(' ');
  const matchedWords = [...new Set(citations.flatMap((c) => matchedWordsIn(index, c.snippet, matched)))];
  return { question, answered: true, answer, citations, perspectives: [], matchedWords, suggestions: [] };
}

/** Ranked paragraphs for a search box: every paragraph that matches at least one concept. */
export function searchParagraphs(
  index: NewsIndex,
  query: string,
  options: { articleId?: string; limit?: number } = {},
): SearchHit[] {
  const analysis = analyzeQuestion(index, query);
  return rankParagraphs(index, analysis, options)
    .filter((r) => r.matchedTerms.size > 0)
    .map((r) => ({
      article: r.article,
      paragraph: r.paragraph,
      score: Math.round(r.score * 1000) / 1000,
      matchedWords: matchedWordsIn(index, r.paragraph.text, r.matchedTerms),
    }));
}
