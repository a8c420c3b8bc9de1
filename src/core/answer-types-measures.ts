import type { AskedUnit, ExpectedAnswer, Fact } from './answer-types.ts';
import { analyse, type Token } from './answer-types-nlp.ts';
import { namesMoney } from './answer-types-nouns.ts';
import { afterPossessor, headNoun, POSSESSIVE_DETERMINERS } from './answer-types-phrases.ts';
import { HEAD_NOUN_KINDS, wordList as list } from './answer-types-words.ts';
import { ADVERB_PARTICLES, englishSpellings, slipOf } from './lexicon.ts';
import { words } from './text.ts';
import { baseForms, isWordNetWord, nounClasses } from './wordnet.ts';

// How a number or a time is measured and asked for: what "how many/much" asks, the unit of time a
// duration is told in, whether a time is one on the clock, whether a measure is a weight. General
// English, as news copy writes it; all words folded.

// Units of time from the shortest to the longest, each with the forms news copy writes it in (a night
// is the span of a day, a fortnight that of weeks). Neighbours differ by a factor of 4 to 60.
const TIME_UNIT_SCALE: readonly string[] = [
  'second seconds sec secs',
  'minute minutes min mins',
  'hour hours hr hrs',
  'day days night nights',
  'week weeks fortnight fortnights',
  'month months',
  'year years yr yrs',
  'decade decades',
  'century centuries',
];
const TIME_UNIT_RANKS: ReadonlyMap<string, number> = new Map(
  TIME_UNIT_SCALE.flatMap((forms, rank) => forms.split(' ').map((form) => [form, rank] as const)),
);
// A duration answers "how many X" when told in X or in the unit next to it either way ("18 months" for
// "how many years", "48 hours" for "how many days"); one told in hours does not say how many years.
const MAX_UNIT_STEPS = 1;

/** Where a word stands among the units of time (seconds first), if it is one. */
export function timeUnitRank(word: string): number | undefined {
  return TIME_UNIT_RANKS.get(word);
}

/** The largest unit of time a text is told in ("2hrs 23mins" → hours), as a rank; digits joined to it are read past. */
function largestTimeUnit(text: string): number | undefined {
  let largest: number | undefined;
  for (const word of words(text)) {
    const rank = TIME_UNIT_RANKS.get(word.replace(/^[\d.,]+/, ''));
    if (rank !== undefined && (largest === undefined || rank > largest)) largest = rank;
  }
  return largest;
}

/**
 * Whether a duration can answer "how many <unit>": it is told in that unit or the next one either way.
 * A duration with no unit of its own ("since 1990") or a unit that is not one of time is not judged.
 * @example durationInUnit('years', '23 hours') // false
 */
export function durationInUnit(askedUnit: string, duration: string): boolean {
  const asked = TIME_UNIT_RANKS.get(askedUnit);
  const told = largestTimeUnit(duration);
  return asked === undefined || told === undefined || Math.abs(asked - told) <= MAX_UNIT_STEPS;
}

