import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjacentSwaps,
  cleanLine,
  foldWord,
  printable,
  readAcronyms,
  splitSentences,
  wordSpans,
  words,
} from '../../src/core/text.ts';

describe('words', () => {
  const cases = [
    ['Azerbaijan’s AZERBAIJAN', ['azerbaijan', 's', 'azerbaijan']],
    ['some 4,000 fighters', ['some', '4000', 'fighters']],
    ['Nagorno-Karabakh', ['nagorno', 'karabakh']],
    ['Café Zürich', ['cafe', 'zurich']],
    ['£19m a month', ['19m', 'a', 'month']],
    // thousands written with a "k" are the number the articles write
    ['sold for 10k or 2.5k', ['sold', 'for', '10000', 'or', '2500']],
    ['k 10km', ['k', '10km']],
    ['', []],
  ] as const;
  for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(words(text)).toEqual(expected));
  it('folds case and accents', () => expect(foldWord('ÉLYSÉE')).toBe('elysee'));
});

describe('invisible characters inside words', () => {
  const cases = [
    { text: 'tur\u200Bkey', words: ['turkey'], spans: [[0, 7]] },
    { text: 'tur\u00ADkey', words: ['turkey'], spans: [[0, 7]] },
    {
      text: 'Nagorno\u200C\u200D-Kara\u2060bakh',
      words: ['nagorno', 'karabakh'],
      spans: [
        [0, 7],
        [10, 19],
      ],
    },
    {
      text: 'some 4,\uFEFF000 fighters',
      words: ['some', '4000', 'fighters'],
      spans: [
        [0, 4],
        [5, 11],
        [12, 20],
      ],
    },
    // At the edges of a word they are not part of it: the span covers only what is shown.
    {
      text: '\u200Bturkey\u00AD said',
      words: ['turkey', 'said'],
      spans: [
        [1, 7],
        [9, 13],
      ],
    },
    {
      text: 'a \u200B b',
      words: ['a', 'b'],
      spans: [
        [0, 1],
        [4, 5],
      ],
    },
    { text: 'Zü\u00ADrich', words: ['zurich'], spans: [[0, 7]] },
  ] as const;
  for (const { text, words: expected, spans } of cases) {
    it(JSON.stringify(text), () => {
      expect(words(text)).toEqual(expected);
      expect(wordSpans(text).map((span) => [span.start, span.end])).toEqual(spans);
    });
  }
});

describe('cleanLine', () => {
  const cases = [
    ['  tur\u200Bkey\u00ADs  said ', 'turkeys said'],
    ['a\u00a0b\u2009c\u3000d', 'a b c d'],
    ['\uFEFFword\u2060joiner', 'wordjoiner'],
    ['tabs\t\tand  spaces', 'tabs and spaces'],
  ] as const;
  for (const [line, expected] of cases)
    it(JSON.stringify(line), () => expect(cleanLine(line)).toBe(expected));
});

describe('printable', () => {
  const cases = [
    ['plain name.txt', 'plain name.txt'],
    ['two\nlines.txt', 'two\\nlines.txt'],
    ['tab\there\r', 'tab\\there\\r'],
    ['invoice\u202Efdp.exe', 'invoice\\u202Efdp.exe'],
    ['\u2066isolate\u2069 and \u200Fmark', '\\u2066isolate\\u2069 and \\u200Fmark'],
    ['nul\u0000 bell\u0007 c1\u0085', 'nul\\u0000 bell\\u0007 c1\\u0085'],
    ['zero\u200Bwidth', 'zero\\u200Bwidth'],
    ['Café · “Zürich” — 東京 👨\u200D👩\u200D👧', 'Café · “Zürich” — 東京 👨\u200D👩\u200D👧'],
  ] as const;
  for (const [text, expected] of cases)
    it(JSON.stringify(text), () => expect(printable(text)).toBe(expected));
});

