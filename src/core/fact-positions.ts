import type { Fact } from './answer-types.ts';
import { questionTerms } from './answering-facts.ts';
import { factsIn } from './evidence-cache.ts';
import type { QuestionAnalysis } from './question.ts';
import type { NewsIndex } from './search-index.ts';
import type { WordSpan } from './text.ts';
import { baseForms, nounClasses } from './wordnet.ts';

// Which of a sentence's facts answer by where they stand among its words: a place a preposition puts
// something at, a name that acts, a time that tells when rather than describing a noun.

// Prepositions that may locate something ("by the road", "in the Arctic circle"), and how many words
// after one are read for the place.
const LOCATING_PREPOSITIONS = new Set(
  `in at on by near from to into onto outside inside across along beside behind under over within
  between beyond towards toward throughout around via off`.split(/\s+/),
);
const MAX_WORDS_TO_PLACE = 3;
// WordNet's classes of a common noun that names where something is: a place, a building or a thing.
const PLACE_CLASSES = new Set(['noun.location', 'noun.artifact', 'noun.object']);
// WordNet's classes of a noun for a part of the land ("west", "coast", "outskirts", "city"): "of" after
// one locates as a preposition of place does ("40 miles west of the Outer Hebrides", "off the west
// coast of Scotland"). Not a building or a thing: "a statue of Churchill" puts nothing anywhere.
const LAND_CLASSES = new Set(['noun.location', 'noun.object']);

/** Whether the word at `at` puts what follows it somewhere: a preposition of place, or "of" after a part of the land. */
const locatesAt = (spans: readonly WordSpan[], at: number, prepositions: ReadonlySet<string>) => {
  const word = spans[at]?.word;
  if (word === undefined) return false;
  if (prepositions.has(word)) return true;
  const before = spans[at - 1]?.word;
  return word === 'of' && before !== undefined && LAND_CLASSES.has(nounClasses(before)[0] ?? '');
};

/**
 * Whether a sentence locates something besides naming a place: a preposition of place, then within
 * three words a name or a noun of a place, building or thing (by WordNet's class of its commonest
 * sense) that is neither a time nor the question's own word. "A hard labour camp in the Arctic
 * circle" and "grazing by the road" answer "where" though no place name is read in them; "had one
 * pack out on Thursday" and "was banned by the council" do not.
 */
export function locatesSomething(index: NewsIndex, analysis: QuestionAnalysis, sentence: string): boolean {
  const spans = index.lexicon.spans(sentence);
  const times = factsIn(index, sentence).filter((fact) => fact.kind === 'time' || fact.kind === 'number');
  const locating = (word: WordSpan) => {
    if (analysis.asked.has(word.word) || index.lexicon.term(word.word) === null) return false;
    if (times.some((fact) => word.start >= fact.start && word.start < fact.end)) return false;
    const named = /^\p{Lu}/u.test(sentence.slice(word.start)) && word.start > 0;
    return named || PLACE_CLASSES.has(nounClasses(word.word)[0] ?? '');
  };
  return spans.some((_, i) => {
    if (!locatesAt(spans, i, LOCATING_PREPOSITIONS)) return false;
    const following = spans.slice(i + 1, i + 1 + MAX_WORDS_TO_PLACE);
    const end = following.findIndex((_, k) => locatesAt(spans, i + 1 + k, LOCATING_PREPOSITIONS));
    return (end < 0 ? following : following.slice(0, end)).some(locating);
  });
}

/**
 * The facts of a sentence without the places and names that locate nothing: a place locates where a
 * preposition of place puts something at it, within three words and not across a time ("flown to
 * Baku", "held in the capital, Yerevan"; not "on Monday, and Portugal"), not where it acts
 * ("Azerbaijan and Turkey denied it").
 */
