import { describe, expect, it } from 'vitest';
import { detokenize, parseBrownText, parseLine, parseToken } from '../../bench/brown.ts';

describe('parseToken', () => {
  it.each([
    ['The/at', 'The', 'at'],
    ["Atlanta's/np$", "Atlanta's", 'np$'],
    ['1-1/2/cd', '1-1/2', 'cd'],
    ['Merger/nn-hl', 'Merger', 'nn-hl'],
    ['``/``', '``', '``'],
    ['NOT/*', 'NOT', '*'],
  ])('%s', (raw, word, tag) => {
    expect(parseToken(raw)).toEqual({ word, tag });
  });
});

const cases: readonly (readonly [string, string, string])[] = [
  [
    'plain sentence with a quoted phrase',
    "The/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr an/at investigation/nn of/in Atlanta's/np$ recent/jj primary/nn election/nn produced/vbd ``/`` no/at evidence/nn ''/'' that/cs any/dti irregularities/nns took/vbd place/nn ./.",
    'The Fulton County Grand Jury said Friday an investigation of Atlanta\'s recent primary election produced "no evidence" that any irregularities took place.',
  ],
  [
    'comma moves inside the closing quote',
    "``/`` Only/rb a/at relative/jj handful/nn of/in such/jj reports/nns was/bedz received/vbn ''/'' ,/, the/at jury/nn said/vbd ./.",
    '"Only a relative handful of such reports was received," the jury said.',
  ],
  [
    'period moves inside the closing quote',
    "laws/nns ``/`` are/ber outmoded/jj or/cc inadequate/jj ''/'' ./.",
    'laws "are outmoded or inadequate."',
  ],
  [
    'no doubled period after an abbreviation',
    'won/vbn by/in Mayor-nominate/nn-tl Ivan/np Allen/np Jr./np ./.',
    'won by Mayor-nominate Ivan Allen Jr.',
  ],
  [
    'a leading dash (dateline) is dropped',
    '--/-- Committee/nn approval/nn seemed/vbd certain/jj ./.',
    'Committee approval seemed certain.',
  ],
  [
    'a dash inside a sentence is a spaced em dash',
    'the/at word/nn --/-- and/cc more/ap ./.',
    'the word \u2014 and more.',
  ],
  ['brackets hug their content', 'in/in (/( 1961/cd )/) ,/, he/pps said/vbd ./.', 'in (1961), he said.'],
  [
    'single quotes around a word',
    "getting/vbg more/ap '/' pro/jj '/' letters/nns ./.",
    "getting more 'pro' letters.",
  ],
  ['question mark', "``/`` Why/wrb ?/. ''/''", '"Why?"'],
  ['semicolon and colon', 'one/cd ;/. two/cd :/: three/cd ./.', 'one; two: three.'],
  [
    'nested quotes with the period inside both',
    "``/`` He/pps said/vbd ,/, '/' You're/ppss+ber my/pp$ friend/nn '/' ./. ''/''",
    "\"He said, 'You're my friend.'\"",
  ],
  ['contractions and money stay whole', "It/pps didn't/dod* cost/vb $100/nns ./.", "It didn't cost $100."],
  ['question then period keeps the question mark', 'Who/wps ?/. ./.', 'Who?'],
];

describe('detokenize', () => {
  it.each(cases)('%s', (_, tagged, text) => {
    expect(detokenize(parseLine(tagged))).toBe(text);
  });
});

describe('parseBrownText', () => {
  const text = [
    '',
    '',
    '\tThe/at jury/nn said/vbd it/pps would/md meet/vb ./.',
    'It/pps met/vbd on/in Friday/nr ./.',
    '',
    '',
    'Merger/nn-hl proposed/vbn-hl ',
    'However/wrb ,/, the/at jury/nn said/vbd it/pps believes/vbz the/at offices/nns should/md be/be combined/vbn ./.',
    '',
    '',
    '\tThe/at formula/nn **zg/nn is/bez long/jj ./.',
    'The/at other/ap sentence/nn stays/vbz ./.',
    '',
  ].join('\n');

  it('splits paragraphs at tabs, blank lines and headlines, and keeps the nearest headline', () => {
    const { paragraphs } = parseBrownText(text);
    expect(paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([
      ['The jury said it would meet.', 'It met on Friday.'],
      ['However, the jury said it believes the offices should be combined.'],
      ['The other sentence stays.'],
    ]);
    expect(paragraphs.map((p) => p.headline)).toEqual([null, 'Merger proposed', 'Merger proposed']);
    expect(paragraphs[0]?.sentences.map((s) => s.words)).toEqual([6, 4]);
  });
});
