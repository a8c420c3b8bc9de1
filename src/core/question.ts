import { type ExpectedAnswer, expectedAnswer } from './answer-types.ts';
import { NAME_HEADS } from './answer-types-phrases.ts';
import { symbolsSpelled, yearsInFull } from './chat-forms.ts';
import { isPlainPerson, kindsOf } from './kinds.ts';
import { englishSpellings, type Relation } from './lexicon.ts';
import {
  asksOutcome,
  asksWhatWasSaid,
  deedOf,
  predicates,
  taggedAsRead,
  verbsOf,
  verbsOfBeing,
} from './question-outcome.ts';
import { agentOf, asksWhoANameIs, roleOf, speakerAsked } from './question-roles.ts';
import { conceptSeeds, joinNames, MAX_QUESTION_CHARS, nameSlips, type Seed } from './question-seeds.ts';
import { askingClause } from './question-words.ts';
import type { NewsIndex } from './search-index.ts';
import { words } from './text.ts';
import { baseForms, namesInDefinitions, nounDefinitions } from './wordnet.ts';

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
  /**
   * For "who VERB …": the people WordNet derives from the verb ("wrote" → writer, author, playwright)
   * and the verb's concept. A name beside such a word tells who did it: "playwright Eve Ensler".
   */
  readonly agent?: { readonly nouns: ReadonlySet<string>; readonly verb: Concept };
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
   * For a plain "who VERB …" ("who coaches Chepkemei"), the question's verbs: a sentence that names no
   * one new answers only by its subject, so it must tell the deed as a verb ("the government offered to
   * mediate"), not merely use its word ("the Kenyan coaching team will decide").
   */
  readonly doneBy?: readonly Concept[];
}

// How much a match on another wording counts against the word as asked. Closer relations count more:
// a misspelling corrected against the corpus is almost surely meant; a derivation (lead → leader) names
// the same thing; a listed or WordNet synonym may be another sense; an adjective WordNet lists as
// similar (dishonest → false) is near it but not the same; a kind of the thing asked about
// (illness → cancer) answers it but is not it; the opposite verb answers a yes/no question as the
// denial does (admit → deny); the wider class (cancer → illness) rarely does.
const SPELLING_FACTOR = 0.85;
// A clipped word is read as the corpus words it begins when it is this long and they are this few.
const MIN_CLIPPED_LENGTH = 4;
const MAX_CLIPPED_READINGS = 2;
// A word of the dictionary's definition of a word no article uses counts this much: it tells what the
// word is about, not the word.
const DEFINITION_FACTOR = 0.3;
export const RELATION_FACTORS: Readonly<Record<Relation, number>> = {
  form: 0.95,
  derivation: 0.8,
  country: 0.8,
  listed: 0.7,
  synonym: 0.6,
  similar: 0.5,
  hyponym: 0.5,
  antonym: 0.5,
  hypernym: 0.35,
};
// Relations that never stand in for a name (see analyzeQuestion).
const NOT_FOR_NAMES: ReadonlySet<Relation> = new Set(['hyponym', 'hypernym', 'antonym']);
// A word the corpus never uses is weighed as if it were in this many paragraphs: a rare, telling word.
const UNKNOWN_WORD_FREQUENCY = 0.5;
// How much of that weight a verb, adjective or adverb keeps (a word WordNet knows as no noun): what
// was done is told in other words more often than what it was done to ("pounded" for "shelled").
const UNKNOWN_PREDICATE_SHARE = 0.5;

/**
 * The weight of a word the corpus never uses: a little more than the rarest word it uses, since the
 * question is about something the articles may lack; half that for a word that names no thing (see
 * {@link UNKNOWN_PREDICATE_SHARE}), or someone only by sex or age ("guys"). (Weighing unknown nouns
 * less too lets a passage that shares only the question's name answer "what did Erdogan say about
 * giraffes" in a small corpus.)
 */
function unknownWeight(index: NewsIndex, word: string, isName: boolean): number {
  const rare = Math.log(1 + Math.max(index.paragraphCount, 1) / UNKNOWN_WORD_FREQUENCY);
  // "the syrian guys": a word for someone by sex or age alone names no thing either; it stands for
  // people the articles name in words of their own.
  const predicate = !isName && (isPlainPerson(word) || !baseForms(word).some((base) => base.pos === 'noun'));
  return predicate ? rare * UNKNOWN_PREDICATE_SHARE : rare;
}

