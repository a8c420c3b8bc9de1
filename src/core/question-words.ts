import { wordList as list } from './answer-types-words.ts';
import { wordMeant } from './chat-forms.ts';
import { words } from './text.ts';

// How a question opens: the words that ask, the words that may come before them, and the clause
// that holds them.

// Folded first words of a yes/no question ("isn't" folds to "isn" + "t"; typed without the apostrophe,
// "isnt"), and the words that open one with its auxiliary left out ("anyone hurt?", "any deaths?").
export const YES_NO_STARTS =
  list(`is are was were am do does did has have had can could will would should shall may
  might must isn aren wasn weren don doesn didn hasn haven hadn can cannot couldn won wouldn shouldn
  isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt cant couldnt wont wouldnt shouldnt
  any anyone anybody anything`);
// First words of a yes/no question about what has happened: the past and perfect auxiliaries.
export const HAPPENED_STARTS = list(
  'did didn didnt was wasn wasnt were weren werent has hasn hasnt have haven havent had hadn hadnt',
);
// Words that may come before the question proper ("and who …", "so why …", "please tell me when …").
export const LEADING_FILLER =
  list(`and so but then ok okay please tell me us you know do can could would i want to
  wonder explain`);
export const QUESTION_WORDS = list('who which what where when why how');

// Words that ask as a question word does: "whereabouts in Dominica will they film" asks where.
const ASKING_WORDS: ReadonlyMap<string, string> = new Map([['whereabouts', 'where']]);

/**
 * A word as meant when it may be a question word: its chat form or slip read ("hw" → how, "waht" →
 * what); a form that stands for several words stays as typed.
 */
export function questionWordMeant(word: string): string {
  const asks = ASKING_WORDS.get(word);
  if (asks !== undefined) return asks;
  return wordMeant(word);
}

/**
 * The clause that asks: "According to TASS, when did …", "When Iran said it had a plan, who was …",
 * "that ex-KGB guy refusing to eat, how much did …". A question word or auxiliary opening a later
 * clause asks the question; the clauses before it only say what it is about. A question that opens
 * as one ("why, according to …, does …") asks as it opens; so does one without such a clause.
 */
export function askingClause(question: string): string {
  const clauses = question.split(',');
  if (clauses.length < 2) return measureAsked(question);
  const opening = words(clauses[0] ?? '').map(questionWordMeant);
  const [first = '', second = ''] = opening;
  // "when Iran said …" tells when the asked thing happened; "when did …", "when was …" ask.
  const subordinate = first === 'when' && !YES_NO_STARTS.has(second) && opening.length > 1;
  if (!subordinate && (QUESTION_WORDS.has(first) || YES_NO_STARTS.has(first))) return question;
  for (let i = 1; i < clauses.length; i++) {
    const start = questionWordMeant(words(clauses[i] ?? '')[0] ?? '');
    if (QUESTION_WORDS.has(start) || YES_NO_STARTS.has(start)) return clauses.slice(i).join(',');
  }
  return measureAsked(question);
}

// "How" and a word that asks for a measure: "coastway fleet size how many trains" asks a count.
const MEASURE_ASKED = /(?<![\p{L}\p{N}])(\p{L}+)\s+(?:many|much|long|old|far|big)(?![\p{L}\p{N}])/giu;

/**
 * A query that ends by asking a measure ("coastway fleet size how many trains"): the "how" and what
 * follows ask; the words before only say what it is about. Otherwise the question as it is.
 */
function measureAsked(question: string): string {
  const first = questionWordMeant(words(question)[0] ?? '');
  if (QUESTION_WORDS.has(first) || YES_NO_STARTS.has(first)) return question;
  for (const match of question.matchAll(MEASURE_ASKED)) {
    if (match.index > 0 && questionWordMeant((match[1] ?? '').toLowerCase()) === 'how')
      return question.slice(match.index);
  }
  return question;
}
