import { describe, expect, it } from 'vitest';
import { asksAhead, asksPast } from '../../src/core/question-tense.ts';

describe('asksAhead', () => {
  it.each([
    // a future modal, "next", a slip of either, a plan in the present
    { question: 'when will the mill reopen', ahead: true },
    { question: 'when is the nex meeting', ahead: true },
    { question: "why won't the mill reopen", ahead: true },
    { question: 'when are the talks supposed to resume', ahead: true },
    { question: 'when is the report due to be published', ahead: true },
    // a forecast is asked as a plan is; "whats" is "what is"
    { question: 'whats the final bill likely to end up at', ahead: true },
    { question: 'what was the bill likely to be', ahead: false },
    // a past plan, a place or a cause after "to", the past
    { question: 'what was the mill supposed to make', ahead: false },
    { question: 'are the fans going to the match', ahead: false },
    { question: 'how many homes flooded due to the storm', ahead: false },
    { question: 'when did the mill close', ahead: false },
  ])('$question', ({ question, ahead }) => {
    expect(asksAhead(question)).toBe(ahead);
  });
});

describe('asksPast', () => {
  it.each([
    // the past tense's auxiliaries, with or without the apostrophe of a negation
    { question: 'when did the mill close', past: true },
    { question: "when didn't the mill open", past: true },
    { question: 'what day was the mill sold', past: true },
    { question: 'when werent the gates locked', past: true },
    // the present and the future
    { question: 'whens the deadline for the sale', past: false },
    { question: 'when will the mill reopen', past: false },
    { question: 'when does the mill open', past: false },
  ])('$question', ({ question, past }) => {
    expect(asksPast(question)).toBe(past);
  });
});
