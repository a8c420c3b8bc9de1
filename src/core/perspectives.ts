import { analyzeInContext, contextBefore, type Stance, type Statement } from './stance.ts';
import { splitSentences, words } from './text.ts';
import type { Article, Citation, Paragraph, Perspective } from './types.ts';

export interface QuoteCandidate {
  readonly article: Article;
  readonly paragraph: Paragraph;
  /** The sentence(s) chosen to quote: an exact substring of paragraph.text. */
  readonly snippet: string;
  /** 0..1 ranking score, best first in the input array. */
  readonly score: number;
  /** Index terms of the question found in it. */
  readonly matchedTerms: ReadonlySet<string>;
}

export interface ComposedAnswer {
  readonly answer: string;
  readonly citations: readonly Citation[];
  readonly perspectives: readonly Perspective[];
  readonly chosen: readonly QuoteCandidate[];
}

export interface ComposeOptions {
  readonly maxCitations: number;
  /** A yes/no question: when the articles disagree the answer says so first instead of picking a side. */
  readonly yesNo: boolean;
}

/** How many of the leading candidates are read for the other side of a claim. */
const POOL_SIZE = 12;
// A candidate counts as the same claim when it shares this share of the quoted citations' question terms.
const SAME_CLAIM_OVERLAP = 0.5;
/** The order sides are shown in, and their labels. */
export const STANCE_ORDER: readonly Stance[] = ['asserts', 'confirms', 'denies', 'doubts'];
export const STANCE_LABELS: Record<Stance, string> = {
  asserts: 'Claimed',
  confirms: 'Confirmed',
  denies: 'Denied',
  doubts: 'Doubted',
};
/** The sentence that opens a yes/no answer the articles disagree on. */
export const CONTESTED_OPENING = 'The articles disagree.';

const SUPPORTS = new Set<Stance>(['asserts', 'confirms']);
const OPPOSES = new Set<Stance>(['denies', 'doubts']);

/** Stance and speaker of a quote: its first sentence that has a reporting word, else its first sentence. */
export function statementOfQuote(article: Article, paragraph: Paragraph, snippet: string): Statement {
  const sentences = splitSentences(paragraph.text);
  const start = Math.max(0, paragraph.text.indexOf(snippet));
  let offset = 0;
  let first: Statement | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as string;
    const at = paragraph.text.indexOf(sentence, offset);
    offset = at + sentence.length;
    if (offset <= start || at >= start + snippet.length) continue;
    const statement = analyzeInContext(sentence, contextBefore(article, paragraph, sentences, i), article);
    first ??= statement;
    if (statement.cue) return statement;
  }
  return first ?? { stance: 'asserts', attributedTo: article.source, cue: '' };
}

interface Quote {
  readonly candidate: QuoteCandidate;
  readonly statement: Statement;
  /** Sorting key among the candidates (a reply to a quote sits right after it). */
  readonly rank: number;
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What makes two candidates one text: the same snippet, or the same paragraph. */
const textKeys = (c: QuoteCandidate) => [`s:${normalized(c.snippet)}`, `p:${normalized(c.paragraph.text)}`];

/** One candidate per quoted text: the same snippet or paragraph in two files is cited once, from the earlier file. */
function withoutCopies(candidates: readonly QuoteCandidate[]): QuoteCandidate[] {
  const earliest = new Map<string, QuoteCandidate>();
  for (const candidate of candidates) {
    for (const key of textKeys(candidate)) {
      const known = earliest.get(key);
      if (!known || candidate.article.file.localeCompare(known.article.file) < 0)
        earliest.set(key, candidate);
    }
  }
  const kept: QuoteCandidate[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const [snippetKey, paragraphKey] = textKeys(candidate) as [string, string];
    if (seen.has(snippetKey) || seen.has(paragraphKey)) continue;
    seen.add(snippetKey);
    seen.add(paragraphKey);
    const chosen =
      earliest.get(snippetKey) === candidate || earliest.get(paragraphKey) === candidate
        ? candidate
        : (earliest.get(snippetKey) ?? candidate);
    kept.push(chosen);
  }
  return kept;
}

/**
 * The sentence right after a quote in its paragraph, when it answers it with another stance: "Armenia
 * has accused … Both Azerbaijan and Turkey have denied the allegation."
 */
function replyTo(quote: Quote): Quote | null {
  const { article, paragraph, snippet } = quote.candidate;
  const at = paragraph.text.indexOf(snippet);
  if (at < 0) return null;
  const sentences = splitSentences(paragraph.text);
  const end = at + snippet.length;
  let offset = 0;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as string;
    const start = paragraph.text.indexOf(sentence, offset);
    offset = start + sentence.length;
    if (start < end) continue;
    const statement = analyzeInContext(sentence, contextBefore(article, paragraph, sentences, i), article);
    const answers =
      statement.cue !== '' && statement.stance !== 'asserts' && statement.stance !== quote.statement.stance;
    if (!answers) return null;
    return { candidate: { ...quote.candidate, snippet: sentence }, statement, rank: quote.rank + 0.5 };
  }
  return null;
}

