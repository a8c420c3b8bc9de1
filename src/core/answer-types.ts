import {
  asksClockTime,
  type ClockTime,
  HOW_UNITS,
  howMuch,
  howWordMeant,
  inCurrency,
  isPhysicalThing,
} from './answer-types-measures.ts';
import { analyse, type Token } from './answer-types-nlp.ts';
import { answer, headNounKind, kindOfNoun, namesMoney } from './answer-types-nouns.ts';
import {
  afterPossessor,
  endsWithItsVerb,
  headNoun,
  isProgressiveVerb,
  MODEL_HEADS,
  NAME_HEADS,
  PHRASE_TAGS,
  POSSESSIVE_DETERMINERS,
} from './answer-types-phrases.ts';
import { wordList as list, PRESENT_PARTICIPLE } from './answer-types-words.ts';
import { compoundsJoined, symbolsSpelled, wordMeant } from './chat-forms.ts';
import { hasMoneySense } from './kinds.ts';
import { englishSpellings } from './lexicon.ts';
import { asksOutcome } from './question-outcome.ts';
import { asksAhead, asksPast } from './question-tense.ts';
import {
  askingClause,
  HAPPENED_STARTS,
  LEADING_FILLER,
  QUESTION_WORDS,
  questionWordMeant,
  YES_NO_STARTS,
} from './question-words.ts';
import { foldWord, words } from './text.ts';
import { baseForms, isPastOfVerbOnly, isWordNetWord, nounClasses } from './wordnet.ts';

export { factsOf, factsOfParagraph, locateSentences, type SentenceSpan } from './answer-types-facts.ts';
export {
  countedNounOf,
  expectedFacts,
  holdsAskedName,
  holdsExpectedFact,
  holdsNewPlaceName,
  NAME_FACT_KINDS,
} from './answer-types-match.ts';

export type FactKind = 'person' | 'organization' | 'place' | 'time' | 'number' | 'reason' | 'name';
export type NumberUnit = 'count' | 'age' | 'duration' | 'money' | 'percent' | 'distance' | 'size' | 'any';
/**
 * What a number question asks for: a unit, how often ("three times a week", "every twenty minutes"), how
 * much something weighs, how long it is, in length or in time ("how long is the border"), or an amount
 * of anything ("how much feta"), which is no one's age and no duration.
 */
export type AskedUnit = NumberUnit | 'frequency' | 'weight' | 'length' | 'amount';

/**
 * What a question asks for: who → person/organization ('name' when either), where → place, when →
 * time, how many/much/long/old/far → number with a unit, why → reason; "which/what X" by the class of
 * X; yes/no questions (is/are/did/does/was/has/can … first) → null with yesNo true.
 */
export interface ExpectedAnswer {
  readonly kind: FactKind | null;
  readonly unit?: AskedUnit;
  readonly yesNo: boolean;
  /**
   * The folded noun a "how many" question counts ("fighters", "years"): a count of something else, or a
   * duration told in another order of unit ("23 hours" for "how many years"), does not answer.
   */
  readonly counted?: string;
  /** The counted noun as read when it was typed with a slip ("operatons": operations; set by question.ts). */
  readonly countedAs?: string;
  /**
   * Whether the question asks for a name in so many words ("what is the name of the paper"), or asks
   * who someone is by a role alone ("who was the pilot", set by question.ts): only a sentence that
   * gives one answers. (A plain "who" may be answered by "the government".)
   */
  readonly asksName?: boolean;
  /**
   * For a name asked for in so many words ("what is it called", "what name did they give it") of a
   * thing that is not someone or somewhere by its class: a person's or a place's name does not answer.
   */
  readonly namesThing?: boolean;
  /** The class a "which/what X" question asks for ("what illness"): any kind of it answers. */
  readonly classNoun?: string;
  /**
   * For "what time …" a time of day, for "her winning time" the time something took ("2:23:10", "23
   * minutes"): never a date or a year.
   */
  readonly clockTime?: ClockTime;
  /**
   * For a yes/no question in the past or perfect ("did …", "was …", "has …", "is it built yet"):
   * whether something has happened, which only a sentence telling that it did (or did not) answers.
   */
  readonly happened?: boolean;
  /**
   * Whether the question asks about what is still to come ("when will the talks resume", "when is the
   * next meeting"): a fact told of the past ("the meeting was held in 1992") does not answer it.
   */
  readonly ahead?: boolean;
  /**
   * For a "when" question, whether it asks about the past ("when did the club go into administration"): a time
   * told as the end of a span ("gave the club until 21 March") says when something is to end, not when
   * it happened.
   */
  readonly past?: boolean;
  /** Whether the question is a query without a question word ("debra hill funeral"), named by its last noun. */
  readonly query?: boolean;
  /**
   * For a query whose head names a number, the words before the head, which say what the number is of
   * ("bail" in "ebbers bail amount"): a sum told of something else does not answer.
   */
  readonly measured?: readonly string[];
}

