import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

const index = NewsIndex.build(
  [
    article('hearing', {
      title: 'Hearing notes',
      texts: ['The attorney for Tomas Olsen asked the judge for more time.', 'The team lost the race.'],
    }),
  ],
  loadLexicon(),
);

describe('the role of the person asked for', () => {
  const cases = [
    { question: "who is Olsen's attorney", role: 'attorney' },
    { question: 'who was the judge at the hearing', role: 'judge' },
    // of two person nouns side by side, the last is the role
    { question: 'who was tipped as a rival buyer for the court', role: 'buyer' },
    { question: 'which president visited the court', role: 'president' },
    // what someone came to be is asked as what they are
    { question: 'who became the new judge after the hearing', role: 'judge' },
    { question: 'who will become judge', role: 'judge' },
    // what someone is to be is asked as what they are
    { question: "who's going to be the new judge", role: 'judge' },
    { question: 'who will be the judge at the hearing', role: 'judge' },
    // a title is a role whatever its noun first names (a chair is a seat first)
    { question: 'who is the chair of the hearing', role: 'chair' },
    { question: 'what is the name of the judge', role: 'judge' },
    // misspelt, it is read as the word meant
    { question: "who is Olsen's atorney", role: 'atorney' },
    // the fighters are not who is asked for
    { question: 'who denied sending fighters', role: undefined },
    // "who was it that …" asks who did it, not what someone is
    { question: 'who was it that said the judge lied', role: undefined },
    // not a question after a person
    { question: 'when did the judge arrive', role: undefined },
    // "was" is an auxiliary here: who did it, not what someone is
    { question: 'who was running the campaign for the judge', role: undefined },
    { question: 'who is actually running the campaign for the judge', role: undefined },
    // a person told only by sex or age is someone, not a part played; no later person noun is the role
    { question: 'who was the guy who sued the attorney', role: undefined },
    { question: 'who was the woman at the hearing', role: undefined },
  ] as const;
  for (const { question, role } of cases) {
    it(`${question}: ${role ?? 'no role'}`, () => {
      expect(analyzeQuestion(index, question).role?.word).toBe(role);
    });
  }
});

describe('a question of who a named person is asks for no name', () => {
  const cases = [
    { question: 'who is Tomas Olsen', asksName: false },
    { question: 'who was Olsen', asksName: false },
    // a role beside the name is asked after
    { question: "who is Olsen's attorney", asksName: true },
    { question: 'who defended Olsen', asksName: true },
  ] as const;
  for (const { question, asksName } of cases) {
    it(`${question}: ${asksName ? 'a name' : 'what the articles say of him'}`, () => {
      expect(analyzeQuestion(index, question).expected.kind !== null).toBe(asksName);
    });
  }
});

describe('the doer of "who VERB …"', () => {
  const cases = [
    // the person noun WordNet derives from the verb, its synonyms and kinds
    { question: 'who wrote Blue Harbour', doers: ['writer', 'author', 'playwright'] },
    { question: 'who has won the race', doers: ['winner'] },
    { question: 'who is representing Olsen', doers: ['representative'] },
    // a verb that is itself a person noun
    { question: 'who coaches the team', doers: ['coach'] },
    // a state WordNet defines verbs by ("be in charge of": direct, head, lead)
    { question: 'who is in charge of the team', doers: ['director', 'leader', 'head'] },
    // the person sense a sense of the verb derives, whatever the noun mostly means
    { question: 'who heads the team', doers: ['head', 'chief'] },
    { question: 'who denied sending fighters', doers: ['denier'] },
    // and in whichever of the noun's senses: the one who presides at a meeting is its chair
    { question: 'who presided over the hearing', doers: ['president', 'chairman', 'chair'] },
    // a cleft asks the same as the plain question
    { question: 'who was it that wrote Blue Harbour', doers: ['writer', 'author'] },
    // an adverb between says how, not what was done
    { question: 'who actually wrote Blue Harbour', doers: ['writer', 'author', 'playwright'] },
    { question: 'who originally wrote Blue Harbour', doers: ['writer', 'author'] },
    { question: 'who is actually representing Olsen', doers: ['representative'] },
    // done to the one asked for, not by them
    { question: 'who was elected', doers: [] },
    { question: 'who was sent to the front', doers: [] },
  ] as const;
  for (const { question, doers } of cases) {
    it(`${question}: ${doers.join(', ') || 'no doer'}`, () => {
      const nouns = analyzeQuestion(index, question).agent?.nouns ?? new Set<string>();
      for (const doer of doers) expect(nouns.has(doer)).toBe(true);
      if (doers.length === 0) expect(nouns.size).toBe(0);
    });
  }
});

describe('the doer by the senses of the verb that fit the question', () => {
  const cases = [
    // running a team takes an object; running on one's feet does not
    { question: 'who runs the team', present: [], absent: ['runner', 'jogger'] },
    { question: 'who ran in the race', present: ['runner'], absent: [] },
    { question: 'who ran for office', present: ['runner'], absent: [] },
    // a sense with an object keeps its doers
    { question: 'who heads the team', present: ['head', 'chief'], absent: [] },
  ] as const;
  for (const { question, present, absent } of cases) {
    it(`${question}: ${present.join(', ') || '-'}; not ${absent.join(', ') || '-'}`, () => {
      const nouns = analyzeQuestion(index, question).agent?.nouns ?? new Set<string>();
      for (const doer of present) expect(nouns.has(doer)).toBe(true);
      for (const doer of absent) expect(nouns.has(doer)).toBe(false);
    });
  }
});

describe('whose words "what did X say" or "how did X respond" asks for', () => {
  const cases = [
    { question: "what did Olsen's attorney say about the judge", speaker: ['olsen'] },
    // a text is no one
    { question: 'what did the report say about the judge', speaker: [] },
    { question: 'what does Tomas Olsen think of the team', speaker: ['tomas olsen'] },
    // not a question after anyone's words
    { question: 'what did the judge decide', speaker: [] },
    { question: 'who said the team lost', speaker: [] },
    // a manner of saying is asked of the one named before the verb of saying
    { question: 'how did Tomas Olsen respond to the judge', speaker: ['tomas olsen'] },
    { question: 'how does Olsen describe the team', speaker: ['olsen'] },
    // a verb that is no saying asks how something was done
    { question: 'how did Olsen reach the hearing', speaker: [] },
    { question: 'how did the team respond', speaker: [] },
  ] as const;
  for (const { question, speaker } of cases) {
    it(`${question}: ${speaker.join(', ') || 'nobody'}`, () => {
      expect((analyzeQuestion(index, question).speaker ?? []).map((c) => c.word)).toEqual(speaker);
    });
  }
});

describe('the role asked after', () => {
  it('a people is no role: "the britsh maker" asks for a maker', () => {
    const feta = NewsIndex.build(
      [
        article('feta', {
          title: 'Feta',
          texts: ['British feta is made by its sole British maker, Dales Cheeses.'],
        }),
      ],
      loadLexicon(),
    );
    // "britsh" is read as "British", a word WordNet also knows for the people
    expect(analyzeQuestion(feta, 'whos the only britsh fetta maker').role?.word).toBe('maker');
  });
});
