import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import SearchableMap from 'minisearch/SearchableMap';
import { stemmer } from 'stemmer';
import winkLemmatizer from 'wink-lemmatizer';
import { NewsdeskError } from './errors.ts';
import { adjacentSwaps, readAcronyms, type WordSpan, wordSpans, words } from './text.ts';
import { baseForms, irregularForms, isPlainVerb, isProperName, relatedWords } from './wordnet.ts';

/** A folded word of a text and its index term. */
export interface WordTerm {
  readonly word: string;
  readonly term: string;
}

// The adverb particles of English phrasal verbs ("passed away", "knocked out"). A preposition ("go to",
// "ask for") takes the noun after it, and the verb keeps its own sense.
export const ADVERB_PARTICLES: ReadonlySet<string> = new Set([
  'away',
  'back',
  'down',
  'off',
  'out',
  'over',
  'up',
]);

// Word and particle pairs already looked up in WordNet (see phrasalVerbOf), kept for every lexicon.
const phrasalCache = new Map<string, string | null>();
const PHRASAL_CACHE_LIMIT = 100_000;

/**
 * The verb a word and the particle after it make, when WordNet lists it ("turned down": turn down, to
 * reject; "laid off": lay off; "passed away": pass away); else null.
 */
export function phrasalVerbOf(word: string, particle: string): string | null {
  const key = `${word} ${particle}`;
  let found = phrasalCache.get(key);
  if (found === undefined) {
    found = baseForms(key).find((base) => base.pos === 'verb' && base.lemma.includes(' '))?.lemma ?? null;
    if (phrasalCache.size < PHRASAL_CACHE_LIMIT) phrasalCache.set(key, found);
  }
  return found;
}

/** An alternative wording of a term: one index term, or the terms of a phrase, all of which must match. */
export type Alternative = readonly string[];

/**
 * How a related word stands to the word asked: another form or derivation of it, a country's other
 * names, a synonym from the editable list (`listed`) or from WordNet, an adjective of its cluster
 * (`similar`), a kind of it, or its class.
 */
export type Relation =
  | 'form'
  | 'derivation'
  | 'country'
  | 'listed'
  | 'synonym'
  | 'similar'
  | 'hyponym'
  | 'antonym'
  | 'hypernym';

/** A related word as index terms, with its relation. */
export interface RelatedTerms {
  readonly terms: Alternative;
  readonly relation: Relation;
}

/** General word knowledge: the related words of a folded word or phrase. */
export type WordKnowledge = (
  word: string,
) => readonly { readonly word: string; readonly relation: Relation; readonly pos?: string }[];

/**
 * How words become index terms, and which terms stand in for one another.
 * Built once from two editable text files (stop words, synonym groups) and shared by index and queries.
 */
export interface Lexicon {
  /** The index term of a folded word (`denied` → `deni`, `sent` → `send`), or `null` for a stop word. */
  term(word: string): string | null;
  /**
   * The words of a text with their index terms, in order, stop words left out: the one way text
   * becomes index terms (paragraphs, headlines, questions and quotes all go through it).
   */
  wordTerms(text: string): WordTerm[];
  /** The folded words of a text with its acronyms read as names ("US", "U.S.": see `readAcronyms`). */
  spans(text: string): WordSpan[];
  /** The index terms of a text, in order (see {@link Lexicon.wordTerms}). */
  termsOf(text: string): string[];
  /** Other wordings of a term from the synonym groups, each as a list of index terms. */
  alternatives(term: string): readonly Alternative[];
  /**
   * Related words of a folded word or phrase, as index terms: the synonym groups' entries (`listed`)
   * and the general word knowledge, each once per relation, never the word itself.
   */
  related(word: string): readonly RelatedTerms[];
  /** Synonym-group phrases of several words, as their index terms, for spotting them in questions. */
  readonly phrases: readonly Alternative[];
  /** Whether a folded word is an English word (in any inflection): such words are never "corrected". */
  isDictionaryWord(word: string): boolean;
  /** Whether a folded word is a name: not an English word, or one the dictionary knows only as a name ("australia"). */
  isName(word: string): boolean;
  /** The one stop word a word no dictionary knows is with two letters swapped ("wsa" → was), if any. */
  stopWordSlip(word: string): string | undefined;
}