/**
 * A quote that already holds its own reply ("… accused X. X has denied it.") is cut before the reply,
 * so that the reply is cited as its own side (see {@link replyTo}).
 */
function withoutReply(candidate: QuoteCandidate): QuoteCandidate {
  const { article, paragraph, snippet } = candidate;
  const sentences = splitSentences(snippet);
  if (sentences.length < 2) return candidate;
  const claim = statementOfQuote(article, paragraph, sentences[0] as string);
  let at = (sentences[0] as string).length;
  for (const sentence of sentences.slice(1)) {
    at = snippet.indexOf(sentence, at);
    const reply = statementOfQuote(article, paragraph, sentence);
    if (reply.cue !== '' && reply.stance !== 'asserts' && reply.stance !== claim.stance) {
      return { ...candidate, snippet: snippet.slice(0, at).trimEnd() };
    }
    at += sentence.length;
  }
  return candidate;
}

const outletOf = (article: Article) => article.source.toLowerCase() || `article:${article.id}`;

/** Capitalised words inside a text (not the first word): the names a claim is about. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}-]+/gu))
    for (const w of words(match[0])) names.add(w);
  return names;
}

/** Whether a candidate is about the same claim as the chosen quotes: shared question terms, or shared names. */
function sameClaim(candidate: QuoteCandidate, chosen: readonly Quote[]): boolean {
  const terms = new Set(chosen.flatMap((q) => [...q.candidate.matchedTerms]));
  if (terms.size === 0) return false;
  const shared = [...candidate.matchedTerms].filter((t) => terms.has(t)).length;
  if (shared / terms.size >= SAME_CLAIM_OVERLAP) return true;
  const names = new Set(chosen.flatMap((q) => [...namesIn(q.candidate.snippet)]));
  const theirs = [...namesIn(candidate.snippet)];
  return shared > 0 && theirs.filter((n) => names.has(n)).length >= 2;
}

/** Picks up to `max` quotes: the best, other outlets next, and both sides of a claim when the pool has them. */
function pickQuotes(pool: readonly Quote[], max: number): Quote[] {
  const picked: Quote[] = [];
  const outlets = new Set<string>();
  const add = (quote: Quote) => {
    picked.push(quote);
    outlets.add(outletOf(quote.candidate.article));
    const reply = replyTo(quote);
    // A reply in the very next sentence is the other side of the same claim: it comes with it.
    if (reply && picked.length < max) picked.push(reply);
  };
  const first = pool[0];
  if (!first) return [];
  add(first);
  for (const quote of pool) {
    if (picked.length >= max) break;
    if (!picked.includes(quote) && !outlets.has(outletOf(quote.candidate.article))) add(quote);
  }
  for (const quote of pool) {
    if (picked.length >= max) break;
    if (!picked.includes(quote)) add(quote);
  }
  const has = (side: Set<Stance>) => picked.some((q) => side.has(q.statement.stance));
  for (const side of [SUPPORTS, OPPOSES]) {
    if (has(side)) continue;
    const other = pool.find(
      (q) => side.has(q.statement.stance) && q.statement.cue !== '' && sameClaim(q.candidate, picked),
    );
    if (!other) continue;
    if (picked.length >= max) picked.pop();
    picked.push(other);
  }
  return picked.slice(0, Math.max(max, 0));
}

// "some 4,000 fighters", "hundreds of …", "over 300 Syrian militants"
const FIGURE =
  /\b(?:(?:some|about|around|over|nearly|almost|up to|as many as|at least|more than|fewer than)\s+)?(?:\d[\d,.]*|hundreds|thousands|dozens|tens of thousands)\b/gi;
const COUNTING = /\b(how (many|much)|number of|what (number|percentage|share))\b/i;
// A figure is about the question when one of these next words is a question term.
const FIGURE_REACH_WORDS = 4;

/** The figures a quote gives for what the question counts: a number followed closely by a word of the question. */
function figuresIn(snippet: string, questionWords: ReadonlySet<string>): string[] {
  const figures: string[] = [];
  for (const match of snippet.matchAll(FIGURE)) {
    if (/^(19|20)\d\d$/.test(match[0].trim())) continue;
    const after = words(snippet.slice(match.index + match[0].length)).slice(0, FIGURE_REACH_WORDS);
    if (after.some((w) => questionWords.has(w) || questionWords.has(w.replace(/s$/, '')))) {
      figures.push(match[0].trim());
    }
  }
  return figures;
}

