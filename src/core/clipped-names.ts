import type { NewsIndex } from './search-index.ts';

// Names of two words typed cut short, as people write them and British news does in its headlines:
// "lib dems" for the Liberal Democrats. Each word the question types is the start of a word of a name
// the articles write, and the articles write those two words together, capitalised.

// A cut word keeps at least this many letters ("lib", "dem"): two would match too many words.
const MIN_CUT_LETTERS = 3;
// The corpus words each cut word may stand for, most used first: enough for "dem" among "demand",
// "democracy", "democrats", few enough to check every pair quickly.
const MAX_READINGS_PER_WORD = 12;
// The paragraphs that use both words of a pair, read for the two written together.
const PARAGRAPHS_READ = 5;
// Pairs looked up in the index, the most used words first: a bound on the work for words that cut
// nothing short ("asdf qwer").
const MAX_PAIRS_TRIED = 24;

/**
 * The name two typed words stand for, as the articles write it ("Liberal Democrats" for "lib dems"),
 * when neither word is one the articles use: each is the start of one word of the name, and some
 * paragraph writes the two words together, each capitalised. A plural "s" typed at the end may be
 * the name's or not ("lib dem", "Liberal Democrats").
 * @example clippedName(index, 'lib', 'dems') // 'Liberal Democrats'
 */
export function clippedName(index: NewsIndex, first: string, second: string): string | undefined {
  const readings = (cut: string) =>
    cut.length < MIN_CUT_LETTERS
      ? []
      : index.wordsWithPrefix(cut, MAX_READINGS_PER_WORD).filter((word) => word.length > cut.length);
  const firsts = readings(first);
  const seconds = readings(second.replace(/s$/, ''));
  const pairs = firsts
    .flatMap((a, i) => seconds.map((b, j) => ({ a, b, rank: i + j })))
    .sort((x, y) => x.rank - y.rank)
    .slice(0, MAX_PAIRS_TRIED);
  for (const { a, b } of pairs) {
    const terms = [a, b].map((word) => index.lexicon.term(word));
    if (terms.some((term) => term === null)) continue;
    const together = new RegExp(`\\b(${capitalised(a)}\\s+${capitalised(b)})\\b`, 'u');
    for (const key of index.paragraphsWithAll(terms as string[], PARAGRAPHS_READ)) {
      const paragraph = index.paragraph(key);
      const found = paragraph && together.exec(paragraph.text);
      if (found) return found[1];
    }
  }
  return undefined;
}

/** A folded word as a pattern for it written with a capital: "liberal" → "Liberal". */
const capitalised = (word: string) =>
  `${word.charAt(0).toUpperCase()}${word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