export function locatingFacts(
  index: NewsIndex,
  sentence: string,
  facts: readonly Fact[],
  prepositions: ReadonlySet<string> = LOCATING_PREPOSITIONS,
): Fact[] {
  const spans = index.lexicon.spans(sentence);
  // Every time of the sentence, not only those of the facts asked about: "on Tuesday quoted Vardan
  // Toganyan" puts no one on anything.
  const times = factsIn(index, sentence).filter((fact) => fact.kind === 'time');
  const inTime = (span: WordSpan) => times.some((time) => span.start >= time.start && span.start < time.end);
  return facts.filter((fact) => {
    if (fact.kind !== 'place' && fact.kind !== 'name') return true;
    const first = spans.findIndex((span) => span.end > fact.start);
    // "built by the Surrey firm": a place that describes a body or people after it puts nothing there.
    const next = spans.find((span) => span.start >= fact.end);
    // "the Bristol-based carrier" is based in Bristol.
    if (next?.word === 'based' && /^[ -]$/.test(sentence.slice(fact.end, next.start))) return true;
    if (next && /^[ -]$/.test(sentence.slice(fact.end, next.start)) && describesWho(sentence, next))
      return false;
    for (let j = first - 1; j >= Math.max(0, first - MAX_WORDS_TO_PLACE); j--) {
      const span = spans[j] as WordSpan;
      if (locatesAt(spans, j, prepositions)) return true;
      if (inTime(span)) return false;
    }
    return false;
  });
}

// WordNet's classes of a noun for a body or for people: "the Surrey firm", "a Bolton grandmother".
const WHO_CLASSES = new Set(['noun.group', 'noun.person']);

/** Whether a word is a common noun (written in lower case) for a body or for people. */
const describesWho = (sentence: string, span: WordSpan) =>
  /^\p{Ll}/u.test(sentence.slice(span.start)) && WHO_CLASSES.has(nounClasses(span.word)[0] ?? '');

// The prepositions of place but "by", which also names a passive's doer ("won by Kiplagat").
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  [...LOCATING_PREPOSITIONS].filter((preposition) => preposition !== 'by'),
);

/**
 * The facts of a sentence without the places and names a preposition of place locates something at:
 * "who" is answered by a place that acts ("Azerbaijan and Turkey denied it"), not by one where
 * something is ("a contender at the event in France"); "by" names the doer of a passive ("won by
 * Kiplagat"), so it locates nothing here.
 */
export function actingFacts(index: NewsIndex, sentence: string, facts: readonly Fact[]): Fact[] {
  const located = new Set(
    locatingFacts(index, sentence, facts, PLACE_PREPOSITIONS).filter(
      (fact) => fact.kind === 'place' || fact.kind === 'name',
    ),
  );
  return facts.filter((fact) => !located.has(fact));
}

// The words after a time read for the noun it describes ("the 70s horror classic", "late 1990s
// investors", "this month's world cross country championships").
const DESCRIBED_NOUN_WORDS = 3;

/**
 * The facts of a sentence without the times that only describe a noun the question does not ask about:
 * "the 70s horror classic" tells when the film was made, not when its writer was diagnosed; "late 1990s
 * investors" not when WorldCom was founded. A time that describes what the question asks about ("this
 * month's world cross country championships") stays.
 */
export function timingFacts(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  sentence: string,
  facts: readonly Fact[],
): Fact[] {
  const spans = index.lexicon.spans(sentence);
  const asked = questionTerms(analysis);
  return facts.filter((fact) => {
    if (fact.kind !== 'time') return true;
    const after = sentence.slice(fact.end).match(/^(?:['’]s)?\s+/);
    if (!after) return true;
    const next = spans.findIndex((span) => span.start === fact.end + after[0].length);
    const first = spans[next];
    if (!first || index.lexicon.term(first.word) === null || !describedNoun(sentence, first)) return true;
    const described = spans.slice(next, next + DESCRIBED_NOUN_WORDS);
    return described.some((span) => asked.has(index.lexicon.term(span.word) ?? ''));
  });
}

/** Whether a word is a common noun as written (lower case, WordNet knows it as a noun). */
const describedNoun = (sentence: string, span: WordSpan) =>
  /^\p{Ll}/u.test(sentence.slice(span.start)) && baseForms(span.word).some((base) => base.pos === 'noun');
