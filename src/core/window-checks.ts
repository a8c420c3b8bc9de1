import { namesSomeone, ROLE_MIN_FACTOR } from './answering-facts.ts';
import { termsOf } from './evidence-cache.ts';
import { bestFactor, type Concept, type QuestionAnalysis } from './question.ts';
import { RELATION_FACTORS } from './question-concepts.ts';
import type { NewsIndex } from './search-index.ts';
import { speakerOf } from './stance-speakers.ts';
import { tokensOf } from './stance-tokens.ts';

// What a window of sentences must tell besides sharing the question's words: the role asked after, that
// something ended as asked, what was done to the ones counted, whose words are quoted, the deed a plain
// "who" asks the doer of.

// The wordings of what happened that tell an outcome, or what was done to the ones counted: any but
// the class ("sold" for "bought", not "transferred").
const OUTCOME_MIN_FACTOR = RELATION_FACTORS.antonym;
// The wordings of the one whose words are asked for that name them as a speaker: the name itself, its
// forms and its country's names ("Azerbaijan" for the Azerbaijani foreign ministry), not its class.
const SPEAKER_MIN_FACTOR = RELATION_FACTORS.country;
// A sentence that holds this share of the weight of what someone asked after by their role did (the
// question's words but the role and the names), and at least two such words, tells who did it without
// naming the role. From 0.4 a judge's name answered "who is the judge hearing the case" by telling of
// the case; 0.8 asks for nearly every word, as the role's own mention would not.
const DEED_SHARE_FOR_ROLE = 0.6;
const MIN_DEED_WORDS = 2;

/** A paragraph's sentences as weighed: their terms, each concept's factor in each, which are irrealis. */
export interface WeighedSentences {
  readonly sentences: readonly string[];
  readonly sentenceTerms: readonly ReadonlySet<string>[];
  /** Each concept's best factor in each sentence (at a share in an irrealis one). */
  readonly inSentence: readonly (readonly number[])[];
  readonly irrealis: readonly boolean[];
  /** Whether the asked-for facts are read: without them no role is looked for. */
  readonly readFacts: boolean;
  /** The terms of the sentence before the paragraph (the last of the one before), if any. */
  readonly before?: ReadonlySet<string>;
}

/** Whether the window around sentence `i` tells what the question asks besides its words. */
export interface WindowChecks {
  readonly mentionsRole: (i: number) => boolean;
  readonly tellsOutcome: (i: number) => boolean;
  readonly tellsDeed: (i: number) => boolean;
  readonly quotesSpeaker: (i: number) => boolean;
  /** For a plain "who VERB": whether the sentence tells the deed as a verb (see `QuestionAnalysis.doneBy`). */
  readonly tellsDeedAsVerb: (i: number) => boolean;
  /**
   * For a yes/no question whose claim a name does: whether the sentence tells the claim only as done by
   * someone else it names ("Mr Sullivan, 42, pleaded guilty" for "did Ebbers plead guilty").
   */
  readonly claimedOfAnother: (i: number) => boolean;
}

// Parts of speech that may stand between a verb and the name doing it: "Mr Sullivan, 42, has pleaded",
// "Ebbers himself later admitted".
const BETWEEN_DOER_AND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART', 'PUNCT', 'NUM']);

type RoleMention = 'none' | 'new' | 'known';

// Words that may stand between an article and the noun it brings in: "a technology journalist", "an
// independent security researcher".
const MAX_WORDS_BEFORE_NOUN = 3;
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const FORMS_OF_BE: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'became',
]);

// Determiners that point to someone already told of ("the journalist", "her lawyer").
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(
  'the this that these those his her its their our my your'.split(' '),
);

/**
 * Whether the word at `at` is brought in as someone new: after "a" or "an" (over a few describing
 * words), not as what someone is ("she is a journalist" tells of her), and not after a determiner that
 * points back ("a report by the journalist").
 */
function bringsInSomeone(spans: readonly { readonly word: string }[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 1 - MAX_WORDS_BEFORE_NOUN); k--) {
    const word = spans[k]?.word ?? '';
    if (DEFINITE_DETERMINERS.has(word)) return false;
    if (INDEFINITE_ARTICLES.has(word)) return !FORMS_OF_BE.has(spans[k - 1]?.word ?? '');
  }
  return false;
}

