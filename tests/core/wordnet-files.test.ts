import { describe, expect, it } from 'vitest';
import { parseDataLine, parseIndexLine, SortedLines, wordNetFiles } from '../../src/core/wordnet-files.ts';

// A licence header (lines starting with spaces, unsorted), then lines sorted by their first field.
const indexFixture = Buffer.from(
  [
    '  2 header line two  ',
    '  1 header line one  ',
    'a n 1 0 1 0 00000001  ',
    'lead n 2 1 @ 2 1 00000002 00000003  ',
    'lead_in n 1 0 1 0 00000004  ',
    'leader n 1 0 1 0 00000005  ',
    'send%2:38:01:: 01955339 1 79',
    'send%2:35:00:: 01439891 2 20',
    'sendee%1:18:00:: 10598108 1 0',
    'zebra n 1 0 1 0 00000006  ',
    '',
  ].join('\n'),
);

describe('SortedLines', () => {
  const lines = new SortedLines(indexFixture);
  const cases = [
    ['a', 'a n 1 0 1 0 00000001  '],
    ['lead', 'lead n 2 1 @ 2 1 00000002 00000003  '],
    ['lead_in', 'lead_in n 1 0 1 0 00000004  '],
    ['leader', 'leader n 1 0 1 0 00000005  '],
    ['zebra', 'zebra n 1 0 1 0 00000006  '],
    ['le', undefined],
    ['leaders', undefined],
    ['0', undefined],
    ['zz', undefined],
    ['', undefined],
  ] as const;
  for (const [key, expected] of cases)
    it(`finds ${JSON.stringify(key)}`, () => expect(lines.find(key)).toBe(expected));

  it('lists the lines that start with a prefix', () => {
    expect(lines.linesStartingWith('send%')).toEqual([
      'send%2:38:01:: 01955339 1 79',
      'send%2:35:00:: 01439891 2 20',
    ]);
    expect(lines.linesStartingWith('sent%')).toEqual([]);
  });
});

describe('parseIndexLine', () => {
  it('reads the senses in order and how many were tagged', () => {
    expect(parseIndexLine('lead v 3 2 @ ~ 3 2 02003830 02641740 02642040  ', 'verb')).toEqual({
      lemma: 'lead',
      pos: 'verb',
      offsets: [2003830, 2641740, 2642040],
      taggedSenses: 2,
    });
  });
});

describe('parseDataLine', () => {
  it('reads words, lexicographer file, lexical pointers, verb frames and gloss', () => {
    const synset = parseDataLine(
      '01439891 35 v 02 send 0 send_out 0 002 @ 01438013 v 0000 + 10598214 n 0101 02 + 08 00 + 02 02 | to cause to go; "sent"  ',
    );
    expect(synset).toEqual({
      offset: 1439891,
      pos: 'verb',
      lexicographerFile: 'verb.contact',
      words: ['send', 'send_out'],
      pointers: [
        { symbol: '@', offset: 1438013, pos: 'verb', source: 0, target: 0 },
        { symbol: '+', offset: 10598214, pos: 'noun', source: 1, target: 1 },
      ],
      gloss: 'to cause to go; "sent"',
      frames: [
        { frame: 8, word: 0 },
        { frame: 2, word: 2 },
      ],
    });
  });

  it('drops adjective position markers and reads satellites as adjectives', () => {
    const synset = parseDataLine('00001740 00 s 01 able(p) 0 000 | gloss');
    expect(synset.words).toEqual(['able']);
    expect(synset.pos).toBe('adj');
    expect(synset.lexicographerFile).toBe('adj.all');
  });
});

describe('synsetsDefinedAs', () => {
  it('finds the verbs WordNet defines by exactly a phrase, not by a longer definition', () => {
    const words = wordNetFiles()
      .synsetsDefinedAs('verb', 'be in charge of')
      .flatMap((synset) => synset.words);
    expect(words).toEqual(expect.arrayContaining(['direct', 'head', 'lead']));
    // "be in charge of, act on, or dispose of"
    expect(words).not.toContain('manage');
  });
});
