import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { asksOutcome, isReportingVerb, outcomeWords } from '../../src/core/question-outcome.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

describe('a question after how something ended', () => {
  const cases = [
    { question: 'was the mayor found guilty in the end', outcome: true },
    { question: 'did she end up getting picked for the team', outcome: true },
    { question: 'who ended up buying the club', outcome: true },
    { question: 'what sentence did the judge finally hand him', outcome: true },
    { question: 'did the strike eventually end', outcome: true },
    { question: 'is the factory built yet', outcome: true },
    // "not yet" and "yet another" are no outcome asked
    { question: 'why has the factory not yet opened', outcome: false },
    { question: 'is there yet another delay', outcome: false },
    // a tally so far, or the end of something, is not how it ended
    { question: 'how many people have died so far', outcome: false },
    { question: 'when did the war end', outcome: false },
    { question: 'what was her final project', outcome: false },
    // "at last" ending a clause is; before a noun it is a time
    { question: 'did the bridge open at last?', outcome: true },
    { question: 'why did he miss the trials at last summer', outcome: false },
    { question: "why did he not run at last year's trials", outcome: false },
  ] as const;
  for (const { question, outcome } of cases) {
    it(`${question}: ${outcome ? 'asks an outcome' : 'does not'}`, () => {
      expect(asksOutcome(question)).toBe(outcome);
    });
  }

  it('finds where the question says so, to leave those words out of its concepts', () => {
    const question = 'did she end up getting picked in the end';
    expect(outcomeWords(question).map(({ start, end }) => question.slice(start, end))).toEqual([
      'end up',
      'in the end',
    ]);
  });
});

describe('what happened, in a question after how something ended', () => {
  const index = NewsIndex.build(
    [
      article('trial', {
        title: 'Mayor on trial',
        texts: [
          'The mayor could face ten years in prison if convicted.',
          "Bat's new factory will open in May.",
        ],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    // a listed phrase is one concept, a predicate as its verb is
    { question: 'was the mayor found guilty in the end', predicates: ['found guilty'] },
    { question: 'was the mayor jailed in the end', predicates: ['jailed'] },
    { question: 'did the mayor end up getting picked', predicates: ['picked'] },
    // a word before "'s" is a possessor, whatever the tagger reads it as
    { question: "is Bat's factory built yet", predicates: ['built'] },
    { question: 'what sentence did the judge finally hand the mayor', predicates: ['hand'] },
    // a verb too plain to be a concept tells what happened by the noun it takes
    { question: 'did the mayor make the shortlist in the end', predicates: ['shortlist'] },
    { question: "did the mayor make Velmora's shortlist in the end", predicates: ['shortlist'] },
    // the words that ask how it ended are no concept of the question
    { question: 'did the mayor end up getting picked', concepts: ['mayor', 'picked'] },
    { question: 'was the mayor found guilty in the end', concepts: ['mayor', 'found guilty'] },
    // any other question has no outcome to tell
    { question: 'was the mayor found guilty', predicates: [] },
    // a count asks what was done to the ones counted
    { question: 'how many mayors were arrested', deed: ['arrested'] },
    { question: 'how many mayors were found guilty', deed: ['found guilty'] },
    { question: 'how many mayors are there', deed: [] },
    // so does a measure counted in its units
    { question: 'how many hectares were burned', deed: ['burned'] },
    { question: 'how many miles of road were closed', deed: ['closed'] },
    // a sum is told by its own verbs
    { question: 'how much land was burned', deed: [] },
    // a verb of being tells no deed: any count of them says as much
    { question: 'how many mayors are left in the region', deed: [] },
    { question: 'how many mayors are still left', deed: [] },
    { question: 'how many mayors are actually left', deed: [] },
    { question: 'how many mayors live in the region', deed: [] },
    { question: 'how many mayors exist', deed: [] },
    // a plain verb of motion tells no deed ("came in" may be told as "were transferred")
    { question: 'how many mayors came in', deed: [] },
    { question: 'how many mayors went there', deed: [] },
    // "left" with an object is a deed
    { question: 'how many mayors left the party', deed: ['left'] },
    // a verb and its particle are one deed, however many things the verb alone may mean
    { question: 'how many mayors turned down the offer', deed: ['turned'] },
    // a misspelt verb is tagged as the word it is read as, not as a name
    { question: 'how many mayors were convictd', deed: ['convictd'] },
    { question: 'was the mayor convictd in the end', predicates: ['convictd'] },
  ] as const;
  for (const testCase of cases) {
    it(testCase.question, () => {
      const analysis = analyzeQuestion(index, testCase.question);
      if ('predicates' in testCase)
        expect((analysis.outcome ?? []).map((c) => c.word)).toEqual(testCase.predicates);
      else if ('deed' in testCase) expect((analysis.deed ?? []).map((c) => c.word)).toEqual(testCase.deed);
      else expect(analysis.concepts.map((c) => c.word)).toEqual(testCase.concepts);
    });
  }
});

describe('a verb whose commonest sense is one of communication reports what was said', () => {
  it.each([
    { verb: 'claimed', reports: true },
    { verb: 'denied', reports: true },
    { verb: 'speak', reports: true },
    // a sense of communication, but not the commonest: what they did tells a writer or a referee
    { verb: 'wrote', reports: false },
    { verb: 'refereed', reports: false },
    { verb: 'led', reports: false },
  ])('$verb: $reports', ({ verb, reports }) => {
    expect(isReportingVerb(verb)).toBe(reports);
  });
});