/** The checks of a paragraph's windows for a question (see {@link WindowChecks}). */
export function windowChecks(
  index: NewsIndex,
  analysis: QuestionAnalysis,
  weighed: WeighedSentences,
): WindowChecks {
  const { concepts, expected } = analysis;
  const { sentences, sentenceTerms, inSentence, irrealis, readFacts } = weighed;
  // A question after someone by their role alone ("who was the judge", "the name of the ship's doctor")
  // is answered only where the role is mentioned, in the sentence or beside it: a name elsewhere plays
  // another part. A class may be told by the name alone ("which future president": Putin), so it needs
  // no mention.
  const definingRole =
    readFacts && analysis.role && (expected.classNoun === undefined || expected.asksName === true)
      ? concepts.indexOf(analysis.role)
      : -1;
  // A question after how something ended is answered only by a sentence that tells it happened
  // (not what may, will or was to), in the question's terms: each word of what happened ("found
  // guilty"), in any wording but its class (the opposite verb tells a yes/no outcome too).
  const outcomeAt = (analysis.outcome ?? []).map((concept) => concepts.indexOf(concept));
  const tellsOutcome = (i: number) =>
    outcomeAt.length === 0 ||
    (!irrealis[i] &&
      outcomeAt.every(
        (k) =>
          bestFactor(concepts[k] as Concept, sentenceTerms[i] as ReadonlySet<string>) >= OUTCOME_MIN_FACTOR,
      ));
  // "how many soldiers were taken prisoner" is not answered by "30 soldiers were killed": what was done
  // to them (or by them) is told in the sentence or beside it, in any wording but its class. Where the
  // question names no deed ("how many years did Ebbers get"), something else it asks about is: the
  // counted noun alone ("a two-year period") tells no count of the question's.
  const deedAt = (analysis.deed ?? []).map((concept) => concepts.indexOf(concept));
  const othersAt =
    expected.counted === undefined
      ? []
      : concepts.flatMap((concept, k) => (concept.word === expected.counted ? [] : [k]));
  const near = (i: number, k: number) =>
    [i - 1, i, i + 1].some((j) => (inSentence[j]?.[k] ?? 0) >= OUTCOME_MIN_FACTOR);
  // "how many Azerbaijani soldiers": the count's own sentence says whose they are ("30 of its military
  // personnel", Karabakh's, is no count of Azerbaijan's, however near Azerbaijan is named).
  const ownerAt = analysis.countedOf ? concepts.indexOf(analysis.countedOf) : -1;
  // "Spectators were evacuated …" closing one paragraph tells what was done to the "70,000 people" that
  // open the next.
  const toldBefore = (k: number) =>
    weighed.before !== undefined && bestFactor(concepts[k] as Concept, weighed.before) >= OUTCOME_MIN_FACTOR;
  const tellsDeed = (i: number) =>
    (ownerAt < 0 || (inSentence[i]?.[ownerAt] ?? 0) >= OUTCOME_MIN_FACTOR) &&
    (deedAt.length > 0
      ? deedAt.some((k) => near(i, k) || (i === 0 && toldBefore(k)))
      : othersAt.length === 0 || othersAt.some((k) => near(i, k)));
  // "what did Disney say about the scenes" is answered by Disney's words, not by someone else's quote
  // that mentions Disney: a sentence of the window (or the one before it, where a quote may begin) has
  // the one asked for as its speaker, or a pronoun ("he said") just after the one asked for is named.
  const speakerAt = (analysis.speaker ?? []).map((concept) => concepts.indexOf(concept));
  const names = (k: number, terms: ReadonlySet<string>) =>
    bestFactor(concepts[k] as Concept, terms) >= SPEAKER_MIN_FACTOR;
  const speakerIn = (j: number) => {
    const sentence = sentences[j];
    return sentence === undefined ? null : speakerOf(tokensOf(sentence), sentence);
  };
  const isAsked = (j: number, speaker: NonNullable<ReturnType<typeof speakerIn>>) =>
    speaker.vague
      ? [j - 1, j].some((m) => speakerAt.some((k) => names(k, sentenceTerms[m] ?? new Set())))
      : speakerAt.some((k) => names(k, termsOf(index, speaker.text)));
  // A sentence whose speaker the reader cannot tell is given the benefit of the doubt where the
  // paragraph names the one asked for: words in a paragraph that never names them are not theirs.
  const quotesSpeaker = (i: number) => {
    if (speakerAt.length === 0) return true;
    for (const j of [i, i - 1]) {
      const speaker = speakerIn(j);
      if (speaker) return isAsked(j, speaker);
    }
    return speakerAt.some((k) => inSentence.some((row) => (row?.[k] ?? 0) >= SPEAKER_MIN_FACTOR));
  };
  // "An aide to the president denied the reports." closing one paragraph introduces the "said Khikmet
  // Gadzhiev" that opens the next.
  const roleBefore =
    definingRole >= 0 &&
    weighed.before !== undefined &&
    bestFactor(concepts[definingRole] as Concept, weighed.before) >= ROLE_MIN_FACTOR;
  // "who was the official that called it complete nonsense": a sentence that tells most of what the
  // one asked after did names the doer, whatever their role is called there ("an aide").
  // A question that tells no deed ("who was the ref in the cup final") gets no such reading.
  const doneAt =
    definingRole < 0 || analysis.roleDeed === undefined
      ? []
      : concepts.flatMap((concept, k) =>
          k !== definingRole && !concept.isName && concept !== analysis.roleModifier ? [k] : [],
        );
  const weightAt = (k: number) => concepts[k]?.weight ?? 0;
  const doneWeight = doneAt.reduce((sum, k) => sum + weightAt(k), 0);
  const tellsDeedOfRole = (i: number) =>
    doneAt.length >= MIN_DEED_WORDS &&
    doneAt.reduce((sum, k) => sum + weightAt(k) * (inSentence[i]?.[k] ?? 0), 0) >=
      DEED_SHARE_FOR_ROLE * doneWeight;
  // The role is mentioned by a word for a person ("minister"), not by one only made from it: "the
  // defence ministry" names no minister.
  const role = analysis.role;
  const roleTerms = new Set(
    role?.wordings.filter((wording) => wording.factor >= ROLE_MIN_FACTOR).flatMap((wording) => wording.terms),
  );
  // Each sentence's mentions of the role: none, only ones that bring in someone new ("a technology
  // journalist"), or one that may be someone already named ("the journalist", "she is a journalist").
  const roleMentionAt = new Map<number, RoleMention>();
  const roleMention = (j: number) => {
    let found = roleMentionAt.get(j);
    if (found === undefined) {
      const spans = index.lexicon.spans(sentences[j] ?? '');
      const at = role
        ? spans.flatMap((span, k) =>
            roleTerms.has(index.lexicon.term(span.word) ?? '') && namesSomeone(span.word, role) ? [k] : [],
          )
        : [];
      found = at.length === 0 ? 'none' : at.every((k) => bringsInSomeone(spans, k)) ? 'new' : 'known';
      roleMentionAt.set(j, found);
    }
    return found;
  };
  // A name in one sentence does not hold the role the next one brings in as someone new ("Ms Anand said
  // … She said the files had been passed to the firm by a technology journalist"), even where the role
  // is a class that the name alone may tell ("which future president": Putin).
  const roleAt = role ? concepts.indexOf(role) : -1;
  const mentionedAt = (j: number, k: number) => (inSentence[j]?.[k] ?? 0) >= ROLE_MIN_FACTOR;
  const roleOnlyBroughtInAfter = (i: number) =>
    readFacts &&
    roleAt >= 0 &&
    !mentionedAt(i, roleAt) &&
    !mentionedAt(i - 1, roleAt) &&
    mentionedAt(i + 1, roleAt) &&
    roleMention(i + 1) === 'new';
  const mentionsRole = (i: number) =>
    !roleOnlyBroughtInAfter(i) &&
    (definingRole < 0 ||
      tellsDeedOfRole(i) ||
      (i === 0 && roleBefore) ||
      [i - 1, i, i + 1].some((j) => mentionedAt(j, definingRole) && roleMention(j) !== 'none'));
  // "who coaches Chepkemei": a sentence that names no one new answers by the subject of the deed, which
  // it tells as a verb ("the government offered to mediate"), not by a noun built on the verb's word
  // ("the Kenyan coaching team will decide").
  const doneBy = analysis.doneBy ?? [];
  const tellsDeedAsVerb = (i: number) =>
    doneBy.length === 0 ||
    tokensOf(sentences[i] ?? '').some(
      (token) =>
        token.pos === 'VERB' &&
        doneBy.some((concept) => bestFactor(concept, termsOf(index, token.value)) > 0),
    );
  // "did Ebbers plead guilty": the name just before the verb of the claim is who did it; a pronoun or
  // a noun ("the former chief") may be anyone, and is given the benefit of the doubt.
  const claimedAt = analysis.claimant?.deed ?? [];
  const claimers = analysis.claimant?.names ?? [];
  const claimedOfAnother = (i: number) => {
    const sentence = sentences[i];
    if (claimedAt.length === 0 || sentence === undefined) return false;
    if (!claimedAt.some((concept) => bestFactor(concept, sentenceTerms[i] ?? new Set()) > 0)) return false;
    const tokens = tokensOf(sentence);
    const doers = tokens.flatMap((token, k) => {
      if (token.pos !== 'VERB' || !claimedAt.some((c) => bestFactor(c, termsOf(index, token.value)) > 0))
        return [];
      let j = k - 1;
      while (j >= 0 && BETWEEN_DOER_AND_VERB.has(tokens[j]?.pos ?? '')) j--;
      return [tokens[j]];
    });
    return (
      doers.length > 0 &&
      doers.every(
        (doer) =>
          doer?.pos === 'PROPN' &&
          !claimers.some((concept) => bestFactor(concept, termsOf(index, doer.value)) > 0),
      )
    );
  };
  return { mentionsRole, tellsOutcome, tellsDeed, quotesSpeaker, tellsDeedAsVerb, claimedOfAnother };
}
