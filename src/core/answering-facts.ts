import { countedNounOf, type Fact, holdsExpectedFact, NAME_FACT_KINDS } from './answer-types.ts';
import { withoutOthersAges } from './answer-types-match.ts';
import { countryKind, isCapital, sameCountry } from './countries.ts';
import { factsIn, termsOf } from './evidence-cache.ts';
import { isBuiltPlace, isKindOfAny, namesOneOfAPeople, placeOfClass } from './kinds.ts';
import { bestFactor, type Concept, type QuestionAnalysis } from './question.ts';
import { RELATION_FACTORS } from './question-concepts.ts';
import { isOnlyPlainVerb, isSayingVerb } from './question-outcome.ts';
import type { NewsIndex } from './search-index.ts';
import { speakerOf } from './stance-speakers.ts';
import { tokensOf } from './stance-tokens.ts';
import { foldWord, type WordSpan, words } from './text.ts';
import { baseForms, nounClasses } from './wordnet.ts';

// Which facts of a sentence may answer a question: those beside the role asked after, and counts of
// what is counted.

// The wordings of a role that name it: kinds of it do ("playwright" for a writer), its class does not
// ("official" for a judge).
export const ROLE_MIN_FACTOR = RELATION_FACTORS.hyponym;
// A name answers a question about a role ("who is Ebbers' lawyer") when it stands this close to a
// word for the role: "lawyer Reid Weingarten", "Eve Ensler, the playwright".
const ROLE_DISTANCE_WORDS = 3;
// A thing asked for by name is named with its class word beside, inside or in apposition to the name
// ("Gabala airport", "the airport in Gabala", "National Theatre", "Hato El Charcote, a cattle ranch").
const CLASS_NAME_DISTANCE = 4;
// A fact tells of what the question asks when it stands this close to one of its words ("erupted on
// September 27"); farther off it is likelier of something else in the same sentence.
const ASKED_FACT_DISTANCE = 4;
// A country names whose role it is when it stands this close before it: "Turkish Defence Minister",
// "Turkey's defence minister".
const OWNER_DISTANCE_WORDS = 3;
// The wordings of a question's word that count as it for nearness: any but its class.
const NEAR_MIN_FACTOR = RELATION_FACTORS.antonym;

const questionTermsOf = new WeakMap<QuestionAnalysis, ReadonlySet<string>>();

/** Every term of every wording of the question's concepts, worked out once per question. */
export function questionTerms(analysis: QuestionAnalysis): ReadonlySet<string> {
  let terms = questionTermsOf.get(analysis);
  if (!terms) {
    terms = new Set(analysis.concepts.flatMap((c) => c.wordings.flatMap((w) => w.terms)));
    questionTermsOf.set(analysis, terms);
  }
  return terms;
}

/** The facts of a sentence that may answer the question, and whether one stands beside a word for the role asked after. */
export interface AnsweringFacts {
  readonly facts: readonly Fact[];
  readonly besideRole: boolean;
  /**
   * The last words (folded) of names told beside a mention of the role that is another office ("Foreign
   * Minister Timur Osmanov" for "who is the defence minister"): where the paragraph names them again
   * ("…, Osmanov said"), they are still not who holds the role asked after.
   */
  readonly inOtherOffice: readonly string[];
}

/**
 * The facts of a sentence that may answer the question. For a question about a role ("who is Ebbers'
 * lawyer", or the doer of "who wrote …") a sentence that names the role answers only with a name
 * beside it: another name in it plays another part. (A sentence without the role may name the person
 * it was told of before.)
 */
