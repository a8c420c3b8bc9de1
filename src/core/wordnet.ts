import { countryKind, countryVariants } from './countries.ts';
import {
  amongUsualSenses,
  isOneParticular,
  isProperName,
  nounClasses,
  readsAsUsual,
} from './wordnet-classes.ts';
import {
  type IndexEntry,
  type PartOfSpeech,
  plainLemma,
  type Synset,
  wordNetFiles,
  wordNetKey,
} from './wordnet-files.ts';
import { lemmaPosition, takesObject } from './wordnet-frames.ts';
import { type BaseForm, baseForms, irregularForms } from './wordnet-morphy.ts';

export {
  isOnlyAdverb,
  isPlainVerb,
  isProperName,
  isWordNetWord,
  nounClasses,
  nounSensesRanked,
  verbClasses,
  verbSenses,
} from './wordnet-classes.ts';
export { isPastOfVerbOnly, takesObjectInfinitive } from './wordnet-frames.ts';
export type { BaseForm } from './wordnet-morphy.ts';
export { baseForms, irregularForms, isIrregularForm } from './wordnet-morphy.ts';

/** How a related word relates to the word asked about, closest first. */
export type Relation =
  /** Inflections and irregular forms: began → begin, begin → began, children → child, better → good. */
  | 'form'
  /** Derivationally related forms across parts of speech (lead ↔ leader, die → death) and pertainyms. */
  | 'derivation'
  /** Other lemmas of the word's most frequent synsets. */
  | 'synonym'
  /** Other names of the same country: name, demonyms, capital, alternative spellings. */
  | 'country'
  /** Adjectives WordNet lists as similar in meaning (dishonest → false, abroad → foreign). */
  | 'similar'
  /** Kinds of the word (illness → cancer), one or two levels down. */
  | 'hyponym'
  /** The verb of opposite meaning (admit ↔ deny, win ↔ lose): what a yes/no question may be answered by. */
  | 'antonym'
  /** The class of the word (cancer → illness): rarely useful for a query. */
  | 'hypernym';

export interface RelatedWord {
  readonly word: string;
  readonly relation: Relation;
  /** 0-based rank of the synset among the word's senses in its part of speech; 0 for forms and countries. */
  readonly sense: number;
  /** For a synonym, the part of speech it is one in ("found" the verb, not the past of "find"). */
  readonly pos?: PartOfSpeech;
}

export interface RelatedWordsOptions {
  /** Senses per part of speech that synonyms, hypernyms and hyponyms come from. Default 2. */
  maxSenses?: number;
  /** Hyponyms in all, direct ones first, then theirs while there is room. Default 30. */
  maxHyponyms?: number;
}

/** The relations in order of closeness: a word reached two ways keeps the closer one. */
export const RELATIONS: readonly Relation[] = [
  'form',
  'derivation',
  'synonym',
  'country',
  'similar',
  'hyponym',
  'antonym',
  'hypernym',
];

const DEFAULT_MAX_SENSES = 2;
const DEFAULT_MAX_HYPONYMS = 30;
// Longer WordNet lemmas ("united kingdom of great britain and northern ireland") are names, not wordings.
const MAX_LEMMA_WORDS = 2;
/**
 * Sense choice: a sense never seen in WordNet's sense-tagged corpus (tag count 0) is skipped when another
 * sense of the word was seen at least this often, since such unseen senses cause most wrong expansions
 * (send's 8th sense is "air, broadcast"). With only rare senses, the first ones are taken as listed
 * (see UNSEEN_MAX_SENSES).
 */
