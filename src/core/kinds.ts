import { countryKind } from './countries.ts';
import { cachedByWord } from './word-cache.ts';
import { nounDefinitions } from './wordnet.ts';
import { plainLemma, wordNetFiles, wordNetKey } from './wordnet-files.ts';
import { baseForms } from './wordnet-morphy.ts';

// Noun senses of a word read, most frequent first: rarer senses ("pack" the cosmetic) would make
// almost any two nouns kin.
const SENSES_READ = 3;
// Hypernym steps followed upward: WordNet's noun hierarchy is rarely deeper than this.
const MAX_DEPTH = 16;
const HYPERNYMS = new Set(['@', '@i']);
// The pointer from one particular person or thing to its class ("Hale" → astronomer).
const INSTANCE_OF = '@i';
const HYPONYMS = new Set(['~', '~i']);
// Kinds of a class are looked for this many steps down ("illness" → … → "cancer" is four)…
const MAX_KIND_DEPTH = 4;
// …among at most this many synsets: a class wider than that ("person", "event") says nothing about
// which of its kinds is meant, and reading it would cost a tenth of a second.
const MAX_KIND_SYNSETS = 600;
// Class nouns whose kinds and classes are remembered (see word-cache.ts).
const CLASS_CACHE_LIMIT = 2000;
// Lexicographer classes of people and of groups of people ("soldiers", "troops", "people", "staff").
const PEOPLE_CLASSES = new Set(['noun.person', 'noun.group']);
// The class of words for a body of people or things ("troops", "staff", "people", "crowd").
const GROUP_CLASS = 'noun.group';
const PERSON_CLASS = 'noun.person';

/** The synset offsets of a noun's most frequent senses. */
function nounSenses(word: string): number[] {
  const files = wordNetFiles();
  const offsets = new Set<number>();
  for (const base of baseForms(word)) {
    if (base.pos !== 'noun') continue;
    const entry = files.entry(wordNetKey(base.lemma), 'noun');
    if (!entry) continue;
    // Senses never seen in WordNet's tagged texts are rare ("drone" the idler): read only when none was seen.
    const read = Math.min(SENSES_READ, Math.max(1, entry.taggedSenses));
    for (const offset of entry.offsets.slice(0, read)) offsets.add(offset);
  }
  return [...offsets];
}

/** The synsets above a noun's senses, its senses included. */
function withHypernyms(senses: readonly number[]): Set<number> {
  const files = wordNetFiles();
  const seen = new Set<number>();
  let level = senses;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of level) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      for (const pointer of files.synset(offset, 'noun').pointers)
        if (HYPERNYMS.has(pointer.symbol) && pointer.pos === 'noun') next.push(pointer.offset);
    }
    level = next;
  }
  return seen;
}

const classOf = (offset: number) => wordNetFiles().synset(offset, 'noun').lexicographerFile;
const firstClass = (senses: readonly number[]) =>
  senses.length > 0 ? classOf(senses[0] as number) : undefined;
const hasGroupSense = (senses: readonly number[]) => senses.some((offset) => classOf(offset) === GROUP_CLASS);

/**
 * Whether a noun counts people: one of its senses is a person ("fans"), or its commonest is a body of
 * people ("troops"). A train is a group only in a rare sense (a wagon train), and counts no passengers.
 */
const countsPeople = (senses: readonly number[]) =>
  senses.some((offset) => classOf(offset) === PERSON_CLASS) || firstClass(senses) === GROUP_CLASS;

/** Whether a noun may count people ("people", "workers", "fans"): some sense is a person, or its first a group. */
export const namesPeople = (noun: string) => countsPeople(nounSenses(noun));

/**
 * Whether a count of `counted` can be a count of `asked`: the same noun, one a kind of the other
 * ("300 workers" for "how many people" via person, "3,000 vehicles" for "how many cars"), or people
 * counted by a word for a body of them ("5,000 troops" or "4,000 men" for "how many fighters", "70,000
 * people" for "how many fans"), and people of any description counted for people told by sex or age
 * alone ("150 officers" for "how many guys": the question counts people in its own words). Two kinds of
 * person neither of which is a kind of the other are other people: "11 civilians" does not say how
 * many soldiers. Nouns WordNet lacks are given the benefit of
 * the doubt.
 * @example countsAs('smokers', 'factories') // false
 */