export function answeringFacts(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  sentence: string,
  namesCounted: ((noun: string) => boolean) | undefined,
): AnsweringFacts {
  const facts = factsOfTheClass(
    index,
    analysis,
    sentence,
    countsOfTheCounted(index, analysis, sentence, ownFacts(analysis, sentence, factsIn(index, sentence))),
  );
  const { role, agent } = analysis;
  if (!role && !agent) return { facts, besideRole: false, inOtherOffice: [] };
  // A word of a phrase ("chief" of "chief justice") does not name the role, nor does its class.
  const roleTerms = role ? wordTerms(role, ROLE_MIN_FACTOR) : new Set<string>();
  const spans = index.lexicon.spans(sentence);
  // A kind of the doer is looked up in WordNet only beside a fact it could name, as the first look at
  // a word reads its synsets from disk.
  const besideFact = (at: number) => facts.some((fact) => wordsApart(spans, at, fact) <= ROLE_DISTANCE_WORDS);
  const names = (word: string, at: number) =>
    role
      ? roleTerms.has(index.lexicon.term(word) ?? '') && namesSomeone(word, role)
      : baseForms(word).some(
          (base) =>
            base.pos === 'noun' &&
            agent !== undefined &&
            (agent.nouns.has(base.lemma) || (besideFact(at) && isKindOfAny(base.lemma, agent.kinds))),
        );
  // "judges were chaired by the actress Julia Stanmore": a verb the doer's word is made from, in the
  // passive, names the doer after its "by".
  const doneBy = (i: number) =>
    agent !== undefined &&
    spans[i + 1]?.word === 'by' &&
    baseForms(spans[i]?.word ?? '').some((base) => base.pos === 'verb' && agent.nouns.has(base.lemma));
  const roleAt = spans.flatMap((span, i) => (names(span.word, i) ? [i] : doneBy(i) ? [i + 1] : []));
  if (roleAt.length === 0) return { facts, besideRole: false, inOtherOffice: [] };
  // "who is Armenia's defence minister": a mention of the role as another country's ("Turkish Defence
  // Minister Hulusi Akar") names another's office; where every mention is, no name here answers.
  const owners = role
    ? analysis.concepts.filter((c) => countryKind(c.word) !== undefined).map((c) => c.word)
    : [];
  const asked = owners.length > 0 ? questionTerms(analysis) : undefined;
  // "who is the defence minister": "Foreign Minister Sergey Lavrov" holds another office, told by the
  // title word before the role that is not the question's ("his lawyer" may be the defence lawyer).
  const modifier = analysis.roleModifier;
  const modified = (at: number) => {
    const before = spans[at - 1];
    if (modifier === undefined || before === undefined) return true;
    const term = index.lexicon.term(before.word);
    // A name before it tells whose the office is ("Mr Ebbers' lawyer"), not which.
    if (term === null || index.lexicon.isName(before.word) || countryKind(before.word) !== undefined)
      return true;
    if (bestFactor(modifier, new Set([term])) >= NEAR_MIN_FACTOR) return true;
    const title = /^\p{Lu}/u.test(sentence.slice(before.start, before.end));
    const bases = baseForms(before.word);
    return !title && !(bases.some((b) => b.pos === 'noun') && !bases.some((b) => b.pos === 'adj'));
  };
  const ownRoleAt = (
    asked ? roleAt.filter((at) => !anothersRole(index, sentence, spans, at, owners, asked)) : roleAt
  ).filter(modified);
  // A name that ends in a word for the role is the role's own name, not someone's beside it: "the Health
  // and Safety Executive", "the Chief Executive" name no head; "Expedition Leader Helena Garrow" a leader.
  const besideAny = (at: readonly number[]) =>
    facts.filter(
      (fact) =>
        !roleAt.includes(lastWordOf(spans, fact)) &&
        at.some((k) => wordsApart(spans, k, fact) <= ROLE_DISTANCE_WORDS),
    );
  const beside = besideAny(ownRoleAt);
  const otherRoleAt = role ? roleAt.filter((at) => !ownRoleAt.includes(at)) : [];
  return {
    facts: beside,
    besideRole: holdsExpectedFact(analysis.expected, beside, analysis.asked, namesCounted),
    inOtherOffice: besideAny(otherRoleAt)
      .filter((fact) => fact.kind === 'person' && !beside.includes(fact))
      .flatMap((fact) => words(fact.text).slice(-1)),
  };
}

/**
 * Whether the one who speaks in a sentence may be who a plain "who" asks after by a verb of saying
 * ("who confirmed …"): the stance reader finds no speaker, or only a pronoun, or one that holds a
 * name that may answer. "… according to four people with direct knowledge" is not Turkey's word. True
 * for any other question.
 */
export function spokenByAnswer(
  analysis: QuestionAnalysis,
  sentence: string,
  facts: readonly Fact[],
): boolean {
  if (!(analysis.doneBy ?? []).some((verb) => isSayingVerb(verb.readAs ?? verb.word))) return true;
  const speaker = speakerOf(tokensOf(sentence), sentence);
  return (
    !speaker ||
    speaker.vague ||
    facts.some((fact) => NAME_FACT_KINDS.includes(fact.kind) && speaker.text.includes(fact.text))
  );
}

