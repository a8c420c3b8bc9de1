import { describe, expect, it } from 'vitest';
import { expectedAnswer } from '../../src/core/answer-types.ts';
import { symbolsSpelled, wordsMeant } from '../../src/core/chat-forms.ts';
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
    ['wats', ['what']],
    ['gonna', ['will']],
    // a slip of a question word
    ['wher', ['where']],
    ['waht', ['what']],
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
    ['wher do ppl in denmark eat cheese', 'where do people in denmark eat cheese'],
    // a symbol typed for a word
    ['what % of people in denmark eat cheese', 'what percent of people in denmark eat cheese'],
  ] as const;
  for (const [typed, meant] of cases) {
    it(typed, () => {
      const words = (question: string) => analyzeQuestion(index, question).concepts.map((c) => c.word);
      expect(words(typed)).toEqual(words(meant));
      expect(expectedAnswer(typed)).toEqual(expectedAnswer(meant));
    });
  }
});

describe('symbols typed for words', () => {
  const cases = [
    ['what % of people', 'what  percent  of people'],
    ['rates rose 5%', 'rates rose 5 percent '],
    ['Marks & Spencer', 'Marks  and  Spencer'],
    ['no symbols here', 'no symbols here'],
  ] as const;
  for (const [typed, spelled] of cases) {
    it(`${typed} → ${spelled}`, () => {
      expect(symbolsSpelled(typed)).toBe(spelled);
    });
  }
});