function citationOf(quote: Quote, n: number): Citation {
  const { article, paragraph, snippet, score } = quote.candidate;
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
    score: Math.round(score * 1000) / 1000,
    stance: quote.statement.stance,
    attributedTo: quote.statement.attributedTo,
  };
}

const quoted = (sentence: string) => `“${sentence.replace(/^["“]|["”]$/g, '')}”`;
const whoSays = (c: Citation) => c.attributedTo || c.source || c.title || c.file;

/** Sides of the cited quotes: one perspective per stance, in {@link STANCE_ORDER}. */
function perspectivesOf(citations: readonly Citation[]): Perspective[] {
  return STANCE_ORDER.flatMap((stance) => {
    const side = citations.filter((c) => c.stance === stance);
    if (side.length === 0) return [];
    return [{ stance, citations: side.map((c) => c.n), sources: [...new Set(side.map(whoSays))] }];
  });
}

/**
 * Composes an answer from ranked quote candidates: picks up to `maxCitations` (the best first, then
 * other outlets, one citation per identical text), gives each its stance and speaker, and when the
 * quotes disagree (one side claims or confirms, another denies or doubts, or they give different
 * figures for what the question counts) shows every side with who takes it. `fillers`, passages ranked
 * near the best that do not answer, take the places the candidates leave, after them.
 *
 * @example composeAnswer('did turkey send fighters', candidates, { maxCitations: 3, yesNo: true }).perspectives
 */
export function composeAnswer(
  question: string,
  candidates: readonly QuoteCandidate[],
  options: ComposeOptions,
  fillers: readonly QuoteCandidate[] = [],
): ComposedAnswer {
  const quoteOf = (candidate: QuoteCandidate, rank: number): Quote => ({
    candidate,
    statement: statementOfQuote(candidate.article, candidate.paragraph, candidate.snippet),
    rank,
  });
  const pool: Quote[] = withoutCopies(candidates).slice(0, POOL_SIZE).map(withoutReply).map(quoteOf);
  const questionWords = new Set(words(question));
  // A question that counts something is answered by the figures each side gives: after the best
  // quote, which holds the count the question asks for in whatever words, those quotes come first.
  const counting = COUNTING.test(question);
  const hasFigure = (q: Quote) => figuresIn(q.candidate.snippet, questionWords).length > 0;
  const [best, ...rest] = pool;
  const ordered =
    counting && best ? [best, ...rest.filter(hasFigure), ...rest.filter((q) => !hasFigure(q))] : pool;
  const picked = pickQuotes(ordered, options.maxCitations);
  // Room left after the quotes that answer: the passages ranked next, after them.
  const quotedTexts = new Set(pool.flatMap((q) => textKeys(q.candidate)));
  const spare = withoutCopies(fillers)
    .filter((candidate) => !textKeys(candidate).some((key) => quotedTexts.has(key)))
    .slice(0, Math.max(options.maxCitations - picked.length, 0))
    .map((candidate, i) => quoteOf(candidate, pool.length + i));
  picked.push(...spare);
  picked.sort((a, b) => a.rank - b.rank);
  const citations = picked.map((quote, i) => citationOf(quote, i + 1));
  const stances = new Set(citations.map((c) => c.stance));
  const disagree = [...stances].some((s) => SUPPORTS.has(s)) && [...stances].some((s) => OPPOSES.has(s));

  const figures = citations.map((c) => ({ c, figures: figuresIn(c.snippet, questionWords) }));
  const withFigures = figures.filter((f) => f.figures.length > 0);
  const distinctFigures = new Set(withFigures.map((f) => f.figures[0]?.toLowerCase()));
  const figuresDiffer =
    distinctFigures.size > 1 && new Set(withFigures.map((f) => outletOf(articleOf(f.c)))).size > 1;

  const perspectives = disagree || figuresDiffer ? perspectivesOf(citations) : [];
  let answer: string;
  if (perspectives.length === 0) {
    answer = citations.map((c) => `${quoted(c.snippet)} [${c.n}]`).join(' ');
  } else {
    const groups = perspectives.map(
      (p) =>
        `${STANCE_LABELS[p.stance]}: ${p.citations
          .map((n) => citations[n - 1] as Citation)
          .map((c) => `${quoted(c.snippet)} [${c.n}]`)
          .join(' ')}`,
    );
    answer = groups.join(' · ');
    if (figuresDiffer) {
      const given = withFigures.map((f) => `${f.figures[0]} (${whoSays(f.c)}) [${f.c.n}]`).join('; ');
      answer = `The figures differ: ${given}. ${answer}`;
    }
    if (options.yesNo && disagree) answer = `${CONTESTED_OPENING} ${answer}`;
  }
  return { answer, citations, perspectives, chosen: picked.map((q) => q.candidate) };

  function articleOf(c: Citation): Article {
    return (picked[c.n - 1] as Quote).candidate.article;
  }
}
