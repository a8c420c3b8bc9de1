import { analyse, type Token } from './answer-types-nlp.ts';
import type { Concept } from './question.ts';
import { foldWord, words } from './text.ts';
import { baseForms, isOnlyAdverb, isPlainVerb, verbClasses } from './wordnet.ts';

// What happened, as a question asks it: the words that say what happened (its verb and the state it
// ends in), and whether the question asks how something ended.
//
// A question after how something ended ("was he found guilty in the end", "did she end up getting
// picked", "is the factory built yet", "what sentence did the judge finally hand him") asks for an
// outcome: only a sentence that tells it happened (or did not), in the question's own terms, answers
// it. One that tells of the matter on the way there ("he could face 85 years", "the team will decide
// whether she is included") does not.
// "At last" is one of them only where it ends a clause: "at last summer's trials" is a time.
const OUTCOME_WORDS =
  /\b(?:in\s+the\s+end|end(?:s|ed|ing)?\s+up|eventually|finally|ultimately|at\s+last(?=\s*(?:$|[?.!,;]))|yet)\b/gi;
// "not yet", "yet another": not "by now".
const NOT_COMPLETION = /\b(?:not|n['’]t)\s+yet\b|\byet\s+(?:another|again|more)\b/i;
// Tags of the words that say what happened: the verb and the state it ends in ("found guilty").
const PREDICATE_TAGS: ReadonlySet<string> = new Set(['VERB', 'ADJ']);
// Tags of the words before the noun a verb takes: "the", "Kenya's", "new", a name.
const OBJECT_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PART', 'PROPN', 'NOUN']);

/** Whether the question asks how something ended (see {@link OUTCOME_WORDS}). */
export function asksOutcome(text: string): boolean {
  return outcomeWords(text).length > 0;
}

/**
 * Where the question says it asks how something ended ("in the end", "end up"): those words say when,
 * not what, and are no concept of the question.
 */
export function outcomeWords(text: string): { start: number; end: number }[] {
  if (NOT_COMPLETION.test(text)) return [];
  return [...text.matchAll(OUTCOME_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The concepts that say what happened, read from the question's tagged tokens: those the tagger reads
 * as a verb or adjective ("found", "guilty", "picked", "arrested"), never a name; for a verb too plain
 * to be a concept ("get", "make"), the noun it takes ("make the squad").
 */
export function predicates(tokens: readonly Token[], concepts: readonly Concept[]): Concept[] {
  // A word before "'s" is a possessor, whatever the tagger says ("is Bat's factory built").
  const predicates = new Set(
    tokens
      .filter((token, i) => PREDICATE_TAGS.has(token.pos) && tokens[i + 1]?.pos !== 'PART')
      .map((token) => foldWord(token.text)),
  );
  // "did she make the squad in the end": a verb too plain to be a concept says what happened by the
  // noun it takes (she is in the squad), as "taken prisoner" does by "prisoner".
  const byWord = new Map(concepts.map((concept) => [wordAsRead(concept), concept]));
  tokens.forEach((token, i) => {
    if (token.pos !== 'VERB' || byWord.has(foldWord(token.text))) return;
    for (const next of tokens.slice(i + 1)) {
      const concept = byWord.get(foldWord(next.text));
      if (next.pos === 'NOUN' && concept && !concept.isName) predicates.add(concept.word);
      if (!OBJECT_LEAD_TAGS.has(next.pos) || (next.pos === 'NOUN' && !concept?.isName)) break;
    }
  });
  // A phrase ("found guilty") is a predicate when a word of it is.
  return concepts.filter(
    (concept) =>
      !concept.isName &&
      wordAsRead(concept)
        .split(' ')
        .some((word) => predicates.has(word)),
  );
}

// The question is tagged with its misspelt words as read ("killd" as killed).
const wordAsRead = (concept: Concept) => concept.readAs ?? concept.word;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The question's tokens, tagged with each misspelt word as it is read ("how many were killd" →
 * "killed"): the tagger reads a word it does not know as a name, not as the verb it is.
 */
export function taggedAsRead(text: string, concepts: readonly Concept[]): readonly Token[] {
  let read = text;
  for (const { word, readAs } of concepts) {
    if (readAs === undefined || word.includes(' ')) continue;
    const typed = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu');
    read = read.replace(typed, readAs);
  }
  return analyse(read).tokens;
}

// The words that may stand between "be" and "left" ("still", "actually", "really"): "still" is a
// noun, a verb and an adjective too ("a still", "to still", "still water").
const standsBetween = (word: string) => word === 'still' || isOnlyAdverb(word);

/** Whether a word is a form of "be" (by WordNet's morphology: "is", "were", "been"). */
const isFormOfBe = (word: string) =>
  baseForms(word).some((base) => base.pos === 'verb' && base.lemma === 'be');

/**
 * The question's verbs that tell only that something is, not what was done to it: those whose most
 * frequent sense in WordNet is a state ("live", "remain", "exist"), and "left" after a form of "be"
 * ("how many Caribs are left"). Any count of the ones asked about tells as much ("3,000 Caribs live").
 */
export function verbsOfBeing(tokens: readonly Token[]): ReadonlySet<string> {
  const being = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.pos !== 'VERB') return;
    // "are left", "were still left", "are actually left": WordNet's "remain" is "be left"; an adverb
    // between says how, not what.
    let before = i - 1;
    while (before > 0 && standsBetween(tokens[before]?.lower ?? '')) before--;
    const left = token.lower === 'left' && isFormOfBe(tokens[before]?.lower ?? '');
    if (left || verbClasses(token.lower)[0] === 'verb.stative') being.add(foldWord(token.text));
  });
  return being;
}

// The tags of the particle of a phrasal verb ("own up", "back down").
const PARTICLE_TAGS: ReadonlySet<string> = new Set(['ADP', 'PART']);
// A verb says what someone said when a sense of communication is among this many of its commonest:
// the senses whose synonyms the lexicon reads (wordnet.ts).
const REPORTING_SENSES = 2;

/**
 * Whether a word of the question is only a plain verb (see {@link isPlainVerb}): "played",
 * "held", not "play", which is also a noun.
 */
export const isOnlyPlainVerb = (word: string) =>
  isPlainVerb(word) && !baseForms(word).some((base) => base.pos === 'noun');

/**
 * What was done to (or by) the ones counted, or what a yes/no question asks to have happened: the
 * question's verbs and adjectives, but a plain verb (see {@link isPlainVerb}) only by the noun after
 * it, as in "taken prisoner", and a verb of being ("how many are left": see `verbsOfBeing`) not at
 * all. In a claim, a plain verb that takes a name or nothing after it tells the deed itself: "did the
 * Falcons beat Redmoor" asks whether they beat them, which "the Falcons travel to Redmoor" does not tell.
 */
export function deedOf(
  happened: readonly Concept[],
  concepts: readonly Concept[],
  counted: string | undefined,
  being: ReadonlySet<string>,
  { claim = false }: { readonly claim?: boolean } = {},
): Concept[] {
  return happened.flatMap((concept) => {
    if (concept.word === counted || being.has(concept.word)) return [];
    // "turn down" is a deed of its own, however many things "turn" may mean.
    // Counts ask for no plain verb to be told.
    if (!isPlainVerb(concept.phrasal ?? concept.word)) return [concept];
    const next = concepts[concepts.indexOf(concept) + 1];
    if (claim && (!next || next.isName)) return [concept];
    const noun =
      next && !next.isName && next.word !== counted && baseForms(next.word).some((b) => b.pos === 'noun');
    return noun && !happened.includes(next) ? [next] : [];
  });
}

/** The concepts the tagger reads as verbs in the question. */
export function verbsOf(tokens: readonly Token[], concepts: readonly Concept[]): Concept[] {
  return concepts.filter((concept) =>
    tokens.some((token) => token.pos === 'VERB' && foldWord(token.text) === (concept.readAs ?? concept.word)),
  );
}

/** Whether a verb has a sense of communication among its commonest in WordNet ("claim", "speak", "own up"). */
export function isSayingVerb(verb: string): boolean {
  return verbClasses(verb).slice(0, REPORTING_SENSES).includes('verb.communication');
}

/**
 * Whether a verb's commonest sense is one of communication ("claim", "deny", "speak"): its doer is told
 * as the one a report quotes. "Write" and "referee" have such a sense too, but a writer or a referee
 * is told by what they did.
 */
export function isReportingVerb(verb: string): boolean {
  return verbClasses(verb)[0] === 'verb.communication';
}

// "how did Kestran respond to the footage", "how does Pugh describe it": how someone put something.
const HOW_QUESTION = /\bhow\s+(?:did|does|do|has|have|had)\s+(.+)$/i;

/**
 * For "how did X respond …" (a verb of saying after the one asked of): X's words and the verb. A
 * manner of saying is asked, told in X's own words.
 */
export function howSaid(text: string): { speaker: string; verb: string } | undefined {
  const rest = words(HOW_QUESTION.exec(text)?.[1] ?? '');
  const verbAt = rest.findIndex((word, k) => k > 0 && isSayingVerb(word));
  return verbAt > 0 ? { speaker: rest.slice(0, verbAt).join(' '), verb: rest[verbAt] ?? '' } : undefined;
}

/**
 * Whether a yes/no question asks what someone said ("did Sullivan admit his guilt"), which a report
 * tells in words of its own ("he lied to the board", "Assad says militants are from Syria"): a verb with
 * a sense of communication among its commonest in WordNet ("confirm", "own up").
 */
export function asksWhatWasSaid(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    const next = tokens[i + 1];
    // A phrasal verb WordNet knows, however the tagger reads its verb ("own" in "own up" as an adjective).
    const phrasal = next && PARTICLE_TAGS.has(next.pos) ? `${token.lower} ${next.lower}` : undefined;
    if (phrasal && verbClasses(phrasal).length > 0) return isSayingVerb(phrasal);
    return token.pos === 'VERB' && isSayingVerb(token.lower);
  });
}
