import { createRequire } from 'node:module';
import { plainLemma, type Synset, wordNetFiles, wordNetKey } from './wordnet-files.ts';

/** What a country variant is: a name of the country, its people or their adjective, or its capital. */
export type CountryVariantKind = 'name' | 'demonym' | 'capital';

export interface CountryVariant {
  /** Lower case, words separated by single spaces (`united states`, `türkiye`, `washington`). */
  readonly word: string;
  readonly kind: CountryVariantKind;
}

/** The part of `world-countries`' records Newsdesk reads. */
interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly cca2: string;
  readonly unMember: boolean;
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
}

// Official names are often "<form of state> of <name>": these words make up the form of state.
const FORM_OF_STATE_WORDS = new Set(
  "republic kingdom state states commonwealth federation principality sultanate emirate grand duchy federal democratic socialist islamic people’s people's united arab union independent plurinational bolivarian cooperative co-operative oriental hashemite federated sovereign".split(
    ' ',
  ),
);
// Longer names ("united kingdom of great britain and northern ireland") never help match a question.
const MAX_VARIANT_WORDS = 4;
// WordNet's short names ("US", "U.S." lower-cased) collide with common words: given as variants, not looked up.
// The abbreviations world-countries lists besides the ISO code ("UK", "UAE") are looked up at any length.
const MIN_WORDNET_KEY_LETTERS = 3;
// How far up the instance hypernyms a WordNet country ("Turkey" → "Asian country" → "country") may be.
const COUNTRY_HYPERNYM_DEPTH = 3;
// Kinds and sources of a key, best first: decides between countries sharing a key ("indian").
const KEY_PRIORITY = { common: 0, name: 1, demonym: 1, capital: 2, derived: 3 } as const;