/**
 * Whether a word of a sentence can name the role asked after: the role's own word, or a word for a
 * person. A wording shares its stem with words for the activity ("management" with "manager", a
 * synonym of "coach"), and those name no one.
 */
export const namesSomeone = (word: string, role: Concept) =>
  foldWord(word) === role.word || nounClasses(word).includes(PERSON_CLASS);
// WordNet's lexicographer class of nouns for people.
const PERSON_CLASS = 'noun.person';

/**
 * Whether the role at span `at` is told as another country's: a country's name or demonym that the
 * question does not give stands just before it, with only capitalised words of a title or the
 * question's own words between ("Turkish Defence Minister" for "who is Armenia's defence minister").
 */
function anothersRole(
  index: NewsIndex,
  sentence: string,
  spans: readonly WordSpan[],
  at: number,
  owners: readonly string[],
  asked: ReadonlySet<string>,
): boolean {
  for (let j = at - 1; j >= Math.max(0, at - OWNER_DISTANCE_WORDS); j--) {
    const span = spans[j] as WordSpan;
    // the "s" of "Spain's"
    if (span.word === 's') continue;
    const term = index.lexicon.term(span.word) ?? '';
    if (countryKind(span.word) !== undefined)
      return !owners.some((owner) => sameCountry(span.word, owner)) && !asked.has(term);
    const ofTitle = /^[A-Z]/.test(sentence.slice(span.start, span.end));
    if (!ofTitle && !asked.has(term)) return false;
  }
  return false;
}

/**
 * For "how many X": whether a noun a count names is X in another wording of the question's ("5,000
 * militants" for "how many fighters", by the shipped synonyms), which WordNet's kinds may not show.
 */
export function namesTheCounted(
  index: NewsIndex,
  analysis: QuestionAnalysis,
): ((noun: string) => boolean) | undefined {
  const { counted } = analysis.expected;
  const concept = counted === undefined ? undefined : analysis.concepts.find((c) => c.word === counted);
  if (!concept) return undefined;
  // A word typed short or misspelt ("mercs") is named by its reading's synonyms as the word would be:
  // the relation counts, not the doubt about the reading.
  const readAsTerm = concept.readAs === undefined ? undefined : index.lexicon.term(concept.readAs);
  const reading =
    concept.wordings.find((w) => w.terms.length === 1 && w.terms[0] === readAsTerm)?.factor ?? 1;
  const terms = new Set(
    concept.wordings.flatMap((w) =>
      w.terms.length === 1 && w.factor >= RELATION_FACTORS.synonym * reading ? w.terms : [],
    ),
  );
  return (noun) => terms.has(index.lexicon.term(noun) ?? '');
}

/**
 * For "how many X": a bare count ("more than 30", "hundreds") counts X only in a sentence that names
 * X (as asked or by a synonym; a word for its class or kind does not name it); elsewhere it counts what
 * an earlier sentence named, or what the count leaves out.
 */
function countsOfTheCounted(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  sentence: string,
  facts: readonly Fact[],
): readonly Fact[] {
  const { counted } = analysis.expected;
  const concept = counted === undefined ? undefined : analysis.concepts.find((c) => c.word === counted);
  if (!concept || bestFactor(concept, termsOf(index, sentence)) >= RELATION_FACTORS.synonym) return facts;
  return facts.filter((fact) => fact.unit !== 'count' || countedNounOf(fact) !== undefined);
}

/**
 * The facts of the sentence that are not another's: no people (see `particularOnly`), no others' ages.
 * A question whose first concept is a name asks after that one by name ("how old is Priya Nandra");
 * "how old is the mayor of Leeds" asks after the mayor, whoever is named.
 */
const ownFacts = (analysis: QuestionAnalysis, sentence: string, facts: readonly Fact[]) =>
  withoutOthersAges(sentence, particularOnly(facts), analysis.asked, analysis.concepts[0]?.isName === true);

/**
 * The facts without the names the tagger reads as a person that name one of a people ("the cause of the
 * Carib people", "Dominica's Carib Indians"): no one in particular, so no answer to "who".
 */
function particularOnly(facts: readonly Fact[]): readonly Fact[] {
  return facts.filter(
    (fact) =>
      (fact.kind !== 'person' && fact.kind !== 'name') || !namesOneOfAPeople(words(fact.text).at(-1) ?? ''),
  );
}

