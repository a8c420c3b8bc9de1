import { describe, expect, it } from 'vitest';
import { foldWord, splitSentences, words } from '../../src/core/text.ts';

describe('words', () => {
  const cases = [
    ['Azerbaijan’s AZERBAIJAN', ['azerbaijan', 's', 'azerbaijan']],
    ['some 4,000 fighters', ['some', '4000', 'fighters']],
    ['Nagorno-Karabakh', ['nagorno', 'karabakh']],
    ['Café Zürich', ['cafe', 'zurich']],
    ['£19m a month', ['19m', 'a', 'month']],
    ['', []],
  ] as const;
  for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(words(text)).toEqual(expected));
  it('folds case and accents', () => expect(foldWord('ÉLYSÉE')).toBe('elysee'));
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
  ] as const;
  for (const [text, expected] of cases) it(text, () => expect(splitSentences(text)).toEqual(expected));
});
