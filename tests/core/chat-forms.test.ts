import { describe, expect, it } from 'vitest';
import { expectedAnswer } from '../../src/core/answer-types.ts';
import { wordsMeant } from '../../src/core/chat-forms.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

describe('the words a chat form stands for', () => {
  const cases = [
    ['ppl', ['people']],
    ['yr', ['year']],
    ['govt', ['government']],
    ['hw', ['how']],
    ['wat', ['what']],
    ['gonna', ['will']],
    // any other word is itself
    ['people', ['people']],
    ['kampala', ['kampala']],
  ] as const;
  for (const [word, meant] of cases) {
    it(`${word} → ${meant.join(' ')}`, () => {
      expect(wordsMeant(word)).toEqual(meant);
    });
  }
});

describe('a question typed as in chat is read as the question meant', () => {
  const index = NewsIndex.build(
    [
      article('cheese', {
        title: 'Cheese exports grow',
        texts: ['Denmark produces about 30,000 tonnes of cheese a year, and most people there eat it daily.'],
      }),
    ],
    loadLexicon(),
  );
  const cases = [
    ['hw much cheese does denmark make a yr', 'how much cheese does denmark make a year'],
    ['wat do ppl in denmark eat', 'what do people in denmark eat'],
    ['is denmark gonna make more cheese', 'will denmark make more cheese'],
  ] as const;
  for (const [typed, meant] of cases) {
    it(typed, () => {
      const words = (question: string) => analyzeQuestion(index, question).concepts.map((c) => c.word);
      expect(words(typed)).toEqual(words(meant));
      expect(expectedAnswer(typed)).toEqual(expectedAnswer(meant));
    });
  }
});
