import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import winkLemmatizer from 'wink-lemmatizer';
import { words } from './text.ts';

/** An alternative wording of a term: one index term, or the terms of a phrase, all of which must match. */
export type Alternative = readonly string[];

/**
 * How words become index terms, and which terms stand in for one another.
 * Built once from two editable text files (stop words, synonym groups) and shared by index and queries.
 */
export interface Lexicon {
  /** The index term of a folded word (`denied` → `deni`, `sent` → `send`), or `null` for a stop word. */
  term(word: string): string | null;
  /** Other wordings of a term from the synonym groups, each as a list of index terms. */
  alternatives(term: string): readonly Alternative[];
}

export interface LexiconOptions {
  /** Synonym groups, one comma-separated group a line. Defaults to the file shipped with Newsdesk. */
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

/** Builds a lexicon from stop words and synonym groups given as data. */
export function createLexicon(stopwords: ReadonlySet<string>, groups: readonly (readonly string[])[]): Lexicon {
  const cache = new Map<string, string | null>();
  const term = (word: string): string | null => {
    let cached = cache.get(word);
    if (cached === undefined) {
      // Irregular verb forms first (sent → send, fought → fight), then suffixes (denied → deni).
      cached = stopwords.has(word) || word.length === 0 ? null : stemmer(winkLemmatizer.lemmatizeVerb(word));
      if (cache.size < 200_000) cache.set(word, cached);
    }
    return cached;
  };

  const alternativesByTerm = new Map<string, Alternative[]>();
  for (const group of groups) {
    const entries = group
      .map((entry) => words(entry).map(term).filter((t): t is string => t !== null))
      .filter((entry) => entry.length > 0);
    for (const entry of entries) {
      if (entry.length !== 1) continue;
      const key = entry[0] as string;
      const list = alternativesByTerm.get(key) ?? [];
      for (const other of entries) {
        const same = other.length === 1 && other[0] === key;
        if (!same && !list.some((known) => known.join(' ') === other.join(' '))) list.push(other);
      }
      alternativesByTerm.set(key, list);
    }
  }
  return { term, alternatives: (t) => alternativesByTerm.get(t) ?? [] };
}

/**
 * Loads the lexicon from its files.
 * @throws Error naming the file when one cannot be read.
 * @example const lexicon = loadLexicon({ synonymsFile: 'my-synonyms.txt' });
 */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`Newsdesk: cannot read lexicon file ${file}: ${(error as Error).message}`);
    }
  };
  const stopwords = parseStopwords(read(options.stopwordsFile ?? shippedFile('stopwords.txt')));
  const groups = parseSynonymGroups(read(options.synonymsFile ?? shippedFile('synonyms.txt')));
  return createLexicon(stopwords, groups);
}
