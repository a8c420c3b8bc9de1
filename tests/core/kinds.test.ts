import { describe, expect, it } from 'vitest';
import { countsAs } from '../../src/core/kinds.ts';

describe('countsAs', () => {
  const cases = [
    // the same noun, in any form
    { counted: 'fighters', asked: 'fighter', counts: true },
    // one a kind of the other, either way
    { counted: 'vehicles', asked: 'cars', counts: true },
    { counted: 'cars', asked: 'vehicles', counts: true },
    { counted: 'houses', asked: 'homes', counts: true },
    // people of any description count as people
    { counted: 'workers', asked: 'people', counts: true },
    { counted: 'men', asked: 'soldiers', counts: true },
    { counted: 'troops', asked: 'soldiers', counts: true },
    // other things are not what was asked
    { counted: 'smokers', asked: 'factories', counts: false },
    { counted: 'cigarettes', asked: 'factories', counts: false },
    { counted: 'farms', asked: 'factories', counts: false },
    { counted: 'seats', asked: 'votes', counts: false },
    // a word WordNet lacks is given the benefit of the doubt
    { counted: 'zorblats', asked: 'factories', counts: true },
  ] as const;
  for (const { counted, asked, counts } of cases) {
    it(`${counted} ${counts ? 'counts' : 'does not count'} as ${asked}`, () => {
      expect(countsAs(counted, asked)).toBe(counts);
    });
  }
});
