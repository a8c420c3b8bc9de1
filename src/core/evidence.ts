import { expectedFacts, type Fact, holdsAskedName, holdsNewPlaceName } from './answer-types.ts';
import { namesTheMeasure } from './answer-types-measures.ts';
import {
  type AnsweringFacts,
  answeringFacts,
  factNearAsked,
  holdsAskedTerm,
  measuredConcepts,
  modifiesClass,
  namesTheCounted,
  ROLE_MIN_FACTOR,
  speakerFacts,
  spokenByAnswer,
} from './answering-facts.ts';
import { countryKind } from './countries.ts';
import { articleTermsOf, sentencesOf, termsOf } from './evidence-cache.ts';
import { isIrrealis, isNumber, PLACE_FACTORS, placeConcepts } from './evidence-placement.ts';
import { actingFacts, locatesSomething, locatingFacts, timingFacts } from './fact-positions.ts';
import { isMoneyNoun } from './kinds.ts';
import { bestFactor, type QuestionAnalysis } from './question.ts';
import { RELATION_FACTORS } from './question-concepts.ts';
import { isReportingVerb } from './question-outcome.ts';
import type { NewsIndex } from './search-index.ts';
import { words } from './text.ts';
import type { Article, Paragraph } from './types.ts';
import { windowChecks } from './window-checks.ts';

// A passage that holds the kind of fact asked for (a name for "who", a number for "how many") gains
// this much coverage; one that lacks it, where the question asks for a number or a time, keeps only
// this share of its coverage and is never quoted as the answer (see `missesFact`): it cannot answer,
// however many words it shares.
export const FACT_BONUS = 0.15;
// How near a word must be to the noun of "what wage" to name that sum: its synonyms ("pay"), also when
// the noun was misspelt (a synonym of a guess counts at the spelling factor's share, 0.6 × 0.85).
const SUM_NOUN_MIN_FACTOR = 0.5;
// A fact that stands far from every word of what the question asks (see `factNearAsked`) gains this
// share of the bonus: it is often of another event told in the same sentence. Any distance from three
// to eight words and any share from 0.5 to 0.75 ranked alike on every development set.
export const FAR_FACT_SHARE = 0.6;
// A fact in a window that does not tell what else is asked (the role, the outcome, a name the question
// does not give: see `missesFact`) gains this share of the bonus: "He said some did not understand the
// cause of the Carib people" holds a person but not the chief asked after, and should not outrank
// "Carib Chief Charles Williams said …". Any share from 0.35 to 0.45 ranked alike on every development
// set; 0.2 declined fewer unanswerable questions, and 0.5 or more ranked fewer answers first.
export const UNFIT_FACT_SHARE = 0.4;
export const MISSING_FACT_FACTOR = 0.8;
// A sentence with a condition, or a counterfactual ("the fine would have been £61m"), states no fact;
// a question with one of these words asks about the hypothetical too. A condition inside quoted speech is the speaker's, not the report's.
const CONDITIONAL = /\b(?:if|unless)\b|\b(?:would|could|might)(?: not|n't)? have (?:been|[a-z]+ed)\b/i;
const QUOTED_SPEECH = /"[^"]*"|“[^”]*”?/g;
// Where a sentence's clauses meet: coordinated ("…, and …", "…, but …", "…; …") or a participle's
// after a comma ("gave it 72 hours, warning of consequences if …").
const CLAUSE_BOUNDARY = /;\s*|,\s+(?:and|but|[a-z]{3,}ing)\s+/g;
const HYPOTHETICAL_WORDS = ['could', 'would', 'might', 'may', 'if', 'unless'];
// A sentence that tells of what is to come: irrealis, or naming a time ahead or a plan ("due", "scheduled").
const WORDS_OF_WHAT_IS_TO_COME = /\b(?:next|later|upcoming|coming|due|scheduled|tomorrow)\b/i;

