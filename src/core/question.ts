import { type ExpectedAnswer, expectedAnswer } from './answer-types.ts';
import { NAME_HEADS } from './answer-types-phrases.ts';
import { compoundsJoined, symbolsSpelled, yearsInFull } from './chat-forms.ts';
import { countryKind } from './countries.ts';
import { namesOneOfAPeople } from './kinds.ts';
import { conceptOf, nameConcept } from './question-concepts.ts';
import {
  asksOutcome,
  asksWhatWasSaid,
  deedOf,
  predicates,
  taggedAsRead,
  verbsOf,
  verbsOfBeing,
} from './question-outcome.ts';
import {
  type Agent,
  agentOf,
  asksWhoANameIs,
  roleModifierOf,
  roleOf,
  speakerAsked,
} from './question-roles.ts';
import { conceptSeeds, joinNames, MAX_QUESTION_CHARS, nameSlips } from './question-seeds.ts';
import { askingClause } from './question-words.ts';
import type { NewsIndex } from './search-index.ts';
import { words } from './text.ts';
import { baseForms, verbClasses } from './wordnet.ts';

/** One wording of a concept and how much a match on it counts (the word as asked counts 1). */
export interface Wording {
  readonly terms: readonly string[];
  readonly factor: number;
}

/** A content word (or phrase) of the question, with its other wordings and its weight (rarer counts more). */
export interface Concept {
  /** The word or phrase as asked, folded. */
  readonly word: string;
  /** Its index terms joined by spaces. */
  readonly term: string;
  readonly wordings: readonly Wording[];
  readonly weight: number;
  /** Whether the corpus uses any wording of it at all. */
  readonly known: boolean;
  /** Whether the corpus uses the word itself (as asked, or spelt as the articles spell it). */
  readonly usedAsAsked: boolean;
  /** A name or other word outside the general vocabulary: what the question is about, never paraphrased. */
  readonly isName: boolean;
  /**
   * A name the dictionary knows ("australia", "eiffel") or a number: no other words can stand in for
   * it, so articles that never use it cannot answer. (A word no dictionary knows may be a typo or slang.)
   */
  readonly mustAppear: boolean;
  /** For the class a "which/what X" question asks for: the wordings of its kinds the corpus uses. */
  readonly kinds: readonly Wording[];
  /**
   * For a name the articles use just as asked: the wordings that show an article mentions it, its own
   * and the names its dictionary definition gives ("Azeri": an ethnic group living in Azerbaijan). An
   * article with none of them tells of something else. Empty for other words, and for a name the
   * question spells otherwise (the articles' spelling is only a guess at what was meant).
   */
  readonly mentions: readonly Wording[];
  /** For a word no dictionary knows: the English word it is read as, a typo corrected ("atorney" → attorney). */
  readonly readAs?: string;
  /** For a verb whose particle makes one verb with it ("turn down": reject), that verb. */
  readonly phrasal?: string;
}

export interface QuestionAnalysis {
  readonly concepts: readonly Concept[];
  readonly expected: ExpectedAnswer;
  /** Every folded word of the question, stop words included. */
  readonly asked: ReadonlySet<string>;
  /**
   * For a question after a person, the concept that names their role ("lawyer" in "who is Ebbers'
   * lawyer", "judge", "author"): the name that answers stands beside it in the article.
   */
  readonly role?: Concept;
  /** The noun before the role that tells which of its kind it is: "defence" of "defence minister". */
  readonly roleModifier?: Concept;
  /**
   * For "who VERB …": the people WordNet derives from the verb ("wrote" → writer, author, playwright)
   * and the verb's concept. A name beside such a word tells who did it: "playwright Eve Ensler".
   */
  readonly agent?: Agent;
  /**
   * For a question after how something ended ("was he found guilty in the end"), the concepts that say
   * what happened: a sentence that answers tells it in these terms (see question-outcome.ts).
   */
  readonly outcome?: readonly Concept[];
  /** For "what did X say about Y", the concepts of X: only X's own words answer. */
  readonly speaker?: readonly Concept[];
  /**
   * For "how many X were VERBed", the concepts that say what was done ("arrested", "sacked"): a count
   * answers only where that is told, not a count of X that something else befell.
   */
  readonly deed?: readonly Concept[];
  /**
   * For "how many Azerbaijani soldiers", the name that says whose the counted are: a count answers
   * only where the count's own sentence names it, not merely somewhere around it.
   */
  readonly countedOf?: Concept;
  /**
   * For a yes/no question after what happened ("did the US put sanctions on Turkey"), the concepts that
   * say what happened (as {@link deed} reads them): a paragraph that tells none of them cannot say
   * whether it did.
   */
  readonly claimed?: readonly Concept[];
  /**
   * For a yes/no question whose claim a name does ("did Ebbers plead guilty"): the concepts of the one
   * asked of, before it, and of what they did. A sentence that tells that done by someone else it names does not
   * tell the claim.
   */
  readonly claimant?: { readonly names: readonly Concept[]; readonly deed: readonly Concept[] };
  /**
   * For a plain "who VERB …" ("who coaches Chepkemei"), the question's verbs: a sentence that names no
   * one new answers only by its subject, so it must tell the deed as a verb ("the government offered to
   * mediate"), not merely use its word ("the Kenyan coaching team will decide").
   */
  readonly doneBy?: readonly Concept[];
  /**
   * For a question after someone by their role, the verbs that tell what they did ("who was the
   * official that called it nonsense": called). Without one ("who was the ref in the cup final") the
   * question tells no deed, only where to look.
   */
  readonly roleDeed?: readonly Concept[];
}