// A time on the clock, as news copy writes it: "10:30", "2:23:10", "9am", "7.45pm", "6 p.m.", "five
// o'clock", and the 24-hour clock of British copy, "0312 BST", "between midnight and 0330". A dotted
// time needs its am or pm, as "2.25" alone is a decimal; four digits need a time zone after them or a
// leading zero, as "1945" alone is a year and "1400 hours" may be a duration (and no digit after
// them, as "0800 555 111" is a telephone number).
const CLOCK_TIME =
  /\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]m\b|[ap]\.m\.)|\bo['’]clock\b|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT)\b|\b0\d[0-5]\d\b(?!\s?\d)/i;
/** Where clock times stand in a text (see CLOCK_TIME), for the facts a sentence holds. */
export const CLOCK_TIMES = new RegExp(CLOCK_TIME.source, 'gi');
// Parts of the day that tell a time of day ("shortly after midnight", "on Sunday morning").
const DAY_PARTS = new Set(
  'morning mornings afternoon afternoons evening evenings night nights noon midday midnight dawn dusk overnight tonight'.split(
    ' ',
  ),
);
// The longest unit an elapsed time read off a clock is told in: a race, a journey or a wait timed in
// hours, minutes and seconds.
const LONGEST_CLOCK_UNIT = TIME_UNIT_RANKS.get('hour') ?? 0;

/**
 * Whether a time or a duration answers a question after a time on the clock (see {@link asksClockTime}):
 * a time told by the clock ("10:30", "9am", "2:23:10") answers either; a part of the day ("midnight",
 * "Sunday morning") a time of day; hours, minutes or seconds ("23 minutes") the time something took. A
 * date, a year or a span of days answers neither.
 */
export function tellsClockTime(asked: ClockTime, fact: Pick<Fact, 'kind' | 'unit' | 'text'>): boolean {
  if (fact.kind !== 'time' && fact.unit !== 'duration') return false;
  if (CLOCK_TIME.test(fact.text)) return true;
  if (fact.kind === 'time') return asked === 'timeOfDay' && words(fact.text).some((w) => DAY_PARTS.has(w));
  if (asked !== 'elapsed') return false;
  const unit = largestTimeUnit(fact.text);
  return unit !== undefined && unit <= LONGEST_CLOCK_UNIT;
}

// What "time" is asked as: "time" itself or "times".
const TIME_WORDS = new Set(['time', 'times']);

/** What a question after a time on the clock asks for: a time of day, or the time something took. */
export type ClockTime = 'timeOfDay' | 'elapsed';

/**
 * Whether "what/which X" asks for a time on the clock: a time of day for "time" alone ("what time does
 * the store open", "what is the time"), or the time something took, told by the clock or in hours and
 * minutes, for a time that is someone's or named by what is timed, a noun or an -ing word ("her time",
 * "the winning time", "the journey time"). Not "time of year", nor a time picked out by an adjective
 * ("the best time", "the first time"), which may be any time. `head` is X's token, `from` where its
 * phrase starts, `owned` whether a possessor stands before it.
 */
export function asksClockTime(
  tokens: readonly Token[],
  from: number,
  head: number,
  owned = false,
): ClockTime | undefined {
  if (!TIME_WORDS.has(tokens[head]?.lower ?? '') || tokens[head + 1]?.lower === 'of') return undefined;
  const modifiers = tokens.slice(from, head);
  if (!modifiers.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || /[a-z]ing$/.test(t.lower)))
    return undefined;
  return modifiers.length > 0 || owned ? 'elapsed' : 'timeOfDay';
}

// Units of weight among the measures of size (answer-types-words.ts); "pounds" is read as money there.
const WEIGHT_UNITS = new Set(
  'tonne tonnes ton tons kg kilogram kilograms kilo kilos lb lbs gram grams gramme grammes ounce ounces oz pound pounds'.split(
    ' ',
  ),
);

/**
 * Whether a measure is a weight, the answer to "how much does it weigh": one told in tonnes, kilograms,
 * pounds or ounces ("5kg", "12 tons", "10 pounds"). A sum of money ("£10") or an area is not.
 */
export function tellsWeight(fact: Pick<Fact, 'unit' | 'text'>): boolean {
  if (fact.unit !== 'size' && fact.unit !== 'money') return false;
  return words(fact.text).some((word) => WEIGHT_UNITS.has(word.replace(/^[\d.,]+/, '')));
}

// What "how many/much X" asks for, by the unit or the verb that follows.

const MONEY_VERBS = list(`cost costs pay paid payed pays sell sold sells worth earn earned earns make made
  makes spend spent raise raised lose lost win won charge charged get got receive received owe owed fetch
  fetched invest invested borrow borrowed compensation money cash prize fine fined profit profits`);
/**
 * Nouns that name money itself: after "how much" they say what kind of number is asked, as "long" does
 * after "how", and are not looked for in the articles, which write a sum with its currency ("£1,000").
 */
export const MONEY_NOUNS = list('money cash dollars pounds euros');
// "how big was the fraud in pounds": a currency a number is asked in makes it a sum of money, and is no
// word to look for (articles write "£6bn").
const CURRENCY_NOUNS = list('pounds dollars euros sterling');

/** Whether the words from `at` say "in" a currency: "in pounds", "in dollars". */
export const inCurrency = (words: readonly string[], at: number) =>
  words[at] === 'in' && CURRENCY_NOUNS.has(words[at + 1] ?? '');
// "how much does it weigh": a weight.
const WEIGH_VERBS = list('weigh weighs weighed weighing');
const TIME_NOUNS = list('time hours minutes seconds days weeks months years');
const SIZE_NOUNS = list('land area space room');
const DISTANCE_UNITS = list('miles km kilometres kilometers metres meters feet');
const AREA_AND_WEIGHT_UNITS = list('hectares acres tonnes tons');
// Words that may follow "how much" and start the rest of the question, not name a thing ("does" is also a noun).
const AUXILIARIES = list(
  'do does did is was are were has have had will would can could should shall may might must',
);

export const HOW_UNITS: ReadonlyMap<string, AskedUnit> = new Map([
  ['long', 'duration'],
  ['old', 'age'],
  ['far', 'distance'],
  ['big', 'size'],
  ['large', 'size'],
  // How tall or wide something is, only a length tells ("how high" may ask for a share or a sum).
  ['tall', 'distance'],
  ['high', 'size'],
  ['heavy', 'size'],
  ['deep', 'size'],
  ['wide', 'distance'],
  ['often', 'frequency'],
  ['rich', 'money'],
  ['fast', 'any'],
]);