/** The facts of a sentence in its clauses that hold no condition ("…, and 42 were cancelled"). */
function factsOutsideConditions(sentence: string, facts: readonly Fact[]): Fact[] {
  const bounds = [0, ...[...sentence.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index), sentence.length];
  const free: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [start, end] = [bounds[k] as number, bounds[k + 1] as number];
    if (!CONDITIONAL.test(sentence.slice(start, end).replace(QUOTED_SPEECH, ''))) free.push({ start, end });
  }
  return facts.filter((fact) => free.some((clause) => fact.start >= clause.start && fact.end <= clause.end));
}

const tellsAhead = (sentence: string) => isIrrealis(sentence) || WORDS_OF_WHAT_IS_TO_COME.test(sentence);
// A time told only against the day of writing ("next month", "last week") says less of when than a
// date does, and gains this share of the bonus (on top of the share for a far one): "competes in
// Edinburgh on 15 January" answers "Edinburgh cross country date" before "next month's Great
// Edinburgh Cross Country". The same share as a far fact's.
const RELATIVE_TIME_SHARE = FAR_FACT_SHARE;
const RELATIVE_TIME =
  /^(?:(?:next|last|this|past|coming|previous|recent|following)\b|(?:yesterday|today|tomorrow|tonight|recently|now|soon|later|earlier)$)/i;
// A decade is a time, which articles write in other ways ("since 1992" for "since the early 90s").
const DECADE = /^\d+s$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
// A year told against the day of writing, which may be any year a question gives.
const YEAR_OF_WRITING = /\b(?:this|last|next) year\b/i;
// A quoted sentence shorter than this is widened by its neighbour: alone it rarely makes sense.
const SHORT_SENTENCE = 60;
// A query without a question word names one thing in several words ("premier league table", "fixed
// mortgage rates"), its last noun often only the value asked for ("makarov pension", "dzud meaning"),
// which the window tells rather than names: a window that tells fewer of its other words than this
// (each at a synonym's strength or more, the paragraph and its article lending theirs) tells of
// something else ("a kitchen table", "premium rates"). A question's grammar says what it asks, and
// one of its words may be all a window shares with it: required of every question, two words told
// declined 37 more answerable questions on 18 corpora; of queries only, on 26 corpora it declined 6
// more unanswerable queries and 2 answerable ones, one answered wrongly before.
const QUERY_MIN_CONCEPTS = 2;

/** What a paragraph holds of a question: the best window to quote and how well it answers. */
export interface PassageEvidence {
  /** Weighted share of the question's concepts, counted by where each is found (0–1). */
  readonly coverage: number;
  /** The coverage with the fact bonus or penalty applied: what ranks and decides. */
  readonly score: number;
  /** Whether the window's own sentence (not a neighbour quoted for context) holds the kind of fact asked for. */
  readonly holdsFact: boolean;
  /**
   * Whether the question asks for a number, a time or a name and the window's sentence holds none (a
   * name the question does not already give), or asks after someone by a role the window does not
   * mention, or asks how something ended and the window does not tell it happened, or asks how many
   * were VERBed and the window does not tell what was done, or asks what someone said and the window
   * quotes another (see `quotesAnother`), or the window holds nothing of the question but the class of
   * thing asked for, or tells too few of a query's words (see {@link QUERY_MIN_CONCEPTS}): it cannot
   * answer. Without `readFacts` no name or role is looked for.
   */
  readonly missesFact: boolean;
  /** The sentence (or two adjacent sentences) to quote: an exact substring of the paragraph. */
  readonly snippet: string;
  /** Index terms of the question found in the paragraph itself. */
  readonly matchedTerms: ReadonlySet<string>;
  /** Weighted share of the question's concepts found in the paragraph itself, not around it (0–1). */
  readonly own: number;
  /**
   * Whether the question asks for a fact of someone or something it names (a name the articles use)
   * that the passage's article never mentions in any wording: the fact is another's, however many
   * other words the passage shares with the question. It is never quoted as the answer.
   */
  readonly missesName: boolean;
  /**
   * Whether the question asks what someone said ("what did Disney say about …") and the window quotes
   * someone else: it cannot answer, but the one whose words are asked for may be quoted further down.
   */
  readonly quotesAnother: boolean;
}

