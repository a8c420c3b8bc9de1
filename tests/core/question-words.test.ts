import { describe, expect, it } from 'vitest';
import { askingClause, questionWordMeant } from '../../src/core/question-words.ts';

describe('askingClause', () => {
  const cases = [
    // a question word or auxiliary opening a later clause asks
    { question: 'According to the council, when did the mill close?', clause: ' when did the mill close?' },
    { question: 'When the mayor spoke, who answered?', clause: ' who answered?' },
    { question: 'the old mill, the one by the river, how many jobs went', clause: ' how many jobs went' },
    { question: 'After the mill shut, did the workers get paid?', clause: ' did the workers get paid?' },
    { question: 'the old mill, wat happened to it', clause: ' wat happened to it' },
    // a question that opens as one asks as it opens
    {
      question: 'when did the mill close, and who shut it',
      clause: 'when did the mill close, and who shut it',
    },
    {
      question: 'why, according to the council, did it close',
      clause: 'why, according to the council, did it close',
    },
    { question: 'did it close, and when', clause: 'did it close, and when' },
    // a query that ends by asking a measure
    { question: 'coastway fleet size how many trains', clause: 'how many trains' },
    { question: 'mill closure hw long did it take', clause: 'hw long did it take' },
    { question: 'very long trains', clause: 'very long trains' },
    // no clause asks: the whole question, as typed
    { question: 'mill closure, jobs lost', clause: 'mill closure, jobs lost' },
    { question: 'who shut the mill', clause: 'who shut the mill' },
    { question: '', clause: '' },
  ];
  for (const { question, clause } of cases) {
    it(`"${question}"`, () => expect(askingClause(question)).toBe(clause));
  }
});

describe('questionWordMeant', () => {
  it.each([
    ['wat', 'what'],
    ['whereabouts', 'where'],
    ['mill', 'mill'],
  ])('%s → %s', (word, meant) => expect(questionWordMeant(word)).toBe(meant));
});