/** The country a question names by its name ("canada" of "the capital of canada"), if any. */
function countryAsked(analysis: QuestionAnalysis): string | undefined {
  return analysis.concepts.find((c) => countryKind(c.word) === 'name')?.word;
}

/**
 * For "which town": only places that may be towns (see {@link placeOfClass}). For "which prison": only
 * a place named with the word for its class ("Evin prison", "Heydar Aliyev International Airport"),
 * as news copy names a building; "Gilan", the region around it, is no prison. For "the title of the
 * poem" (no person's role): only a name given with the word for the poem ("the Monterey Festival" of
 * the poem's sentence names no poem).
 */
function factsOfTheClass(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  sentence: string,
  facts: readonly Fact[],
): readonly Fact[] {
  const { kind, classNoun, asksName } = analysis.expected;
  if (classNoun === undefined) return facts;
  const concept = analysis.concepts.find((c) => c.word === classNoun);
  if (kind === 'place') {
    // "What is the capital of Canada": the country list knows every country's capital, so only that
    // country's is one; any place or name of no kind the tagger can tell ("Lumic") is not.
    const country = classNoun === 'capital' ? countryAsked(analysis) : undefined;
    if (country !== undefined)
      return facts.filter(
        (fact) =>
          (fact.kind !== 'place' && fact.kind !== 'name') ||
          (isCapital(foldWord(fact.text)) && sameCountry(foldWord(fact.text), country)),
      );
    const mayBe = (fact: Fact) => fact.kind !== 'place' || placeOfClass(foldWord(fact.text), classNoun);
    if (!concept || !isBuiltPlace(classNoun)) return facts.filter(mayBe);
    return namedBesideClass(index, concept, sentence, facts, ['place']);
  }
  // "which hospital": an institution in a building, which the tagger may read as a place ("taken to
  // the Royal Victoria Infirmary"); a place whose name holds a word for the class is the one asked for.
  if (kind === 'organization' && concept && isBuiltPlace(classNoun)) {
    const classTerms = wordTerms(concept, RELATION_FACTORS.synonym);
    const named = (fact: Fact) => [...termsOf(index, fact.text)].some((term) => classTerms.has(term));
    return facts.map((fact) =>
      fact.kind === 'place' && named(fact) ? { ...fact, kind: 'organization' as const } : fact,
    );
  }
  // "the title of the poem", "the name of the ranch": a name beside the word for the thing.
  if (concept && asksName && !analysis.role)
    return namedBesideClass(index, concept, sentence, facts, NAME_FACT_KINDS);
  return facts;
}

/** The facts, but of the kinds given only those named with a word for the class beside or in them. */
function namedBesideClass(
  index: NewsIndex,
  concept: Concept,
  sentence: string,
  facts: readonly Fact[],
  kinds: readonly Fact['kind'][],
): readonly Fact[] {
  const classTerms = wordTerms(concept, RELATION_FACTORS.synonym);
  const spans = index.lexicon.spans(sentence);
  const classAt = spans.flatMap((span, i) =>
    classTerms.has(index.lexicon.term(span.word) ?? '') ? [i] : [],
  );
  return facts.filter(
    (fact) =>
      !kinds.includes(fact.kind) || classAt.some((at) => wordsApart(spans, at, fact) <= CLASS_NAME_DISTANCE),
  );
}

const askedTermsOf = new WeakMap<QuestionAnalysis, ReadonlySet<string>>();

/** The terms of what a question asks besides its names and class, in every wording (cached). */
function askedTerms(analysis: QuestionAnalysis): ReadonlySet<string> {
  let asked = askedTermsOf.get(analysis);
  if (!asked) {
    const { classNoun } = analysis.expected;
    // A plain verb ("where is the Masters played") tells nothing of which event: its name does.
    const concepts = analysis.concepts.filter(
      (c) => !c.isName && c.word !== classNoun && !isOnlyPlainVerb(c.readAs ?? c.word),
    );
    asked = new Set(concepts.flatMap((c) => [...wordTerms(c, NEAR_MIN_FACTOR)]));
    askedTermsOf.set(analysis, asked);
  }
  return asked;
}

/**
 * Whether a sentence's terms hold a word of what the question asks (as in {@link factNearAsked}), or
 * in another wording; true when the question asks nothing besides names and its class.
 */
