import type { Token } from './answer-types-nlp.ts';
import { wordList as list } from './answer-types-words.ts';
import { englishSpellings, slipOf } from './lexicon.ts';
import { isWordNetWord } from './wordnet.ts';

// The noun phrase a "which/what" question asks about, read off the tagger's tokens.

// Parts of speech that may form the noun phrase after "which"/"what" ("which western tobacco firm").
export const PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Nouns that ask about the noun after "of" by its kind: "what kind of milk", "which model of drone". */
const KIND_HEADS = list('kind kinds type types sort sorts model models make');
/** Nouns that ask for a name in so many words: "the name of the paper", "what's WorldCom's name". */
export const NAME_HEADS = list('name names title');
/** Nouns for a kind of made thing that is told by its name: "the model of the drone" (a Bayraktar TB2). */
export const MODEL_HEADS = list('model models make brand brands');
// Head nouns that ask about the noun after "of": "what kind of milk", "the name of the paper".
const OF_HEADS: ReadonlySet<string> = new Set([...KIND_HEADS, ...NAME_HEADS]);

/** A head noun as meant: a word no dictionary knows is read as the English word one edit away ("titel"). */
function meant(word: string): string {
  return isWordNetWord(word) ? word : (englishSpellings(word)[0] ?? slipOf(word, OF_HEADS) ?? word);
}

/**
 * The head noun of the phrase that starts at token `from`: the last noun before the verb, or a
 * possessor; and whether the phrase asks for a name in so many words ("the name of the paper").
 */
export function headNoun(tokens: readonly Token[], from: number): { head?: Token; asksName: boolean } {
  let head: Token | undefined;
  let asksName = false;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i];
    // An -ing word before the noun it qualifies ("her finishing time"); after the noun it starts a clause.
    const gerund =
      !head && token?.pos === 'VERB' && token.lower.endsWith('ing') && tokens[i + 1]?.pos === 'NOUN';
    if (!token || !(PHRASE_TAGS.has(token.pos) || token.lower === 'of' || gerund)) break;
    if (token.lower === 'of') {
      // "what kind of milk", "the name of the paper": the noun after "of" is the one asked about.
      if (head && OF_HEADS.has(meant(head.lower))) {
        asksName ||= NAME_HEADS.has(meant(head.lower)) || MODEL_HEADS.has(meant(head.lower));
        head = undefined;
        while (['the', 'a', 'an'].includes(tokens[i + 1]?.lower ?? '')) i++;
        // "the name of Sigarchi's lawyer": the lawyer is asked about, not Sigarchi.
        const possessed = afterPossessor(tokens, i + 1);
        if (possessed !== undefined) i = possessed - 1;
        continue;
      }
      break;
    }
    // A name after the noun starts the clause after the phrase ("the paper sigarchi edits", "the border
    // Iran shares"), a lower-case one no dictionary knows included.
    if (head && (token.pos === 'PROPN' || (token.pos === 'NOUN' && !isWordNetWord(token.lower)))) break;
    if (token.pos === 'NOUN' || (token.pos === 'PROPN' && !head)) head = token;
    const next = tokens[i + 1];
    if (next && (next.lower === "'s" || next.lower === '’s' || next.text === "'" || next.text === '’')) break;
  }
  return head ? { head, asksName } : { asksName };
}

// Words that say whose the thing asked about is ("what was her time").
export const POSSESSIVE_DETERMINERS = list('his her its their my your our');
// The most words of a possessor ("the Kenyan team captain's") read before its "'s".
const MAX_POSSESSOR_WORDS = 4;
// Parts of speech that end a possessor before any "'s": it is a noun phrase.
const NOT_IN_POSSESSOR = new Set(['AUX', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'PART']);
const isPossessiveMark = (token: Token | undefined) =>
  token !== undefined && ["'s", '’s', "'", '’'].includes(token.lower);

/** Where the thing owned starts after a possessor at `from` ("her", "Kemp's"), if one stands there. */
export function afterPossessor(tokens: readonly Token[], from: number): number | undefined {
  if (POSSESSIVE_DETERMINERS.has(tokens[from]?.lower ?? '')) return from + 1;
  for (let i = from; i < from + MAX_POSSESSOR_WORDS && i < tokens.length; i++) {
    const token = tokens[i];
    if (isPossessiveMark(token)) return i > from ? i + 1 : undefined;
    if (!token || NOT_IN_POSSESSOR.has(token.pos)) return undefined;
  }
  return undefined;
}

/** Whether the question ends with the verb at `at`, or with it and a stranded preposition ("charged with"). */
export function endsWithItsVerb(tokens: readonly Token[], at: number): boolean {
  const rest = tokens.slice(at + 1);
  return tokens[at]?.pos === 'VERB' && (rest.length === 0 || (rest.length === 1 && rest[0]?.pos === 'ADP'));
}

/**
 * Whether the word at `at` is a verb's -ing form, which after "is the X" makes X its subject: "what is
 * the union threatening", "what is the club doing about it" ask what X does, not which X.
 */
export function isProgressiveVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token?.pos === 'VERB' && token.lower.endsWith('ing');
}
