/** A word of a text with its place, so that matches can be highlighted in the original. */
export interface WordSpan {
  /** Case- and accent-folded form, thousands separators removed (`4,000` → `4000`, `10k` → `10000`). */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are invisible: pasted
// text carries them inside words (`tur\u200Bkey`), and a reader sees one word, so they are folded out.
const INVISIBLE = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]+`, 'gu');
const HAS_INVISIBLE = new RegExp(`[${INVISIBLE}]`, 'u');
// Numbers keep their separators (4,000 / 1.5) so they stay one word; otherwise runs of letters and digits.
const WORD = /\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{M}\p{N}]*|[\p{L}\p{M}\p{N}]+/gu;
// The same words when invisible characters sit inside them: allowed between two characters of a word,
// never at its ends, so a span starts and ends on what is shown. Only text that has them pays for it.
const WORD_ACROSS_INVISIBLE = new RegExp(
  String.raw`\p{N}(?:[${INVISIBLE}]*\p{N})*(?:[${INVISIBLE}]*[.,][${INVISIBLE}]*\p{N}(?:[${INVISIBLE}]*\p{N})*)*(?:[${INVISIBLE}]*[\p{L}\p{M}\p{N}])*|[\p{L}\p{M}\p{N}](?:[${INVISIBLE}]*[\p{L}\p{M}\p{N}])*`,
  'gu',
);
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const DIGIT_COMMA = /(?<=\d),(?=\d)/g;
// Thousands written with a "k", as chat does ("sold for 10k"): the number the articles write ("10,000").
const THOUSANDS = /^(\d+(?:\.\d+)?)k$/;

/** Folds case, accents and typographic variants so that `Azerbaijan’s`, `AZERBAIJAN'S` compare equal. */
export function foldWord(word: string): string {
  // Most words are plain ASCII: they skip Unicode normalisation.
  const folded = ASCII.test(word)
    ? word.toLowerCase()
    : word.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE_CHARS, '').toLowerCase();
  const plain = folded.includes(',') ? folded.replace(DIGIT_COMMA, '') : folded;
  const thousands = plain.endsWith('k') ? THOUSANDS.exec(plain) : null;
  return thousands ? String(Math.round(Number(thousands[1]) * 1000)) : plain;
}

/**
 * The word with two neighbouring letters swapped, each way it can be: the commonest typo ("bougth",
 * "titel"), which an edit distance counts as two edits.
 */
export function adjacentSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    swaps.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return swaps;
}

/** Splits text into folded words with their offsets in the original string. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(HAS_INVISIBLE.test(text) ? WORD_ACROSS_INVISIBLE : WORD)) {
    const word = foldWord(match[0]);
    if (word) spans.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

// An acronym written in capitals is at most this long ("US", "WHO", "NATO"); longer runs are shouting.
const MAX_ACRONYM_LETTERS = 5;
const CAPITALS = /^\p{Lu}+$/u;
const LOWER_CASE = /\p{Ll}/u;
// A quick look at a second letter before the full test: most stop words are written in lower case.
const isCapital = (code: number) => (code >= 65 && code <= 90) || code > 127;

/** The dotted form of an acronym's letters: "us" → "u.s.", a word no stop word list holds. */
const dotted = (letters: string) => `${[...letters].join('.')}.`;
const DOTTED = /^(?:\p{L}\.)+$/u;
// The letters on either side of an ampersand in a name made of initials ("A&E", "AT&T", "P&O").
const INITIALS = /^\p{L}{1,3}$/u;

/** The letters of an acronym read as a name ("u.s." → "us"), or `undefined` for any other word. */
export function acronymLetters(word: string): string | undefined {
  return DOTTED.test(word) ? word.replaceAll('.', '') : undefined;
}

/**
 * The spans of a text with its acronyms read as names: letters with full stops ("U.S.", "U.K.") as one
 * word ("us", "uk"), initials joined by an ampersand ("A&E", "AT&T") as one word ("a&e"), and a stop
 * word written as an acronym ("US", "WHO" in text that is not all capitals, "U.S.", or "the us") as its
 * dotted form ("u.s."), so that it is not read as the pronoun "us". The dotted form is what every
 * wording of the acronym folds to, so "US", "U.S." and "the us" match.
 */