/**
 * Whether the question asks for a fact (a number, a time, a name, yes or no) of a name the articles use
 * that the passage's article never mentions in any wording: the fact it holds is another's. (A
 * question that asks for no fact is shown the closest reading, which may tell of something else.)
 */
function missesAName(index: NewsIndex, analysis: QuestionAnalysis, article: Article): boolean {
  if (analysis.expected.kind === null && !analysis.expected.yesNo) return false;
  // A country is exempt where the article names none: national news takes its own country as read
  // ("when did the UK lower the age of majority": a BBC article on the voting age never names the UK).
  const named = analysis.concepts.filter(
    (c) => c.mentions.length > 0 && (countryKind(c.word) !== 'name' || namesACountry(article)),
  );
  if (named.length === 0) return false;
  const terms = articleTermsOf(index, article);
  return named.some((c) => !c.mentions.some((w) => w.terms.every((t) => terms.has(t))));
}

// Whether each article names a country, read once per article.
const countryNamed = new WeakMap<Article, boolean>();

/** Whether an article names a country, by its name or its people. */
function namesACountry(article: Article): boolean {
  let named = countryNamed.get(article);
  if (named === undefined) {
    const texts = [article.title, ...article.paragraphs.map((p) => p.text)];
    named = texts.some((text) =>
      words(text).some((word) => countryKind(word) !== undefined && countryKind(word) !== 'capital'),
    );
    countryNamed.set(article, named);
  }
  return named;
}

/**
 * Weighs a paragraph as the answer to a question: every sentence is tried as the one to quote, each
 * concept counting by where it is found (see {@link PLACE_FACTORS}), and the window that holds the
 * asked-for kind of fact gains. The best window is the paragraph's evidence. Reading the facts costs
 * most (a tagger run per sentence): without `readFacts` no window holds one, which can only lower it.
 */