/** One seed as a concept: its wordings the corpus uses, weight and flags. */
function conceptOf(index: NewsIndex, seed: Seed, expected: ExpectedAnswer): Concept {
  const { classNoun } = expected;
  const { lexicon } = index;
  const usedByCorpus = (w: Wording) => w.terms.every((t) => index.uses(t));
  const idfOf = (w: Wording) => Math.max(...w.terms.map((t) => index.idf(t)));
  const key = seed.terms.join(' ');
  const word = seed.words.join(' ');
  const asked: Wording = { terms: seed.terms, factor: 1 };
  const bases: { wording: Wording; word: string }[] = [{ wording: asked, word }];
  if (seed.words.length === 1 && !lexicon.isDictionaryWord(word)) {
    // Not an English word: a typo ("foriegn") or a name spelt another way ("Pashinian").
    let corpusSpellings = index.spellingVariants(word, usedByCorpus(asked) ? 1 : 2);
    // A possessive typed without its apostrophe, and misspelt too ("britians" for "Britain's"): the
    // word before the "s" is looked for.
    if (corpusSpellings.length === 0 && !usedByCorpus(asked) && /[a-z]s$/.test(word))
      corpusSpellings = index.spellingVariants(word.slice(0, -1), 2);
    // A typo of a word the corpus does not use as such ("atorney") is read as the English word, whose
    // other wordings ("lawyer") the corpus may use.
    const spellings =
      corpusSpellings.length > 0 || usedByCorpus(asked) ? corpusSpellings : englishSpellings(word);
    // A word cut short ("strat" for "Stratocaster", "mercs"): the corpus words it begins, when few.
    if (!usedByCorpus(asked) && word.length >= MIN_CLIPPED_LENGTH) {
      const whole = index
        .wordsWithPrefix(word.replace(/s$/, ''), MAX_CLIPPED_READINGS + 1)
        .filter((w) => w.length >= word.length + 2 && lexicon.term(w) !== key);
      if (whole.length <= MAX_CLIPPED_READINGS) spellings.push(...whole);
    }
    for (const variant of spellings) {
      const variantTerm = lexicon.term(variant);
      if (variantTerm && variantTerm !== key) {
        bases.push({ wording: { terms: [variantTerm], factor: SPELLING_FACTOR }, word: variant });
      }
    }
  }
  const byKey = new Map<string, Wording>();
  const offer = (wording: Wording) => {
    const k = wording.terms.join(' ');
    // A wording made of stop words alone ("low" for a kind of difference) has nothing to look for.
    if (k === key || wording.terms.length === 0) return;
    if ((byKey.get(k)?.factor ?? 0) < wording.factor) byKey.set(k, wording);
  };
  const readAs = bases.find((base) => base.wording !== asked && lexicon.isDictionaryWord(base.word))?.word;
  // A misspelt word is what it is read as: "killd" is no name. Its reading is a guess, though, so it
  // takes no class, kinds or opposite, as a name does not: those would guess further.
  const isName = seed.words.length === 1 && lexicon.isName(readAs ?? word);
  const guessedOrName = seed.words.length === 1 && lexicon.isName(word);
  const superlative = /est$/.test(word) && baseForms(word).some((b) => b.pos === 'adj' && b.lemma !== word);
  const kinds: Wording[] = [];
  for (const base of bases) {
    if (base.wording !== asked) offer(base.wording);
    // A class the question asks for ("what illness") is answered by its kinds, however far down.
    if (base.word === classNoun && !isName) {
      for (const kind of kindsOf(base.word)) {
        const wording = { terms: lexicon.termsOf(kind), factor: RELATION_FACTORS.hyponym };
        offer(wording);
        if (wording.terms.length > 0 && usedByCorpus(wording)) kinds.push(wording);
      }
    }
    for (const related of lexicon.related(base.word)) {
      // A name is what the question is about: its other forms and other names stand in for it
      // (Tory/Conservative, Turkey/Turkish), never its class ("country" for "Australia") or its kinds.
      if (guessedOrName && NOT_FOR_NAMES.has(related.relation)) continue;
      // "did he admit it" is answered by "he denied it"; "who admitted lying" is not.
      if (related.relation === 'antonym' && !expected.yesNo) continue;
      // "the youngest MP" is not "younger people": another degree of a superlative asked tells a
      // comparison, near it as a synonym is.
      const relation = related.relation === 'form' && superlative ? 'synonym' : related.relation;
      offer({ terms: related.terms, factor: base.wording.factor * RELATION_FACTORS[relation] });
    }
  }
  // An agent noun WordNet does not derive ("spammer", "blogger") is read as the word it is made from,
  // and so is the English word a typo stands for ("spamer": spammer, spam), at its spelling's share.
  const agentReadings = [
    ...(![asked, ...byKey.values()].some(usedByCorpus) ? [{ word, factor: 1 }] : []),
    ...bases.flatMap((base) =>
      base.wording === asked || usedByCorpus(base.wording)
        ? []
        : [{ word: base.word, factor: base.wording.factor }],
    ),
  ];
  for (const reading of agentReadings) {
    for (const made of agentBases(reading.word)) {
      const term = lexicon.term(made);
      if (term) offer({ terms: [term], factor: reading.factor * RELATION_FACTORS.derivation });
    }
  }
  // Other wordings the corpus never uses can never match: they are left out here, once, instead of
  // being looked for in every passage.
  const used = [asked, ...byKey.values()].filter(usedByCorpus);
  const wordings = used[0] === asked ? used : [asked, ...used];
  const weight = usedByCorpus(asked)
    ? idfOf(asked)
    : used.length > 0
      ? Math.min(...used.map(idfOf))
      : unknownWeight(index, word, lexicon.isName(word));
  const known = used.length > 0;
  // A word no article uses, nor any of its other wordings, is still explained by its definition
  // ("painter": an artist who paints): a passage with those words may be about it. The weight stays
  // that of an unknown word, so this only ever lends a little.
  if (!known && !isName) {
    const seen = new Set([key]);
    for (const term of nounDefinitions(word).flatMap((definition) => lexicon.termsOf(definition))) {
      if (seen.has(term) || !index.uses(term)) continue;
      seen.add(term);
      wordings.push({ terms: [term], factor: DEFINITION_FACTOR });
    }
  }
  const usedAsAsked = bases.some((base) => usedByCorpus(base.wording));
  const mentions = isName && usedByCorpus(asked) ? [...wordings, ...definitionNames(index, word)] : [];
  const mustAppear =
    seed.words.length === 1 && (/^\d+$/.test(word) || (isName && lexicon.isDictionaryWord(word)));
  return {
    ...(readAs === undefined ? {} : { readAs }),
    word,
    term: key,
    wordings,
    weight,
    known,
    usedAsAsked,
    isName,
    mustAppear,
    kinds,
    mentions,
  };
}

