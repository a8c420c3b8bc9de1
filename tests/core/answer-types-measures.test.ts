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

describe('expectedAnswer: a time on the clock', () => {
  const cases = [
    { question: 'what time does the ferry leave', clockTime: 'timeOfDay', classNoun: 'time' },
    { question: 'at what time did the blast happen', clockTime: 'timeOfDay', classNoun: 'time' },
    { question: 'what is the time in the capital', clockTime: 'timeOfDay', classNoun: 'time' },
    { question: 'what was the winning time', clockTime: 'elapsed', classNoun: 'time' },
    { question: 'what is the journey time to the coast', clockTime: 'elapsed', classNoun: 'time' },
    // a possessor, as "the time of X": a name's or a pronoun's
    { question: "what was Okafor's finishing time in Boston", clockTime: 'elapsed', classNoun: 'time' },
    { question: 'what was her time in the final', clockTime: 'elapsed', classNoun: 'time' },
    // any time: a time of year, or one an adjective picks out
    { question: 'what time of year do the storks arrive', clockTime: undefined, classNoun: 'time' },
    { question: 'what is the best time to visit', clockTime: undefined, classNoun: 'time' },
    { question: 'what year did the bridge open', clockTime: undefined, classNoun: 'year' },
  ] as const;
  for (const { question, clockTime, classNoun } of cases) {
    it(`"${question}"`, () => {
      const expected = expectedAnswer(question);
      expect(expected.kind).toBe('time');
      expect(expected.clockTime).toBe(clockTime);
      expect(expected.classNoun).toBe(classNoun);
    });
  }

  it('reads "what is X\'s Y" as asking for Y', () => {
    expect(expectedAnswer("what is the club's motto")).toEqual({
      kind: null,
      yesNo: false,
      classNoun: 'motto',
    });
    expect(expectedAnswer("what was Okafor's age")).toMatchObject({ kind: 'number', unit: 'age' });
  });

  it('reads an -ing word after the noun as starting a clause', () => {
    expect(expectedAnswer('which company making tyres was fined')).toMatchObject({
      kind: 'organization',
      classNoun: 'company',
    });
  });
});

describe('factsOf: clock times', () => {
  const cases = [
    { sentence: 'The ferry leaves at 10:30 each day.', time: '10:30' },
    { sentence: 'Okafor won the race in 2:23:10.', time: '2:23:10' },
    { sentence: 'The blast came at 11.45pm.', time: '11.45pm' },
    { sentence: 'Doors open at 7 p.m. sharp.', time: '7 p.m.' },
    { sentence: 'The alarm sounded at 0312 BST.', time: '0312 BST' },
    { sentence: 'The raid began at 2245 GMT on Friday.', time: '2245 GMT' },
    { sentence: 'A van was seen between midnight and 0330.', time: '0330' },
  ] as const;
  for (const { sentence, time } of cases) {
    it(`finds "${time}" in "${sentence}"`, () => {
      expect(factsOf(sentence)).toContainEqual(expect.objectContaining({ kind: 'time', text: time }));
    });
  }
  it.each([
    ['a decimal', 'Shares rose 2.25 points.'],
    ['a telephone number', 'Anyone with information should call 0800 555 111.'],
  ])('leaves %s alone', (_, sentence) => {
    expect(factsOf(sentence).some((fact) => fact.kind === 'time')).toBe(false);
  });
});

describe('holdsExpectedFact: a time on the clock', () => {
  const cases = [
    {
      question: 'what time does the ferry leave',
      sentence: 'The ferry leaves at 10:30 on Sundays.',
      holds: true,
    },
    {
      question: 'what time does the ferry leave',
      sentence: 'The ferry leaves shortly after midnight.',
      holds: true,
    },
    {
      question: 'what time does the ferry leave',
      sentence: 'The ferry first sailed on 3 May 2004.',
      holds: false,
    },
    { question: 'what time does the ferry leave', sentence: 'The crossing takes 40 minutes.', holds: false },
    {
      question: 'what time was the alarm triggered',
      sentence: 'The alarm sounded at 0312 BST and a guard arrived within ninety seconds.',
      holds: true,
    },
    {
      question: 'what time was the alarm triggered',
      sentence: 'The alarm was fitted in 1945.',
      holds: false,
    },
    {
      question: 'what time was the alarm triggered',
      sentence: 'Call the alarm company on 0800 555 111.',
      holds: false,
    },
    {
      question: "what was Okafor's winning time",
      sentence: 'Okafor won the 2003 race in 2:23:10.',
      holds: true,
    },
    {
      question: "what was Okafor's winning time",
      sentence: 'Okafor won in two hours and 23 minutes.',
      holds: true,
    },
    {
      question: "what was Okafor's winning time",
      sentence: 'Okafor won the 2002 and 2003 races.',
      holds: false,
    },
    { question: "what was Okafor's winning time", sentence: 'Okafor won last Sunday.', holds: false },
    { question: "what was Okafor's winning time", sentence: 'The race lasted three days.', holds: false },
    // a time not on the clock is any time
    {
      question: 'what year did the ferry start',
      sentence: 'The ferry first sailed on 3 May 2004.',
      holds: true,
    },
  ] as const;
  for (const { question, sentence, holds } of cases) {
    it(`"${question}" ${holds ? 'is' : 'is not'} answered by "${sentence}"`, () => {
      expect(answers(question, sentence)).toBe(holds);
    });
  }
});

describe('a weight', () => {
  it('is what "how much does it weigh" asks for', () => {
    expect(expectedAnswer('how much does the statue weigh')).toEqual({
      kind: 'number',
      unit: 'weight',
      yesNo: false,
    });
  });
  const cases = [
    { sentence: 'The statue weighs 2 tonnes.', holds: true },
    { sentence: 'An adult fox weighs about 5kg.', holds: true },
    { sentence: 'The phone weighs 300 grams.', holds: true },
    { sentence: 'The fox weighs 10 pounds.', holds: true },
    // a sum of money, a count or an area is no weight
    { sentence: 'The statue was sold for £2,000.', holds: false },
    { sentence: 'The statue has two heads.', holds: false },
    { sentence: 'The statue stands on 3 hectares.', holds: false },
  ] as const;
  for (const { sentence, holds } of cases) {
    it(`${holds ? 'is' : 'is not'} told by "${sentence}"`, () => {
      expect(answers('how much does the statue weigh', sentence)).toBe(holds);
    });
  }
});
