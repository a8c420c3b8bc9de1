import { describe, expect, it } from 'vitest';
import { expectedAnswer, factsOf, holdsExpectedFact } from '../../src/core/answer-types.ts';
import { durationInUnit, timeUnitRank } from '../../src/core/answer-types-measures.ts';
import { words } from '../../src/core/text.ts';

describe('timeUnitRank', () => {
  it('orders the units of time from the shortest', () => {
    const ranks = [
      'seconds',
      'minute',
      'hrs',
      'nights',
      'fortnight',
      'months',
      'year',
      'decades',
      'century',
    ].map(timeUnitRank);
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('knows no other word', () => {
    expect(timeUnitRank('time')).toBeUndefined();
    expect(timeUnitRank('miles')).toBeUndefined();
  });
});

describe('durationInUnit', () => {
  const cases = [
    // the unit asked, or the one next to it either way
    { asked: 'years', duration: '14 years', fits: true },
    { asked: 'years', duration: 'a two-year', fits: true },
    { asked: 'years', duration: '18 months', fits: true },
    { asked: 'years', duration: 'three decades', fits: true },
    { asked: 'days', duration: '48 hours', fits: true },
    { asked: 'days', duration: 'two weeks', fits: true },
    { asked: 'minutes', duration: '2hrs 23mins', fits: true },
    // an amount of another order does not say how many
    { asked: 'years', duration: '23 hours', fits: false },
    { asked: 'years', duration: 'six weeks', fits: false },
    { asked: 'minutes', duration: 'three days', fits: false },
    { asked: 'hours', duration: 'two years', fits: false },
    // nothing to judge by
    { asked: 'years', duration: 'since 1990', fits: true },
    { asked: 'times', duration: '23 hours', fits: true },
  ] as const;
  for (const { asked, duration, fits } of cases) {
    it(`"${duration}" ${fits ? 'tells' : 'does not tell'} how many ${asked}`, () => {
      expect(durationInUnit(asked, duration)).toBe(fits);
    });
  }
});

const answers = (question: string, sentence: string) =>
  holdsExpectedFact(expectedAnswer(question), factsOf(sentence), new Set(words(question)));

describe('holdsExpectedFact: how many units of time', () => {
  const cases = [
    {
      question: 'how many years was the mayor jailed for',
      sentence: 'The mayor was jailed for nine years.',
      holds: true,
    },
    { question: 'how many years did the trial last', sentence: 'The trial lasted 18 months.', holds: true },
    {
      question: 'how many years did the trial last',
      sentence: 'The jury deliberated for 23 hours.',
      holds: false,
    },
    {
      question: 'how many minutes were left',
      sentence: 'Only three minutes were left to play.',
      holds: true,
    },
    { question: 'how many minutes were left', sentence: 'The stadium was shut for two days.', holds: false },
    // "how long" names no unit: any duration answers
    {
      question: 'how long did the jury deliberate',
      sentence: 'The jury deliberated for 23 hours.',
      holds: true,
    },
  ] as const;
  for (const { question, sentence, holds } of cases) {
    it(`"${question}" ${holds ? 'is' : 'is not'} answered by "${sentence}"`, () => {
      expect(answers(question, sentence)).toBe(holds);
    });
  }
});