export function countsAs(counted: string, asked: string): boolean {
  const countedSenses = nounSenses(counted);
  const askedSenses = nounSenses(asked);
  if (countedSenses.length === 0 || askedSenses.length === 0) return true;
  const countedClass = firstClass(countedSenses);
  if (
    countedClass &&
    PEOPLE_CLASSES.has(countedClass) &&
    countsPeople(askedSenses) &&
    (hasGroupSense(countedSenses) || hasGroupSense(askedSenses) || isPlainPerson(asked))
  )
    return true;
  const above = withHypernyms(countedSenses);
  if (askedSenses.some((offset) => above.has(offset))) return true;
  const aboveAsked = withHypernyms(askedSenses);
  return countedSenses.some((offset) => aboveAsked.has(offset));
}

/**
 * Whether a place may be of the class a "which X" question asks for: an X or a sister of X by its
 * most frequent sense ("Frankfurt", a city, for "which town": both are municipalities; "France" for
 * "which country"), never a place of another class ("Turkey" for "which airport"). Places WordNet
 * lacks are given the benefit of the doubt.
 * @example placeOfClass('france', 'country') // true
 */
export function placeOfClass(place: string, asked: string): boolean {
  if (countsAs(place, asked)) return true;
  // A country or a capital the country list knows is one, however far down WordNet files it
  // ("Latvia" is a Baltic State, which is a European country).
  const country = countryKind(place);
  if (
    (country === 'name' || country === 'capital') &&
    placeOfClass(country === 'name' ? 'country' : 'capital', asked)
  )
    return true;
  const [sense] = nounSenses(asked);
  if (sense === undefined) return true;
  const above = withHypernyms(nounSenses(place));
  return wordNetFiles()
    .synset(sense, 'noun')
    .pointers.some(
      (pointer) => HYPERNYMS.has(pointer.symbol) && pointer.pos === 'noun' && above.has(pointer.offset),
    );
}

/**
 * The synset of a noun's most frequent sense. A kind answers "what weather" only where its word
 * names it in that sense: in an article, "flurry" (a snowfall) is nearly always a flurry of activity.
 */
function firstSense(lemma: string): number | undefined {
  return wordNetFiles().entry(wordNetKey(plainLemma(lemma)), 'noun')?.offsets[0];
}

/**
 * The kinds of a class noun, by its most frequent sense, nearest first, down to four steps
 * ("illness" → "disease" → … → "cancer"); for a noun with too many for that, the names WordNet lists
 * of it ("city": New York); `[]` for a noun too wide to narrow down or unknown to WordNet.
 * @example kindsOf('illness').includes('cancer') // true
 */
export const kindsOf = cachedByWord((word: string): readonly string[] => {
  const files = wordNetFiles();
  const found = new Set<string>();
  const seen = new Set<number>();
  let level = nounSenses(word).slice(0, 1);
  for (let depth = 0; depth <= MAX_KIND_DEPTH && level.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of level) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      if (seen.size > MAX_KIND_SYNSETS) {
        found.clear();
        for (const name of instancesOf(word)) found.add(name);
        next.length = 0;
        break;
      }
      const synset = files.synset(offset, 'noun');
      // Two-letter lemmas are abbreviations that read as other words ("MS" the illness, "Ms" the title).
      if (depth > 0)
        for (const lemma of synset.words)
          if (lemma.length > 2 && firstSense(lemma) === offset) found.add(plainLemma(lemma));
      for (const pointer of synset.pointers) if (HYPONYMS.has(pointer.symbol)) next.push(pointer.offset);
    }
    level = next;
  }
  return [...found];
}, CLASS_CACHE_LIMIT);

// A class whose kinds are too many to read down to MAX_KIND_DEPTH ("city", with 661 named cities) is
// still answered by the names WordNet lists as its own, if they are no more than this many.
const MAX_INSTANCES = 1000;
// WordNet's pointer from a class to a named thing of it ("city" → Paris).
const INSTANCE = '~i';

