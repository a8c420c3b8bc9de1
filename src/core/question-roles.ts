import type { ExpectedAnswer } from './answer-types.ts';
import { PERSON_TITLES, PRESENT_PARTICIPLE } from './answer-types-words.ts';
import { countryKind } from './countries.ts';
import { isPlainPerson } from './kinds.ts';
import { ADVERB_PARTICLES } from './lexicon.ts';
import type { Concept } from './question.ts';
import { howSaid } from './question-outcome.ts';
import { wordSpans, words } from './text.ts';
import {
  baseForms,
  derivedDoerSenses,
  derivedDoers,
  isOnlyAdverb,
  nounClasses,
  personsDerived,
  relatedWords,
} from './wordnet.ts';
import { plainLemma, wordNetFiles } from './wordnet-files.ts';

// Who a question asks for, when it asks for a person: by their role ("who is the judge", "which
// president") or by what they did ("who wrote the play" → writer, author, playwright).

// Kinds of answer that name a person, and so may be asked for by their role.
const PERSON_KINDS: ReadonlySet<string> = new Set(['person', 'name']);
// "who is …", "who's …", "whos …", "who were …": a question after a person by what they are.
// "who was running the campaign" (or "who is actually commanding") is no such question: the copula
// there is an auxiliary.
// "Who became …" (or "will become") asks what someone came to be, as "who is" asks what they are.
// "Who will be …" or "who's going to be …" asks what someone is to be.
const COPULA_AFTER_WHO =
  /\bwho(?:(?:\s+(?:is|are|was|were)|['’]s|s)\s+going\s+to\s+be|\s+(?:is|was|are|were|became|becomes|(?:will|would|has|had|have)\s+become|(?:will|would)\s+be)|['’]s|s)\b/i;
// "who was it that claimed …" (a cleft) asks the same as "who claimed …": it is no question of what
// someone is.
const CLEFT_WHO = /\bwho(?:\s+(?:is|was)|['’]s|s)\s+it\s+(?:that|who)\b/i;

/** Whether the question asks who someone is: "who is the judge", not "who is (actually) running it". */
function copularWho(text: string): boolean {
  const copula = COPULA_AFTER_WHO.exec(text);
  if (!copula) return false;
  const after = words(text.slice(copula.index + copula[0].length));
  return !PRESENT_PARTICIPLE.test(after[pastAdverbs(after, 0)] ?? '');
}

/** Where the words from `at` on stop being adverbs only ("is actually commanding": at "commanding"). */
function pastAdverbs(asked: readonly string[], at: number): number {
  let past = at;
  while (isOnlyAdverb(asked[past] ?? '')) past++;
  return past;
}

/** The question with a cleft "who was it that" read as a plain "who". */
function uncleft(text: string): string {
  return text.replace(CLEFT_WHO, 'who');
}

/**
 * The concept naming the role of the person asked for: the class of "which president" or "the name of
 * the adviser", or the person noun of "who is the judge". In "who denied sending fighters" the
 * fighters are not who is asked for.
 */
export function roleOf(
  text: string,
  expected: ExpectedAnswer,
  concepts: readonly Concept[],
): Concept | undefined {
  if (!PERSON_KINDS.has(expected.kind ?? 'none')) return undefined;
  const wordOf = (concept: Concept) => concept.readAs ?? (concept.isName ? undefined : concept.word);
  // A title a person is called by is a role whatever its noun first names ("chair": a seat first).
  const isPerson = (concept: Concept) => {
    const word = wordOf(concept);
    return word !== undefined && (nounClasses(word)[0] === 'noun.person' || PERSON_TITLES.has(word));
  };
  // "who is the British maker": a people says whose someone is, not what they are.
  const isRole = (concept: Concept) => isPerson(concept) && countryKind(wordOf(concept) ?? '') === undefined;
  // "the armenian guy" asks for someone, not for one who is mentioned as a guy.
  const role = (concept: Concept | undefined) => {
    const word = concept && wordOf(concept);
    return word !== undefined && !isPlainPerson(word) ? concept : undefined;
  };
  if (expected.classNoun !== undefined) {
    return role(concepts.find((concept) => concept.word === expected.classNoun && isPerson(concept)));
  }
  if (!copularWho(uncleft(text))) return undefined;
  // "a rival buyer", "a fellow player": of two person nouns side by side the last is the role.
  const asked = words(text);
  const sideBySide = (first: Concept, second: Concept) =>
    asked.some((word, k) => word === first.word && asked[k + 1] === second.word);
  let at = concepts.findIndex(isRole);
  while (at >= 0) {
    const next = concepts[at + 1];
    if (!next || !isRole(next) || !sideBySide(concepts[at] as Concept, next)) break;
    at++;
  }
  return role(concepts[at]);
}

/**
 * The noun that tells which of its kind the role asked after is ("defence" of "who is Armenia's
 * defence minister"): the word just before it, a noun of the question that is no name and no
 * adjective. "Foreign Minister Sergey Lavrov" holds another office.
 */
export function roleModifierOf(
  text: string,
  role: Concept,
  concepts: readonly Concept[],
): Concept | undefined {
  const before = nounBefore(text, role, concepts);
  const bases = before ? baseForms(before.readAs ?? before.word) : [];
  return bases.some((base) => base.pos === 'adj') ? undefined : before;
}

/**
 * The concept of the noun just before a concept's word in the question, with nothing but a space
 * between; no name, and no participle ("the fighters killed", "the troops fighting").
 */
function nounBefore(text: string, concept: Concept, concepts: readonly Concept[]): Concept | undefined {
  const spans = wordSpans(text);
  const at = spans.findIndex((span) => span.word === concept.word);
  const [before, own] = [spans[at - 1], spans[at]];
  if (!before || !own || text.slice(before.end, own.start).trim() !== '') return undefined;
  const found = concepts.find((other) => other !== concept && other.word === before.word);
  const noun =
    found !== undefined &&
    !found.isName &&
    !/(?:ing|ed)$/.test(found.word) &&
    baseForms(found.readAs ?? found.word).some((base) => base.pos === 'noun');
  return noun ? found : undefined;
}

/** Whether the question writes a word with a capital, as a name is written ("Marsh" of "Lena Marsh"). */
function capitalisedIn(text: string, word: string): boolean {
  return wordSpans(text).some((span) => span.word === word && /^\p{Lu}/u.test(text.slice(span.start)));
}

/**
 * Whether the question asks what a person it names is ("who is Hussein Akoush", "who was Lena
 * Marsh"): it asks for no other name, but for what the articles say of them. Every word asked is a
 * name, or written as one (a name may be a dictionary word too: Marsh, Hill).
 */
export function asksWhoANameIs(text: string, concepts: readonly Concept[]): boolean {
  return (
    copularWho(uncleft(text)) &&
    concepts.some((concept) => concept.isName) &&
    concepts.every((concept) => concept.isName || capitalisedIn(text, concept.word))
  );
}

// Words that may stand between "who" and the verb of what was done ("who has won", "who will lead").
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will']);
// After a form of "be" only a present participle is done by the one asked for ("who is representing");
// "who was elected" asks for the one it was done to.
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

// How a doer's word may stand to the person noun derived from the verb: itself, another word for it
// (writer → author) or a kind of it (writer → playwright).
const DOER_RELATIONS: ReadonlySet<string> = new Set(['synonym', 'hyponym']);
// Words after a verb that start no object ("who ran for office", "who pulled out"): prepositions and
// adverb particles, closed classes of English.
const PARTICLES: ReadonlySet<string> = new Set([
  ...ADVERB_PARTICLES,
  ...`about across after against along around as at before behind by for from in into on onto through
  to towards under with without`.split(/\s+/),
]);

/** The one a plain "who VERB" asks for, told by what they are (see {@link agentOf}). */
export interface Agent {
  /** The person nouns for the doer, as lemmas: writer, author, playwright. */
  readonly nouns: ReadonlySet<string>;
  /** The classes of those nouns (WordNet synsets), any kind of which is the doer too: a novelist writes. */
  readonly kinds: ReadonlySet<number>;
  /** The question's verb. */
  readonly verb: Concept;
}

/**
 * The doer of "who wrote …": the person nouns WordNet derives from the question's verb (writer; a verb
 * that is itself a person noun, "coach", counts as one), with their synonyms and kinds (author,
 * playwright), as lemmas: a stem would take "authorities" for "author".
 */
export function agentOf(
  text: string,
  expected: ExpectedAnswer,
  concepts: readonly Concept[],
): Agent | undefined {
  if (!PERSON_KINDS.has(expected.kind ?? 'none')) return undefined;
  const state = IN_STATE_OF.exec(uncleft(text));
  const stateWord = concepts.find((concept) => concept.word === state?.[1]?.toLowerCase());
  if (stateWord) return doerOfState(stateWord);
  const asked = words(uncleft(text));
  let at = asked.indexOf('who') + 1;
  if (at === 0) return undefined;
  // "who actually wrote", "who originally directed": an adverb between says how, not what was done.
  while (AUXILIARIES.has(asked[at] ?? '') || isOnlyAdverb(asked[at] ?? '')) at++;
  // After "is", only a present participle is done by the one asked for, adverbs between or not.
  const copula = BE_FORMS.has(asked[at] ?? '');
  if (copula) at = pastAdverbs(asked, at + 1);
  const verbWord = asked[at] ?? '';
  if (copula && !PRESENT_PARTICIPLE.test(verbWord)) return undefined;
  const verb = concepts.find((concept) => concept.word === verbWord && !concept.isName);
  const lemmas = baseForms(verbWord).filter((base) => base.pos === 'verb');
  if (!verb || lemmas.length === 0) return undefined;
  const isPerson = (word: string) => !word.includes(' ') && nounClasses(word)[0] === 'noun.person';
  // "who runs the federation": the people of the verb's senses that take no object (a runner) did
  // something else.
  const next = asked[at + 1];
  const withObject = next !== undefined && !PARTICLES.has(next);
  const fitting = new Set(derivedDoers(verbWord, { withObject }));
  const unfit = withObject
    ? new Set(derivedDoers(verbWord).filter((doer) => !fitting.has(doer)))
    : new Set<string>();
  const doers = new Set(lemmas.map((base) => base.lemma).filter(isPerson));
  for (const related of relatedWords(verbWord))
    if (related.relation === 'derivation' && isPerson(related.word) && !unfit.has(related.word))
      doers.add(related.word);
  const nouns = new Set(doers);
  for (const doer of doers)
    for (const related of relatedWords(doer))
      if (DOER_RELATIONS.has(related.relation) && isPerson(related.word)) nouns.add(related.word);
  // The person sense a sense of the verb derives, whatever the noun mostly means ("heads": a head,
  // a chief) and in whichever of its senses ("presided": a president, the chair of a meeting).
  for (const doer of fitting) if (!doer.includes(' ')) nouns.add(doer);
  // Any kind of a derived doer does it too: a chief executive leads, by way of executive and head.
  const kinds = derivedDoerSenses(verbWord, { withObject });
  return nouns.size > 0 ? { nouns, kinds, verb } : undefined;
}

// "who is in charge of the union", "who's in command of the fleet": someone in a state of being, which
// WordNet defines verbs by.
const IN_STATE_OF = /\bwho(?:\s+(?:is|was|are|were|will\s+be)|['’]s|s)\s+(?:\w+\s+)?in\s+(\w+)\s+of\b/i;
const doersOfStates = new Map<string, Pick<Agent, 'nouns' | 'kinds'>>();

/**
 * The doer of "who is in charge of …": the people derived from the verbs WordNet defines as being in
 * that state ("be in charge of": direct, head, lead → a director, a head, a leader), with their other
 * words; any kind of them is the doer too (a chief executive is a head).
 */
function doerOfState(state: Concept): Agent | undefined {
  let found = doersOfStates.get(state.word);
  if (found === undefined) {
    const persons = wordNetFiles()
      .synsetsDefinedAs('verb', `be in ${state.word} of`)
      .flatMap((verb) => personsDerived(verb));
    found = {
      nouns: new Set(persons.flatMap((person) => person.words.map(plainLemma))),
      kinds: new Set(persons.map((person) => person.offset)),
    };
    doersOfStates.set(state.word, found);
  }
  return found.nouns.size > 0 ? { ...found, verb: state } : undefined;
}

// "what did Disney say about the scenes", "what does Azerbaijan think of the plan": whose words are asked.
const SAYING_QUESTION =
  /\bwhat\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|think|tell|claim|reckon|argue)\b/i;

/**
 * For "what did X say about Y" or "how did X respond to Y": the names of X, whose own words answer (a
 * quote of someone else who mentions X does not). Empty for any other question, and when X names no one
 * ("what did the report say about …" asks what a text says).
 */
export function speakerAsked(text: string, concepts: readonly Concept[]): Concept[] {
  const asked = SAYING_QUESTION.exec(text)?.[1] ?? howSaid(text)?.speaker;
  if (asked === undefined) return [];
  const speaker = new Set(words(asked));
  return concepts.filter(
    (concept) => concept.isName && concept.word.split(' ').some((word) => speaker.has(word)),
  );
}
