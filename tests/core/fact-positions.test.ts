import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/core/answer-types.ts';
import { actingFacts, locatesSomething, locatingFacts, timingFacts } from '../../src/core/fact-positions.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

const index = NewsIndex.build(
  [
    article('court', {
      title: 'Trial of Olof Brandt',
      texts: [
        "Brandt's lawyer Reid Hale told the judge Mia Dorn that the accounts were sound.",
        'Portugal and Spain sent their defence ministers to the talks.',
        "The hunt made a film and a show; this month's show is its last.",
      ],
    }),
  ],
  loadLexicon(),
);

describe('locatingFacts', () => {
  const cases = [
    { sentence: 'The fighters were flown to Baku on Monday.', places: ['Baku'] },
    { sentence: 'Portugal and Spain denied it.', places: [] },
    { sentence: 'The talks were held in the capital, Yerevan.', places: ['Yerevan'] },
    // not across a time
    { sentence: 'The office opened on Monday, and Portugal welcomed it.', places: [] },
    // a place that describes a body or people after it puts nothing there; one that describes a place does
    { sentence: 'It was built by the Surrey firm for the government.', places: [] },
    { sentence: 'It was launched from the Surrey airfield.', places: ['Surrey'] },
    // "Bristol-based" is based in Bristol
    { sentence: 'Shares fell after the Bristol-based carrier warned of a loss.', places: ['Bristol'] },
    // "of" after a part of the land locates; after a thing or a person it does not
    { sentence: 'The reef was found about 40 miles west of the Outer Hebrides.', places: ['Outer Hebrides'] },
    { sentence: 'A reef has been found off the west coast of Scotland.', places: ['Scotland'] },
    { sentence: 'They unveiled a statue of Churchill.', places: [] },
    { sentence: 'The president of France spoke.', places: [] },
  ] as const;
  for (const { sentence, places } of cases) {
    it(sentence, () => {
      const located = locatingFacts(index, sentence, factsOf(sentence));
      expect(
        located.filter((fact) => fact.kind === 'place' || fact.kind === 'name').map((f) => f.text),
      ).toEqual(places);
    });
  }
});

describe('locatingFacts of some facts only', () => {
  it('reads the times of the whole sentence, not only of the facts given', () => {
    const sentence = 'The agencies on Tuesday quoted Vardan Toganyan, the ambassador.';
    const names = factsOf(sentence).filter((fact) => fact.kind !== 'time');
    expect(names.map((f) => f.text)).toContain('Vardan Toganyan');
    expect(locatingFacts(index, sentence, names).map((f) => f.text)).not.toContain('Vardan Toganyan');
  });
});

describe('actingFacts', () => {
  const cases = [
    { sentence: 'Portugal and Spain denied it.', places: ['Portugal', 'Spain'] },
    // a place where something is, is no one who does it
    { sentence: 'She would be a strong contender at the race in Portugal.', places: [] },
    { sentence: 'Spain said the fighters were flown to Baku.', places: ['Spain'] },
    // "by" names the doer of a passive
    { sentence: 'The race in Portugal was won by Isaiah Kiplagat.', places: ['Isaiah Kiplagat'] },
  ] as const;
  for (const { sentence, places } of cases) {
    it(sentence, () => {
      const acting = actingFacts(index, sentence, factsOf(sentence));
      expect(
        acting.filter((fact) => ['place', 'name', 'person'].includes(fact.kind)).map((f) => f.text),
      ).toEqual(places);
    });
  }
});

describe('locatesSomething', () => {
  const cases = [
    { sentence: 'He was sent to a hard labour camp in the Arctic circle.', locates: true },
    { sentence: 'The hunt met at the old mill.', locates: true },
    { sentence: 'The zebras now graze by the road.', locates: true },
    { sentence: 'The hunt was banned by the council.', locates: false },
    // a time, a phrase WordNet lists as an adverb, or the question's own word locates nothing
    { sentence: 'The hunt had one pack out on Thursday and will ride again in March.', locates: false },
    { sentence: 'In fact the hunt rode again in the past.', locates: false },
    { sentence: 'The hunt is based in Brandt.', locates: false },
    { sentence: 'The hunt rides ten miles north of the old mill.', locates: true },
  ] as const;
  for (const { sentence, locates } of cases) {
    it(sentence, () => {
      expect(
        locatesSomething(index, analyzeQuestion(index, 'where is the hunt Brandt based'), sentence),
      ).toBe(locates);
    });
  }
});

describe('timingFacts', () => {
  const cases = [
    // a time that describes a noun the question does not ask about tells nothing of when
    { question: 'when did the hunt meet', sentence: 'The hunt made its 1970s film in the mill.', times: [] },
    {
      question: 'when was the film made',
      sentence: 'The hunt made its 1970s film in the mill.',
      times: ['1970s'],
    },
    {
      question: "when is the hunt's show",
      sentence: "The hunt is to ride in this month's show.",
      times: ['this month'],
    },
    // one that tells when stays, whatever follows it
    { question: 'when did the hunt meet', sentence: 'The hunt met in 1978, at the mill.', times: ['1978'] },
    { question: 'when did the hunt meet', sentence: 'The hunt met on 3 May as planned.', times: ['3 May'] },
  ] as const;
  for (const { question, sentence, times } of cases) {
    it(`${question}: ${sentence}`, () => {
      const analysis = analyzeQuestion(index, question);
      const timing = timingFacts(index, analysis, sentence, factsOf(sentence));
      expect(timing.filter((fact) => fact.kind === 'time').map((fact) => fact.text)).toEqual(times);
    });
  }
});
