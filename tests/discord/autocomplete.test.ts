import { describe, expect, test } from 'vitest';
import { articleChoices, questionChoices, resolveArticle } from '../../src/discord/autocomplete.ts';
import { article } from '../helpers/fixtures.ts';

const VOCABULARY = ['armenia', 'armenian', 'armenians', 'armed', 'azerbaijan'];
const complete = (prefix: string, limit: number) =>
  VOCABULARY.filter((w) => w.startsWith(prefix.toLowerCase())).slice(0, limit);

describe('questionChoices', () => {
  const cases = [
    {
      typed: 'who denied the arm',
      expected: [
        'who denied the armenia',
        'who denied the armenian',
        'who denied the armenians',
        'who denied the armed',
      ],
    },
    { typed: 'Arm', expected: ['armenia', 'armenian', 'armenians', 'armed'] },
    { typed: '  why   did  az', expected: ['why did azerbaijan'] },
    { typed: 'who denied the ', expected: [] },
    { typed: '', expected: [] },
    { typed: 'what?', expected: [] },
    { typed: 'zzz', expected: [] },
    { typed: `${'x'.repeat(95)} arm`, expected: [] },
  ] as const;
  for (const { typed, expected } of cases) {
    test(JSON.stringify(typed.slice(0, 30)), () => {
      expect(questionChoices(typed, complete)).toEqual(expected.map((v) => ({ name: v, value: v })));
    });
  }

  test('at most 25 choices', () => {
    const many = (_: string, limit: number) => Array.from({ length: 40 }, (_, i) => `w${i}`).slice(0, limit);
    expect(questionChoices('w', many)).toHaveLength(25);
  });
});

describe('articleChoices and resolveArticle', () => {
  const articles = [
    article('000_a', { title: 'Azerbaijan denies Turkey sent it fighters from Syria', source: 'Al Jazeera' }),
    article('001_b', { title: 'Turkish-backed Syrian Militants Join Armenian-Azeri Conflict' }),
    article('002_c', { title: 'Foreign troops not engaged', source: 'TASS', date: 'October 3' }),
    article('x'.repeat(101), { title: 'An article whose id is too long to be a choice value' }),
  ];

  test.each([
    ['', ['000_a', '001_b', '002_c']],
    ['tass', ['002_c']],
    ['turk', ['001_b', '000_a']],
    ['syria fighters', ['000_a']],
    ['al jaz', ['000_a']],
    ['october', ['002_c']],
    ['001', ['001_b']],
    ['bananas', []],
  ] as const)('%j', (typed, ids) => {
    expect(articleChoices(typed, articles).map((c) => c.value)).toEqual(ids);
  });

  test('choice names: title — outlet, within 100 characters', () => {
    expect(articleChoices('tass', articles)).toEqual([
      { name: 'Foreign troops not engaged — TASS', value: '002_c' },
    ]);
    const long = article('long', { title: 'T'.repeat(150), source: 'Outlet' });
    expect(articleChoices('', [long])).toEqual([{ name: `${'T'.repeat(99)}…`, value: 'long' }]);
  });

  test.each([
    ['002_c', '002_c'],
    ['Foreign troops not engaged', '002_c'],
    ['  foreign TROOPS not engaged ', '002_c'],
    ['tass', '002_c'],
    ['syria', undefined],
    ['bananas', undefined],
    ['', undefined],
  ] as const)('resolveArticle(%j)', (typed, id) => {
    expect(resolveArticle(typed, articles)?.id).toBe(id);
  });
});