// "how many hectares have the locusts destroyed", "how many miles did they march": a measure counted
// in its units is of what was done, as a count of things is ("18,000 hectares treated" is not it).
const HOW_MANY = /\bhow\s+many\b/i;
const COUNTED_MEASURES: ReadonlySet<string> = new Set(['size', 'distance']);

/**
 * Turns a question into weighted concepts: stop words out, word forms folded, misspelt words corrected
 * against the corpus's own vocabulary, related words from the lexicon added as weaker wordings, the
 * words of one name joined. A concept's weight is the idf of the word as asked; a word the corpus never
 * uses weighs like a rare one, so that a question about something absent is not answered from the
 * words around it.
 */
export function analyzeQuestion(index: NewsIndex, question: string): QuestionAnalysis {
  const text = yearsInFull(compoundsJoined(symbolsSpelled(question.slice(0, MAX_QUESTION_CHARS))), (year) =>
    index.uses(year),
  );
  const asked = expectedAnswer(text);
  const clause = askingClause(text);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  // "What day", "which year": the unit of time asked for names the value, which articles write as a date.
  const valueNoun = asked.kind === 'time' ? asked.classNoun : undefined;
  const seeds = nameSlips(index, text, conceptSeeds(index, text, valueNoun));
  for (const group of joinNames(index, text, seeds)) {
    const parts = group.filter((seed) => !seen.has(seed.terms.join(' ')));
    for (const seed of parts) seen.add(seed.terms.join(' '));
    if (parts.length === 0) continue;
    const partConcepts = parts.map((seed) => conceptOf(index, seed, asked));
    concepts.push(partConcepts.length > 1 ? nameConcept(index, partConcepts) : (partConcepts[0] as Concept));
  }
  // "the name of the paper": the word "name" says what kind of answer is asked for, as "how" does,
  // not what the question is about ("Mr Sullivan named Mr Ebbers" tells no paper's name).
  if (asked.asksName && concepts.length > 1) {
    const nameWord = concepts.findIndex((concept) => NAME_HEADS.has(concept.word));
    if (nameWord >= 0) concepts.splice(nameWord, 1);
  }
  const role = roleOf(clause, asked, concepts);
  const roleModifier = role && roleModifierOf(clause, role, concepts);
  // "who is Hussein Akoush" asks what the articles say of him, not for another name; "who was the
  // pilot" asks who by a role alone, which only a name tells ("the pilot was killed" does not).
  // "how many operatons": a count is of operations, which the misspelt word, unknown to WordNet,
  // would let any count stand for.
  const countedAs = concepts.find((concept) => concept.word === asked.counted)?.readAs;
  const read = countedAs === undefined ? asked : { ...asked, countedAs };
  const expected =
    !role && asksWhoANameIs(clause, concepts)
      ? { ...read, kind: null }
      : role && read.classNoun === undefined
        ? { ...read, asksName: true }
        : read;
  const agent = role ? undefined : agentOf(clause, expected, concepts);
  // What happened, as the question words it: asked of how something ended, of the ones counted ("how
  // many soldiers were taken prisoner") or whether it did. The question is tagged only when it asks one.
  const endsAsked = asksOutcome(text);
  const counting =
    expected.unit === 'count' || (HOW_MANY.test(text) && COUNTED_MEASURES.has(expected.unit ?? 'any'));
  const whether = expected.yesNo && expected.happened === true && !endsAsked;
  const tokens = endsAsked || counting || whether ? taggedAsRead(text, concepts) : [];
  const happened = predicates(tokens, concepts);
  const outcome = endsAsked ? happened : [];
  const deed = counting ? deedOf(happened, concepts, expected.counted, verbsOfBeing(tokens)) : [];
  // "did Sullivan admit his guilt" asks what someone said, which a report tells in words of its own.
  const reported = asksWhatWasSaid(tokens);
  // "did Ebbers plead guilty": what the question asks to have happened, and the names asked of come
  // before it (a report too). A verb no article uses in any wording is told in other words, if at all
  // ("were the cracks uncovered": "engineers found cracks"): it asks for nothing to be told.
  const claimDeed = whether
    ? deedOf(happened, concepts, undefined, verbsOfBeing(tokens), { claim: true }).filter(
        (concept) => concept.known,
      )
    : [];
  const claimed = reported ? [] : claimDeed;
  // A name typed in lower case may be an English word too ("mr price"): every word of the one asked of
  // is read as part of the name, when one of them is a name.
  const firstDeed = claimDeed[0] ? concepts.indexOf(claimDeed[0]) : 0;
  const claimNames = concepts.slice(0, firstDeed);
  const claimant = claimNames.some((concept) => concept.isName)
    ? { names: claimNames, deed: claimDeed }
    : undefined;
  // "who coaches Chepkemei": the verb its doer is found by, or the verbs the tagger reads in the clause
  // (it reads "coaches" there as a noun, which the doer's verb corrects).
  const plainWho = expected.kind === 'name' && !expected.asksName && !role;
  const doneBy = !plainWho ? [] : agent ? [agent.verb] : verbsOf(taggedAsRead(clause, concepts), concepts);
  const roleDeed = role ? verbsOf(taggedAsRead(clause, concepts), concepts) : [];
  const speaker = speakerAsked(clause, concepts);
  const countedOf = counting ? ownerOfCounted(text, expected.counted, concepts) : undefined;
  return {
    concepts,
    expected,
    asked: new Set(words(text)),
    ...(role ? { role } : {}),
    ...(roleModifier ? { roleModifier } : {}),
    ...(agent ? { agent } : {}),
    ...(outcome.length > 0 ? { outcome } : {}),
    ...(speaker.length > 0 ? { speaker } : {}),
    ...(deed.length > 0 ? { deed } : {}),
    ...(claimed.length > 0 ? { claimed } : {}),
    ...(claimant ? { claimant } : {}),
    ...(countedOf ? { countedOf } : {}),
    ...(doneBy.length > 0 ? { doneBy } : {}),
    ...(roleDeed.length > 0 ? { roleDeed } : {}),
  };
}

