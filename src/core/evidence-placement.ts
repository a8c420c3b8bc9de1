import { articleTermsOf, sentencesOf, termsOf } from './evidence-cache.ts';
import { bestFactor, type Concept, type QuestionAnalysis } from './question.ts';
import type { NewsIndex } from './search-index.ts';
import type { Article, Paragraph } from './types.ts';
import type { WeighedSentences } from './window-checks.ts';

// Where each of the question's concepts is found in and around a paragraph, and how much each place
// counts: worked out once for the paragraph, before evidence.ts tries every sentence as the one to quote.

/**
 * How much a concept counts by where it is found, relative to the sentence quoted. Words close together
 * answer a question; the same words spread over a paragraph only suggest it. The headline and the lead
 * paragraph say which article a question is about (so they count for every paragraph of it, as much
 * as the rest of the paragraph does); the paragraph before often holds the name that "he" stands for.
 * The lead in turn sums up its article: a word of the question that the rest of the article uses is
 * part of the story the lead tells, and counts for it at `restOfArticle`. (Without it, a lead that
 * answers lost to any paragraph below that borrowed the lead's names. Of shares from 0.2 to 0.7, 0.4
 * put the most answers first over eleven question sets, 0.3 and 0.5 within three; see
 * docs/quality.md for what it changed.)
 */
export const PLACE_FACTORS = {
  sentence: 1,
  adjacentSentence: 0.9,
  paragraph: 0.7,
  article: 0.7,
  previousParagraph: 0.5,
  restOfArticle: 0.4,
} as const;
// A sentence that is irrealis does not tell that something happened, whoever speaks it: a condition,
// an undecided "whether", a modal of future or possibility (lower-case, so the month "May" is not
// one; "can" and "must" state what is), or an event planned, expected or hoped for ("expected to
// take", not "set to the music"), pledged ("committed to creating"), or arranged ("is to close", the
// news's future).
const IRREALIS_MARKER = /\b(?:[Ii]f|[Uu]nless|[Ww]hether|will|would|could|might|may|shall|should|won['’]t)\b/;
const IRREALIS_INTENT =
  /\b(?:expected|likely|plans?|planned|hopes?|hoped|intends?|intended|aims?|set|committed|pledged|promised|vowed|is|are|was|were)\s+to\s+(?!(?:the|a|an)\b)[a-z]+/;
// "expect him to be out", "expects the deal to close": what is expected of someone or something.
const EXPECTED_OF = /\b(?:expects?|expected|expecting)\s+(?:[a-z]+\s+){1,3}to\s+(?!(?:the|a|an)\b)[a-z]+/;
export const isIrrealis = (sentence: string) =>
  IRREALIS_MARKER.test(sentence) || IRREALIS_INTENT.test(sentence) || EXPECTED_OF.test(sentence);
// A question about what happened ("did …", "has …") finds in an irrealis sentence this share of
// what it holds: it may tell what was to come, and rarely that it did. Any share from 0.3 to 0.7
// ranks the same on every development set.
export const IRREALIS_FACTOR = 0.5;
/** Whether a word is a number, as the question gives it ("4000", "1990s"). */
export const isNumber = (word: string) => /^\d/.test(word);

/**
 * The terms around a paragraph that say what it is about: its article's headline and lead, the
 * paragraph before, and for the lead itself the whole article (the index keeps every paragraph's
 * terms, so their text is not read again).
 */
function contextOf(index: NewsIndex, article: Article, paragraph: Paragraph) {
  const lead = paragraph.n > 1 ? article.paragraphs[0] : undefined;
  const previous = paragraph.n > 2 ? article.paragraphs[paragraph.n - 2] : undefined;
  return {
    article: [termsOf(index, article.title), ...(lead ? [index.paragraphTerms(lead)] : [])],
    previous: previous ? index.paragraphTerms(previous) : null,
    rest: paragraph.n === 1 ? articleTermsOf(index, article) : null,
  };
}

/**
 * Whether a concept says what kind of answer is asked for rather than what the question is about: the
 * class of a "which/what X" question, the role whose holder is asked for, the verb whose doer is. The
 * rest of an article lends the lead no such word: the lead would borrow the very answer it lacks.
 */
const asksForAnswer = (analysis: QuestionAnalysis, concept: Concept) =>
  concept.word === analysis.expected.classNoun ||
  concept === analysis.role ||
  concept === analysis.agent?.verb;

/**
 * A paragraph's sentences as weighed (see {@link WeighedSentences}), with the paragraph's own terms and
 * what each concept gets from outside the window: the rest of the paragraph and its context.
 */
export interface ConceptPlacement
  extends Pick<WeighedSentences, 'sentences' | 'sentenceTerms' | 'inSentence' | 'irrealis'> {
  readonly paragraphTerms: ReadonlySet<string>;
  /** Each concept's best factor outside the window, by its index in the question's concepts. */
  readonly outside: readonly number[];
}

/** Where each concept of the question is found in and around a paragraph (see {@link PLACE_FACTORS}). */
export function placeConcepts(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  article: Article,
  paragraph: Paragraph,
): ConceptPlacement {
  const { concepts, expected } = analysis;
  const sentences = sentencesOf(index, paragraph.text);
  const sentenceTerms = sentences.map((s) => termsOf(index, s));
  const paragraphTerms = index.paragraphTerms(paragraph);
  const context = contextOf(index, article, paragraph);
  // For a question about what happened, an irrealis sentence counts at a share only, as the sentence
  // quoted, as its neighbour's and as part of the paragraph.
  const irrealis = sentences.map((s) => expected.happened === true && isIrrealis(s));
  // Each concept's best factor in each sentence, worked out once for all the windows.
  const inSentence = sentenceTerms.map((terms, i) =>
    concepts.map((concept) => bestFactor(concept, terms) * (irrealis[i] ? IRREALIS_FACTOR : 1)),
  );
  // The paragraph's share of a concept: as indexed, unless one of its sentences counts at a share.
  const inParagraph = (k: number, concept: (typeof concepts)[number]) =>
    irrealis.some(Boolean)
      ? Math.max(0, ...inSentence.map((row) => row[k] ?? 0))
      : bestFactor(concept, paragraphTerms);
  // What each concept gets from outside the window: the rest of the paragraph and its context.
  // A number the question gives ("4000 fighters") is lent by nothing around the paragraph: no pronoun
  // stands for it, and a lead that gives it tells nothing of the paragraphs that do not.
  const outside = concepts.map((concept, k) =>
    Math.max(
      inParagraph(k, concept) * PLACE_FACTORS.paragraph,
      ...(isNumber(concept.word)
        ? []
        : [
            ...context.article.map((terms) => bestFactor(concept, terms) * PLACE_FACTORS.article),
            context.previous ? bestFactor(concept, context.previous) * PLACE_FACTORS.previousParagraph : 0,
            context.rest && !asksForAnswer(analysis, concept)
              ? bestFactor(concept, context.rest) * PLACE_FACTORS.restOfArticle
              : 0,
          ]),
    ),
  );
  return { sentences, sentenceTerms, paragraphTerms, irrealis, inSentence, outside };
}
