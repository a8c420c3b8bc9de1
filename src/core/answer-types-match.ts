import type { AskedUnit, ExpectedAnswer, Fact, FactKind, NumberUnit } from './answer-types.ts';
import { durationInUnit, tellsClockTime, tellsWeight } from './answer-types-measures.ts';
import { wordList as list, ORGANIZATION_SUFFIXES, PERSON_TITLES } from './answer-types-words.ts';
import { countryKind, sameCountry } from './countries.ts';
import { countsAs, namesPeople } from './kinds.ts';
import { foldWord, words } from './text.ts';
import { baseForms, relatedWords } from './wordnet.ts';

// Whether the facts of a sentence answer a question: of the kind and unit asked for, and not already
// given by the question.

/** The kinds of fact that are names. */
export const NAME_FACT_KINDS: readonly FactKind[] = ['person', 'organization', 'place', 'name'];

const NAME_KINDS: ReadonlyMap<FactKind, readonly FactKind[]> = new Map([
  ['person', ['person', 'name']],
  ['organization', ['organization', 'name']],
  // Countries and cities act in the news ("Ankara denied …"), so a place answers "who" too.
  ['name', NAME_FACT_KINDS],
  ['place', ['place']],
]);

const UNIT_ANSWERS: Record<AskedUnit, readonly NumberUnit[]> = {
  count: ['count'],
  age: ['age'],
  duration: ['duration'],
  money: ['money'],
  percent: ['percent'],
  // "how far did the shares fall": a change is told by how much, often as a share ("down 23%").
  distance: ['distance', 'percent'],
  size: ['size', 'distance', 'count', 'money', 'percent'],
  frequency: ['count', 'duration'],
  weight: ['size', 'money'],
  length: ['duration', 'distance'],
  any: ['count', 'age', 'duration', 'money', 'percent', 'distance', 'size', 'any'],
  // "how much compo": an amount of something, never anyone's age or how long something took.
  amount: ['count', 'money', 'percent', 'distance', 'size', 'any'],
};

// A time told as past, whatever its date: "since September 27", "last week", "two years ago".
const PAST_TIME = /^(?:since|last|past)\b|\bago$|^(?:yesterday|earlier|previously)$/i;

// Words of a name that do not identify it: "the", "of", titles and organisation words such as "ministry".
const GENERIC_NAME_WORDS = new Set([
  'the',
  'of',
  'for',
  'and',
  's',
  ...PERSON_TITLES,
  ...ORGANIZATION_SUFFIXES,
]);

// How fine a time the unit a question asks for is ("what year", "what month", "what date"), and how
// fine a time told only as a decade ("the 70s", "the late 1980s") or only as a year or a month is: a
// time coarser than the unit asked does not answer ("in 2002" tells no date, "April" no day).
const ASKED_FINENESS: ReadonlyMap<string, number> = new Map([
  ['year', 1],
  ['month', 2],
  ['date', 3],
  ['day', 3],
]);
const DECADE = /\b(?:\d\d)?\d0['’]?s$/;
const YEAR_ONLY = /^(?:(?:in|of|since|by|from|until|during|the|year)\s+)*(?:1[5-9]|20)\d\d$/i;
const MONTH_ONLY =
  /^(?:(?:in|of|since|by|from|until|during|early|late|mid|last|next|this|the)[\s-]+)*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\s+(?:1[5-9]|20)\d\d)?$/i;

// A time told by the unit it ends on ("this year", "the end of the year", "next month", "last week").
const YEAR_UNIT = /\byears?$/i;
const MONTH_UNIT = /\b(?:months?|weeks?|weekend)$/i;

/** How fine a time a fact tells, when it is only a decade, a year or a month; else as fine as any asked. */
function finenessOf(text: string): number {
  if (DECADE.test(text)) return 0;
  if (YEAR_ONLY.test(text) || YEAR_UNIT.test(text)) return 1;
  if (MONTH_ONLY.test(text) || MONTH_UNIT.test(text)) return 2;
  return 3;
}

// A year written out, or told by its unit ("last year", "the end of the year").
const A_YEAR = /\b(?:1[5-9]|20)\d\d\b|\byears?\b/i;
// A month written out, or told by a unit within one ("next month", "last week").
const A_MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|months?|weeks?|weekend)\b/i;

/** Whether a time holds the unit a "what year" or "what month" question asks for ("in March" holds no year). */
function tellsAskedUnit(asked: string | undefined, text: string): boolean {
  if (asked === 'year') return A_YEAR.test(text);
  if (asked === 'month') return A_MONTH.test(text);
  return true;
}