/** The names the dictionary's definition of a name gives, as wordings the corpus uses. */
function definitionNames(index: NewsIndex, word: string): Wording[] {
  const found: Wording[] = [];
  for (const name of namesInDefinitions(word)) {
    for (const term of index.lexicon.termsOf(name)) {
      if (index.uses(term) && !found.some((w) => w.terms[0] === term))
        found.push({ terms: [term], factor: DEFINITION_FACTOR });
    }
  }
  return found;
}

/** What an agent noun may be made from: "spammers" → spam, "voter" → vote, "hacker" → hack. */
function agentBases(word: string): string[] {
  const stem = /^([a-z]{3,})(?:er|or)s?$/.exec(word)?.[1];
  if (!stem) return [];
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...undoubled];
}

/** The words of one name as one concept: found by any of them, weighing as its most telling word. */
function nameConcept(parts: readonly Concept[]): Concept {
  const known = parts.filter((part) => part.known);
  return {
    word: parts.map((part) => part.word).join(' '),
    term: parts.map((part) => part.term).join(' '),
    wordings: parts.flatMap((part) => part.wordings),
    weight: Math.max(...(known.length > 0 ? known : parts).map((part) => part.weight)),
    known: known.length > 0,
    usedAsAsked: parts.some((part) => part.usedAsAsked),
    isName: true,
    mustAppear: parts.every((part) => part.mustAppear),
    kinds: [],
    mentions: parts.flatMap((part) => part.mentions),
  };
}

/**
 * Turns a question into weighted concepts: stop words out, word forms folded, misspelt words corrected
 * against the corpus's own vocabulary, related words from the lexicon added as weaker wordings, the
 * words of one name joined. A concept's weight is the idf of the word as asked; a word the corpus never
 * uses weighs like a rare one, so that a question about something absent is not answered from the
 * words around it.
 */