describe('splitSentences', () => {
  const cases = [
    ['One sentence. Another one! A third? Yes.', ['One sentence.', 'Another one!', 'A third?', 'Yes.']],
    [
      'Mr. Smith met Dr. Jones in the U.S. Army base. They talked.',
      ['Mr. Smith met Dr. Jones in the U.S. Army base.', 'They talked.'],
    ],
    ['“Quoted end.” Then more.', ['“Quoted end.”', 'Then more.']],
    ['No end', ['No end']],
    // an initial is no sentence end, nor is an abbreviation right after a sentence
    ['It was made by J. Carpenter. It won.', ['It was made by J. Carpenter.', 'It won.']],
    ['It ended. Jan. 5 was next.', ['It ended.', 'Jan. 5 was next.']],
    // a letter beyond the Basic Multilingual Plane is one letter too
    ['The 𝐀. Then it ended.', ['The 𝐀. Then it ended.']],
  ] as const;
  for (const [text, expected] of cases) it(text, () => expect(splitSentences(text)).toEqual(expected));
  it('splits a long paragraph into all its sentences', () => {
    const paragraph = 'Word after word without a stop. '.repeat(4000);
    expect(splitSentences(paragraph)).toHaveLength(4000);
  });
});

describe('adjacentSwaps', () => {
  it.each([
    { word: 'titel', swaps: ['ittel', 'ttiel', 'tietl', 'title'] },
    // swapping two equal letters changes nothing
    { word: 'book', swaps: ['obok', 'boko'] },
    { word: 'a', swaps: [] },
  ])('$word', ({ word, swaps }) => {
    expect(adjacentSwaps(word)).toEqual(swaps);
  });
});

describe('readAcronyms', () => {
  const stopWords = new Set(['us', 'who', 'the', 'it', 'in', 'and', 'tell', 'more']);
  const read = (text: string) => readAcronyms(text, wordSpans(text), (word) => stopWords.has(word));
  const cases = [
    // a stop word in capitals, in text that is not all capitals, is an acronym
    { text: 'Sales in the US rose', words: ['sales', 'in', 'the', 'u.s.', 'rose'] },
    { text: 'The WHO said it', words: ['the', 'w.h.o.', 'said', 'it'] },
    // letters with full stops are one word, dotted only when the letters make a stop word
    { text: 'in the U.S. market', words: ['in', 'the', 'u.s.', 'market'] },
    { text: 'U.K. and UK', words: ['uk', 'and', 'uk'] },
    { text: 'U.S.A.', words: ['usa'] },
    // "the" never comes before the pronoun
    { text: 'what did the us say', words: ['what', 'did', 'the', 'u.s.', 'say'] },
    { text: 'tell us more', words: ['tell', 'us', 'more'] },
    // a headline in capitals is shouting, not acronyms
    { text: 'US IN TALKS', words: ['us', 'in', 'talks'] },
    // a single capital letter is no acronym
    { text: 'It is', words: ['it', 'is'] },
    // initials joined by an ampersand are one name, however they are typed; longer words are not
    { text: 'A&E waits', words: ['a&e', 'waits'] },
    { text: 'was a&e shut', words: ['was', 'a&e', 'shut'] },
    { text: 'AT&T and P&O', words: ['at&t', 'and', 'p&o'] },
    { text: 'Marks & Spencer', words: ['marks', 'spencer'] },
    { text: 'rock&roll', words: ['rock', 'roll'] },
  ] as const;
  for (const { text, words: expected } of cases) {
    it(`"${text}"`, () => expect(read(text).map((span) => span.word)).toEqual(expected));
  }
  it('gives ordered spans inside the text, each starting where a word does, for any text', () => {
    const pieces = fc.constantFrom(
      'U',
      'S',
      '.',
      ' ',
      'us',
      'US',
      'the',
      'A.',
      'b',
      'Who',
      'WHO',
      ',',
      'é',
      '&',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const spans = read(text);
        const starts = new Set(wordSpans(text).map((span) => span.start));
        let end = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(end);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(starts.has(span.start)).toBe(true);
          end = span.end;
        }
      }),
    );
  });

  it('spans cover the acronym as written, full stops included', () => {
    const text = 'in the U.S. market';
    const span = read(text).find((s) => s.word === 'u.s.');
    expect(span && text.slice(span.start, span.end)).toBe('U.S.');
  });
});
