import type { Fact, FactKind, NumberUnit } from './answer-types.ts';
import { CLOCK_TIMES } from './answer-types-measures.ts';
import { nameSpans, type WordKnowledge } from './answer-types-names.ts';
import { analyse, type Entity, type Token } from './answer-types-nlp.ts';
import { reasonSpans } from './answer-types-reasons.ts';
import { MAGNITUDES, UNIT_WORDS, VAGUE_COUNTS } from './answer-types-words.ts';
import { cachedByWord } from './word-cache.ts';
import { baseForms, isProperName, isWordNetWord, nounClasses } from './wordnet.ts';

/** Where a sentence lies in its paragraph. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

interface Found {
  readonly kind: FactKind;
  readonly unit?: NumberUnit;
  readonly start: number;
  readonly end: number;
}

// When number and time readings overlap, the more specific wins ("the 42-year-old" is an age, not a
// count and a duration; "£2.5m" is money, not the count 2.5).
const UNIT_PRIORITY: Record<NumberUnit | 'time', number> = {
  age: 6,
  money: 5,
  percent: 5,
  distance: 4,
  size: 4,
  duration: 3,
  time: 2,
  count: 1,
  any: 0,
};

const CURRENCY = /^(?:[A-Z]{1,3})?[$£€¥₹₽]$|^(?:rs|usd|gbp|eur)$/i;
const MONEY_PATTERN =
  /(?:\b(?:US|A|C|HK|NZ|S))?[$£€¥₹₽]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|mn|m|k|tn|million|billion|trillion)\b)?/g;
// Pence, as British news writes prices and share prices ("310p a share", "a 2p-a-litre rise").
const PENCE_PATTERN = /\b\d+(?:\.\d+)?p\b/g;
const AGE_PATTERNS = [
  /\b\d{1,3}[- ]years?[- ]old\b/gi,
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?-year-old\b/gi,
  /\baged \d{1,3}\b/gi,
  /\bat the age of \d{1,3}\b/gi,
  // "he was 34 and had been recruited …": a bare number someone is, ending its clause, is their age.
  /\b(?:he|she|i)(?:['’]s|['’]m|\s+(?:is|was|am))\s+(?:only\s+|just\s+)?\d{1,3}(?=\s*(?:[,.;:)]|$|\s+(?:and|but|when|at the time)\b))/gi,
];
// An age told of the word "age": "the voting age is 18", "a minimum age of 21", "the age to stand
// at 18", "the average age of a gamer in the UK is now 28". A share or a span ("age of 30 per cent",
// "18 months") is no age.
const AGE_OF =
  /\bage\b(?:\s+[\p{L}'’]+){0,6}?\s+(?:of|is|was|be|to|at|from)\s+(?:(?:now|still|just|only|about|around|nearly|almost)\s+)?\d{1,3}\b(?!\s*(?:%|per|years|months|weeks|days))/gu;
const YEAR = /^(?:1[5-9]|20)\d\d$/;

// Words that turn the date after them into a point in time ("earlier this month").
const TIME_LEADS = new Set(['earlier', 'later', 'early', 'late']);
// Words that make the span of time before them a point in time told from another one ("two weeks
// later"). Not "after" or "before": "lasted six weeks before a deal was struck" tells how long.
const RELATIVE_TO = new Set(['later', 'earlier', 'afterwards']);

// The tags of the words that make a bare unit of time a stretch of it, not an amount: "the final
// minutes", "its early years" (against "for minutes", "took hours").
const DETERMINER_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON']);

/** Whether a bare unit of time has a determiner before it, over any adjectives ("the final minutes"). */
function determined(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (tokens[i]?.pos === 'ADJ') i--;
  return DETERMINER_TAGS.has(tokens[i]?.pos ?? '');
}

// Tags that close a clause looking back from a date: a date after them is not in a "since" clause.
const CLAUSE_BREAK_TAGS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
// How far back a "since" may open the clause of a date ("since the Welsh assembly was created in 1999").
const MAX_SINCE_CLAUSE_WORDS = 10;

/** Where "since" opens the clause that holds the date at `first`, if it does. */
function sinceOpening(tokens: readonly Token[], first: number): number | undefined {
  for (let i = first - 1; i >= Math.max(0, first - MAX_SINCE_CLAUSE_WORDS); i--) {
    const token = tokens[i];
    if (token?.lower === 'since') return i;
    if (CLAUSE_BREAK_TAGS.has(token?.pos ?? '')) return undefined;
  }
  return undefined;
}