/** The facts a sentence holds, with character spans into the sentence. */
export interface Fact {
  readonly kind: FactKind;
  readonly unit?: NumberUnit;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// "How far back", "how far ahead": words after "how far" that make it a span of time or of space.
const SPAN_WORDS = list('back ahead forward');
const CAUSE_VERBS = list(
  'caused cause causes killed prompted triggered sparked started led made drove motivated',
);

// The forms of the verb "cost": "what does it cost" asks how much; so do the verbs of paying a sum
// ("what did Van Riel pay per share", "what do the workers earn", "what did the vase fetch").
const COST_VERBS = list(
  `cost costs costed costing pay pays paid paying earn earns earned earning spend spends spent spending
  fetch fetches fetched`,
);
// "what did the painting sell for": a price, with "for" after the verb ("what did they sell" asks what).
const SOLD_FOR_VERBS = list('sell sells sold selling');
// Tags of the words before a noun that make "cost" one: "the cost", "the project's cost", "total cost"
// (and a possessive, "its cost", which the tagger tags as it tags "it").
const NOUN_LEADS: ReadonlySet<string> = new Set(['DET', 'PART', 'ADJ']);
// The participles of "what is X called": the question asks for a name.
const NAMING_VERBS = list('called named titled');
const RELATIVE_WORDS = list('who which that whom whose');
// Words for someone: "what is his name", "what is she called" ask a person's name.
const PERSONAL_WORDS = list('his her their my your our he she they i you we him them');
/** Whether a word of a question stands for someone: a personal pronoun, or a noun for a person ("the pilot"). */
const namesSomeone = (token: Token | undefined) =>
  token !== undefined &&
  (PERSONAL_WORDS.has(token.lower) || nounClasses(foldWord(token.text))[0] === 'noun.person');

/** The class of the thing "which/what X" asks for, or of "what is the X of …" and "what is Y's X". */
function whichWhat(question: string, whIndex: number): ExpectedAnswer {
  const tokens = analyse(question).tokens.filter(
    (t) => t.pos !== 'PUNCT' || t.text === "'" || t.text === '’',
  );
  const folded = tokens.map((t) => foldWord(t.text));
  const wh = folded.findIndex(
    (w, i) => i >= whIndex && (w === 'whats' || ['which', 'what'].includes(questionWordMeant(w))),
  );
  // "what will a ticket cost", "what did the ban cost the firm": what something costs is a sum. The
  // tagger often reads the verb as a noun; after a determiner or a possessive it is one ("the cost of").
  const nounLead = (t: Token | undefined) =>
    t !== undefined && (NOUN_LEADS.has(t.pos) || POSSESSIVE_DETERMINERS.has(t.lower));
  const costs = (t: Token, i: number) =>
    i > wh &&
    !nounLead(tokens[i - 1]) &&
    (COST_VERBS.has(t.lower) || (SOLD_FOR_VERBS.has(t.lower) && tokens[i + 1]?.lower === 'for'));
  if (tokens.some(costs)) return answer('number', 'money');
  let from = wh + 1;
  let owned = false;
  // Whether the possessor of the thing asked about is someone: "what is his name", "the minister's name".
  let ownedBySomeone = false;
  // The possessor's last noun, when it is a common noun ("the coach's name": the coach).
  let possessorNoun: Token | undefined;
  // "what is the capital of …", "what's the name of …", "what was Kemp's time": skip the copula, the
  // determiner and the possessor, which "X's Y" names as "the Y of X" does.
  const copular =
    ['is', 'was', 'are', 'were', "'s", '’s', 's'].includes(folded[from] ?? '') || folded[wh] === 'whats';
  if (copular) {
    // "what is the company called now": its name ("the adviser who called it nonsense" is another verb's).
    const naming = tokens.findIndex((t, i) => i > from && t.pos === 'VERB' && NAMING_VERBS.has(t.lower));
    if (naming > 0 && !folded.slice(from, naming).some((w) => RELATIVE_WORDS.has(w)))
      return namesSomeone(tokens.slice(from, naming).at(-1))
        ? { ...answer('name'), asksName: true }
        : { ...answer('name'), asksName: true, namesThing: true };
    if (folded[wh] !== 'whats') from++;
    const determined = ['the', 'a', 'an'].includes(folded[from] ?? '');
    if (determined) from++;
    const possessed = afterPossessor(tokens, from);
    if (possessed !== undefined) {
      ownedBySomeone = tokens.slice(from, possessed).some(namesSomeone);
      possessorNoun = tokens.slice(from, possessed).findLast((t) => t.pos === 'NOUN');
      from = possessed;
      owned = true;
    } else if (!determined) return answer(null);
  }
  if (['the', 'a', 'an'].includes(folded[from] ?? '')) from++;
  const next = folded[from] ?? '';
  if (CAUSE_VERBS.has(next)) return answer('reason');
  const { head, asksName } = headNoun(tokens, from);
  // "the title of the war departmnt report": a name is asked for, whatever the noun it is of.
  if (!head) return asksName ? { ...answer('name'), asksName } : answer(null);
  // "the title of the Pirates of the Caribbean sequel": a capitalised word the name is asked of is part
  // of a name itself (of the work), no class of thing ("pirates" are people; the film is none).
  if (asksName && head.pos === 'PROPN' && /^\p{Lu}/u.test(head.text))
    return { ...answer('name'), asksName, namesThing: true };
  // "what was the blogger charged with", "what were the fighters offered": the noun after the copula
  // is the subject of a verb that ends the question (but for the preposition "what" is the object
  // of), and no class of the answer ("what was the reason given for the ban" asks a reason).
  // So is the subject of an -ing verb after it ("what is the union threatening if …").
  const after = tokens.indexOf(head) + 1;
  if (copular && !asksName && (endsWithItsVerb(tokens, after) || isProgressiveVerb(tokens, after)))
    return answer(null);
  // "what's the coach's name" asks for the name of the coach, as "the name of the coach" does.
  const possessorKind =
    possessorNoun && ownedBySomeone && NAME_HEADS.has(head.lower)
      ? kindOfNoun(foldWord(possessorNoun.text), foldWord(possessorNoun.text))
      : undefined;
  if (possessorNoun && possessorKind?.kind === 'person')
    return { ...possessorKind, classNoun: foldWord(possessorNoun.text), asksName: true };
  // "what's WorldCom's name now", "what title did the sequel get": a name, in so many words; "what
  // model was the guitar": a model is told by its name ("a Fender Stratocaster").
  if (NAME_HEADS.has(head.lower))
    return ownedBySomeone
      ? { ...answer('name'), asksName: true }
      : { ...answer('name'), asksName: true, namesThing: true };
  // A model is told by its maker's name and a number ("a Nokia 3220"), which the tagger may read as anyone's.
  if (MODEL_HEADS.has(head.lower)) return { ...answer('name'), asksName: true };
  // "what's the ceo's salery": a head that is no English word is the one English word a slip away.
  const headWord = headMeant(foldWord(head.text));
  const lemma = headWord.endsWith('ies') ? `${headWord.slice(0, -3)}y` : headWord.replace(/(?<=[^s])s$/, '');
  // "which auction house": the kind of the compound WordNet knows, not of "house" alone.
  const before = tokens[tokens.indexOf(head) - 1];
  const modifier = before?.pos === 'NOUN' ? foldWord(before.text) : undefined;
  const compound = modifier === undefined ? undefined : `${modifier} ${lemma}`;
  const compoundKind =
    compound !== undefined && nounClasses(compound).length > 0 ? kindOfNoun(compound, compound) : undefined;
  // "what was the price tag", "the salary figure": a head that asks for no kind of its own is the form
  // a sum or number takes, which the noun before it names.
  const numberOfModifier = () => {
    const kind = modifier === undefined ? undefined : kindOfNoun(modifier, modifier);
    return kind?.kind === 'number' ? kind : undefined;
  };
  // "the title of the poem": a name, whatever kind of thing a poem is.
  const expected = {
    ...(compoundKind ??
      kindOfNoun(headWord, lemma) ??
      numberOfModifier() ??
      answer(asksName ? 'name' : null)),
    classNoun: foldWord(head.text),
    ...(asksName ? { asksName } : {}),
  };
  // "what's the charge per bag": a rate asked of a noun that may be a price is one.
  if (expected.kind !== 'number' && tokens[after]?.lower === 'per' && hasMoneySense(lemma))
    return { ...expected, ...answer('number', 'money') };
  const clockTime = asksClockTime(tokens, from, tokens.indexOf(head), owned);
  return clockTime ? { ...expected, clockTime } : expected;
}

/** A word as meant: itself if English, else the one English word a slip away, if only one is. */
function headMeant(word: string): string {
  if (isWordNetWord(word)) return word;
  const spellings = englishSpellings(word);
  return spellings.length === 1 ? (spellings[0] ?? word) : word;
}

/** What kind of fact a question asks for (see {@link ExpectedAnswer}). */
export function expectedAnswer(typed: string): ExpectedAnswer {
  const question = askingClause(compoundsJoined(symbolsSpelled(typed)));
  const asked = askedFor(question);
  // What is still to come has not happened: "what is the bill likely to end up at" asks a forecast.
  if (asksAhead(question)) return { ...asked, ahead: true };
  // "who won in the end", "what sentence did the judge finally hand him": what happened, as for "did …".
  const expected = asksOutcome(question) && !asked.happened ? { ...asked, happened: true } : asked;
  return expected.kind === 'time' && asksPast(question) ? { ...expected, past: true } : expected;
}

/** What a question asks for by its words, before any word that asks how something ended. */
function askedFor(question: string): ExpectedAnswer {
  // "hw much", "wat percent": the question word meant (a form that stands for several words stays).
  const all = words(question).map(questionWordMeant);
  let at = 0;
  while (at < all.length && LEADING_FILLER.has(all[at] ?? '') && !QUESTION_WORDS.has(all[at] ?? '')) at++;
  const first = all[0] ?? '';
  const whAt = all.findIndex((w, i) => i >= at && i <= at + 2 && QUESTION_WORDS.has(w));
  // "is there …", "did he …": yes/no unless a question word follows a "can you tell me" opening.
  if (
    YES_NO_STARTS.has(first) &&
    (whAt < 0 || !all.slice(0, whAt).some((w) => ['tell', 'know', 'explain'].includes(w)))
  )
    return HAPPENED_STARTS.has(first) || asksOutcome(question)
      ? { kind: null, yesNo: true, happened: true }
      : { kind: null, yesNo: true };
  if (whAt < 0) return { ...keywordQuery(all), query: true };
  const wh = all[whAt] ?? '';
  const rest = all.slice(whAt + 1);
  switch (wh) {
    case 'who':
      return whoAnswer(rest);
    case 'where':
      return answer('place');
    case 'when':
      return answer('time');
    case 'why':
      return answer('reason');
    case 'how': {
      const how = howWordMeant(rest[0] ?? '');
      if (how === 'many') return countedNoun(question, howMuch(true, rest.slice(1)));
      if (how === 'much') return howMuch(false, rest.slice(1));
      if (how === 'come') return answer('reason');
      if (how === 'long' && rest[1] === 'ago') return answer('time');
      // "how long was his sentence" asks for a time as readily as for a length; "how long is the
      // border" only for a length.
      if (how === 'long' && COPULAS.has(rest[1] ?? ''))
        return answer('number', isPhysicalThing(question) ? 'distance' : 'length');
      if (how === 'soon') return answer('time');
      // "how far back would it set the arts", "how far ahead": a span of time as readily as of space.
      if (how === 'far' && SPAN_WORDS.has(rest[1] ?? '')) return answer('number', 'length');
      const unit = HOW_UNITS.get(how);
      if (unit && rest.some((_, i) => inCurrency(rest, i))) return answer('number', 'money');
      return unit ? answer('number', unit) : answer(null);
    }
    default:
      return whichWhat(question, whAt);
  }
}

/**
 * "how many online journalists …": the noun counted, when the answer is a count. It is plural, which
 * tells it from a noun the tagger misreads in the verb's place ("how many people smoke").
 */
function countedNoun(question: string, expected: ExpectedAnswer): ExpectedAnswer {
  if (expected.unit !== 'count') return expected;
  const tokens = analyse(question).tokens.filter((t) => t.pos !== 'PUNCT');
  const many = tokens.findIndex((t, i) => howWordMeant(t.lower) === 'many' && tokens[i - 1]?.lower === 'how');
  const plural = (noun: string) => baseForms(noun).some((base) => base.pos === 'noun' && base.lemma !== noun);
  const nouns: string[] = [];
  for (const [k, token] of tokens.slice(many + 1).entries()) {
    if (many < 0) break;
    // "how many hunts went out": the word right after "how many" is counted when it may be a plural
    // noun, though the tagger reads it as a verb; so is one after a noun of the phrase and before the
    // verb ("how many hospital trusts failed").
    const beforeVerb = nouns.length > 0 && tokens[many + 2 + k]?.pos === 'VERB';
    const countedFirst = (k === 0 || beforeVerb) && token.pos === 'VERB' && plural(foldWord(token.text));
    if (!countedFirst && !PHRASE_TAGS.has(token.pos)) break;
    // "how many ppl": the noun as meant.
    if (countedFirst || token.pos === 'NOUN' || token.pos === 'PROPN')
      nouns.push(wordMeant(foldWord(token.text)));
  }
  const counted = nouns.findLast(plural) ?? nouns[0];
  return counted ? { ...expected, counted } : expected;
}

// Words that end the noun phrase after "who is the …": its head is the last noun before them ("the
// friend that betrayed him to the Soviets" asks for a person, "the chairman of the council" too).
const NOUN_PHRASE_ENDS = list('that who which whom whose of in at for with to on from by when where');
const PREPOSITIONS = list('in at on behind with by for from under over');
// "who will be …", "who's going to be …": what someone is to be is asked as what they are.
const FUTURE_COPULAS: readonly (readonly string[])[] = [
  ['will', 'be'],
  ['would', 'be'],
  ...['is', 's', 'are', 'was', 'were'].map((be) => [be, 'going', 'to', 'be']),
];

/** "who is the spokesman" asks for a person, "who is the broadcaster" for an organisation, else either. */
function whoAnswer(asked: readonly string[]): ExpectedAnswer {
  const future = FUTURE_COPULAS.find((copula) => copula.every((word, i) => asked[i] === word));
  const rest = future ? ['is', ...asked.slice(future.length)] : asked;
  const determinerAt = rest.findIndex((w) => w === 'the' || w === 'a' || w === 'an');
  // "who is in charge of the firm", "who is behind the attack": a preposition after the copula says
  // where the one asked for stands, not what they are.
  const copula =
    ['is', 'was', 'are', 'were', 's'].includes(rest[0] ?? '') && !PREPOSITIONS.has(rest[1] ?? '');
  // "who is leading the firm" asks for whoever leads it, not for what the firm is; "who is replacing
  // him as finance director" still tells the one asked for by a word for a person.
  const auxiliary = copula && PRESENT_PARTICIPLE.test(rest[1] ?? '');
  if (copula) {
    const phrase = rest.slice(Math.max(1, determinerAt + 1));
    const end = phrase.findIndex((w) => NOUN_PHRASE_ENDS.has(w));
    for (const word of (end < 0 ? phrase : phrase.slice(0, end)).reverse()) {
      const kind = kindOfNoun(word, word.replace(/(?<=[^s])s$/, ''));
      if (kind?.kind === 'person' || (kind?.kind === 'organization' && !auxiliary)) return kind;
    }
  }
  return answer('name');
}

/** A query without a question word: "date of the marathon", "reason for the ban", "size of the fraud". */
function keywordQuery(typed: readonly string[]): ExpectedAnswer {
  // "azerbaijan population 2020": a number after the head dates or counts what the head names.
  let end = typed.length;
  while (end > 1 && NUMERAL.test(typed[end - 1] ?? '')) end--;
  const all = typed.slice(0, end);
  const [head = '', link = ''] = all;
  if (link === 'of' || link === 'for') {
    const kind = headNounKind(head);
    return kind ? answer(kind.kind, kind.unit) : answer(null);
  }
  // "london marathon date", "makarov pension amount", "jerwood prize painting title": a noun phrase
  // ends in its head, and a head that names a value (a date, an amount, a name) asks for it; a class
  // of thing at the end ("kenya team") only says what the query is about.
  const last = all.at(-1) ?? '';
  // "jerwood prize painting title": the noun before the name's word is what it names.
  const named = all.at(-2);
  if (NAME_HEADS.has(last))
    return named !== undefined && baseForms(named).some((b) => b.pos === 'noun')
      ? { ...answer('name'), asksName: true, classNoun: named }
      : { ...answer('name'), asksName: true };
  // "brannock year established": a time noun before a verb's past form asks when it was done.
  const before = named === undefined ? undefined : headNounKind(named);
  if (before?.kind === 'time' && isPastOfVerbOnly(last))
    return { ...answer('time', before.unit), classNoun: named };
  const kind = headNounKind(last);
  // "makarov pension amount", "the fine total": the amount of a sum of money is a sum.
  if (kind?.kind === 'number' && kind.unit === 'any' && named !== undefined && namesMoney(named))
    return { ...answer('number', 'money'), measured: all.slice(0, -1) };
  if (!kind || !VALUE_KINDS.has(kind.kind)) return answer(null);
  // A number is of what the words before the head name ("ebbers bail amount"); a time ("fran time",
  // "london marathon date") is told in a sentence that need not repeat them.
  return kind.kind === 'number'
    ? { ...answer(kind.kind, kind.unit), measured: all.slice(0, -1) }
    : answer(kind.kind, kind.unit);
}

// Kinds of answer a head noun names as a value of something rather than as a thing itself.
const VALUE_KINDS: ReadonlySet<FactKind | null> = new Set(['time', 'number']);

const COPULAS = list('is was are were s');
const NUMERAL = /^\d[\d,.]*$/;