/** The names WordNet lists as instances of a noun's most frequent sense ("city": Paris, New York, …). */
function instancesOf(word: string): string[] {
  const files = wordNetFiles();
  const first = nounSenses(word)[0];
  if (first === undefined) return [];
  const below = files.synset(first, 'noun').pointers.filter((pointer) => pointer.symbol === INSTANCE);
  if (below.length > MAX_INSTANCES) return [];
  return below.flatMap((pointer) =>
    files
      .synset(pointer.offset, 'noun')
      .words.filter((lemma) => lemma.length > 2 && firstSense(lemma) === pointer.offset)
      .map(plainLemma),
  );
}

// The classes of things built to be in, whose instances have names ("Evin prison", "Heydar Aliyev
// International Airport"): WordNet's "structure" (a building, a bridge) and "facility" (an airport).
const BUILT_PLACES = ['structure', 'facility'];

/**
 * Whether a noun's most frequent sense is a building or a facility, a place a name is asked of in
 * "which prison" or "which airport".
 * @example isBuiltPlace('airport') // true
 */
export const isBuiltPlace = cachedByWord(
  (noun: string) => firstSenseUnder(noun, BUILT_PLACES),
  CLASS_CACHE_LIMIT,
);

/** Whether a noun's most frequent sense is, at any depth, a kind of one of the classes (by their first senses). */
function firstSenseUnder(noun: string, classes: readonly string[]): boolean {
  return underAny(classesOfFirstSense(noun), classes);
}

/** Whether synsets hold the first sense of any of the classes named. */
const underAny = (above: ReadonlySet<number>, classes: readonly string[]) =>
  classes.some((name) => {
    const offset = firstSense(name);
    return offset !== undefined && above.has(offset);
  });

/** The synsets above a noun's most frequent sense, that sense included; none for a word that is no noun. */
const classesOfFirstSense = cachedByWord((noun: string): ReadonlySet<number> => {
  const [sense] = nounSenses(noun);
  return sense === undefined ? new Set() : withHypernyms([sense]);
}, CLASS_CACHE_LIMIT);

// The lexicographer files of a set of classes, worked out once per set (one per question).
const classFiles = new WeakMap<ReadonlySet<number>, ReadonlySet<string>>();

/** The lexicographer files of noun synsets ("noun.person"). */
function filesOf(classes: ReadonlySet<number>): ReadonlySet<string> {
  let files = classFiles.get(classes);
  if (files === undefined) {
    files = new Set([...classes].map((offset) => wordNetFiles().synset(offset, 'noun').lexicographerFile));
    classFiles.set(classes, files);
  }
  return files;
}

/**
 * Whether a noun's most frequent sense is, at any depth, one of the classes (synset offsets):
 * a chief executive is a leader, by way of executive, administrator and head.
 */
export function isKindOfAny(noun: string, classes: ReadonlySet<number>): boolean {
  const [sense] = nounSenses(noun);
  if (sense === undefined) return false;
  const synset = wordNetFiles().synset(sense, 'noun');
  // One particular person is no kind of anything: "Hale" in "Dr Tom Hale" is a name.
  if (synset.pointers.some((pointer) => pointer.symbol === INSTANCE_OF)) return false;
  // A kind is filed with its class (a leader's kinds are people): the walk up is read only then, as
  // the first time it reads a dozen synsets.
  if (!filesOf(classes).has(synset.lexicographerFile)) return false;
  for (const offset of classesOfFirstSense(noun)) if (classes.has(offset)) return true;
  return false;
}

// The classes a person is told by without a part played: by sex or age ("guy", "woman", "kid").
const PEOPLE_BY_SEX_OR_AGE = ['male person', 'female person', 'juvenile'];
// Steps up from a noun to those classes: "guy" → "man" → "male person"; "leader", one step below
// "person" itself, tells a part.
const PLAIN_PERSON_STEPS = 2;