export function holdsAskedTerm(analysis: QuestionAnalysis, terms: ReadonlySet<string> | undefined): boolean {
  const asked = askedTerms(analysis);
  if (asked.size === 0) return true;
  return terms !== undefined && [...asked].some((term) => terms.has(term));
}

/**
 * Whether one of the facts stands within {@link ASKED_FACT_DISTANCE} words of a word of what the
 * question asks: a concept that is neither a name (what the question is about, named all over the
 * article) nor the class asked for. A sentence without such a word is not judged. "Fighting entered
 * its fourth day on Wednesday, nearly two decades after the dispute first erupted" holds a time, but
 * Wednesday is not when the dispute began.
 */
export function factNearAsked(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  sentence: string,
  facts: readonly Fact[],
): boolean {
  const asked = askedTerms(analysis);
  const spans = index.lexicon.spans(sentence);
  const at = spans.flatMap((span, i) => (asked.has(index.lexicon.term(span.word) ?? '') ? [i] : []));
  return (
    at.length === 0 || facts.some((fact) => at.some((i) => wordsApart(spans, i, fact) <= ASKED_FACT_DISTANCE))
  );
}

/** The terms of a concept's one-word wordings at least this close to it. */
function wordTerms(concept: Concept, minFactor: number): Set<string> {
  return new Set(
    concept.wordings.flatMap((w) => (w.terms.length === 1 && w.factor >= minFactor ? w.terms : [])),
  );
}

/** The index of the word that holds a sentence's character `offset`. */
const wordAt = (spans: readonly WordSpan[], offset: number) => spans.findIndex((span) => span.end > offset);

/** The index of a fact's last word in the sentence's words. */
const lastWordOf = (spans: readonly WordSpan[], fact: Fact) => wordAt(spans, fact.end - 1);

/** How many words from word `at` of the sentence to a fact in it: 0 when the word is part of the fact. */
function wordsApart(spans: readonly WordSpan[], at: number, fact: Fact): number {
  const [first, last] = [wordAt(spans, fact.start), lastWordOf(spans, fact)];
  return at < first ? first - at : at > last ? at - last : 0;
}

/**
 * Whether a sentence tells which of the class a "which X" question asks for by a word just before X
 * that the question does not give ("a revolutionary court", "goat's milk", "attack drones"), not "one
 * of its jets".
 */
export function modifiesClass(index: NewsIndex, analysis: QuestionAnalysis, sentence: string): boolean {
  const classConcept = analysis.concepts.find((c) => c.word === analysis.expected.classNoun);
  if (!classConcept) return false;
  const classTerms = wordTerms(classConcept, RELATION_FACTORS.synonym);
  const asked = questionTerms(analysis);
  const spans = index.lexicon.spans(sentence);
  return spans.some((span, i) => {
    if (i === 0 || !classTerms.has(index.lexicon.term(span.word) ?? '')) return false;
    let before = spans[i - 1] as WordSpan;
    // "goat's milk"
    if (before.word === 's' && i > 1) before = spans[i - 2] as WordSpan;
    const between = sentence.slice(before.end, span.start);
    const term = index.lexicon.term(before.word);
    return /^(?:['’]s)?\s+$/.test(between) && term !== null && !asked.has(term) && !/^\d/.test(before.word);
  });
}

/** The facts of a sentence that name who speaks in it (see stance-speakers.ts). */
export function speakerFacts(sentence: string, facts: readonly Fact[]): Fact[] {
  const speaker = speakerOf(tokensOf(sentence), sentence);
  if (!speaker) return [];
  const start = sentence.indexOf(speaker.text, speaker.from);
  if (start < 0) return [];
  const end = start + speaker.text.length;
  return facts.filter((fact) => fact.start >= start && fact.end <= end);
}

/**
 * The concepts (by index) that say what a query's value is of: the words before its head, those not
 * names when there are any ("hendrix poem auction price": the poem or the auction, not only Hendrix;
 * "uganda population": Uganda).
 */
export function measuredConcepts(analysis: QuestionAnalysis): number[] {
  const { measured } = analysis.expected;
  if (!measured || measured.length === 0) return [];
  const found = analysis.concepts.flatMap((concept, k) =>
    concept.word.split(' ').some((word) => measured.includes(word)) ? [k] : [],
  );
  const common = found.filter((k) => !analysis.concepts[k]?.isName);
  return common.length > 0 ? common : found;
}