/** Whether a fact is of the kind (and unit) the question expects. */
function matchesKind(
  expected: ExpectedAnswer,
  fact: Fact,
  questionWords: ReadonlySet<string>,
  namesCounted?: (noun: string) => boolean,
): boolean {
  if (!expected.kind) return false;
  if (expected.clockTime) return tellsClockTime(expected.clockTime, fact);
  // "When will Iran present its plan" is not answered by "the fighting that has broken out since
  // September 27": a time told as past says when something was.
  if (expected.ahead && PAST_TIME.test(fact.text)) return false;
  // A time coarser than the unit asked: "the 70s" is no year, "in 2002" or "April" no date.
  if (expected.kind === 'time' && finenessOf(fact.text) < (ASKED_FINENESS.get(expected.classNoun ?? '') ?? 0))
    return false;
  // A finer time tells the coarser unit only where it holds it: "in March" or "on Monday" tells no year.
  if (expected.kind === 'time' && !tellsAskedUnit(expected.classNoun, fact.text)) return false;
  // "since mid-September" says how long, and also from when; "between 2am and 5am" and "from 1999 to
  // 2002" between which times; "until 4 April" till when, which is no answer to when something happened.
  if (expected.kind === 'time' && fact.unit === 'duration')
    return (
      expected.unit === 'duration' ||
      /^(?:since|between|from)\b/i.test(fact.text) ||
      (!expected.past && /^(?:until|till)\b/i.test(fact.text))
    );
  const names = NAME_KINDS.get(expected.kind);
  if (names) return names.includes(fact.kind);
  if (expected.kind !== fact.kind) return false;
  if (expected.kind !== 'number') return true;
  if (!UNIT_ANSWERS[expected.unit ?? 'any'].includes(fact.unit ?? 'any')) return false;
  if (fact.unit === 'duration' && expected.counted) return durationInUnit(expected.counted, fact.text);
  if (expected.unit === 'weight') return tellsWeight(fact);
  const noun = countedNounOf(fact);
  return (
    !expected.counted ||
    !noun ||
    namesCounted?.(noun) === true ||
    countsAs(noun, expected.countedAs ?? expected.counted) ||
    // "how many people lost their jobs": "the loss of 340 jobs" counts them by what befell each, and
    // "how many people died": "six deaths" by the noun of the question's verb.
    (namesPeople(expected.counted) && tellsWhatBefell(noun, questionWords)) ||
    // "300 Syrian militants" counts Syrians too: the word asked for describes the ones counted.
    words(fact.text).some((word) => namesCounted?.(word) === true)
  );
}

/** Whether a counted noun is a word of the question, or the noun WordNet derives from one ("died" → death). */
function tellsWhatBefell(noun: string, questionWords: ReadonlySet<string>): boolean {
  const folded = foldWord(noun);
  if (questionWords.has(folded)) return true;
  const lemmas = new Set([folded, ...baseForms(folded).flatMap((b) => (b.pos === 'noun' ? [b.lemma] : []))]);
  return [...questionWords].some((word) =>
    relatedWords(word).some((r) => r.relation === 'derivation' && lemmas.has(r.word)),
  );
}

// Words that end a bare count ("about 20", "350 million", "six others", "two more") rather than name
// what is counted: the pronouns stand for what was counted before them.
const NUMBER_WORDS = list(`one two three four five six seven eight nine ten eleven twelve twenty thirty forty
  fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions
  trillion dozen dozens others more`);

/** The noun a count fact counts ("4,000 fighters" → "fighters"), if it names one. */
export function countedNounOf(fact: Fact): string | undefined {
  if (fact.unit !== 'count') return undefined;
  const last = words(fact.text).at(-1);
  return last && !/\d/.test(last) && !NUMBER_WORDS.has(last) ? last : undefined;
}

/** Whether the question already says what the fact says (the name it names, the number it gives). */
function givenByQuestion(fact: Fact, questionWords: ReadonlySet<string>): boolean {
  const factWords = words(fact.text);
  if (NAME_FACT_KINDS.includes(fact.kind)) {
    // A name is referred to by any one of its words ("Jones" for "Maria Jones"); a person by their
    // last name, since the words before it may be a title the question shares: "the foreign ministry
    // spokesman" does not give "Foreign Ministry Spokesman Saeed Khatibzadeh".
    const distinctive = factWords.filter((w) => !GENERIC_NAME_WORDS.has(w));
    const checked = distinctive.length > 0 ? distinctive : factWords;
    // "sigarchis lawyer": a possessive typed without its apostrophe gives the name too.
    const given = (w: string) => questionWords.has(w) || questionWords.has(`${w}s`);
    if (fact.kind === 'person') return given(checked.at(-1) as string);
    return checked.some(given) || countryGiven(fact.text, questionWords);
  }
  return factWords.every((w) => questionWords.has(w));
}

/**
 * Whether the question gives the country a name names, in another of its names or as its people or
 * their adjective: "Armenia" is what "the Armenian jet" already says. Its capital is another place.
 */