const asked = (unit: AskedUnit): ExpectedAnswer => ({ kind: 'number', unit, yesNo: false });

/**
 * Whether a word of a "how much" question says what kind of number is asked ("cost", "worth", "weigh"),
 * not what the number is of: a sentence that tells another thing's cost does not tell this one's.
 */
export const namesTheMeasure = (word: string) => MONEY_VERBS.has(word) || WEIGH_VERBS.has(word);

/** The number a "how many/much X" asks for, by the unit or the verb that follows. */
export function howMuch(many: boolean, rest: readonly string[]): ExpectedAnswer {
  // A unit misspelt ("how many yeras") is the unit meant, as a misspelt money verb is below.
  const next = unitMeant(rest[0] ?? '');
  // "how much per share", "how much per week": a price or a pay, by the unit it is per.
  if (!many && next === 'per') return asked('money');
  for (const word of rest.slice(0, 2)) {
    const kind = HEAD_NOUN_KINDS.get(word);
    if (kind?.kind === 'number' && kind.unit) return asked(kind.unit);
  }
  // "how many years": a duration in years.
  if (TIME_NOUNS.has(next))
    return many && timeUnitRank(next) !== undefined
      ? { ...asked('duration'), counted: next }
      : asked('duration');
  if (DISTANCE_UNITS.has(next)) return asked('distance');
  if (AREA_AND_WEIGHT_UNITS.has(next)) return asked('size');
  // "how much land": an amount of land, which a count of something else ("300 workers") is not.
  if (SIZE_NOUNS.has(next)) return { ...asked('size'), counted: next };
  if (!many && rest.some((word) => WEIGH_VERBS.has(word))) return asked('weight');
  // A money verb in any of its forms ("paying", "charging"), possibly misspelt ("how much does it cosst").
  const moneyWord = (word: string) =>
    MONEY_VERBS.has(word) ||
    baseForms(word).some((base) => base.pos === 'verb' && MONEY_VERBS.has(base.lemma)) ||
    (!isWordNetWord(word) && englishSpellings(word).some((spelling) => MONEY_VERBS.has(spelling)));
  // "how much pay rise": a money word before another noun only says what the amount is of (a rise is
  // often told as a share, "2.8%").
  const ofAnotherNoun =
    rest[1] !== undefined &&
    !AUXILIARIES.has(rest[1]) &&
    baseForms(rest[1]).some((base) => base.pos === 'noun');
  // "how much council tax", "how much compensation": a noun for a sum of money asks for one.
  // The head is the last noun of the run after "how much" ("pay rise" asks of a rise).
  const isNoun = (word: string) =>
    !AUXILIARIES.has(word) && baseForms(word).some((base) => base.pos === 'noun');
  const runEnd = rest.findIndex((word) => !isNoun(word));
  const run = runEnd < 0 ? rest : rest.slice(0, runEnd);
  const head = run.at(-1);
  const sumNamed = !many && head !== undefined && namesMoney(head);
  // "how much profit did it make": the noun says which sum is asked, as "bail" does in "ebbers bail
  // amount"; a share price told beside the firm's name is another sum. (Money itself names none.)
  if (sumNamed && !MONEY_NOUNS.has(head)) return { ...asked('money'), measured: [head] };
  // "how much prize money": the noun before a word for money says which sum it is.
  const modifier = run.at(-2);
  if (!many && head !== undefined && MONEY_NOUNS.has(head) && modifier !== undefined)
    return { ...asked('money'), measured: [modifier] };
  if (
    MONEY_NOUNS.has(next) ||
    MONEY_NOUNS.has(rest[1] ?? '') ||
    sumNamed ||
    (!many && moneyWord(next) && !ofAnotherNoun)
  )
    return asked('money');
  // "how much feta does Denmark make": an amount of the thing named (a noun, or a word the auxiliary
  // follows), whatever the verb.
  const thing =
    baseForms(next).some((base) => base.pos === 'noun') || (next !== '' && AUXILIARIES.has(rest[1] ?? ''));
  // "how much practice": an activity is measured by the time it takes ("120 hours"), as by other amounts.
  if (!many && !AUXILIARIES.has(next) && thing && nounClasses(head ?? next)[0] === 'noun.act')
    return asked('any');
  if (!many && !AUXILIARIES.has(next) && thing) return asked('amount');
  if (!many && rest.some((word, i) => moneyWord(word) && !takesOtherThing(rest, i))) return asked('money');
  if (many) return asked('count');
  // "how much feta do they produce", "how much of the farm": an amount of anything.
  return asked('amount');
}