export function analyzeQuestion(index: NewsIndex, question: string): QuestionAnalysis {
  const text = yearsInFull(symbolsSpelled(question.slice(0, MAX_QUESTION_CHARS)), (year) => index.uses(year));
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
    concepts.push(partConcepts.length > 1 ? nameConcept(partConcepts) : (partConcepts[0] as Concept));
  }
  // "the name of the paper": the word "name" says what kind of answer is asked for, as "how" does,
  // not what the question is about ("Mr Sullivan named Mr Ebbers" tells no paper's name).
  if (asked.asksName && concepts.length > 1) {
    const nameWord = concepts.findIndex((concept) => NAME_HEADS.has(concept.word));
    if (nameWord >= 0) concepts.splice(nameWord, 1);
  }
  const role = roleOf(clause, asked, concepts);
  // "who is Hussein Akoush" asks what the articles say of him, not for another name; "who was the
  // pilot" asks who by a role alone, which only a name tells ("the pilot was killed" does not).
  const expected =
    !role && asksWhoANameIs(clause, concepts)
      ? { ...asked, kind: null }
      : role && asked.classNoun === undefined
        ? { ...asked, asksName: true }
        : asked;
  const agent = role ? undefined : agentOf(clause, expected, concepts);
  // What happened, as the question words it: asked of how something ended, of the ones counted ("how
  // many soldiers were taken prisoner") or whether it did. The question is tagged only when it asks one.
  const endsAsked = asksOutcome(text);
  const counting = expected.unit === 'count';
  const whether = expected.yesNo && expected.happened === true && !endsAsked;
  const tokens = endsAsked || counting || whether ? taggedAsRead(text, concepts) : [];
  const happened = predicates(tokens, concepts);
  const outcome = endsAsked ? happened : [];
  const deed = counting ? deedOf(happened, concepts, expected.counted, verbsOfBeing(tokens)) : [];
  // "did Sullivan admit his guilt" asks what someone said, which a report tells in words of its own.
  const reported = asksWhatWasSaid(tokens);
  // A verb no article uses in any wording is told in other words, if at all ("were the cracks
  // uncovered": "engineers found cracks"): it asks for nothing to be told.
  const claimed =
    whether && !reported
      ? deedOf(happened, concepts, undefined, verbsOfBeing(tokens)).filter((concept) => concept.known)
      : [];
  // "who coaches Chepkemei": the verb its doer is found by, or the verbs the tagger reads in the clause
  // (it reads "coaches" there as a noun, which the doer's verb corrects).
  const plainWho = expected.kind === 'name' && !expected.asksName && !role;
  const doneBy = !plainWho ? [] : agent ? [agent.verb] : verbsOf(taggedAsRead(clause, concepts), concepts);
  const speaker = speakerAsked(clause, concepts);
  const countedOf = counting ? ownerOfCounted(text, expected.counted, concepts) : undefined;
  return {
    concepts,
    expected,
    asked: new Set(words(text)),
    ...(role ? { role } : {}),
    ...(agent ? { agent } : {}),
    ...(outcome.length > 0 ? { outcome } : {}),
    ...(speaker.length > 0 ? { speaker } : {}),
    ...(deed.length > 0 ? { deed } : {}),
    ...(claimed.length > 0 ? { claimed } : {}),
    ...(countedOf ? { countedOf } : {}),
    ...(doneBy.length > 0 ? { doneBy } : {}),
  };
}

/** The name just before the counted noun ("Azerbaijani" of "how many Azerbaijani soldiers"), if any. */
function ownerOfCounted(
  text: string,
  counted: string | undefined,
  concepts: readonly Concept[],
): Concept | undefined {
  if (counted === undefined) return undefined;
  const asked = words(text);
  const at = asked.indexOf(counted);
  const before = at > 0 ? asked[at - 1] : undefined;
  return concepts.find((concept) => concept.isName && concept.word === before);
}

/** Whether a set of terms holds a wording of the concept, and the best factor found. */
export function bestFactor(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0;
  for (const wording of concept.wordings) {
    if (wording.factor > best && wording.terms.every((t) => terms.has(t))) best = wording.factor;
  }
  return best;
}
