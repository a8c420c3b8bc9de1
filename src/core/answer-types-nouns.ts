import type { AskedUnit, ExpectedAnswer, FactKind } from './answer-types.ts';
import { HEAD_NOUN_KINDS, ORGANIZATION_SUFFIXES, PERSON_TITLES } from './answer-types-words.ts';
import { isBuiltPlace, isMoneyNoun, isRateNoun, namesAShare } from './kinds.ts';
import { baseForms, nounClasses, nounSensesRanked } from './wordnet.ts';

// The kind of answer a noun asks for, wherever a question asks it: "which town", "who is the
// spokesman", the head of a query ("the fine total"). Apart from answer-types.ts, which reads the words
// around the noun, since the same noun asks for the same kind in each of those places.

/** An expected answer of a kind (and unit) only, as a noun or a question word asks for it. */
export const answer = (kind: FactKind | null, unit?: AskedUnit): ExpectedAnswer =>
  unit ? { kind, unit, yesNo: false } : { kind, yesNo: false };

// WordNet's class of the noun asked about, by its most frequent sense ("town" → noun.location).
const CLASS_KINDS: ReadonlyMap<string, FactKind> = new Map([
  ['noun.person', 'person'],
  ['noun.location', 'place'],
  ['noun.group', 'organization'],
  ['noun.time', 'time'],
  ['noun.motive', 'reason'],
]);

// The classes of those kinds that are names: of someone or somewhere.
const CLASS_NAME_KINDS: ReadonlyMap<string, FactKind> = new Map(
  [...CLASS_KINDS].filter(([, kind]) => kind === 'person' || kind === 'organization' || kind === 'place'),
);

/** The kind of answer a noun asks for, from the built-in table, its singular, or WordNet. */
export function kindOfNoun(word: string, lemma: string): ExpectedAnswer | undefined {
  const known = HEAD_NOUN_KINDS.get(word) ?? HEAD_NOUN_KINDS.get(lemma);
  if (known) return answer(known.kind, known.unit);
  if (PERSON_TITLES.has(lemma)) return answer('person');
  // "what interest rate": a share, by WordNet's definition, though its class is a charge.
  if (namesAShare(lemma)) return answer('number', 'percent');
  // "what wage", "what compensation": a sum, by WordNet's class of the noun.
  if (isMoneyNoun(lemma)) return answer('number', 'money');
  // "what internet speed": a magnitude per unit of time, though WordNet files it with times.
  if (isRateNoun(lemma)) return answer('number', 'any');
  const classes = nounClasses(word);
  const kind = CLASS_KINDS.get(classes[0] ?? '');
  // "the Vestey Group's subsidiary": a noun whose senses name different kinds of someone or somewhere,
  // none known to be more frequent (an underling or a company), asks for a name of any kind.
  const nameKinds = new Set(classes.flatMap((c) => CLASS_NAME_KINDS.get(c) ?? []));
  if (nameKinds.size > 1 && !nounSensesRanked(word)) return answer('name');
  // "what prison term", "what stint": a span of time no calendar unit names (those are in the table,
  // and ask when) is told as a date or as how long.
  if (kind === 'time') return answer('time', 'duration');
  if (kind) return answer(kind);
  // The last words of organisations' names ("which bank", "which hospital") where WordNet's usual sense
  // names none of the kinds above (a bank is sloping land first); after it, since a noun asked about
  // is read in its own sense first ("what diplomatic post": a position, not a newspaper's name).
  if (ORGANIZATION_SUFFIXES.has(lemma)) return answer('organization');
  // "which prison", "which airport": a place with a name of its own.
  return isBuiltPlace(lemma) ? { ...answer('place'), asksName: true } : undefined;
}

/**
 * The kind of value a query's head noun names, as written or as its singular ("ticket prices"); a
 * plural WordNet lists as a noun of its own says something its singular does not ("values": beliefs;
 * "years": a long time).
 */
export const headNounKind = (noun: string) =>
  HEAD_NOUN_KINDS.get(noun) ??
  (isNounLemma(noun)
    ? undefined
    : baseForms(noun)
        .filter((base) => base.pos === 'noun')
        .map((base) => HEAD_NOUN_KINDS.get(base.lemma))
        .find((kind) => kind !== undefined));

/** Whether WordNet lists the word itself as a noun (not only as the form of one). */
const isNounLemma = (word: string) =>
  baseForms(word).some((base) => base.pos === 'noun' && base.lemma === word);

/** Whether a word is a noun for a sum of money in its usual sense ("pension", "fine"). */
export const namesMoney = (word: string) =>
  baseForms(word).some((base) => base.pos === 'noun' && isMoneyNoun(base.lemma));