const TRUSTED_TAG_COUNT = 3;
// Senses taken from a word no sense of which was seen often in the tagged texts: such rare words have
// few senses (ATM three, "cutoff" three), and the corpus keeps only the wordings it uses.
const UNSEEN_MAX_SENSES = 4;
/** Derived forms from senses other than the chosen ones are kept only when they share this many first letters. */
const STEM_PREFIX_LETTERS = 4;
// Derivation (+), pertainym (\: "british" → "britain", "rapidly" → "rapid") and participle (<) pointers.
const DERIVATION_POINTERS = new Set(['+', '\\', '<']);
const HYPERNYM_POINTERS = new Set(['@', '@i']);
// Similar-to (&): an adjective and the others of its cluster (dishonest → false, abroad → foreign).
const SIMILAR_POINTER = '&';
// Instance hyponyms (~i) are named entities, not kinds: left out.
const HYPONYM_POINTER = '~';
// Antonymy is a pointer between two words (not whole synsets): "admit" ↔ "deny", "guilty" ↔ "innocent".
const ANTONYM_POINTER = '!';
const RESULT_CACHE_LIMIT = 10_000;

const resultCache = new Map<string, readonly RelatedWord[]>();

/** A lower-case word or phrase with single spaces. */
const normalized = (word: string) => String(word).trim().toLowerCase().split(/\s+/).join(' ');

const wordCount = (lemma: string) => lemma.split(' ').length;

const sharedPrefixLength = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
};

const sharesStem = (a: string, b: string) =>
  sharedPrefixLength(a, b) >= Math.min(STEM_PREFIX_LETTERS, a.length, b.length);

interface LemmaSenses {
  readonly base: BaseForm;
  readonly entry: IndexEntry;
  /** Ranks of the senses synonyms, hypernyms and hyponyms come from. */
  readonly chosen: ReadonlySet<number>;
}

/** The senses of each base form, and which of them are frequent enough to expand. */
function senses(word: string, maxSenses: number): LemmaSenses[] {
  const files = wordNetFiles();
  const lemmas = baseForms(word).flatMap((base) => {
    const entry = files.entry(wordNetKey(base.lemma), base.pos);
    return entry ? [{ base, entry, counts: files.tagCounts(entry.lemma) }] : [];
  });
  const countOf = (lemma: (typeof lemmas)[number], rank: number) =>
    lemma.counts.get(`${lemma.base.pos}:${lemma.entry.offsets[rank]}`) ?? 0;
  let highest = 0;
  for (const lemma of lemmas) {
    for (let rank = 0; rank < lemma.entry.offsets.length; rank++)
      highest = Math.max(highest, countOf(lemma, rank));
  }
  // No sense seen often: WordNet's order tells little of which is commoner ("ATM" lists the unit of
  // pressure, seen once, before the cash machine), so each sense is as likely, up to a few.
  const taken = highest < TRUSTED_TAG_COUNT ? Math.max(maxSenses, UNSEEN_MAX_SENSES) : maxSenses;
  return lemmas.map((lemma) => {
    const chosen = new Set<number>();
    for (let rank = 0; rank < Math.min(taken, lemma.entry.offsets.length); rank++) {
      if (countOf(lemma, rank) > 0 || highest < TRUSTED_TAG_COUNT) chosen.add(rank);
    }
    return { base: lemma.base, entry: lemma.entry, chosen };
  });
}

const synsetOf = (offset: number, pos: PartOfSpeech) => wordNetFiles().synset(offset, pos);

/** Whether a word is the initials of a phrase of three or more words ("cfo", "chief financial officer"). */
function isAcronymOf(word: string, phrase: string): boolean {
  const parts = phrase.split(/[\s-]+/);
  return parts.length > MAX_LEMMA_WORDS && parts.map((part) => part[0]).join('') === word;
}

const shortLemmas = (synset: Synset) =>
  synset.words.map(plainLemma).filter((lemma) => wordCount(lemma) <= MAX_LEMMA_WORDS);

/** Collects related words, keeping for each the closest relation and then the most frequent sense. */
class RelatedWordSet {
  readonly #byWord = new Map<string, RelatedWord>();
  readonly #exclude: string;

  constructor(exclude: string) {
    this.#exclude = exclude;
  }

  add(word: string, relation: Relation, sense: number, pos?: PartOfSpeech): void {
    if (word === this.#exclude || word.length === 0) return;
    const known = this.#byWord.get(word);
    const rank = RELATIONS.indexOf(relation);
    if (known !== undefined) {
      const knownRank = RELATIONS.indexOf(known.relation);
      if (knownRank < rank || (knownRank === rank && known.sense <= sense)) return;
    }
    this.#byWord.set(word, { word, relation, sense, ...(pos ? { pos } : {}) });
  }

  get size(): number {
    return this.#byWord.size;
  }

  list(): RelatedWord[] {
    return [...this.#byWord.values()].sort(
      (a, b) => RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation) || a.sense - b.sense,
    );
  }
}

