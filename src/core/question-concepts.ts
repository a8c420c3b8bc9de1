import type { ExpectedAnswer } from './answer-types.ts';
import { isPlainPerson, kindsOf } from './kinds.ts';
import { englishSpellings, type RelatedTerms, type Relation } from './lexicon.ts';
import type { Concept, Wording } from './question.ts';
import type { Seed } from './question-seeds.ts';
import type { NewsIndex } from './search-index.ts';
import { baseForms, namesInDefinitions, nounClasses, nounDefinitions, timesTagged } from './wordnet.ts';

// How one word or name of a question becomes a concept: the wordings the corpus uses, each weighed by
// its relation to the word as asked, and the concept's weight. Apart from question.ts, which reads the
// question as a whole (what it asks for, of whom, what happened): a concept depends only on its own
// words, the corpus and the kind of answer asked for.

// How much a match on another wording counts against the word as asked. Closer relations count more:
// a misspelling corrected against the corpus is almost surely meant; a derivation (lead → leader) names
// the same thing; a listed or WordNet synonym may be another sense; an adjective WordNet lists as
// similar (dishonest → false) is near it but not the same; a kind of the thing asked about
// (illness → cancer) answers it but is not it; the opposite verb answers a yes/no question as the
// denial does (admit → deny); the wider class (cancer → illness) rarely does.
export const SPELLING_FACTOR = 0.85;
// A clipped word is read as the corpus words it begins when it is this long and they are this few.
const MIN_CLIPPED_LENGTH = 4;
const MAX_CLIPPED_READINGS = 2;
// A word of the dictionary's definition of a word no article uses counts this much: it tells what the
// word is about, not the word.
const DEFINITION_FACTOR = 0.3;
// A word WordNet's sense-tagged texts use this often is a familiar word of English, typed as meant
// ("party" 124 times), not a slip that happened to make a word ("manger" never).
const FAMILIAR_TIMES_TAGGED = 20;
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
// The relations of a phrasal verb that say what it means ("pass away": die).
const PHRASAL_RELATIONS: ReadonlySet<Relation> = new Set(['form', 'derivation', 'synonym', 'listed']);
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
export function conceptOf(index: NewsIndex, seed: Seed, expected: ExpectedAnswer): Concept {
  const { classNoun } = expected;
  const { lexicon } = index;
  const usedByCorpus = (w: Wording) => w.terms.every((t) => index.uses(t));
  const idfOf = (w: Wording) => Math.max(...w.terms.map((t) => index.idf(t)));
  const key = seed.terms.join(' ');
  const word = seed.words.join(' ');
  const asked: Wording = { terms: seed.terms, factor: 1 };
  const bases: { wording: Wording; word: string }[] = [{ wording: asked, word }];
  // An English word no article uses in any of its wordings may be a slip that made another English
  // word ("manger" for "manager"): the corpus words one edit from it, with its first letter (typos
  // keep it far more often than not: "manger" is no slip for "anger"), are read as it.
  // A name's class and kinds never stand in for it ("european" for "Scot"), so they tell nothing of
  // whether the corpus uses it in another wording.
  const nameAsked = seed.words.length === 1 && lexicon.isName(word);
  const slipOfAnother =
    seed.words.length === 1 &&
    lexicon.isDictionaryWord(word) &&
    !usedByCorpus(asked) &&
    !lexicon
      .related(word)
      .some(
        ({ terms, relation }) =>
          !(nameAsked && NOT_FOR_NAMES.has(relation)) &&
          terms.length > 0 &&
          terms.every((t) => index.uses(t)),
      ) &&
    timesTagged(word) < FAMILIAR_TIMES_TAGGED;
  if (slipOfAnother) {
    for (const variant of index.spellingVariants(word, 1).filter((v) => v[0] === word[0])) {
      const variantTerm = lexicon.term(variant);
      if (variantTerm && variantTerm !== key)
        bases.push({ wording: { terms: [variantTerm], factor: SPELLING_FACTOR }, word: variant });
    }
  }
  // "lib dems": the name the words cut short, as the articles write it.
  if (seed.readAs !== undefined)
    bases.push({
      wording: { terms: lexicon.termsOf(seed.readAs), factor: SPELLING_FACTOR },
      word: seed.readAs.toLowerCase(),
    });
  if (seed.words.length === 1 && !lexicon.isDictionaryWord(word)) {
    // Not an English word: a typo ("foriegn") or a name spelt another way ("Pashinian").
    // One slip from an English word whose stem the corpus uses ("ofering": offering, offer) is likelier
    // than two from a word it uses as such ("opening").
    const nearest = index.spellingVariants(word, 1);
    const englishUsed =
      usedByCorpus(asked) || nearest.length > 0
        ? []
        : englishSpellings(word).filter((w) => {
            const term = lexicon.term(w);
            return term !== null && index.uses(term);
          });
    let corpusSpellings =
      usedByCorpus(asked) || nearest.length > 0 || englishUsed.length > 0
        ? nearest
        : index.spellingVariants(word, 2);
    // A possessive typed without its apostrophe, and misspelt too ("britians" for "Britain's"): the
    // word before the "s" is looked for.
    if (corpusSpellings.length === 0 && !usedByCorpus(asked) && /[a-z]s$/.test(word))
      corpusSpellings = index.spellingVariants(word.slice(0, -1), 2);
    // A typo of a word the corpus does not use as such ("atorney") is read as the English word, whose
    // other wordings ("lawyer") the corpus may use.
    const spellings =
      englishUsed.length > 0
        ? englishUsed
        : corpusSpellings.length > 0 || usedByCorpus(asked)
          ? corpusSpellings
          : englishSpellings(word);
    // A word cut short ("strat" for "Stratocaster", "mercs"): the corpus words it begins, when few.
    if (!usedByCorpus(asked) && word.length >= MIN_CLIPPED_LENGTH) {
      const whole = index
        .wordsWithPrefix(word.replace(/s$/, ''), MAX_CLIPPED_READINGS + 1)
        .filter((w) => w.length >= word.length + 2 && lexicon.term(w) !== key);
      if (whole.length <= MAX_CLIPPED_READINGS) spellings.push(...whole);
    }
    for (const variant of spellings) {
      const variantTerm = lexicon.term(variant);
      // A reading with the typo's own term ("gallopped": galloped, both gallop) still tells what it is.
      if (variantTerm) {
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
  // "the nineties", "the 90s": a year of the decade tells when as well ("since 1992").
  for (const year of decadeYears(word, lexicon.related(word)))
    offer({ terms: [year], factor: RELATION_FACTORS.synonym });
  // A reading the articles use is the likelier one ("mercs": mercenaries, not mercy).
  const readings = bases.filter((base) => base.wording !== asked && lexicon.isDictionaryWord(base.word));
  const readAs = (readings.find((base) => usedByCorpus(base.wording)) ?? readings[0])?.word;
  // A misspelt word is what it is read as: "killd" is no name. Its reading is a guess, though, so it
  // takes no class, kinds or opposite, as a name does not: those would guess further.
  const isName = seed.words.length === 1 && lexicon.isName(readAs ?? word);
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
    // "passed away": the phrasal verb's other words (die, decease) as well as the verb's own; not its
    // class, which would make a verb the articles never use look known.
    const phrasalWords =
      base.wording === asked && seed.phrasal
        ? lexicon.related(seed.phrasal).filter((related) => PHRASAL_RELATIONS.has(related.relation))
        : [];
    for (const related of [...lexicon.related(base.word), ...phrasalWords]) {
      // A name is what the question is about: its other forms and other names stand in for it
      // (Tory/Conservative, Turkey/Turkish), never its class ("country" for "Australia") or its kinds.
      if (nameAsked && NOT_FOR_NAMES.has(related.relation)) continue;
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
      : unknownWeight(index, readAs ?? word, isName);
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
  // A name of a kind of made thing ("WiFi": a wireless local area network) is told in other words too.
  const mustAppear =
    seed.words.length === 1 &&
    (/^\d+$/.test(word) ||
      (isName && lexicon.isDictionaryWord(word) && nounClasses(word)[0] !== 'noun.artifact'));
  return {
    ...(readAs === undefined ? {} : { readAs }),
    ...(seed.phrasal === undefined ? {} : { phrasal: seed.phrasal }),
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
export function nameConcept(index: NewsIndex, parts: readonly Concept[]): Concept {
  const known = parts.filter((part) => part.known);
  // Whether the articles use every word of the name as asked (a part's first wording is as asked).
  const allUsed = parts.every((part) => part.wordings[0]?.terms.every((term) => index.uses(term)) === true);
  return {
    word: parts.map((part) => part.word).join(' '),
    term: parts.map((part) => part.term).join(' '),
    // A number in a name tells which of its kind it is ("Kestrel 3", not 2), but alone it names
    // nothing: "3%" is no Kestrel. The name is found by its words.
    // A name whose every word the articles use as asked is that name: a word one slip from one of its
    // words is another's ("Derek Hollins" is not "Hollis & Thwaite").
    wordings: parts
      .filter((part) => !/^\d/.test(part.word))
      .flatMap((part) => (allUsed ? part.wordings.filter((w) => w.factor === 1) : part.wordings)),
    weight: Math.max(...(known.length > 0 ? known : parts).map((part) => part.weight)),
    known: known.length > 0,
    usedAsAsked: parts.some((part) => part.usedAsAsked),
    isName: true,
    mustAppear: parts.every((part) => part.mustAppear),
    kinds: [],
    // A part the articles do not use as asked is mentioned in its other wordings ("ex cfo": the chief
    // financial officer), when another part is a name they use.
    mentions: parts.some((part) => part.mentions.length > 0)
      ? parts.flatMap((part) => (part.mentions.length > 0 ? part.mentions : part.wordings))
      : [],
  };
}

// A decade as typed: "90s", "1990s", "'90s".
const DECADE_TYPED = /^(\d\d)?(\d)0['’]?s$/;
// The centuries a decade typed without one may be in.
const CENTURIES = ['19', '20'];

/**
 * The years of a decade a word names: typed as one ("1990s", "90s") or a word WordNet makes one
 * ("nineties": 1890, 1990). `related` are the word's related terms, where the decade's first year is.
 * @example decadeYears('90s', []) // ['1990', …, '1999', '2090', …]
 */
export function decadeYears(word: string, related: readonly RelatedTerms[]): string[] {
  const typed = DECADE_TYPED.exec(word);
  const starts = typed
    ? (typed[1] ? [typed[1]] : CENTURIES).map((century) => `${century}${typed[2]}`)
    : /^[a-z]+ies$/.test(word)
      ? related.flatMap(({ terms, relation }) =>
          relation === 'synonym' && terms.length === 1 && /^\d{3}0$/.test(terms[0] ?? '')
            ? [(terms[0] as string).slice(0, 3)]
            : [],
        )
      : [];
  return starts.flatMap((start) => Array.from({ length: 10 }, (_, digit) => `${start}${digit}`));
}