// Words between a verb and the noun it takes: "raise the risk", "cut their overall costs".
const DETERMINERS: ReadonlySet<string> = new Set([
  ...list('the a an this that these those'),
  ...POSSESSIVE_DETERMINERS,
]);
// What a verb is followed by when it takes no noun ("lose in the crash", "raise for victims"): WordNet
// lists many of them as nouns too ("in", an inch).
const PREPOSITIONS = list('in for to from on at by with over after before during since of off out up down');
// The classes of a noun a money verb may take and still ask a sum: whom it is paid ("pay the agent",
// "cost the taxpayer") and when ("lose last year").
const PAYEE_OR_TIME_CLASSES: ReadonlySet<string> = new Set(['noun.person', 'noun.group', 'noun.time']);

/**
 * Whether the money verb at `at` takes a noun for another thing than money: "how much do sunbeds raise
 * the risk" asks how much more the risk is (a share, "by up to 75%"), not a sum; "how much did the
 * appeal raise", "how much did he pay the agent" ask sums.
 */
function takesOtherThing(rest: readonly string[], at: number): boolean {
  const onlyAdjective = (word: string) => {
    const bases = baseForms(word);
    return bases.length > 0 && bases.every((base) => base.pos === 'adj');
  };
  let k = at + 1;
  while (k < rest.length && (DETERMINERS.has(rest[k] ?? '') || onlyAdjective(rest[k] ?? ''))) k++;
  const object = rest[k];
  return (
    object !== undefined &&
    !PREPOSITIONS.has(object) &&
    baseForms(object).some((base) => base.pos === 'noun') &&
    !AUXILIARIES.has(object) &&
    !namesMoney(object) &&
    !nounClasses(object).some((nounClass) => PAYEE_OR_TIME_CLASSES.has(nounClass))
  );
}

// The units a number may be asked in right after "how many/much".
const UNIT_WORDS: ReadonlySet<string> = new Set([
  ...TIME_NOUNS,
  ...DISTANCE_UNITS,
  ...AREA_AND_WEIGHT_UNITS,
  ...SIZE_NOUNS,
]);

/** A word as the unit it is one slip from, if it is no English word ("yeras": years); else itself. */
function unitMeant(word: string): string {
  if (UNIT_WORDS.has(word) || isWordNetWord(word)) return word;
  return englishSpellings(word).find((spelling) => UNIT_WORDS.has(spelling)) ?? word;
}

// The words "how" asks with: a misspelling of one ("how mutch", "how lond") is read as it.
const HOW_WORDS: ReadonlySet<string> = new Set(['many', 'much', 'come', 'soon', ...HOW_UNITS.keys()]);

/** The word after "how" as meant: itself, or the "how" word one edit away if it is no English word. */
export function howWordMeant(word: string): string {
  if (HOW_WORDS.has(word) || isWordNetWord(word)) return word;
  return (
    englishSpellings(word).find((spelling) => HOW_WORDS.has(spelling)) ?? slipOf(word, HOW_WORDS) ?? word
  );
}

// WordNet's classes of things that have a length but go on for no time (a border, a river, a road).
const PHYSICAL_CLASSES = list('noun.object noun.artifact noun.location noun.shape noun.body');

// The tags of a word after "how long was X" that tells a state X was in ("out of service", "closed",
// "still missing"), which lasts a time; a preposition ("the border with Armenia") tells which X.
const STATE_TAGS: ReadonlySet<string> = new Set(['ADV', 'ADJ', 'VERB', 'AUX']);

/**
 * Whether "how long is X" asks of a thing in space: X's commonest sense is of a physical class, and
 * no word after X tells a state it was in ("how long was the ferry out of service" asks a time).
 */
export function isPhysicalThing(question: string): boolean {
  const tokens = analyse(question).tokens.filter(
    (t) => t.pos !== 'PUNCT' || t.text === "'" || t.text === '’',
  );
  const long = tokens.findIndex((t, i) => t.lower === 'long' && tokens[i - 1]?.lower === 'how');
  let from = long + 2;
  if (['the', 'a', 'an'].includes(tokens[from]?.lower ?? '')) from++;
  from = afterPossessor(tokens, from) ?? from;
  const { head } = headNoun(tokens, from);
  if (long < 0 || !head || head.pos !== 'NOUN') return false;
  const next = tokens.slice(tokens.indexOf(head) + 1).find((t) => t.pos !== 'PUNCT');
  if (next && (ADVERB_PARTICLES.has(next.lower) || STATE_TAGS.has(next.pos))) return false;
  const lemma = baseForms(head.lower).find((base) => base.pos === 'noun')?.lemma ?? head.lower;
  return PHYSICAL_CLASSES.has(nounClasses(lemma)[0] ?? '');
}