/**
 * Adds the verbs WordNet gives as the opposite of a verb in its chosen senses ("admit" → "deny"). Only
 * verbs: the opposite of a description ("outside" → "inside") tells of something else, while "did he
 * admit it" is answered by "he denied it".
 */
function addAntonyms(related: RelatedWordSet, lemma: LemmaSenses): void {
  if (lemma.base.pos !== 'verb') return;
  for (const rank of lemma.chosen) {
    const synset = synsetOf(lemma.entry.offsets[rank] ?? 0, lemma.base.pos);
    const position = lemmaPosition(synset, lemma.base.lemma);
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== ANTONYM_POINTER || pointer.source !== position) continue;
      const target = synsetOf(pointer.offset, pointer.pos).words[pointer.target - 1];
      if (target !== undefined) related.add(plainLemma(target), 'antonym', rank);
    }
  }
}

function addDerivations(related: RelatedWordSet, lemma: LemmaSenses): void {
  lemma.entry.offsets.forEach((offset, rank) => {
    const synset = synsetOf(offset, lemma.base.pos);
    const position = lemmaPosition(synset, lemma.base.lemma);
    for (const pointer of synset.pointers) {
      if (!DERIVATION_POINTERS.has(pointer.symbol) || pointer.source !== position || pointer.target === 0)
        continue;
      const target = synsetOf(pointer.offset, pointer.pos).words[pointer.target - 1];
      if (target === undefined) continue;
      const derived = plainLemma(target);
      if (lemma.chosen.has(rank) || sharesStem(lemma.base.lemma, derived))
        related.add(derived, 'derivation', rank);
    }
  });
}

// The lexicographer class of people: the sort of thing a news word most often names.
const PERSON_CLASS = 'noun.person';

/** Adds up to `maxHyponyms` kinds of a synset, direct ones first; returns how many it found. */
function addHyponyms(related: RelatedWordSet, synset: Synset, rank: number, maxHyponyms: number): number {
  const found = new Set<string>();
  const take = (kind: Synset) => {
    for (const lemma of shortLemmas(kind))
      if (
        found.size < maxHyponyms &&
        (kind.pos === 'verb'
          ? amongUsualSenses(lemma, kind)
          : kind.pos !== 'noun' || readsAsUsual(lemma, kind))
      )
        found.add(lemma);
  };
  const kinds = synset.pointers
    .filter((pointer) => pointer.symbol === HYPONYM_POINTER)
    .map((pointer) => synsetOf(pointer.offset, pointer.pos));
  for (const kind of kinds) take(kind);
  for (const kind of kinds) {
    for (const pointer of kind.pointers) {
      if (found.size >= maxHyponyms) break;
      if (pointer.symbol === HYPONYM_POINTER) take(synsetOf(pointer.offset, pointer.pos));
    }
  }
  for (const lemma of found) related.add(lemma, 'hyponym', rank);
  return found.size;
}

