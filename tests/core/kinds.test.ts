import { describe, expect, it } from 'vitest';
import {
  countsAs,
  isBuiltPlace,
  isMoneyNoun,
  isPlainPerson,
  isRateNoun,
  kindsOf,
  namesAShare,
  placeOfClass,
} from '../../src/core/kinds.ts';

describe('countsAs', () => {
  const cases = [
    // the same noun, in any form
    { counted: 'fighters', asked: 'fighter', counts: true },
    // one a kind of the other, either way
    { counted: 'vehicles', asked: 'cars', counts: true },
    { counted: 'cars', asked: 'vehicles', counts: true },
    { counted: 'houses', asked: 'homes', counts: true },
    // people of any description count as people, and a body of people as people of any description
    { counted: 'workers', asked: 'people', counts: true },
    { counted: 'men', asked: 'soldiers', counts: true },
    { counted: 'troops', asked: 'soldiers', counts: true },
    { counted: 'staff', asked: 'nurses', counts: true },
    { counted: 'people', asked: 'civilians', counts: true },
    // people told by sex or age alone are counted by people of any description
    { counted: 'officers', asked: 'guys', counts: true },
    { counted: 'protesters', asked: 'women', counts: true },
    { counted: 'soldiers', asked: 'kids', counts: true },
    { counted: 'tanks', asked: 'guys', counts: false },
    // two kinds of person, neither a kind of the other, are other people
    { counted: 'civilians', asked: 'soldiers', counts: false },
    { counted: 'nurses', asked: 'doctors', counts: false },
    { counted: 'pupils', asked: 'teachers', counts: false },
    // other things are not what was asked
    { counted: 'smokers', asked: 'factories', counts: false },
    // a noun that is a body of people only in a rare sense counts no people ("a wagon train")
    { counted: 'passengers', asked: 'trains', counts: false },
    { counted: 'people', asked: 'fans', counts: true },
    { counted: 'cigarettes', asked: 'factories', counts: false },
    { counted: 'farms', asked: 'factories', counts: false },
    { counted: 'seats', asked: 'votes', counts: false },
    // a sense WordNet's tagged texts never use is not read ("drone" the idler, not a person)
    { counted: 'people', asked: 'drones', counts: false },
    { counted: 'people', asked: 'fans', counts: true },
    // a word WordNet lacks is given the benefit of the doubt
    { counted: 'zorblats', asked: 'factories', counts: true },
  ] as const;
  for (const { counted, asked, counts } of cases) {
    it(`${counted} ${counts ? 'counts' : 'does not count'} as ${asked}`, () => {
      expect(countsAs(counted, asked)).toBe(counts);
    });
  }
});

describe('placeOfClass', () => {
  it.each([
    { place: 'france', asked: 'country', fits: true },
    { place: 'baku', asked: 'city', fits: true },
    // a city is a sister of a town: both are municipalities
    { place: 'frankfurt', asked: 'town', fits: true },
    // a country is no airport, prison or town
    { place: 'turkey', asked: 'airport', fits: false },
    { place: 'iran', asked: 'prison', fits: false },
    { place: 'syria', asked: 'town', fits: false },
    // a country or capital the country list knows, however far down WordNet files it
    { place: 'latvia', asked: 'country', fits: true },
    { place: 'riga', asked: 'city', fits: true },
    { place: 'latvia', asked: 'city', fits: false },
    // places WordNet lacks are given the benefit of the doubt
    { place: 'oskarvik', asked: 'town', fits: true },
  ])('$place for "which $asked": $fits', ({ place, asked, fits }) => {
    expect(placeOfClass(place, asked)).toBe(fits);
  });
});

describe('kindsOf', () => {
  const cases = [
    // four steps down
    { word: 'illness', has: 'cancer', lacks: 'ms' },
    { word: 'crime', has: 'fraud', lacks: 'crime' },
    { word: 'vehicle', has: 'car', lacks: 'vehicle' },
  ] as const;
  for (const { word, has, lacks } of cases) {
    it(`${word}: ${has}, not ${lacks}`, () => {
      expect(kindsOf(word)).toContain(has);
      expect(kindsOf(word)).not.toContain(lacks);
    });
  }

  // a class with too many kinds to read down is answered by the names WordNet lists of it
  it('city: the cities WordNet names', () => {
    expect(kindsOf('city')).toContain('new york');
    expect(kindsOf('city')).toContain('kandahar');
  });

  // a class too wide to narrow down, and a word WordNet lacks
  it('person and zorblat have none', () => {
    expect(kindsOf('person')).toEqual([]);
    expect(kindsOf('zorblat')).toEqual([]);
  });
});

describe('isBuiltPlace', () => {
  it.each([
    { noun: 'airport', built: true },
    { noun: 'prison', built: true },
    { noun: 'theatre', built: true },
    { noun: 'hospital', built: true },
    // a settlement, an area, a body of people or a thing carried is not built to be in
    { noun: 'town', built: false },
    { noun: 'border', built: false },
    { noun: 'team', built: false },
    { noun: 'drone', built: false },
    { noun: 'qwzxv', built: false },
  ])('$noun: $built', ({ noun, built }) => {
    expect(isBuiltPlace(noun)).toBe(built);
  });
});

describe('isMoneyNoun', () => {
  it.each([
    { noun: 'wage', money: true },
    { noun: 'pension', money: true },
    { noun: 'compensation', money: true },
    { noun: 'revenue', money: true },
    { noun: 'tax', money: true },
    // a colony first, a punishment, a thing, or money itself (what it is meant for is asked as often)
    { noun: 'settlement', money: false },
    { noun: 'punishment', money: false },
    { noun: 'weapon', money: false },
    { noun: 'money', money: false },
    { noun: 'qwzxv', money: false },
  ])('$noun: $money', ({ noun, money }) => {
    expect(isMoneyNoun(noun)).toBe(money);
  });
});

describe('isPlainPerson', () => {
  it.each([
    { noun: 'guy', plain: true },
    { noun: 'guys', plain: true },
    { noun: 'woman', plain: true },
    { noun: 'kid', plain: true },
    { noun: 'someone', plain: true },
    // a part played, however wide
    { noun: 'pilot', plain: false },
    { noun: 'attorney', plain: false },
    { noun: 'leader', plain: false },
    { noun: 'official', plain: false },
    // no person
    { noun: 'airport', plain: false },
  ])('$noun: $plain', ({ noun, plain }) => {
    expect(isPlainPerson(noun)).toBe(plain);
  });
});

describe('isRateNoun', () => {
  it.each([
    // a magnitude against a unit of time, filed by WordNet with times
    { noun: 'speed', rate: true },
    { noun: 'pace', rate: true },
    // times themselves
    { noun: 'season', rate: false },
    { noun: 'stint', rate: false },
    { noun: 'qwzxv', rate: false },
  ])('$noun: $rate', ({ noun, rate }) => {
    expect(isRateNoun(noun)).toBe(rate);
  });
});

describe('namesAShare', () => {
  it.each([
    // WordNet defines them as a percentage or a ratio
    { noun: 'interest rate', share: true },
    { noun: 'unemployment rate', share: true },
    { noun: 'death rate', share: true },
    // a charge, a sum, a group
    { noun: 'exchange rate', share: false },
    { noun: 'wage', share: false },
    { noun: 'turnout', share: false },
    { noun: 'qwzxv', share: false },
  ])('$noun: $share', ({ noun, share }) => {
    expect(namesAShare(noun)).toBe(share);
  });
});
