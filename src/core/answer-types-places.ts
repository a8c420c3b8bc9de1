import { createRequire } from 'node:module';
import { COUNTRY_ABBREVIATIONS } from './answer-types-words.ts';
import { foldWord } from './text.ts';

interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly capital?: readonly string[];
  readonly altSpellings?: readonly string[];
  readonly region?: string;
  readonly subregion?: string;
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

/** Place names known without context, and the nationality adjectives that are not names at all. */
export interface Gazetteer {
  /** Folded names of countries, capitals, continents and world regions ("syria", "united kingdom", "baku"). */
  readonly places: ReadonlySet<string>;
  /** Folded nationality adjectives ("syrian", "turkish"): a proper adjective, not a place or a person. */
  readonly demonyms: ReadonlySet<string>;
}

// Two-letter and three-letter codes collide with acronyms and words ("IT", "CAN"), so only longer
// alternative spellings are kept from the country list.
const MIN_ALT_SPELLING = 4;

const STATE_FORM =
  /^(?:[\p{L}-]+ )*(?:Republic|Kingdom|State|States|Commonwealth|Federation|Principality|Sultanate|Emirate|Union|Territory) of (?:the )?(.+)$/u;

const foldPhrase = (phrase: string) =>
  phrase
    .split(/\s+/)
    .map((word) => foldWord(word))
    .join(' ');

let gazetteer: Gazetteer | undefined;

/** The gazetteer, built from the world-countries package on first use (about 1.4 MB of JSON, ~20 ms). */
export function placeGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as readonly CountryRecord[];
  const places = new Set<string>(COUNTRY_ABBREVIATIONS);
  const demonyms = new Set<string>();
  for (const country of countries) {
    places.add(foldPhrase(country.name.common));
    places.add(foldPhrase(country.name.official));
    for (const capital of country.capital ?? []) places.add(foldPhrase(capital));
    for (const spelling of country.altSpellings ?? []) {
      if (spelling.length >= MIN_ALT_SPELLING) places.add(foldPhrase(spelling));
      // "Republic of Turkey" also gives the short name that news copy uses.
      const shortName = STATE_FORM.exec(spelling)?.[1];
      if (shortName) places.add(foldPhrase(shortName));
    }
    if (country.region) places.add(foldPhrase(country.region));
    if (country.subregion) places.add(foldPhrase(country.subregion));
    const demonym = country.demonyms?.eng;
    if (demonym) {
      demonyms.add(foldPhrase(demonym.m));
      demonyms.add(foldPhrase(demonym.f));
    }
  }
  places.delete('');
  gazetteer = { places, demonyms };
  return gazetteer;
}
