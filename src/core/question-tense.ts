import { wordList as list } from './answer-types-words.ts';
import { slipOf } from './lexicon.ts';
import { words } from './text.ts';

// Whether a question asks about what is still to come, or about the past: its tense, read from its words.

// Words of a question that ask about what is still to come: the future's modals and "next".
const AHEAD_WORDS = list('will shall gonna next upcoming');
// "When are the talks supposed to resume", "is it going to open": a plan, in the present, with "to".
// ("What was it supposed to do" asks about a past plan.)
// "What is the bill likely to end up at": a prediction, as a plan is.
const PLAN_WORDS = list('supposed expected due set scheduled going planned likely');
// "whats" is "what is", as chat types it.
const PRESENT_BE = list('is are am s re whats');
// "going to the match" and "due to the storm" tell of a place and a cause: the plan is "to" and a verb.
const NOT_A_VERB_AFTER_TO = list('the a an his her its their my your our this that these those');

/** Whether the word at `i` and the words after it tell a plan: "supposed to resume", "due to be held". */
const planned = (all: readonly string[], i: number) =>
  PLAN_WORDS.has(all[i] ?? '') &&
  all[i + 1] === 'to' &&
  (all[i] === 'due' ? all[i + 2] === 'be' : !NOT_A_VERB_AFTER_TO.has(all[i + 2] ?? 'the'));

/**
 * Whether a question asks about what is still to come (see {@link ExpectedAnswer.ahead}): a future
 * modal, "next", or a plan in the present tense. A slip of one of its words is read as it, as a slip of
 * a question word is ("nex", "wil").
 */
export function asksAhead(question: string): boolean {
  const all = words(question);
  // "won't" folds to "won" and "t".
  return all.some(
    (word, i) =>
      AHEAD_WORDS.has(word) ||
      (word === 'won' && all[i + 1] === 't') ||
      slipOf(word, AHEAD_WORDS) !== undefined ||
      (planned(all, i) && all.slice(0, i).some((w) => PRESENT_BE.has(w))),
  );
}

// The past tense's auxiliaries, as typed ("didnt", "wasnt": chat forms without the apostrophe) and as
// folded with it ("didn't" is "didn" and "t").
const PAST_WORDS = list('did didnt didn was wasnt wasn were werent weren');

/**
 * Whether a question asks about the past by its auxiliary ("when did the club go into administration",
 * "what day was it sold").
 */
export function asksPast(question: string): boolean {
  return words(question).some((word) => PAST_WORDS.has(word));
}