function computeRelatedWords(word: string, maxSenses: number, maxHyponyms: number): RelatedWord[] {
  const related = new RelatedWordSet(word);
  const lemmas = senses(word, maxSenses);
  let hyponymsLeft = maxHyponyms;
  for (const { base, chosen } of lemmas) {
    related.add(base.lemma, 'form', 0);
    // Irregular forms of a rare reading ("sent" the currency → "senti") would mislead.
    if (chosen.size > 0)
      for (const form of irregularForms(base.lemma, base.pos)) related.add(form, 'form', 0);
  }
  for (const lemma of lemmas) {
    addDerivations(related, lemma);
    addAntonyms(related, lemma);
    for (const rank of lemma.chosen) {
      const synset = synsetOf(lemma.entry.offsets[rank] ?? 0, lemma.base.pos);
      for (const synonym of shortLemmas(synset)) related.add(synonym, 'synonym', rank, lemma.base.pos);
      // An acronym's spelt-out form, however long ("cfo" → "chief financial officer").
      for (const long of synset.words.map(plainLemma))
        if (isAcronymOf(word, long)) related.add(long, 'synonym', rank);
      for (const pointer of synset.pointers) {
        if (!HYPERNYM_POINTERS.has(pointer.symbol)) continue;
        for (const kind of shortLemmas(synsetOf(pointer.offset, pointer.pos)))
          related.add(kind, 'hypernym', rank);
      }
      // An adjective is mostly told in another of its cluster: "dishonest" as "false" or "deceitful".
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== SIMILAR_POINTER) continue;
        for (const other of shortLemmas(synsetOf(pointer.offset, pointer.pos)))
          related.add(other, 'similar', rank);
      }
      if (hyponymsLeft > 0) hyponymsLeft -= addHyponyms(related, synset, rank, hyponymsLeft);
    }
  }
  const variants = countryVariants(word);
  for (const variant of variants) related.add(variant.word, 'country', 0);
  if (variants.length === 0) for (const country of definedCountries(word)) related.add(country, 'country', 0);
  return related.list();
}

/**
 * How often WordNet's sense-tagged texts use a word, in all its base forms and senses: how familiar
 * a word of English it is ("party" 124 times, "manger" never).
 */
export function timesTagged(word: string): number {
  const lemmas = new Set(baseForms(normalized(word)).map((base) => wordNetKey(base.lemma)));
  let total = 0;
  for (const lemma of lemmas) for (const count of wordNetFiles().tagCounts(lemma).values()) total += count;
  return total;
}

/**
 * The people who do what a verb tells: the person senses its derivation pointers lead to from each of
 * its senses seen in WordNet's tagged texts (all when none is), with their other words and kinds
 * ("heads" → head, chief, though a head is mostly a body part). With an object, only from the senses
 * that take one ("runs the club": not a runner).
 * @example derivedDoers('presided') // ['president', 'chairman', 'chairwoman', 'chair', …]
 */
export function derivedDoers(word: string, options: { withObject?: boolean } = {}): readonly string[] {
  const related = new RelatedWordSet('');
  for (const { synset: doer, rank } of doerSenses(word, options)) {
    for (const lemma of shortLemmas(doer)) related.add(lemma, 'synonym', rank);
    addHyponyms(related, doer, rank, DEFAULT_MAX_HYPONYMS);
  }
  return related.list().map((found) => found.word);
}

/**
 * The person senses of {@link derivedDoers} themselves, as synset offsets: the classes any kind of
 * which does what the verb tells ("directs": a director, and so a managing director).
 */
export function derivedDoerSenses(word: string, options: { withObject?: boolean } = {}): ReadonlySet<number> {
  return new Set(doerSenses(word, options).map(({ synset }) => synset.offset));
}

/** The person synsets a verb's derivation pointers lead to, with the rank of the verb sense each is from. */
function doerSenses(word: string, options: { withObject?: boolean }): { synset: Synset; rank: number }[] {
  const found: { synset: Synset; rank: number }[] = [];
  for (const base of baseForms(normalized(word))) {
    if (base.pos !== 'verb') continue;
    const entry = wordNetFiles().entry(wordNetKey(base.lemma), 'verb');
    if (!entry) continue;
    const seen = entry.taggedSenses > 0 ? entry.taggedSenses : entry.offsets.length;
    entry.offsets.slice(0, seen).forEach((offset, rank) => {
      const synset = synsetOf(offset, 'verb');
      const position = lemmaPosition(synset, base.lemma);
      // "who runs the federation": not the sense of running on one's feet, which takes no object.
      if (options.withObject && !takesObject(synset, position)) return;
      for (const doer of personsDerived(synset, position)) found.push({ synset: doer, rank });
    });
  }
  return found;
}

/**
 * The person synsets a verb sense's derivation pointers lead to: from the word at `position` (1-based)
 * or from any of its words.
 */