/**
 * Whether a noun's most frequent sense tells of a person only by sex or age, or as a person at all:
 * "the armenian guy" is someone, not one who plays the part of a guy.
 * @example isPlainPerson('guy') // true
 * @example isPlainPerson('pilot') // false
 */
export function isPlainPerson(noun: string): boolean {
  const [sense] = nounSenses(noun);
  if (sense === undefined) return false;
  if (sense === firstSense('person')) return true;
  const plain = new Set(PEOPLE_BY_SEX_OR_AGE.map(firstSense));
  let level = [sense];
  for (let step = 0; step < PLAIN_PERSON_STEPS; step++) {
    level = level.flatMap((offset) =>
      wordNetFiles()
        .synset(offset, 'noun')
        .pointers.filter((pointer) => HYPERNYMS.has(pointer.symbol) && pointer.pos === 'noun')
        .map((pointer) => pointer.offset),
    );
    if (level.some((offset) => plain.has(offset))) return true;
  }
  return false;
}

// WordNet's class of a magnitude told against a unit of time ("speed", "pace", "velocity"): filed with
// times, but told as a number per unit ("two megabits per second", "70mph").
const RATE_CLASSES = ['rate'];

/**
 * Whether a noun's most frequent sense is a rate: "what speed" asks for a number, not a time.
 * @example isRateNoun('speed') // true
 * @example isRateNoun('season') // false
 */
export const isRateNoun = cachedByWord(
  (noun: string) => firstSenseUnder(noun, RATE_CLASSES),
  CLASS_CACHE_LIMIT,
);

// WordNet's classes of money and of what is paid ("wage" → payment → cost, "revenue" → sum of money,
// "price" → monetary value, "tax" → levy): a noun of one of them asks for a sum.
const MONEY_CLASSES = ['cost', 'sum of money', 'monetary value', 'levy'];

/**
 * Whether a noun's most frequent sense is a sum of money or something paid ("what wage", "what
 * compensation"): the answer is a sum.
 * @example isMoneyNoun('pension') // true
 * @example isMoneyNoun('settlement') // false (a colony, first)
 */
export const isMoneyNoun = cachedByWord(
  (noun: string) => firstSenseUnder(noun, MONEY_CLASSES),
  CLASS_CACHE_LIMIT,
);

/**
 * Whether any of a noun's most frequent senses is a sum of money ("charge": an accusation first, a
 * price second): a rate asked of it ("the charge per bag") is a price.
 */
export const hasMoneySense = cachedByWord(
  (noun: string) => nounSenses(noun).some((sense) => underAny(withHypernyms([sense]), MONEY_CLASSES)),
  CLASS_CACHE_LIMIT,
);

// How WordNet defines a share of something ("interest rate": the percentage of a sum of money charged
// for its use; "death rate": the ratio of deaths in an area to the population).
const SHARE_DEFINITION = /^(?:the |a )?(?:percentage|ratio|proportion)\b/;

/**
 * Whether WordNet defines a noun, in its most frequent sense, as a share: its value is told as a percentage
 * ("interest rate", "unemployment rate"), though it may be a kind of charge.
 * @example namesAShare('interest rate') // true
 * @example namesAShare('exchange rate') // false
 */
export const namesAShare = cachedByWord(
  (noun: string) => SHARE_DEFINITION.test(nounDefinitions(noun, 1)[0] ?? ''),
  CLASS_CACHE_LIMIT,
);

// How WordNet defines a word for one of a people ("Carib": a member of an American Indian people …;
// "Armenian": a native or inhabitant of Armenia) or for the people ("Azeri": an ethnic group living in
// Azerbaijan), as opposed to one particular person.
const GROUP_MEMBER = /^(?:a member of|a native or inhabitant of|an ethnic group|a people)\b/;
// Words looked up at most: a corpus names a few thousand peoples and persons.
const GROUP_MEMBER_CACHE = 10_000;

/** Whether a word names one of a people ("Carib", "Azeri", "Armenian"), not one particular person. */
export const namesOneOfAPeople = cachedByWord(
  (word: string) => nounDefinitions(word, 1).some((definition) => GROUP_MEMBER.test(definition)),
  GROUP_MEMBER_CACHE,
);