export function weighPassage(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  article: Article,
  paragraph: Paragraph,
  readFacts = true,
): PassageEvidence {
  const { concepts, expected, asked } = analysis;
  const { sentences, sentenceTerms, paragraphTerms, irrealis, inSentence, outside } = placeConcepts(
    index,
    analysis,
    article,
    paragraph,
  );
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  const wantsFact = readFacts && expected.kind !== null;
  const hypotheticalQuestion = HYPOTHETICAL_WORDS.some((word) => asked.has(word));
  const needsFact = expected.kind === 'number' || expected.kind === 'time';
  // A question that asks for a name in so many words, or after a person or a body by a noun for one
  // ("who is the spokesman"), is answered only by a sentence that gives a name the question does not
  // (see `holdsAskedName`): "who is the buyer" is not answered by "the buyer kept all routes". Unlike
  // a missing number, a missing name does not lower the passage, whose "he" may stand for a name told
  // before; it is only never quoted as the answer. "Which court" is also answered by a word that
  // tells which ("a revolutionary court": see `modifiesClass`).
  const needsName =
    readFacts &&
    (expected.asksName === true || expected.kind === 'person' || expected.kind === 'organization');
  // A "where" question is answered by a sentence that names a place or locates something (see
  // `locatesSomething`): "the hunt had one pack out on Thursday" tells no where.
  const locates = readFacts && expected.kind === 'place';
  // What the window must tell besides the question's words: the role, the outcome, the deed, the speaker.
  // The sentence before the paragraph is read only for a role or a deed asked after (see `windowChecks`).
  const paragraphBefore =
    readFacts && (analysis.role || analysis.deed) ? article.paragraphs[paragraph.n - 2] : undefined;
  const lastBefore = paragraphBefore ? sentencesOf(index, paragraphBefore.text).at(-1) : undefined;
  const { mentionsRole, tellsOutcome, tellsDeed, quotesSpeaker, tellsDeedAsVerb, claimedOfAnother } =
    windowChecks(index, analysis, {
      sentences,
      sentenceTerms,
      inSentence,
      irrealis,
      readFacts,
      ...(lastBefore === undefined ? {} : { before: termsOf(index, lastBefore) }),
    });
  // The concept a name beside the role's word answers: the role asked after, or the verb of its doer.
  const roleOrVerb = analysis.role ?? analysis.agent?.verb;
  const answered = wantsFact && roleOrVerb ? concepts.indexOf(roleOrVerb) : -1;
  // The class of a "which/what X" question says what kind of thing answers, not what it is about: a
  // window that holds nothing of the rest of the question ("the capital of France") cannot answer.
  // Nor does the role or deed whose doer is asked for say what it is about: "who wrote Pride and
  // Prejudice" is not answered by "lead author Dr Priya Raman" of a study.
  // Nor does the verb that says what kind of number is asked: "how much does the probe weigh" is not
  // answered by what a scooter may weigh.
  const ofSubject = (k: number) =>
    concepts[k]?.word !== expected.classNoun &&
    k !== answered &&
    !(expected.kind === 'number' && namesTheMeasure(concepts[k]?.word ?? ''));
  const hasSubject = concepts.some((_, k) => ofSubject(k));
  // A count or sum the question gives ("4000 syrians", "its 13 farms") says which claim or thing it
  // asks about: a paragraph without it tells of another ("hundreds of fighters", "the farm employs 300").
  // So does a year ("who won the 2006 world cup"), unless the paragraph tells a year only against the
  // day of writing ("earlier this year"), or the question asks when, which a date in it answers.
  const givesNumbers = concepts.every(
    (concept) =>
      !isNumber(concept.word) ||
      bestFactor(concept, paragraphTerms) > 0 ||
      DECADE.test(concept.word) ||
      (YEAR.test(concept.word) && (expected.kind === 'time' || YEAR_OF_WRITING.test(paragraph.text))),
  );
  // Asks when or where something happened (see `ofAskedEvent`), by no class of place ("which countries").
  const datesOrLocates =
    expected.kind === 'time' || (expected.kind === 'place' && expected.classNoun === undefined);
  const measured = measuredConcepts(analysis);
  // The noun of "what wage" (or "salery", read as salary) when it names a sum itself ("price tag" takes
  // its kind from "price").
  const sumAt =
    expected.unit === 'money' && expected.classNoun !== undefined
      ? concepts.findIndex(
          (concept) => concept.word === expected.classNoun && isMoneyNoun(concept.readAs ?? concept.word),
        )
      : -1;
  // "did the US put sanctions on Turkey": a paragraph that tells nothing of what is asked to have
  // happened, in any wording but its class, cannot say whether it did.
  const claimedAt = (analysis.claimed ?? []).map((concept) => concepts.indexOf(concept));
  const claimDeedAt = (analysis.claimant?.deed ?? []).map((concept) => concepts.indexOf(concept));
  const tellsClaim =
    claimedAt.length === 0 || claimedAt.some((k) => inSentence.some((row) => (row[k] ?? 0) > 0));
  let best: {
    score: number;
    coverage: number;
    holdsFact: boolean;
    fitsQuestion: boolean;
    at: number;
    from: number;
    to: number;
  } | null = null;
  const answeringBySentence = new Map<number, AnsweringFacts>();
  const namesCounted = wantsFact ? namesTheCounted(index, analysis) : undefined;
  const answeringHere = (i: number) => {
    let found = answeringBySentence.get(i);
    if (!found) {
      found = answeringFacts(index, analysis, sentences[i] as string, namesCounted);
      answeringBySentence.set(i, found);
    }
    return found;
  };
  // Someone the paragraph gives another office than the role asked after holds that one wherever
  // it names them again.
  let inOtherOffice: ReadonlySet<string> | undefined;
  const answering = (i: number): AnsweringFacts => {
    const found = answeringHere(i);
    if (!analysis.role) return found;
    inOtherOffice ??= new Set(sentences.flatMap((_, j) => answeringHere(j).inOtherOffice));
    if (inOtherOffice.size === 0) return found;
    const office = inOtherOffice;
    return { ...found, facts: found.facts.filter((fact) => !office.has(words(fact.text).at(-1) ?? '')) };
  };
  // "who claimed …", "who speaks for …": reports tell what was said in words of their own ("said").
  const reportedDeed =
    analysis.agent !== undefined && isReportingVerb(analysis.agent.verb.readAs ?? analysis.agent.verb.word);
  for (let i = 0; i < sentences.length; i++) {
    let got = 0;
    let subjectGot = 0;
    let conceptsTold = 0;
    let usedBefore = false;
    let usedAfter = false;
    // "Mr Sullivan pleaded guilty" tells no plea of Ebbers's.
    const othersClaim = claimDeedAt.length > 0 && claimedOfAnother(i);
    for (const [k, concept] of concepts.entries()) {
      const here = othersClaim && claimDeedAt.includes(k) ? 0 : (inSentence[i]?.[k] ?? 0);
      const before = inSentence[i - 1]?.[k] ?? 0;
      const after = inSentence[i + 1]?.[k] ?? 0;
      const near = Math.max(before, after) * PLACE_FACTORS.adjacentSentence;
      // "playwright Eve Ensler" says who wrote it as plainly as "Eve Ensler wrote it"; "lawyer Reid
      // Weingarten" who the attorney is.
      const named = k === answered && answering(i).besideRole ? 1 : 0;
      const credit = Math.max(here, near, outside[k] ?? 0, named);
      if (credit > here && near >= credit) {
        if (after >= before) usedAfter = true;
        else usedBefore = true;
      }
      got += concept.weight * credit;
      if (credit >= RELATION_FACTORS.synonym) conceptsTold++;
      if (ofSubject(k)) subjectGot += concept.weight * credit;
    }
    const short = (sentences[i] as string).length < SHORT_SENTENCE && sentences.length > 1;
    const from = usedBefore || (short && i + 1 >= sentences.length) ? i - 1 : i;
    const to = usedAfter || (short && from === i) ? Math.min(i + 1, sentences.length - 1) : i;
    const terms = sentenceTerms[i] as ReadonlySet<string>;
    // A "what illness" question has no kind of fact of its own: a kind of the class asked for
    // (cancer) is what answers it.
    const holdsKind =
      expected.kind === null && concepts.some((c) => c.kinds.some((w) => w.terms.every((t) => terms.has(t))));
    // "could face 85 years if convicted" gives no number for a question about what happened; it does
    // for "how many years could he get".
    const hypothetical =
      !hypotheticalQuestion && CONDITIONAL.test((sentences[i] as string).replace(QUOTED_SPEECH, ''));
    // The fact must be in the sentence tried, the one that matches the question: a neighbour quoted
    // for its context tells of something else.
    // Who voices a condition is a fact all the same: "Turkey will support Azerbaijan if Baku requests
    // aid, Foreign Minister Mevlut Cavusoglu said".
    // A condition holds in its own clause: "stay away unless necessary, and 42 operations were
    // cancelled" states the count.
    const told = !wantsFact
      ? []
      : hypothetical
        ? [
            ...new Set([
              ...speakerFacts(sentences[i] as string, answering(i).facts),
              ...factsOutsideConditions(sentences[i] as string, answering(i).facts),
            ]),
          ]
        : answering(i).facts;
    // A plain "who" or a name asked for: a place where something is ("the event in France") is no answer.
    const stated = expected.kind === 'name' ? actingFacts(index, sentences[i] as string, told) : told;
    // "Where": a place answers where something is put by a preposition ("flown to Baku"), not where it
    // acts ("Azerbaijan and Turkey denied it").
    const located = (facts: readonly Fact[]) =>
      locates && datesOrLocates ? locatingFacts(index, sentences[i] as string, facts) : facts;
    const timed = (facts: readonly Fact[]) =>
      expected.kind === 'time' ? timingFacts(index, analysis, sentences[i] as string, facts) : facts;
    const asFacts = timed(located(expectedFacts(expected, stated, asked, namesCounted)));
    // "when is the next meeting" is not answered by "the meeting was held in 1992".
    const ofThePast = expected.ahead === true && !tellsAhead(sentences[i] as string);
    const holdsFact = !ofThePast && ((holdsKind && !hypothetical) || asFacts.length > 0);
    // "which court": a word that tells which ("a revolutionary court") answers as a name does.
    const tellsWhich =
      needsName &&
      !hypothetical &&
      !expected.asksName &&
      expected.classNoun !== undefined &&
      modifiesClass(index, analysis, sentences[i] as string);
    // A plain "who" is answered by a name the question does not give, or by the subject of its deed;
    // "who confirmed …" by the sentence's own speaker, not a name it reports of others.
    const toldAsDeed =
      !readFacts ||
      analysis.doneBy === undefined ||
      ((holdsAskedName(expected, stated, asked) || tellsDeedAsVerb(i)) &&
        spokenByAnswer(analysis, sentences[i] as string, answering(i).facts));
    // A "where" is told by a place named or by a sentence that locates something; "which city" and
    // "what is the capital of Canada" only by a place of the class ("rivals in Canada" tells none).
    // Whether the window tells what is asked: the name, when one is asked for, and the role; that it
    // happened, for a question after how something ended; what was done, to the ones counted. (A
    // window for "what kind of X" that tells no kind of X is not held against it: on questions written
    // after the method, that declined more answerable questions than unanswerable ones.)
    const tellsAsked =
      toldAsDeed &&
      (!locates ||
        holdsFact ||
        holdsNewPlaceName(located(answering(i).facts), asked) ||
        (expected.classNoun === undefined && locatesSomething(index, analysis, sentences[i] as string))) &&
      (!needsName || holdsAskedName(expected, stated, asked) || tellsWhich) &&
      mentionsRole(i) &&
      tellsOutcome(i) &&
      tellsDeed(i);
    const coverage = total > 0 ? got / total : 0;
    // A reason is a clause measured from its edges, often long, so its nearness tells little (judged
    // by it, why-questions ranked worse on every set).
    const far =
      holdsFact &&
      !holdsKind &&
      expected.kind !== 'reason' &&
      !factNearAsked(index, analysis, sentences[i] as string, asFacts);
    // "the region's capital, Stepanakert" holds the kind of thing asked for, but nothing of France.
    const tellsOfSubject = !hasSubject || subjectGot > 0;
    // A time or a place is of the event asked about only if its sentence or a neighbour tells
    // something of that event besides the question's names: "Mr Ebbers is on trial for fraud over
    // WorldCom's collapse in 2002" does not say when he was sentenced. "Which countries" asks by its
    // class, which the names that answer already are.
    const ofAskedEvent =
      !holdsFact ||
      !datesOrLocates ||
      [i - 1, i, i + 1].some((j) => holdsAskedTerm(analysis, sentenceTerms[j]));
    // "ebbers bail amount": the value's sentence, or the one before it ("Each earns up to £1,000"),
    // tells what it is of. A sentence that tells the query's head itself ("lumen hub price": "The box
    // will go on sale …, priced at £249") tells it of what the paragraph names, often by another word.
    const headAt = concepts.length - 1;
    const measuredNear = (inSentence[i]?.[headAt] ?? 0) > 0 ? [...inSentence.keys()] : [i - 1, i];
    const tellsMeasured =
      !holdsFact ||
      measured.length === 0 ||
      measured.some((k) => measuredNear.some((j) => (inSentence[j]?.[k] ?? 0) >= RELATION_FACTORS.synonym));
    // "what is Obi's weekly wage": the noun for the sum says which sum it is; a transfer fee told where
    // no wage is is another.
    const namesTheSum =
      !holdsFact ||
      sumAt < 0 ||
      [i - 1, i, i + 1].some((j) => (inSentence[j]?.[sumAt] ?? 0) >= SUM_NOUN_MIN_FACTOR);
    // "who led the team": a name whose window tells neither the deed nor a word for its doer may be
    // anyone the story names ("Dr Mellor admitted that the team had to discard …"), and cannot answer:
    // on 22 question sets this declined 6 more unanswerable questions ("who won the 2022 world cup":
    // "… recorded conversations in 2022") and 3 answerable ones whose deed is told in other words
    // ("who beat her": "edged out by Radcliffe").
    const doerUntold =
      answered >= 0 &&
      analysis.role === undefined &&
      !reportedDeed &&
      !answering(i).besideRole &&
      [i - 1, i, i + 1].every((j) => (inSentence[j]?.[answered] ?? 0) < ROLE_MIN_FACTOR);
    const fitsQuestion =
      tellsAsked &&
      tellsOfSubject &&
      givesNumbers &&
      ofAskedEvent &&
      tellsMeasured &&
      tellsClaim &&
      namesTheSum &&
      (!expected.query || conceptsTold >= Math.min(QUERY_MIN_CONCEPTS, concepts.length - 1)) &&
      !(holdsFact && doerUntold);
    const relativeOnly =
      expected.kind === 'time' &&
      asFacts.length > 0 &&
      asFacts.every((fact) => RELATIVE_TIME.test(fact.text));
    const bonus =
      FACT_BONUS *
      (far ? FAR_FACT_SHARE : 1) *
      (relativeOnly ? RELATIVE_TIME_SHARE : 1) *
      (fitsQuestion ? 1 : UNFIT_FACT_SHARE);
    // A window that gives no reason, for a "why", keeps the share a missing number keeps, but is still
    // quoted: its reason may be told in a clause no cue marks.
    const lacking = needsFact || expected.kind === 'reason';
    const score = holdsFact ? coverage + bonus : lacking ? coverage * MISSING_FACT_FACTOR : coverage;
    if (!best || score > best.score)
      best = {
        score,
        coverage,
        holdsFact,
        fitsQuestion,
        at: i,
        from,
        to,
      };
  }
  const window = best ?? {
    score: 0,
    coverage: 0,
    holdsFact: false,
    fitsQuestion: false,
    at: 0,
    from: 0,
    to: 0,
  };
  // Whose words the window quotes is read (a tagger run) for the window chosen only: it does not rank.
  const quotesAnother = best !== null && !quotesSpeaker(best.at);
  const matchedTerms = new Set<string>();
  const own = concepts.reduce((sum, c) => sum + c.weight * bestFactor(c, paragraphTerms), 0);
  for (const concept of concepts) {
    for (const wording of concept.wordings) {
      if (wording.terms.every((t) => paragraphTerms.has(t)))
        for (const t of wording.terms) matchedTerms.add(t);
    }
  }
  let missesName: boolean | undefined;
  return {
    coverage: window.coverage,
    score: window.score,
    holdsFact: window.holdsFact,
    missesFact: (needsFact && !window.holdsFact) || !window.fitsQuestion || quotesAnother,
    quotesAnother,
    own: total > 0 ? own / total : 0,
    // Read through the whole article, so worked out only for the few passages the decision looks at.
    get missesName() {
      missesName ??= missesAName(index, analysis, article);
      return missesName;
    },
    snippet: sentences.slice(window.from, window.to + 1).join(' ') || paragraph.text,
    matchedTerms,
  };
}