export interface LexiconOptions {
  /** More synonym groups, one comma-separated group a line, added to the file shipped with Newsdesk. */
  synonymsFile?: string;
  /** Stop words, whitespace-separated. Defaults to the file shipped with Newsdesk. */
  stopwordsFile?: string;
}

const shippedFile = (name: string) => fileURLToPath(new URL(`../lexicon/${name}`, import.meta.url));

const contentLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

/** Parses a stop word list: whitespace-separated words, `#` comment lines. */
export function parseStopwords(text: string): Set<string> {
  return new Set(contentLines(text).flatMap((line) => words(line)));
}

/** Parses synonym groups: one group a line, entries separated by commas, an entry may be a phrase. */
export function parseSynonymGroups(text: string): string[][] {
  return contentLines(text)
    .map((line) =>
      line
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .filter((group) => group.length > 1);
}

const require = createRequire(import.meta.url);
let englishWords: { inflected: Record<string, unknown>; base: Record<string, unknown> } | null = null;
let englishWordMap: SearchableMap<true> | null = null;

/** WordNet's words and wink's lexicon of inflected forms, loaded on first use (about 2 MB). */
function loadEnglishWords() {
  englishWords ??= {
    inflected: require('wink-lexicon/src/lexicon.js') as Record<string, unknown>,
    base: require('wink-lexicon/src/wn-words.js') as Record<string, unknown>,
  };
  return englishWords;
}

/** Whether a folded word is an English word, in any inflection. */
export function isEnglishWord(word: string): boolean {
  const { inflected, base } = loadEnglishWords();
  return (
    Object.hasOwn(inflected, word) ||
    Object.hasOwn(base, word) ||
    Object.hasOwn(base, winkLemmatizer.lemmatizeVerb(word)) ||
    Object.hasOwn(base, winkLemmatizer.lemmatizeNoun(word)) ||
    Object.hasOwn(base, winkLemmatizer.lemmatizeAdjective(word)) ||
    // WordNet's own inflection rules and exceptions: "gunmen", "spokesmen" (wink's lemmatiser has no "-men").
    (/^[a-z]+$/.test(word) &&
      baseForms(word).some((form) => form.lemma !== word && Object.hasOwn(base, form.lemma)))
  );
}

// English words are looked up for spelling only when a question word is neither English nor in the
// corpus, and a word this short has too many neighbours one edit away to guess from.
const MIN_SPELLING_LENGTH = 5;
// Shorter words are read as a stop word with a letter left out from four letters on ("aftr": after); a
// three-letter slip is as likely of a word the articles use ("tol": toll, not told).
const MIN_SHORT_SLIP_LENGTH = 4;
// From this length on a word may be two edits from what was meant.
const TWO_EDIT_LENGTH = 8;
// Without word frequencies to choose by, every close spelling is tried; the corpus decides which it uses.
const MAX_SPELLINGS = 5;

/**
 * A verb form's lemma: wink-lemmatizer's, but where it strips a silent "e" with the ending ("fined" →
 * fin, "hoped" → hop, "piped" → pip), the lemma with its "e". English doubles the last consonant of a
 * short word before "-ed" or "-ing" ("hopped", "finned"); one left single after a single vowel was
 * followed by a silent "e" ("hoped": hope). Otherwise "fined" and "fine" would be two terms, and
 * "hoped" one with "hop".
 */
function verbLemma(word: string): string {
  const lemma = winkLemmatizer.lemmatizeVerb(word);
  const silentE = `${lemma}e`;
  const undoubled = word === `${lemma}ed` || word === `${lemma}ing`;
  return undoubled && SHORT_CVC.test(lemma) && baseForms(silentE).some((base) => base.pos === 'verb')
    ? silentE
    : lemma;
}

// A word of one syllable that ends in one consonant after one vowel ("fin", "hop", "tap"; not "walk",
// "visit", "show").
const SHORT_CVC = /^[^aeiouy]*[aeiouy][^aeiouywx]$/;

/**
 * English words one edit from a word that is not one (two for long words), keeping its first letter as
 * typos mostly do: "atorney" → "attorney", "compensasion" → "compensation". At most five, closest first.
 */
export function englishSpellings(word: string): string[] {
  if (word.length < MIN_SPELLING_LENGTH || word.length > 30 || !/^[a-z]+$/.test(word)) return [];
  if (!englishWordMap) {
    const { inflected, base } = loadEnglishWords();
    englishWordMap = new SearchableMap<true>();
    for (const known of [...Object.keys(inflected), ...Object.keys(base)]) {
      if (/^[a-z]+$/.test(known)) englishWordMap.set(known, true);
    }
  }
  const english = englishWordMap;
  // Two letters swapped is one slip, though an edit distance counts it as two. A swap, or a letter
  // typed twice, may make an inflection no word list holds ("conifscated": confiscated, "gallopped":
  // galloped), so those are asked of the lemmatiser too.
  const swapped = [...adjacentSwaps(word), ...doubledLettersUndone(word)].filter(
    (swap) => swap[0] === word[0] && isEnglishWord(swap),
  );
  for (let limit = 1; limit <= (word.length >= TWO_EDIT_LENGTH ? 2 : 1); limit++) {
    const found = [...english.fuzzyGet(word, limit)]
      .filter(([candidate, [, distance]]) => distance > 0 && candidate[0] === word[0])
      .sort((a, b) => a[1][1] - b[1][1] || a[0].localeCompare(b[0]))
      .map(([candidate]) => candidate);
    const all = limit === 1 ? [...new Set([...swapped, ...found])] : found;
    if (all.length > 0) return all.slice(0, MAX_SPELLINGS);
  }
  return [];
}

/** The word with one of its doubled letters single ("gallopped" → galloped). */
function doubledLettersUndone(word: string): string[] {
  const undone: string[] = [];
  for (let i = 1; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) undone.push(word.slice(0, i) + word.slice(i + 1));
  }
  return undone;
}