function numberFacts(text: string, tokens: readonly Token[], entities: readonly Entity[]): Found[] {
  const found: Found[] = [];
  const span = (kind: FactKind, unit: NumberUnit | undefined, first: number, last: number) => {
    const start = tokens[first]?.start;
    const end = tokens[last]?.end;
    if (start !== undefined && end !== undefined)
      found.push(unit ? { kind, unit, start, end } : { kind, start, end });
  };
  const lower = (i: number) => tokens[i]?.lower ?? '';
  // "the seventh week of a hunger strike", "its fourth day": an ordinal unit of time tells how long.
  const ordinalEnds = new Map(entities.flatMap((e) => (e.type === 'ORDINAL' ? [[e.last, e.first]] : [])));
  for (const { type, first, last } of entities) {
    if (type === 'DATE' || type === 'TIME') {
      // "held since the assembly was created in 1999" tells how long, as "since 1999" does.
      const since = sinceOpening(tokens, first);
      if (since !== undefined && since < first - 1) span('number', 'duration', since, last);
      else span('time', undefined, TIME_LEADS.has(lower(first - 1)) ? first - 1 : first, last);
    } else if (type === 'DURATION') {
      // A bare singular unit ("year" of "42-year-old") is not an amount of time by itself.
      const ordinal = ordinalEnds.get(first - 1);
      // "two weeks later": a span from another time says when.
      if (RELATIVE_TO.has(lower(last + 1))) span('time', undefined, first, last + 1);
      else if (ordinal !== undefined) span('number', 'duration', ordinal, last);
      else if (first < last || (lower(first).endsWith('s') && !determined(tokens, first)))
        span('number', 'duration', first, last);
    } else if (type === 'MONEY') {
      span('number', 'money', first, MAGNITUDES.has(lower(last + 1)) ? last + 1 : last);
    } else if (type === 'PERCENT') {
      span('number', 'percent', first, last);
    } else if (type === 'CARDINAL') {
      let end = last;
      while (MAGNITUDES.has(lower(end + 1)) || (tokens[end + 1]?.pos === 'NUM' && !tokens[end + 1]?.spaced))
        end++;
      // "760-kilometer border", "a two-year period": the unit joined by a hyphen.
      const hyphened = lower(end + 1) === '-' && UNIT_WORDS.has(lower(end + 2)) ? end + 2 : end + 1;
      const unit = UNIT_WORDS.get(lower(hyphened));
      if (CURRENCY.test(tokens[first - 1]?.text ?? '')) span('number', 'money', first - 1, end);
      else if (unit) span('number', unit, first, hyphened);
      else if (first === last && YEAR.test(tokens[first]?.text ?? '') && tokens[first + 1]?.pos !== 'NOUN')
        span('time', undefined, first, last);
      else if (
        VAGUE_COUNTS.has(lower(first)) &&
        lower(first + 1) === 'of' &&
        countedUpTo(tokens, first + 1) > first + 1
      )
        // "thousands of people", "hundreds of illegal wells": what is counted follows "of".
        span('number', 'count', first, countedUpTo(tokens, first + 1));
      else span('number', 'count', first, countedUpTo(tokens, end));
    }
  }
  // "one reading in eight", "three out of four voters": a count of so many in a number is a share.
  for (let first = 0; first < tokens.length; first++) {
    if (tokens[first]?.pos !== 'NUM' || YEAR.test(tokens[first]?.text ?? '')) continue;
    const counted = countedUpTo(tokens, first);
    const of =
      lower(counted + 1) === 'in'
        ? counted + 2
        : lower(counted + 1) === 'out' && lower(counted + 2) === 'of'
          ? counted + 3
          : -1;
    const whole = tokens[of];
    if (whole?.pos !== 'NUM' || YEAR.test(whole.text)) continue;
    // "won 6-3 in two hours": so many in a measure ("two hours", "three miles") is no share.
    if (UNIT_WORDS.has(lower(of + 1))) continue;
    // "two people in three cities" counts people and cities; "one in eight" or "three in four voters" is a share.
    if (counted > first && countedUpTo(tokens, of) > of) continue;
    span('number', 'percent', first, countedUpTo(tokens, of));
  }
  // "not a single kittiwake chick survived", "not one vote", "No deaths have been reported": a count
  // of none, of the noun after it; "no" only before a plural that a verb follows ("no plans to" is no
  // count).
  for (let first = 0; first < tokens.length; first++) {
    const lead = lower(first);
    const before =
      lead === 'not' && lower(first + 1) === 'a' && lower(first + 2) === 'single'
        ? first + 2
        : lead === 'not' && lower(first + 1) === 'one'
          ? first + 1
          : lead === 'no'
            ? first
            : -1;
    if (before < 0) continue;
    const counted = countedUpTo(tokens, before);
    if (counted === before) continue;
    const noun = tokens[counted];
    const then = tokens[counted + 1];
    if (lead === 'no' && !(isPluralNoun(noun?.lower ?? '') && (then?.pos === 'AUX' || then?.pos === 'VERB')))
      continue;
    span('number', 'count', first, counted);
  }
  const byPattern = (pattern: RegExp, unit: NumberUnit) => {
    for (const match of text.matchAll(pattern))
      found.push({ kind: 'number', unit, start: match.index, end: match.index + match[0].length });
  };
  byPattern(MONEY_PATTERN, 'money');
  byPattern(PENCE_PATTERN, 'money');
  for (const pattern of AGE_PATTERNS) byPattern(pattern, 'age');
  byPattern(AGE_OF, 'age');
  // Clock times the tagger leaves out ("at 10:30", "in 2:23:10").
  for (const match of text.matchAll(CLOCK_TIMES))
    found.push({ kind: 'time', start: match.index, end: match.index + match[0].length });
  return found;
}