function countryGiven(name: string, questionWords: ReadonlySet<string>): boolean {
  const notCapital = (word: string) => countryKind(word) !== undefined && countryKind(word) !== 'capital';
  return notCapital(name) && [...questionWords].some((word) => notCapital(word) && sameCountry(name, word));
}

// The tagger often reads a body as a person and back ("Reporters" of "Reporters Without Borders"), so
// either names the person or body a question asks the name of.
const SOMEONE_FACTS: readonly FactKind[] = ['person', 'organization', 'name'];

// The name of a thing no class of someone or somewhere names ("what is the sequel called", "what name
// did they give the offensive", "the title of the report"): a person's or a place's name is not the
// name of a work, a product or an operation. A company's may be: the tagger reads many a name it does
// not know as one, and "what is WorldCom called now" asks the name a company goes by.
const THING_NAME_KINDS: readonly FactKind[] = ['organization', 'name'];

/**
 * Whether a sentence holds a name the question does not already give, of the kind asked for: "what is
 * the name of the paper" is not answered by "he edits a newspaper" (see `asksName`).
 */
export function holdsAskedName(
  expected: ExpectedAnswer,
  facts: readonly Fact[],
  questionWords: ReadonlySet<string>,
): boolean {
  const kinds: readonly FactKind[] =
    expected.kind === 'person' || expected.kind === 'organization'
      ? SOMEONE_FACTS
      : expected.kind === 'place'
        ? ['place']
        : expected.namesThing === true
          ? THING_NAME_KINDS
          : NAME_FACT_KINDS;
  return holdsNameOf(kinds, facts, questionWords);
}

// The names that may be of a place, as the tagger reads them: a place, or a name of no kind it can
// tell ("Ganja", "Embu"). A person's or a body's name locates nothing.
const PLACE_NAME_KINDS: readonly FactKind[] = ['place', 'name'];

/** Whether a sentence holds a name that may be of a place and that the question does not already give. */
export function holdsNewPlaceName(facts: readonly Fact[], questionWords: ReadonlySet<string>): boolean {
  return holdsNameOf(PLACE_NAME_KINDS, facts, questionWords);
}

const holdsNameOf = (
  kinds: readonly FactKind[],
  facts: readonly Fact[],
  questionWords: ReadonlySet<string>,
) => facts.some((fact) => kinds.includes(fact.kind) && !givenByQuestion(fact, questionWords));

/**
 * The facts of the asked-for kind that the question does not already give (e.g. "who met Putin" is not
 * answered by the name Putin itself; "how old is Reyes" is answered by "Reyes, 24"). `questionWords`
 * are the question's folded words (`words` of text.ts).
 */
export function expectedFacts(
  expected: ExpectedAnswer,
  facts: readonly Fact[],
  questionWords: ReadonlySet<string>,
  namesCounted?: (noun: string) => boolean,
): Fact[] {
  return facts.filter(
    (fact) =>
      matchesKind(expected, fact, questionWords, namesCounted) && !givenByQuestion(fact, questionWords),
  );
}

/** Whether a sentence holds one of its {@link expectedFacts}. */
export function holdsExpectedFact(
  expected: ExpectedAnswer,
  facts: readonly Fact[],
  questionWords: ReadonlySet<string>,
  namesCounted?: (noun: string) => boolean,
): boolean {
  return expectedFacts(expected, facts, questionWords, namesCounted).length > 0;
}

// What may stand between a name and the age after it: "Marcus Webb, 31," and "Webb (31)".
const AGE_APPOSITION = /^\s*[,(]\s*$/;

/**
 * The facts without the ages of people other than the one asked after: an age told just after a name
 * ("First Officer Marcus Webb, 31, …, alongside Captain Fiona Dalgleish") is that person's, so where the
 * sentence also names a person the question names (`questionWords`, folded), or the question asks
 * after someone by name (`asksByName`: "how old is Priya Nandra" of "Mr Ashdown, 54, …"), it does not
 * say how old they are.
 */
export function withoutOthersAges(
  sentence: string,
  facts: readonly Fact[],
  questionWords: ReadonlySet<string>,
  asksByName = false,
): readonly Fact[] {
  const asked = (name: Fact) => givenByQuestion(name, questionWords);
  if (!asksByName && !facts.some((fact) => fact.kind === 'person' && asked(fact))) return facts;
  return facts.filter((fact) => {
    if (fact.unit !== 'age') return true;
    const owner = facts.find(
      (other) =>
        (other.kind === 'person' || other.kind === 'name') &&
        other.end <= fact.start &&
        AGE_APPOSITION.test(sentence.slice(other.end, fact.start)),
    );
    return owner === undefined || asked(owner);
  });
}