const isLatinScript = (text: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(text);
const lowerWords = (text: string) => text.trim().toLowerCase().split(/\s+/).join(' ');

/** "Republic of Turkey" → "Turkey", "United States of America" → "America"; otherwise `undefined`. */
export function nameAfterFormOfState(name: string): string | undefined {
  const match = /^(.+?) of (?:the )?(.+)$/i.exec(name);
  if (!match) return undefined;
  const formWords = (match[1] ?? '').toLowerCase().split(/\s+/);
  return formWords.every((word) => FORM_OF_STATE_WORDS.has(word)) ? match[2] : undefined;
}

/**
 * English plural of a demonym's last word: "armenian" → "armenians", "dutchman" → "dutchmen";
 * "turkish", "chinese", "swiss" have none.
 */
export function demonymPlural(demonym: string): string | undefined {
  if (/man$/.test(demonym)) return `${demonym.slice(0, -3)}men`;
  return /(s|sh|ch|x|z|ese)$/.test(demonym) ? undefined : `${demonym}s`;
}

/** "Washington D.C." → "Washington": a capital without its trailing abbreviations. */
const capitalShortName = (capital: string) => capital.replace(/(\s+\S*\.\S*)+$/, '');

/** Whether a WordNet synset is a country: an instance of something whose hypernyms reach "country". */
function isCountrySynset(synset: Synset): boolean {
  if (synset.lexicographerFile !== 'noun.location') return false;
  let level = synset.pointers.filter((p) => p.symbol === '@i');
  for (let depth = 0; depth < COUNTRY_HYPERNYM_DEPTH && level.length > 0; depth++) {
    const classes = level.map((p) => wordNetFiles().synset(p.offset, p.pos));
    if (classes.some((c) => c.words.includes('country'))) return true;
    level = classes.flatMap((c) => c.pointers.filter((p) => p.symbol === '@'));
  }
  return false;
}

/** WordNet's synset for a country named `name` (case as written, "Turkey" not "turkey"). */
function countrySynset(name: string): Synset | undefined {
  const files = wordNetFiles();
  const key = wordNetKey(name);
  for (const offset of files.entry(key, 'noun')?.offsets ?? []) {
    const synset = files.synset(offset, 'noun');
    if (synset.words.some((word) => word.replaceAll('_', ' ') === name) && isCountrySynset(synset))
      return synset;
  }
  return undefined;
}

interface Country {
  readonly variants: readonly CountryVariant[];
  readonly unMember: boolean;
}

interface CountryTable {
  readonly countries: readonly Country[];
  /** Lower-case key → index of the country it names best, and how well. */
  readonly byKey: ReadonlyMap<string, { readonly country: number; readonly priority: number }>;
}

function buildCountry(record: CountryRecord): { country: Country; keys: [string, number][] } {
  const variants = new Map<string, CountryVariantKind>();
  const keys: [string, number][] = [];
  const add = (text: string, kind: CountryVariantKind, priority: number, minKeyLetters = 0) => {
    if (!isLatinScript(text) || text.includes(',')) return;
    const word = lowerWords(text);
    if (word.split(' ').length > MAX_VARIANT_WORDS || word.length === 0) return;
    if (!variants.has(word)) variants.set(word, kind);
    if (word.replace(/[^\p{L}]/gu, '').length >= minKeyLetters) keys.push([word, priority]);
  };
  /** A demonym, and its plural when it names people ("armenians"; not the adjective "britannic"). */
  const addDemonym = (demonym: string, people: boolean) => {
    add(demonym, 'demonym', KEY_PRIORITY.demonym);
    const words = demonym.split(' ');
    const plural = people ? demonymPlural(words.at(-1)?.toLowerCase() ?? '') : undefined;
    if (plural !== undefined) add([...words.slice(0, -1), plural].join(' '), 'demonym', KEY_PRIORITY.demonym);
  };

  add(record.name.common, 'name', KEY_PRIORITY.common);
  // The two-letter ISO code ("AM", "IN") is a common word once lower-cased.
  const names = [record.name.official, ...record.altSpellings.filter((name) => name !== record.cca2)];
  for (const name of names) add(name, 'name', KEY_PRIORITY.name);
  const derived = names.flatMap((name) => nameAfterFormOfState(name) ?? []);
  for (const name of derived) add(name, 'name', KEY_PRIORITY.derived);
  for (const demonym of new Set([record.demonyms?.eng?.m ?? '', record.demonyms?.eng?.f ?? ''])) {
    if (demonym) addDemonym(demonym, true);
  }
  for (const capital of record.capital) {
    add(capital, 'capital', KEY_PRIORITY.capital);
    add(capitalShortName(capital), 'capital', KEY_PRIORITY.capital);
  }

  // WordNet knows other names ("Britain", "America"), its people ("Turk") and adjectives ("American").
  let synset: Synset | undefined;
  for (const name of [record.name.common, ...derived, ...names]) if (!synset) synset = countrySynset(name);
  if (synset !== undefined) {
    for (const word of synset.words) {
      // "The Gambia" is given bare too; "the States" is a common word once its article goes.
      if (/^the_/i.test(word)) continue;
      add(word.replaceAll('_', ' '), 'name', KEY_PRIORITY.name, MIN_WORDNET_KEY_LETTERS);
    }
    for (const pointer of synset.pointers) {
      const people = pointer.symbol === '%m' && pointer.pos === 'noun';
      const adjective = pointer.symbol === '+' && pointer.pos === 'adj';
      if (!people && !adjective) continue;
      const target = wordNetFiles().synset(pointer.offset, pointer.pos);
      if (people && target.lexicographerFile !== 'noun.person') continue;
      const words = pointer.target === 0 ? target.words : [target.words[pointer.target - 1] ?? ''];
      for (const word of words) if (word) addDemonym(plainLemma(word), people);
    }
  }
  const list = [...variants].map(([word, kind]) => ({ word, kind }));
  return { country: { variants: list, unMember: record.unMember }, keys };
}

const require = createRequire(import.meta.url);
let table: CountryTable | undefined;

function countryTable(): CountryTable {
  if (table !== undefined) return table;
  const records = require('world-countries/countries.json') as readonly CountryRecord[];
  const countries: Country[] = [];
  const byKey = new Map<string, { country: number; priority: number }>();
  for (const record of records) {
    const { country, keys } = buildCountry(record);
    const index = countries.push(country) - 1;
    for (const [key, priority] of keys) {
      const known = byKey.get(key);
      const better =
        known === undefined ||
        priority < known.priority ||
        (priority === known.priority && country.unMember && !countries[known.country]?.unMember);
      if (better) byKey.set(key, { country: index, priority });
    }
  }
  table = { countries, byKey };
  return table;
}

function countryOf(word: string): Country | undefined {
  const { countries, byKey } = countryTable();
  const found = byKey.get(lowerWords(String(word)));
  return found === undefined ? undefined : countries[found.country];
}

/**
 * Other names of the country a word names: its names and codes, demonyms (with plurals) and capital(s).
 * `[]` when the word names no country.
 * @example countryVariants('armenia') // armenian, armenians, yerevan, republic of armenia, hayastan, …
 */
export function countryVariants(word: string): readonly CountryVariant[] {
  const key = lowerWords(String(word));
  return countryOf(key)?.variants.filter((variant) => variant.word !== key) ?? [];
}

/** What a word is of the country it names: its name, a demonym or its capital; `undefined` if none. */
export function countryKind(word: string): CountryVariantKind | undefined {
  const key = lowerWords(String(word));
  return countryOf(key)?.variants.find((variant) => variant.word === key)?.kind;
}

/** Whether two words name the same country, by any of its names, demonyms or capitals ("turkish", "ankara"). */
export function sameCountry(a: string, b: string): boolean {
  const country = countryOf(a);
  return country !== undefined && country === countryOf(b);
}

/** Whether a word is the capital of the country it is a key of ("ankara", "washington"). */
export function isCapital(word: string): boolean {
  const key = lowerWords(String(word));
  return (
    countryOf(key)?.variants.some((variant) => variant.word === key && variant.kind === 'capital') ?? false
  );
}