// Parts of speech of the words between a count and the noun it counts: adjectives, nouns, and the
// proper adjectives of nations and places ("six Azerbaijani civilians", "4,000 Syrian fighters").
const COUNTED_PHRASE_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Whether WordNet reads a word only as the plural of a noun ("deaths"; not "news" or "series"). */
function isPluralNoun(word: string): boolean {
  const nouns = baseForms(word).filter((base) => base.pos === 'noun');
  return nouns.length > 0 && nouns.every((base) => base.lemma !== word);
}

/**
 * Where a count ends: at the noun phrase it counts, if one follows ("2,000 dock workers", "two isolated
 * hunts", "150 high-ranking Turkish officers"), whose last common noun says what is counted; else at
 * the number itself.
 */
function countedUpTo(tokens: readonly Token[], number: number): number {
  let end = number;
  for (let i = number + 1; i < tokens.length; i++) {
    const token = tokens[i];
    // A hyphen inside a word ("high-ranking") joins its halves.
    const joining = token?.text === '-' && !token.spaced && tokens[i + 1]?.spaced === false;
    if (!token || !(COUNTED_PHRASE_TAGS.has(token.pos) || joining)) break;
    if (token.pos === 'NOUN' && !isPastParticiple(token.lower)) end = i;
  }
  return end;
}

/**
 * Whether a word is a verb's past participle ("wounded", "killed"): after a count ("19 wounded") it
 * tells what befell the ones counted, who were named before, and is not what is counted.
 */
function isPastParticiple(word: string): boolean {
  return word.endsWith('ed') && baseForms(word).some((base) => base.pos === 'verb' && base.lemma !== word);
}

/** Ages in apposition: "Reyes, 24, said …". The number follows a name and a comma and is closed off. */
function appositionAges(tokens: readonly Token[], names: readonly Found[]): Found[] {
  const ages: Found[] = [];
  const nameEnds = new Set(names.filter((n) => n.kind === 'person' || n.kind === 'name').map((n) => n.end));
  tokens.forEach((token, i) => {
    const comma = tokens[i - 1];
    const close = tokens[i + 1];
    if (token.pos !== 'NUM' || !/^\d{1,3}$/.test(token.text) || comma?.text !== ',') return;
    if (!nameEnds.has(tokens[i - 2]?.end ?? -1) || (close && ![',', ')', '.', ';'].includes(close.text)))
      return;
    if (Number(token.text) <= 110)
      ages.push({ kind: 'number', unit: 'age', start: token.start, end: token.end });
  });
  return ages;
}

// Names recur across a corpus and a WordNet look-up costs a file search, so answers are remembered;
// the bound keeps a long indexing run from growing the caches without limit.
const WORD_CACHE_LIMIT = 50_000;
const NAME_CLASSES: ReadonlyMap<string, 'person' | 'place' | 'organization'> = new Map([
  ['noun.person', 'person'],
  ['noun.location', 'place'],
  ['noun.group', 'organization'],
]);

/** WordNet's reading of a capitalised word: its most frequent noun class, and whether it is a word at all. */
export const wordNetKnowledge: WordKnowledge = {
  kindOf: cachedByWord((word) => NAME_CLASSES.get(nounClasses(word)[0] ?? ''), WORD_CACHE_LIMIT),
  isCommonWord: cachedByWord((word) => isWordNetWord(word), WORD_CACHE_LIMIT),
  isPersonNoun: cachedByWord(
    (word) => nounClasses(word)[0] === 'noun.person' && !isProperName(word),
    WORD_CACHE_LIMIT,
  ),
};

const priority = (fact: Found) => UNIT_PRIORITY[fact.kind === 'time' ? 'time' : (fact.unit ?? 'any')];

/** Keeps the most specific of overlapping number and time readings, the longest among equals. */
function resolveOverlaps(facts: readonly Found[]): Found[] {
  const ordered = [...facts].sort((a, b) => priority(b) - priority(a) || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const fact of ordered) {
    if (!kept.some((k) => k.start < fact.end && fact.start < k.end)) kept.push(fact);
  }
  return kept;
}