/**
 * How `typed` is `meant` with one slip after the first letter: 0 for two letters swapped or one left
 * out (the commonest slips), 1 for one added or changed; `undefined` when it is not one slip away.
 */
function slipRank(typed: string, meant: string): number | undefined {
  if (typed === meant || typed[0] !== meant[0]) return undefined;
  if (adjacentSwaps(meant).includes(typed)) return 0;
  const [short, long] = typed.length <= meant.length ? [typed, meant] : [meant, typed];
  if (long.length - short.length > 1) return undefined;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const same = short.length === long.length;
  if (short.slice(same ? i + 1 : i) !== long.slice(i + 1)) return undefined;
  return typed.length < meant.length ? 0 : 1;
}

/**
 * The one word of a small set ("what", "many", "name": the words that say what a question asks) that
 * a word no dictionary knows is a slip of, the likeliest slip first ("wher" → where, not when), if
 * exactly one is likeliest: "naem" → name, "mnay" → many. A closed set lets even a short word be
 * read, which {@link englishSpellings} leaves alone.
 */
export function slipOf(word: string, meantWords: Iterable<string>): string | undefined {
  if (isEnglishWord(word)) return undefined;
  let best: string[] = [];
  let bestRank = Number.POSITIVE_INFINITY;
  for (const meant of meantWords) {
    const rank = slipRank(word, meant);
    if (rank === undefined || rank > bestRank) continue;
    if (rank < bestRank) best = [];
    best.push(meant);
    bestRank = rank;
  }
  return best.length === 1 ? best[0] : undefined;
}

const LETTERS = /^\p{L}+$/u;