/**
 * The country or people just before the counted noun ("Azerbaijani" of "how many Azerbaijani
 * soldiers"), if any: it says which side they are on. A maker's name ("how many Nexora phones") tells
 * whose story it is, not a side, and the count's sentence need not repeat it.
 */
function ownerOfCounted(
  text: string,
  counted: string | undefined,
  concepts: readonly Concept[],
): Concept | undefined {
  if (counted === undefined) return undefined;
  const asked = words(text);
  const at = asked.indexOf(counted);
  const before = at > 0 ? asked[at - 1] : undefined;
  return (
    concepts.find(
      (concept) =>
        concept.isName &&
        concept.word === before &&
        (countryKind(concept.word) !== undefined || namesOneOfAPeople(concept.word)),
    ) ?? possessor(asked, at, concepts)
  );
}

// The auxiliaries of "how many followers has Dale got", "how many seats does the party hold".
const POSSESSING_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'does', 'do', 'did']);

/**
 * The name that has the ones counted, when the question asks what it has: "how many followers has
 * Marcus Dale got" (a verb of possession, or none, after the name). Another's count, however near, is
 * not theirs ("Ferris, who has 2.1 million followers").
 */
function possessor(asked: readonly string[], at: number, concepts: readonly Concept[]): Concept | undefined {
  if (!POSSESSING_AUXILIARIES.has(asked[at + 1] ?? '')) return undefined;
  const name = concepts.find((concept) => concept.isName && concept.word.split(' ')[0] === asked[at + 2]);
  if (!name) return undefined;
  // The verb after the name, past any word of it typed as an English word ("marcus dale").
  const verb = asked
    .slice(at + 2 + name.word.split(' ').length)
    .find((word) => baseForms(word).some((base) => base.pos === 'verb'));
  return verb === undefined || verbClasses(verb)[0] === 'verb.possession' ? name : undefined;
}

/** Whether a set of terms holds a wording of the concept, and the best factor found. */
export function bestFactor(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0;
  for (const wording of concept.wordings) {
    if (wording.factor > best && wording.terms.every((t) => terms.has(t))) best = wording.factor;
  }
  return best;
}