/** Drops spans that lie inside another ("over pay" inside "because of protests over pay"). */
function outermost(spans: readonly Found[]): Found[] {
  return spans.filter(
    (span, i) =>
      !spans.some(
        (other, j) =>
          j !== i &&
          other.start <= span.start &&
          span.end <= other.end &&
          (other.end - other.start > span.end - span.start || j < i),
      ),
  );
}

// The most words a named day runs to: "New Year's Day" is four tokens.
const MAX_NAMED_DAY_TOKENS = 4;

/**
 * Days and seasons the tagger does not read as times but WordNet files as one, under a name of their
 * own written capitalised ("Boxing Day", "Christmas Eve", "New Year's Day", "Easter"); longest first.
 */
function namedDays(text: string, tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  const capitalised = (token: Token) => /^\p{Lu}/u.test(token.text) || /^['’]s$/.test(token.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]?.text ?? '')) continue;
    for (let n = Math.min(MAX_NAMED_DAY_TOKENS, tokens.length - i); n >= 1; n--) {
      const run = tokens.slice(i, i + n);
      if (!run.every(capitalised)) continue;
      const [first, last] = [run[0] as Token, run.at(-1) as Token];
      const phrase = text.slice(first.start, last.end).toLowerCase().replace(/’/g, "'");
      if (nounClasses(phrase)[0] !== 'noun.time' || !isProperName(phrase)) continue;
      found.push({ kind: 'time', start: first.start, end: last.end });
      i += n - 1;
      break;
    }
  }
  return found;
}

/**
 * The facts of each sentence of a paragraph, read with one call to the tagger for the whole paragraph
 * (the cheaper way: its cost per call is a large part of its cost per sentence). Spans in the result
 * are relative to each sentence's own start.
 */
export function factsOfParagraph(
  text: string,
  sentenceSpans: readonly SentenceSpan[],
  knowledge: WordKnowledge = wordNetKnowledge,
): Fact[][] {
  const { tokens, entities } = analyse(text);
  const starts = new Set(sentenceSpans.map((s) => s.start));
  const blocked = tokens.map(() => false);
  for (const entity of entities) {
    if (entity.type === 'ORDINAL') continue;
    for (let i = entity.first; i <= entity.last; i++) blocked[i] = true;
  }
  const initial = (i: number) => {
    const token = tokens[i];
    const previous = tokens[i - 1];
    return (
      !token ||
      starts.has(token.start) ||
      !previous ||
      (/^["'“‘([]$/.test(previous.text) && starts.has(previous.start))
    );
  };
  const days = namedDays(text, tokens);
  const inDay = (span: Found) => days.some((day) => span.start >= day.start && span.end <= day.end);
  const names: Found[] = nameSpans(tokens, blocked, initial, knowledge).filter((name) => !inDay(name));
  const values = resolveOverlaps([
    ...numberFacts(text, tokens, entities),
    ...appositionAges(tokens, names),
    ...days,
  ]);
  const reasons: Found[] = outermost(
    sentenceSpans.flatMap((sentence) =>
      reasonSpans(
        text,
        sentence.start,
        sentence.end,
        tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end),
      ).map((span) => ({ kind: 'reason' as const, ...span })),
    ),
  );
  const all = [...names, ...values, ...reasons].sort((a, b) => a.start - b.start || a.end - b.end);
  return sentenceSpans.map((sentence) => {
    const facts: Fact[] = [];
    for (const fact of all) {
      if (fact.start < sentence.start || fact.end > sentence.end) continue;
      const start = fact.start - sentence.start;
      const end = fact.end - sentence.start;
      const textOfFact = text.slice(fact.start, fact.end);
      if (facts.some((f) => f.kind === fact.kind && f.start === start && f.end === end)) continue;
      facts.push(
        fact.unit
          ? { kind: fact.kind, unit: fact.unit, text: textOfFact, start, end }
          : { kind: fact.kind, text: textOfFact, start, end },
      );
    }
    return facts;
  });
}

/** Where each of a paragraph's sentences (as split, possibly trimmed) lies in it. */
export function locateSentences(paragraph: string, sentences: readonly string[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const found = paragraph.indexOf(sentence, cursor);
    const start = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : found + sentence.length;
    spans.push({ start, end });
    cursor = end;
  }
  return spans;
}

/** The facts of one sentence (see {@link factsOfParagraph} for whole paragraphs, which is faster). */
export function factsOf(sentence: string, knowledge: WordKnowledge = wordNetKnowledge): Fact[] {
  return factsOfParagraph(sentence, [{ start: 0, end: sentence.length }], knowledge)[0] ?? [];
}
