/** A word of a text with its place, so that matches can be highlighted in the original. */
export interface WordSpan {
  /** Case- and accent-folded form, thousands separators removed (`4,000` → `4000`). */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Numbers keep their separators (4,000 / 1.5) so they stay one word; otherwise runs of letters and digits.
const WORD = /\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{M}\p{N}]*|[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const DIGIT_COMMA = /(?<=\d),(?=\d)/g;

/** Folds case, accents and typographic variants so that `Azerbaijan’s`, `AZERBAIJAN'S` compare equal. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: they skip Unicode normalisation.
  const folded = ASCII.test(word)
    ? word.toLowerCase()
    : word.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return folded.includes(',') ? folded.replace(DIGIT_COMMA, '') : folded;
}

/** Splits text into folded words with their offsets in the original string. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word) spans.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return wordSpans(text).map((span) => span.word);
}

/** Normalises typographic whitespace and trims: what a paragraph's text is stored as. */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

// A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace and
// a capital letter, digit or opening quote. Abbreviations such as "Mr." or "U.S." are not ends.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

/** Splits a paragraph into sentences, keeping every character (the pieces join back to the paragraph). */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const before = paragraph.slice(start, match.index + 1);
    const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase();
    if (lastWord && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
