import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseForms,
  isOnlyAdverb,
  isProperName,
  isWordNetWord,
  namesInDefinitions,
  nounClasses,
  RELATIONS,
  relatedWords,
  verbClasses,
  verbSenses,
} from '../../src/core/wordnet.ts';

const relationOf = (word: string, related: string, options = {}) =>
  relatedWords(word, options).find((entry) => entry.word === related)?.relation;

describe('relatedWords', () => {
  const cases = [
    ['lead', 'leader', 'derivation'],
    ['leader', 'lead', 'derivation'],
    ['death', 'die', 'derivation'],
    ['compensation', 'compensate', 'derivation'],
    ['compensate', 'compensation', 'derivation'],
    ['kill', 'killer', 'derivation'],
    ['confess', 'confession', 'derivation'],
    ['rich', 'richness', 'derivation'],
    ['rapidly', 'rapid', 'derivation'],
    ['british', 'britain', 'country'],
    ['killed', 'kill', 'form'],
    ['began', 'begin', 'form'],
    ['begin', 'began', 'form'],
    ['children', 'child', 'form'],
    ['better', 'good', 'form'],
    ['killed', 'killer', 'derivation'],
    ['prime minister', 'premier', 'synonym'],
    ['sickness', 'illness', 'synonym'],
    // an acronym's spelt-out form, however long
    ['cfo', 'chief financial officer', 'synonym'],
    ['illness', 'disease', 'hyponym'],
    ['disease', 'anthrax', 'hyponym'],
    ['award', 'prize', 'hyponym'],
    ['cancer', 'malignant tumor', 'hypernym'],
    // adjectives of one cluster
    ['dishonest', 'false', 'similar'],
    ['abroad', 'foreign', 'similar'],
    ['turkey', 'turkish', 'country'],
    ['turkey', 'ankara', 'country'],
    ['armenia', 'armenians', 'country'],
    // a people WordNet defines by its country ("an ethnic group living in Azerbaijan")
    ['azeri', 'azerbaijani', 'country'],
    // the opposite of a verb
    ['admit', 'deny', 'antonym'],
    ['admitted', 'deny', 'antonym'],
    ['win', 'lose', 'antonym'],
  ] as const;
  for (const [word, related, relation] of cases) {
    it(`${word} → ${related} (${relation})`, () => expect(relationOf(word, related)).toBe(relation));
  }

  it('a kind of a verb is read in its usual senses: "expect" is no kind of being born', () => {
    expect(relationOf('born', 'expect')).toBeUndefined();
    expect(relationOf('born', 'birth')).toBeDefined();
  });

  it('a person defined by a nationality is not that country ("French engineer who constructed…")', () => {
    expect(relationOf('eiffel', 'france')).toBeUndefined();
  });

  it('a country inside a longer name of the definition is not named ("a people of northern South America")', () => {
    expect(relationOf('carib', 'america')).toBeUndefined();
    expect(relationOf('carib', 'american')).toBeUndefined();
  });

  it('one particular person is not named by the country of their definition ("United States guitarist")', () => {
    expect(relationOf('hendrix', 'america')).toBeUndefined();
    expect(namesInDefinitions('hendrix')).toEqual([]);
    expect(namesInDefinitions('azeri')).toContain('Azerbaijan');
  });

  it('only a people or a person is named by the country of its definition (Christmas is no name of Ireland)', () => {
    expect(relationOf('christmas', 'irish')).toBeUndefined();
  });

  it('the opposite of a description is not given: it tells of something else', () => {
    expect(relationOf('outside', 'inside')).toBeUndefined();
    expect(relationOf('guilty', 'innocent')).toBeUndefined();
  });

  it('other long lemmas are left out', () => {
    expect(relationOf('officer', 'chief financial officer')).toBeUndefined();
  });

  it('skips senses never seen in the tagged corpus when another sense was seen often', () => {
    // "sent" is also an Estonian coin, never tagged, while "send" was tagged 79 times.
    expect(relationOf('sent', 'send')).toBe('form');
    expect(relationOf('sent', 'estonian monetary unit')).toBeUndefined();
    // "air" is send's eighth sense: outside the first two, inside the first eight.
    expect(relationOf('sent', 'air')).toBeUndefined();
    expect(relationOf('sent', 'air', { maxSenses: 8 })).toBe('synonym');
  });

  it('reads a few senses of a word no sense of which was seen often: their order tells little', () => {
    // "ATM": the unit of pressure (tagged once) is listed before the cash machine (never tagged)
    expect(relationOf('atm', 'cash machine')).toBe('synonym');
  });

  it('keeps hyponyms under the cap', () => {
    const kinds = (max: number) =>
      relatedWords('disease', { maxHyponyms: max }).filter((entry) => entry.relation === 'hyponym').length;
    expect(kinds(5)).toBe(5);
    expect(kinds(0)).toBe(0);
  });

  it('writes lemmas in lower case with spaces, once each, closest relation first', () => {
    for (const word of ['lead', 'turkey', 'prime minister', 'united states', 'began']) {
      const related = relatedWords(word);
      const words = related.map((entry) => entry.word);
      expect(words).not.toContain(word);
      expect(new Set(words).size).toBe(words.length);
      for (const entry of related) expect(entry.word).toMatch(/^[^_A-Z]+$/);
      const ranks = related.map((entry) => RELATIONS.indexOf(entry.relation));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('reads phrases with any spacing and case', () => {
    expect(relatedWords('  Prime   Minister ')).toEqual(relatedWords('prime minister'));
  });

  const unknown = ['', '   ', 'xqzvbn', 'zzzz yyyy', '%', '\n'] as const;
  for (const word of unknown)
    it(`knows nothing of ${JSON.stringify(word)}`, () => expect(relatedWords(word)).toEqual([]));

  it('never throws and never returns the word itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('lead', 'a b', 'us')),
        (word) => {
          const related = relatedWords(word);
          expect(related.map((entry) => entry.word)).not.toContain(word.trim().toLowerCase());
          nounClasses(word);
          baseForms(word);
          isWordNetWord(word);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('baseForms', () => {
  const cases = [
    ['began', [{ lemma: 'begin', pos: 'verb' }]],
    ['children', [{ lemma: 'child', pos: 'noun' }]],
    ['prime ministers', [{ lemma: 'prime minister', pos: 'noun' }]],
    ['gave up', [{ lemma: 'give up', pos: 'verb' }]],
    [
      'glasses',
      [
        { lemma: 'glasses', pos: 'noun' },
        { lemma: 'glass', pos: 'noun' },
        { lemma: 'glass', pos: 'verb' },
      ],
    ],
    // "-es" is detached whole only after a hiss or an "o": "planes" is no form of "plan"
    [
      'planes',
      [
        { lemma: 'plane', pos: 'noun' },
        { lemma: 'plane', pos: 'verb' },
      ],
    ],
    [
      'fixes',
      [
        { lemma: 'fix', pos: 'noun' },
        { lemma: 'fix', pos: 'verb' },
      ],
    ],
    [
      'goes',
      [
        { lemma: 'go', pos: 'noun' },
        { lemma: 'go', pos: 'verb' },
      ],
    ],
    ['xqzvbn', []],
  ] as const;
  for (const [word, expected] of cases) it(word, () => expect(baseForms(word)).toEqual(expected));

  it('lists every part of speech', () => {
    expect(baseForms('killed')).toContainEqual({ lemma: 'kill', pos: 'verb' });
    expect(baseForms('better')).toContainEqual({ lemma: 'good', pos: 'adj' });
  });
});

describe('nounClasses', () => {
  const cases = [
    ['town', 'noun.location'],
    ['company', 'noun.group'],
    ['minister', 'noun.person'],
    ['towns', 'noun.location'],
    ['year', 'noun.time'],
  ] as const;
  for (const [word, expected] of cases)
    it(`${word} → ${expected}`, () => expect(nounClasses(word)).toContain(expected));

  it('gives the most frequent sense first, and nothing for words that are not nouns', () => {
    expect(nounClasses('company')[0]).toBe('noun.group');
    expect(nounClasses('quickly')).toEqual([]);
    expect(nounClasses('xqzvbn')).toEqual([]);
  });
});

describe('verbClasses', () => {
  const cases = [
    ['alarmed', 'verb.emotion'],
    ['angered', 'verb.emotion'],
    ['told', 'verb.communication'],
    ['expected', 'verb.cognition'],
    ['grew', 'verb.change'],
  ] as const;
  for (const [word, expected] of cases)
    it(`${word} → ${expected} first`, () => expect(verbClasses(word)[0]).toBe(expected));

  it('gives nothing for words that are not verbs', () => {
    expect(verbClasses('quickly')).toEqual([]);
    expect(verbClasses('xqzvbn')).toEqual([]);
  });
});

describe('isWordNetWord', () => {
  const cases = [
    ['began', true],
    ['prime minister', true],
    ['fighters', true],
    ['xqzvbn', false],
    ['', false],
  ] as const;
  for (const [word, expected] of cases)
    it(word || '(empty)', () => expect(isWordNetWord(word)).toBe(expected));
});

describe('isProperName', () => {
  const cases = [
    ['australia', true],
    ['hendrix', true],
    // The past of "sit" before the short name of Saturday.
    ['sat', false],
    ['leader', false],
  ] as const;
  for (const [word, expected] of cases) it(word, () => expect(isProperName(word)).toBe(expected));
});

describe('verbSenses', () => {
  const cases = [
    ['run', 41],
    ['went', 30],
    ['arrested', 4],
    ['quickly', 0],
  ] as const;
  for (const [word, senses] of cases) it(`${word}: ${senses}`, () => expect(verbSenses(word)).toBe(senses));
});

describe('isOnlyAdverb', () => {
  it.each([
    { word: 'actually', only: true },
    { word: 'in the end', only: true },
    // an adverb that is also another part of speech, a plain noun, a word WordNet lacks
    { word: 'first', only: false },
    { word: 'wrote', only: false },
    { word: 'qzxv', only: false },
  ])('$word: $only', ({ word, only }) => {
    expect(isOnlyAdverb(word)).toBe(only);
  });
});