export function readAcronyms(
  text: string,
  spans: readonly WordSpan[],
  isStopWord: (word: string) => boolean,
): WordSpan[] {
  let read: WordSpan[] | undefined;
  let mixedCase: boolean | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as WordSpan;
    let replacement: WordSpan | undefined;
    let last = i;
    // "A&E", "P&O", "AT&T": short runs of letters joined by an ampersand are one name.
    while (
      text[(spans[last] as WordSpan).end] === '&' &&
      spans[last + 1]?.start === (spans[last] as WordSpan).end + 1 &&
      [spans[last] as WordSpan, spans[last + 1] as WordSpan].every((s) => INITIALS.test(s.word))
    )
      last++;
    if (last > i) {
      const end = (spans[last] as WordSpan).end;
      replacement = { word: foldWord(text.slice(span.start, end)), start: span.start, end };
    } else if (span.word.length === 1) {
      // "U.S.A.": single letters, each followed by a full stop, the next starting right after it.
      while (
        text[(spans[last] as WordSpan).end] === '.' &&
        spans[last + 1]?.word.length === 1 &&
        spans[last + 1]?.start === (spans[last] as WordSpan).end + 1
      )
        last++;
      if (last > i && text[(spans[last] as WordSpan).end] === '.') {
        const letters = spans
          .slice(i, last + 1)
          .map((s) => s.word)
          .join('');
        const end = (spans[last] as WordSpan).end + 1;
        replacement = { word: isStopWord(letters) ? dotted(letters) : letters, start: span.start, end };
      } else last = i;
    } else if (span.word.length <= MAX_ACRONYM_LETTERS && isStopWord(span.word)) {
      mixedCase ??= LOWER_CASE.test(text);
      const acronym =
        (mixedCase &&
          isCapital(text.charCodeAt(span.start + 1)) &&
          CAPITALS.test(text.slice(span.start, span.end))) ||
        // "the" never comes before the pronoun: "the us" is the country.
        (span.word === 'us' && (read ?? spans)[(read ? read.length : i) - 1]?.word === 'the');
      if (acronym) replacement = { ...span, word: dotted(span.word) };
    }
    // The spans are copied only once one of them is read anew: most texts have no acronym.
    if (replacement && !read) read = spans.slice(0, i);
    if (read) read.push(replacement ?? span);
    i = last;
  }
  return read ?? (spans as WordSpan[]);
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return wordSpans(text).map((span) => span.word);
}

/** Normalises typographic whitespace, drops invisible characters and trims: what a paragraph's text is stored as. */
export function cleanLine(line: string): string {
  return line
    .replace(INVISIBLE_CHARS, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
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

const LETTER_OR_DOT = /^[\p{L}.]$/u;

/**
 * The letters and dots just before the full stop at `dot`, back to `from` ("U.S" of "the U.S."), lower
 * case: read backwards, since a pattern anchored at the end would be tried from every character before.
 */
function wordBeforeStop(text: string, dot: number, from: number): string {
  let start = dot;
  while (start > from) {
    // A letter beyond the Basic Multilingual Plane is two code units.
    const width = start - 1 > from && /[\uDC00-\uDFFF]/.test(text[start - 1] as string) ? 2 : 1;
    if (!LETTER_OR_DOT.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, dot).toLowerCase();
}

/** Splits a paragraph into sentences, keeping every character (the pieces join back to the paragraph). */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const lastWord = paragraph[match.index] === '.' ? wordBeforeStop(paragraph, match.index, start) : '';
    if (lastWord && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// Characters that change how the text around them is shown or that cannot be seen: C0 and C1 controls,
// line and paragraph separators, bidirectional embeddings, overrides, isolates and marks (a U+202E in
// `invoice\u202Efdp.exe` shows it as `invoiceexe.pdf`), and the invisible zero-width ones. Zero-width joiners
// are left alone: emoji sequences and some scripts need them.
const UNPRINTABLE = /[\p{Cc}\u00AD\u061C\u200B\u200E\u200F\u2028-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name, title or outlet as it can be shown safely: control, bidirectional and invisible
 * characters become visible escapes (`\n`, `\u202E`), everything else is kept.
 *
 * @example printable('report\u202Etxt.exe') // 'report\\u202Etxt.exe'
 */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