export function personsDerived(synset: Synset, position?: number): Synset[] {
  return synset.pointers
    .filter(
      (pointer) =>
        pointer.symbol === '+' &&
        pointer.pos === 'noun' &&
        (position === undefined || pointer.source === position),
    )
    .map((pointer) => synsetOf(pointer.offset, 'noun'))
    .filter((doer) => doer.lexicographerFile === PERSON_CLASS);
}

// The lexicographer classes of a people ("Azeri", noun.group) and of a person ("Turk", noun.person).
const PEOPLE_CLASSES: ReadonlySet<string> = new Set(['noun.group', 'noun.person']);

/**
 * For a people or a name WordNet defines by a country ("Azeri": an ethnic group living in Azerbaijan;
 * "a native or inhabitant of Turkey"): that country and its other names, which the articles may use.
 */
function definedCountries(word: string): string[] {
  // Only a people or a person is defined by where they live or come from; Christmas, "a quarter day in
  // England, Wales, and Ireland", is no name of Ireland.
  if (!isProperName(word) || !PEOPLE_CLASSES.has(nounClasses(word)[0] ?? '')) return [];
  // The country's own name, not its adjective: "French engineer" tells of a person, not of France.
  return namesInDefinitions(word)
    .filter((name) => countryKind(name) === 'name')
    .flatMap((name) => [name.toLowerCase(), ...countryVariants(name).map((variant) => variant.word)]);
}

/**
 * The names in the definitions of a noun for a class of people or things, as written: its runs of
 * capitalised words ("Azeri": an ethnic group living in Azerbaijan → Azerbaijan; "Carib": a people of
 * northern South America → South America, which is not America).
 */
export function namesInDefinitions(word: string): string[] {
  // One particular person or thing is defined by where it is from ("Hendrix": United States
  // guitarist), which is no other name of it.
  if (isOneParticular(word)) return [];
  return nounDefinitions(word).flatMap((definition) =>
    [...definition.matchAll(/\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*/gu)].map(([name]) => name),
  );
}

/**
 * Other wordings of a lower-case word or phrase: its forms, derived words, synonyms from its most frequent
 * senses, country variants, kinds and classes, each marked with its relation. Never contains the word itself.
 * @example relatedWords('killed') // [{ word: 'kill', relation: 'form', sense: 0 }, { word: 'killer', … }, …]
 */
export function relatedWords(word: string, options: RelatedWordsOptions = {}): readonly RelatedWord[] {
  const phrase = normalized(word);
  if (phrase.length === 0) return [];
  const maxSenses = Math.max(0, Math.floor(options.maxSenses ?? DEFAULT_MAX_SENSES));
  const maxHyponyms = Math.max(0, Math.floor(options.maxHyponyms ?? DEFAULT_MAX_HYPONYMS));
  const cacheKey = `${maxSenses}:${maxHyponyms}:${phrase}`;
  let result = resultCache.get(cacheKey);
  if (result === undefined) {
    result = computeRelatedWords(phrase, maxSenses, maxHyponyms);
    if (resultCache.size >= RESULT_CACHE_LIMIT) resultCache.clear();
    resultCache.set(cacheKey, result);
  }
  return result;
}

/**
 * The definitions of a noun in its most frequent senses (the definition proper, not the examples after
 * it): "prison" → "a correctional institution where persons are confined while on trial or for
 * punishment". What the dictionary says a thing is, for a word the articles never use. A verb's
 * definition is told in the most general verbs ("catch" → "take hold of"): none for a word that may be one.
 */
export function nounDefinitions(word: string, maxSenses = DEFAULT_MAX_SENSES): readonly string[] {
  const lemmas = senses(normalized(word), maxSenses);
  if (lemmas.some((lemma) => lemma.base.pos === 'verb')) return [];
  return lemmas
    .filter((lemma) => lemma.base.pos === 'noun')
    .flatMap((lemma) =>
      [...lemma.chosen].map((rank) => {
        const { gloss } = synsetOf(lemma.entry.offsets[rank] ?? 0, 'noun');
        return gloss.split(/;\s*"|^"/, 1)[0] ?? '';
      }),
    );
}