/** Builds a lexicon from stop words and synonym groups given as data. */
export function createLexicon(
  stopwords: ReadonlySet<string>,
  groups: readonly (readonly string[])[],
  isDictionaryWord: (word: string) => boolean = isEnglishWord,
  knowledge: WordKnowledge = () => [],
  isProperName: (word: string) => boolean = () => false,
): Lexicon {
  const cache = new Map<string, string | null>();
  // Irregular verb forms first (sent → send, fought → fight), then suffixes (denied → deni).
  const stem = (word: string) => stemmer(verbLemma(word));
  // Forms of stop words that are not on the list themselves ("whos", "doing") are stop words too.
  const stopTerms = new Set([...stopwords].map(stem));
  // "evening", "herring" and "using" only stem like stop words ("even", "her", "us"): a word WordNet
  // lists under a lemma that is no stop word is that lemma (unstemmed, so that no stem meets it).
  const ownLemma = (word: string, stemmed: string | null): string | null => {
    if (stemmed === null) return null;
    // An inflection reads as its lemma ("using": use) before as a noun of its own.
    const all = baseForms(word).map((base) => base.lemma);
    const lemmas = all.filter((lemma) => !stopwords.has(lemma));
    const lemma = lemmas.find((other) => other !== word) ?? lemmas[0];
    if (lemma !== undefined) return LETTERS.test(lemma) ? lemma : null;
    // An inflection of a listed word that the list does not name is that word in another use: the
    // list's "own" and "mine" are a determiner and a pronoun, "owns" and "mines" a verb and a noun.
    // (Forms meant as stop words are listed: "says", "makes", "tells".)
    return all.some((other) => other !== word) ? stemmed : null;
  };
  const term = (word: string): string | null => {
    let cached = cache.get(word);
    if (cached === undefined) {
      const stemmed = word.length === 0 || stopwords.has(word) ? null : stem(word);
      cached = stemmed === null || stopTerms.has(stemmed) ? ownLemma(word, stemmed) : stemmed;
      if (cache.size < 200_000) cache.set(word, cached);
    }
    return cached;
  };

  const spansOf = (text: string) => readAcronyms(text, wordSpans(text), (word) => term(word) === null);
  const wordTerms = (text: string): WordTerm[] => {
    const found: WordTerm[] = [];
    const spans = spansOf(text);
    for (const [i, span] of spans.entries()) {
      const t = term(span.word);
      if (t !== null) found.push({ word: span.word, term: t });
      // A hyphenated compound is also read as one word, as it is often written: e-mail and email,
      // co-operate and cooperate.
      const next = spans[i + 1];
      if (
        next &&
        next.start === span.end + 1 &&
        text[span.end] === '-' &&
        LETTERS.test(span.word + next.word)
      ) {
        const joined = span.word + next.word;
        const joinedTerm = term(joined);
        if (joinedTerm !== null) found.push({ word: joined, term: joinedTerm });
      }
      // A verb and its particle are also read as the one verb they make, written as one word the way
      // news writes its noun ("turndown", "layoff", "takeover"), so that "turned down" is found for
      // "rejected" (a wording of "reject" is "turn down"), and "took over" for "takeover".
      const phrasal =
        t !== null && next && ADVERB_PARTICLES.has(next.word)
          ? (phrasalVerbOf(span.word, next.word)?.replace(' ', '') ?? null)
          : null;
      const phrasalTerm = phrasal === null ? null : term(phrasal);
      if (phrasal !== null && phrasalTerm !== null) found.push({ word: phrasal, term: phrasalTerm });
    }
    return found;
  };
  const termsOf = (text: string) => wordTerms(text).map((w) => w.term);
  // Every entry is keyed by its terms joined with spaces, so phrases look up like words.
  const alternativesByTerm = new Map<string, Alternative[]>();
  const phrases: Alternative[] = [];
  for (const group of groups) {
    const entries = group
      // Read by the one tokeniser, so "lay off" is the phrasal verb ("lay layoff"), not any "lay".
      .map((entry) => termsOf(entry))
      .filter((entry) => entry.length > 0);
    for (const entry of entries) {
      const key = entry.join(' ');
      if (entry.length > 1 && !phrases.some((p) => p.join(' ') === key)) phrases.push(entry);
      const list = alternativesByTerm.get(key) ?? [];
      for (const other of entries) {
        const same = other.join(' ') === key;
        if (!same && !list.some((known) => known.join(' ') === other.join(' '))) list.push(other);
      }
      alternativesByTerm.set(key, list);
    }
  }
  const relatedCache = new Map<string, readonly RelatedTerms[]>();
  const related = (word: string): readonly RelatedTerms[] => {
    const cached = relatedCache.get(word);
    if (cached) return cached;
    const own = termsOf(word).join(' ');
    const found = new Map<string, RelatedTerms>();
    const offer = (terms: Alternative, relation: Relation) => {
      // The same words may come by several relations: the reader keeps the one that counts most.
      const key = `${terms.join(' ')}/${relation}`;
      if (terms.length > 0 && terms.join(' ') !== own && !found.has(key)) found.set(key, { terms, relation });
    };
    for (const alternative of alternativesByTerm.get(own) ?? []) offer(alternative, 'listed');
    for (const other of knowledge(word)) {
      // A phrase whose one word besides stop words is a plain verb ("take over" for "takeover", "get
      // together") says nothing that verb alone would: "take" is in every other sentence.
      const [only, ...more] = other.word.includes(' ') ? wordTerms(other.word) : [];
      if (only && more.length === 0 && isPlainVerb(only.word)) continue;
      // A verb WordNet lists is a lemma already: "found" (set up) is not read as the past of "find".
      const lemmaTerm = other.pos === 'verb' && !other.word.includes(' ') && term(other.word) !== null;
      offer(lemmaTerm ? [stemmer(other.word)] : termsOf(other.word), other.relation);
      // A noun is also written in its irregular plural, which stems apart ("thief": "thieves", thiev).
      if (other.pos !== 'verb' && !other.word.includes(' '))
        for (const plural of irregularForms(other.word, 'noun')) offer(termsOf(plural), other.relation);
    }
    const list = [...found.values()];
    if (relatedCache.size < 50_000) relatedCache.set(word, list);
    return list;
  };
  return {
    term,
    spans: spansOf,
    wordTerms,
    termsOf,
    related,
    alternatives: (t) => alternativesByTerm.get(t) ?? [],
    phrases,
    isDictionaryWord,
    isName: (word) => !/\d/.test(word) && (!isDictionaryWord(word) || isProperName(word)),
    stopWordSlip: (word) => {
      // Two letters swapped; a letter more or less only where every English word it may be is a stop
      // word ("happend": happen, happened, happens), since it is likelier a slip of a longer word
      // ("sience": science, silence, since).
      if (isDictionaryWord(word)) return undefined;
      const meant = adjacentSwaps(word).filter((swap) => swap[0] === word[0] && stopwords.has(swap));
      if (meant.length === 1) return meant[0];
      // A word too short to spell out ("aftr", "whre", "wich") is read only as the one stop word it is
      // with a letter left out, the commonest slip.
      if (word.length < MIN_SPELLING_LENGTH) {
        if (word.length < MIN_SHORT_SLIP_LENGTH) return undefined;
        const short = [...stopwords].filter(
          (stop) => stop.length === word.length + 1 && slipRank(word, stop) === 0,
        );
        return short.length === 1 ? short[0] : undefined;
      }
      const spellings = englishSpellings(word);
      return spellings.length > 0 && spellings.every((spelling) => stopwords.has(spelling))
        ? spellings[0]
        : undefined;
    },
  };
}

/**
 * Loads the lexicon from its files.
 * @throws NewsdeskError `lexicon-unreadable` naming the file when one cannot be read.
 * @example const lexicon = loadLexicon({ synonymsFile: 'my-synonyms.txt' });
 */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new NewsdeskError(
        'lexicon-unreadable',
        `cannot read the word list ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        { cause: error },
      );
    }
  };
  const stopwords = parseStopwords(read(options.stopwordsFile ?? shippedFile('stopwords.txt')));
  // A corpus owner's synonym groups add to the shipped general news vocabulary.
  const groups = [
    ...parseSynonymGroups(read(shippedFile('synonyms.txt'))),
    ...(options.synonymsFile ? parseSynonymGroups(read(options.synonymsFile)) : []),
  ];
  return createLexicon(stopwords, groups, isEnglishWord, relatedWords, isProperName);
}
