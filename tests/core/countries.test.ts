import { describe, expect, it } from 'vitest';
import {
  countryVariants,
  demonymPlural,
  isCapital,
  nameAfterFormOfState,
  sameCountry,
} from '../../src/core/countries.ts';

const variantWords = (word: string) => countryVariants(word).map((variant) => variant.word);

describe('countryVariants', () => {
  const cases = [
    ['turkey', ['türkiye', 'turkish', 'turk', 'turks', 'ankara']],
    ['turkish', ['turkey', 'türkiye', 'ankara']],
    ['ankara', ['turkey', 'turkish']],
    ['armenia', ['armenian', 'armenians', 'yerevan']],
    ['armenians', ['armenia', 'armenian']],
    ['united states', ['us', 'usa', 'america', 'american', 'americans', 'washington']],
    ['america', ['united states', 'usa', 'american']],
    ['britain', ['united kingdom', 'uk', 'british', 'london']],
    ['uk', ['united kingdom', 'britain', 'british', 'london']],
    ['british', ['united kingdom', 'britain', 'london']],
    ['indian', ['india', 'new delhi']],
    ['georgia', ['georgian', 'tbilisi']],
  ] as const;
  for (const [word, expected] of cases) {
    it(`${word} → ${expected.join(', ')}`, () =>
      expect(variantWords(word)).toEqual(expect.arrayContaining([...expected])));
  }

  // Lower-cased two-letter ISO codes are common words; unknown words name no country.
  const none = ['in', 'am', 'it', 'us', 'turkeys', 'xqzvbn', '', 'the'] as const;
  for (const word of none)
    it(`${JSON.stringify(word)} names no country`, () => expect(countryVariants(word)).toEqual([]));

  it('marks each variant with its kind and never repeats the word', () => {
    const variants = countryVariants('armenia');
    expect(variants).toContainEqual({ word: 'yerevan', kind: 'capital' });
    expect(variants).toContainEqual({ word: 'armenian', kind: 'demonym' });
    expect(variants).toContainEqual({ word: 'hayastan', kind: 'name' });
    expect(variants.map((variant) => variant.word)).not.toContain('armenia');
  });

  it('leaves out WordNet\'s names with an article: "the States" is a common word without it', () => {
    expect(variantWords('united states')).not.toContain('states');
    expect(variantWords('america')).not.toContain('the states');
  });

  it('reads words with any spacing and case', () => {
    expect(countryVariants(' United  States ')).toEqual(countryVariants('united states'));
  });
});

describe('sameCountry', () => {
  it.each([
    { a: 'turkey', b: 'turkish', same: true },
    { a: 'Armenia', b: 'yerevan', same: true },
    { a: 'turkey', b: 'armenia', same: false },
    { a: 'turkey', b: 'feta', same: false },
    { a: 'feta', b: 'feta', same: false },
  ])('$a and $b: $same', ({ a, b, same }) => expect(sameCountry(a, b)).toBe(same));
});

describe('isCapital', () => {
  const cases = [
    ['ankara', true],
    ['washington', true],
    ['yerevan', true],
    ['turkey', false],
    ['turkish', false],
    ['paris', true],
    ['xqzvbn', false],
  ] as const;
  for (const [word, expected] of cases) it(word, () => expect(isCapital(word)).toBe(expected));
});

describe('nameAfterFormOfState', () => {
  const cases = [
    ['Republic of Turkey', 'Turkey'],
    ['United States of America', 'America'],
    ['Democratic Republic of the Congo', 'Congo'],
    ['Virgin Islands of the United States', undefined],
    ['Armenia', undefined],
  ] as const;
  for (const [name, expected] of cases) it(name, () => expect(nameAfterFormOfState(name)).toBe(expected));
});

describe('demonymPlural', () => {
  const cases = [
    ['armenian', 'armenians'],
    ['turk', 'turks'],
    ['iraqi', 'iraqis'],
    ['dutchman', 'dutchmen'],
    ['frenchman', 'frenchmen'],
    ['turkish', undefined],
    ['chinese', undefined],
    ['swiss', undefined],
    ['french', undefined],
  ] as const;
  for (const [demonym, expected] of cases) it(demonym, () => expect(demonymPlural(demonym)).toBe(expected));
});
