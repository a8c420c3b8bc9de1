import { inCurrency, MONEY_NOUNS } from './answer-types-measures.ts';
import { wordsMeant } from './chat-forms.ts';
import { clippedName } from './clipped-names.ts';
import { ADVERB_PARTICLES, type Lexicon, phrasalVerbOf, slipOf } from './lexicon.ts';
import { outcomeWords } from './question-outcome.ts';
import { QUESTION_WORDS, questionWordMeant } from './question-words.ts';
import type { NewsIndex } from './search-index.ts';
import { type WordSpan, words } from './text.ts';
import { baseForms, isOnlyAdverb, nounClasses } from './wordnet.ts';

// The words of a question that may be concepts, as seeds: stop words, the word after "how", adverbial
// phrases and the words that ask how something ended left out; known phrases and the words of one
// name kept together.

// Nouns that only name the value asked for ("date of the marathon", "makarov pension amount"):
// articles write the value itself ("on 17 April", "£65,000"), so the noun is no word to look for, as
// a noun for money is not after "how much", nor the unit of time a "when" question asks by ("what
// day", "which year"). ("Total" and "figure" also describe: "total nonsense".)
const VALUE_NOUNS: ReadonlySet<string> = new Set(['date', 'amount']);

// Questions are short; anything past these limits is not read (it cannot change the topic much).
export const MAX_QUESTION_CHARS = 2000;
const MAX_QUESTION_WORDS = 64;

export interface Seed {
  readonly words: readonly string[];
  readonly terms: readonly string[];
  /** Where each word starts and ends in the question. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  /** For words no article uses that cut a name short ("lib dems"), the name as the articles write it. */
  readonly readAs?: string;
  /** For a verb and the particle after it that WordNet lists as one verb ("passed away"), that verb. */
  readonly phrasal?: string;
}

/**
 * Splits question words into concept seeds, keeping known phrases ("prime minister") whole. `valueNoun`
 * is a noun the question's kind of answer shows names the value asked for ("what day": a date), left
 * out as {@link VALUE_NOUNS} are.
 */
export function conceptSeeds(index: NewsIndex, question: string, valueNoun?: string): Seed[] {
  const { lexicon } = index;
  // The word after "how" says what kind of answer is wanted (how long, how old, how much), which the
  // expected answer type carries; as a content word it would match "long-running" or "old town".
  // So does a noun for money after "how much" ("how much cash"), or a currency after "in": a sum is
  // written "£1,000".
  // Chat forms are read as the words meant ("hw much", "ppl"): as written, they are words no article uses.
  // A slip of a stop word that no article uses ("how old wsa the plane") is that stop word.
  // An adverb right after the question word says how it asks, not what about ("where exactly").
  const meant = (word: string) => {
    const term = lexicon.term(word);
    return term === null || index.uses(term) ? word : (lexicon.stopWordSlip(word) ?? word);
  };
  const spans = lexicon
    .spans(question.slice(0, MAX_QUESTION_CHARS))
    .flatMap((span) => wordsMeant(span.word).map((word) => ({ ...span, word: meant(word) })));
  const typed = spans.map((span) => span.word);
  const functional = new Set([
    ...functionPhraseWords(index, typed),
    ...futureGoing(typed),
    ...relativeTimeWords(typed),
  ]);
  const outcome = outcomeWords(question);
  const phrasal = phrasalVerbsAt(typed);
  const tokens = spans
    .map((span, i) => ({ ...span, phrasal: phrasal.get(i) }))
    .filter(
      (span, i) =>
        !phrasal.has(i - 1) &&
        spans[i - 1]?.word !== 'how' &&
        !(QUESTION_WORDS.has(questionWordMeant(spans[i - 1]?.word ?? '')) && isOnlyAdverb(span.word)) &&
        !(spans[i - 2]?.word === 'how' && spans[i - 1]?.word === 'much' && MONEY_NOUNS.has(span.word)) &&
        !inCurrency(typed, i - 1) &&
        !functional.has(i) &&
        !boundPrefix(lexicon, question, span) &&
        !VALUE_NOUNS.has(span.word) &&
        span.word !== valueNoun &&
        !outcome.some((words) => span.start < words.end && span.end > words.start),
    )
    .flatMap((span) => {
      const term = lexicon.term(span.word);
      return term === null ? [] : [{ ...span, term }];
    })
    .slice(0, MAX_QUESTION_WORDS);
  const seeds: Seed[] = [];
  for (let i = 0; i < tokens.length; ) {
    const [token, next] = [tokens[i], tokens[i + 1]];
    const name =
      token && next && !index.uses(token.term) && !index.uses(next.term)
        ? clippedName(index, token.word, next.word)
        : undefined;
    if (token && next && name) {
      const span = [token, next];
      seeds.push({
        words: span.map((t) => t.word),
        terms: span.map((t) => t.term),
        spans: span,
        readAs: name,
      });
      i += 2;
      continue;
    }
    // "air hostess": two words WordNet knows as one noun, one of which no article uses, are read as that
    // noun when the articles use another word for it ("stewardess").
    if (token && next && compoundOf(index, token.word, next.word)) {
      const span = [token, next];
      seeds.push({ words: span.map((t) => t.word), terms: span.map((t) => t.term), spans: span });
      i += 2;
      continue;
    }
    const phrase = lexicon.phrases.find((p) => p.every((t, k) => tokens[i + k]?.term === t));
    const length = phrase?.length ?? 1;
    const span = tokens.slice(i, i + length);
    const verb = length === 1 ? token?.phrasal : undefined;
    seeds.push({
      words: span.map((t) => t.word),
      terms: span.map((t) => t.term),
      spans: span,
      ...(verb ? { phrasal: verb } : {}),
    });
    i += length;
  }
  return seeds;
}

/**
 * The verbs that make, with the particle after them, a verb WordNet lists ("passed away": pass away,
 * to die; "broke out": break out, to erupt), by position, with that verb. The particle is part of the
 * verb, no word of its own to look for.
 */
function phrasalVerbsAt(typed: readonly string[]): Map<number, string> {
  const found = new Map<number, string>();
  for (let i = 0; i + 1 < typed.length; i++) {
    if (!ADVERB_PARTICLES.has(typed[i + 1] ?? '')) continue;
    if (!baseForms(typed[i] ?? '').some((base) => base.pos === 'verb')) continue;
    const verb = phrasalVerbOf(typed[i] ?? '', typed[i + 1] ?? '');
    if (verb) found.set(i++, verb);
  }
  return found;
}

// Words that place a time against the day of writing ("last year", "next month", "the past week").
const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['last', 'next', 'past', 'previous', 'coming']);

/**
 * The positions of words that place the time after them against now ("last" of "last year"): the
 * articles tell that time as a date or in other words ("in 2004", "a year earlier"), and the word
 * alone matches its other senses ("batteries last longer"). The unit of time stays a word of the question.
 */
function relativeTimeWords(typed: readonly string[]): number[] {
  return typed.flatMap((word, i) =>
    RELATIVE_TIME_WORDS.has(word) && nounClasses(typed[i + 1] ?? '')[0] === 'noun.time' ? [i] : [],
  );
}

// Forms of "be" before "going to": "is the council going to close it" tells a future, not a going.
const BE_FORMS: ReadonlySet<string> = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'being',
  's',
  're',
  'm',
]);

/**
 * The positions of "going" (or "gonna") that only tell a future: after a form of "be" and before a
 * verb ("is the government going to bail it out", "are they gonna close"). Whether anyone went
 * anywhere is no part of the question.
 */
function futureGoing(typed: readonly string[]): number[] {
  const isVerb = (word: string | undefined) =>
    word !== undefined && baseForms(word).some((base) => base.pos === 'verb' && base.lemma === word);
  return typed.flatMap((word, i) => {
    const beBefore = typed.slice(0, i).some((w) => BE_FORMS.has(w));
    const future =
      (word === 'going' && typed[i + 1] === 'to' && isVerb(typed[i + 2])) ||
      (word === 'gonna' && isVerb(typed[i + 1]));
    return beBefore && future ? [i] : [];
  });
}

// A part before a hyphen of two or three letters that is no word of its own is a prefix ("ex-finance
// chief", "al-Assad", "co-founder"): it says nothing of what is asked, and as an unknown word it would
// be a name. A single letter is part of a name ("F-16", "E-slate").
const PREFIX_LETTERS = { min: 2, max: 3 };

/** Whether a word of the question is a prefix joined to the next word by a hyphen. */
function boundPrefix(lexicon: Lexicon, question: string, span: { word: string; end: number }): boolean {
  const { length } = span.word;
  return (
    question[span.end] === '-' &&
    length >= PREFIX_LETTERS.min &&
    length <= PREFIX_LETTERS.max &&
    !lexicon.isDictionaryWord(span.word)
  );
}

// Adverbial phrases are looked for up to this many words long ("in the end", "as well").
const MAX_FUNCTION_PHRASE_WORDS = 3;
// Phrases that say "now" which WordNet does not list as adverbs ("at present" and "for the moment" it does).
const NOW_PHRASES: ReadonlySet<string> = new Set([
  'these days',
  'right now',
  'at the moment',
  'at this point',
]);

/**
 * The positions of words that belong to an adverbial phrase built on a stop word ("as well", "in the
 * end", "so far", "these days"): WordNet lists the phrase only as an adverb (or lacks a phrase for
 * "now"), so its content word ("well", "end", "days") is not what the question is about.
 */
function functionPhraseWords(index: NewsIndex, folded: readonly string[]): Set<number> {
  const positions = new Set<number>();
  for (let i = 0; i < folded.length; i++) {
    for (let n = MAX_FUNCTION_PHRASE_WORDS; n >= 2; n--) {
      const phrase = folded.slice(i, i + n);
      if (phrase.length < n || !phrase.some((word) => index.lexicon.term(word) === null)) continue;
      const text = phrase.join(' ');
      const adverb = NOW_PHRASES.has(text) || isOnlyAdverb(text);
      if (!adverb) continue;
      for (let k = i; k < i + n; k++) positions.add(k);
      break;
    }
  }
  return positions;
}

/**
 * Joins the words of one name ("shani rhys james", "nagorno-karabakh") into one seed: adjacent names
 * with only spaces or a hyphen between them, each used by the corpus or known as a name. A person is
 * named in full once and by surname after ("Ms James"), so any one word of the name finds it, and the
 * name counts once, not once per word. A word the corpus lacks that no dictionary knows is likely a
 * typo, not a name.
 */
export function joinNames(index: NewsIndex, question: string, seeds: readonly Seed[]): Seed[][] {
  const { lexicon } = index;
  const nameWord = (seed: Seed) => {
    const word = seed.words[0] as string;
    return (
      seed.words.length === 1 &&
      lexicon.isName(word) &&
      (index.uses(seed.terms[0] as string) || lexicon.isDictionaryWord(word))
    );
  };
  const groups: Seed[][] = [];
  for (const seed of seeds) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const gap = last ? question.slice(last.spans.at(-1)?.end, seed.spans[0]?.start) : '';
    const joined =
      group &&
      last &&
      ((nameWord(last) &&
        nameWord(seed) &&
        /^(?:\s+|\s*[-‐–]\s*)$/.test(gap) &&
        writtenTogether(index, last, seed)) ||
        (/^\s+$/.test(gap) && numbersAName(index, last, seed)));
    if (joined) group.push(seed);
    else groups.push([seed]);
  }
  return groups;
}

/**
 * Whether a number after a word is part of a name, as the articles write it: "Kestrel 3", "Flight 370",
 * "Section 28". A count stands before what it counts ("13 farms"); a number written right after a
 * capitalised word labels it, and a paragraph that calls it "the chip" still tells of it.
 */
function numbersAName(index: NewsIndex, first: Seed, second: Seed): boolean {
  const [word, number] = [first.words.at(-1), second.words[0]];
  if (second.words.length !== 1 || !number || !/^\d+$/.test(number) || !word) return false;
  const terms = [first.terms.at(-1), second.terms[0]] as string[];
  return index.paragraphsWithAll(terms, MAX_PARAGRAPHS_READ).some((key) => {
    const text = index.paragraph(key)?.text ?? '';
    const spans = index.lexicon.spans(text);
    return spans.some(
      (span, i) =>
        span.word === word &&
        /^\p{Lu}/u.test(text.slice(span.start, span.end)) &&
        spans[i + 1]?.word === number &&
        /^ $/.test(text.slice(span.end, spans[i + 1]?.start)),
    );
  });
}

// A name may have middle names between the words a question gives ("Recep Erdogan" for "Recep Tayyip
// Erdogan"); more words between them than this and they are two names.
const MAX_MIDDLE_NAMES = 2;
// Paragraphs read to find two words written together; a name the corpus uses is written in full in
// most articles that use both words.
const MAX_PARAGRAPHS_READ = 20;

/**
 * Whether two name words the corpus uses are written as one name in it ("Puerto Rico", "Shani Rhys
 * James"). A nationality beside a word no dictionary knows ("british feta", "turkish uavs") is no name
 * the articles use, and joined it would let "feta" alone stand for the question's "british". Words
 * the corpus does not use at all are taken as the question writes them.
 */
function writtenTogether(index: NewsIndex, first: Seed, second: Seed): boolean {
  const terms = [first.terms[0], second.terms[0]] as string[];
  if (!terms.every((term) => index.uses(term))) return true;
  const [before, after] = [first.words[0], second.words[0]];
  // Only capitalised words stand between: "Putin spoke with Pashinyan" names two people.
  const together = (text: string) => {
    const spans = index.lexicon.spans(text);
    const capitalised = (span: WordSpan) => /^\p{Lu}/u.test(text.slice(span.start, span.end));
    return spans.some((span, i) => {
      if (span.word !== before) return false;
      for (const next of spans.slice(i + 1, i + 2 + MAX_MIDDLE_NAMES)) {
        if (next.word === after) return true;
        if (!capitalised(next)) return false;
      }
      return false;
    });
  };
  return index.paragraphsWithAll(terms, MAX_PARAGRAPHS_READ).some((key) => {
    const paragraph = index.paragraph(key);
    const title = paragraph ? index.article(paragraph.articleId)?.title : undefined;
    return together(paragraph?.text ?? '') || together(title ?? '');
  });
}

// A word this short is not corrected against the whole vocabulary (too many words are one slip away):
// only against the word the articles write after the name before it.
const MAX_NAME_SLIP_LETTERS = 3;

/**
 * Reads a short word no dictionary knows and no article uses, right after a name the articles use, as
 * the word the articles write after that name when it is one slip away: "debra hil" → Debra Hill.
 */
export function nameSlips(index: NewsIndex, question: string, seeds: readonly Seed[]): Seed[] {
  const { lexicon } = index;
  return seeds.map((seed, i) => {
    const before = seeds[i - 1];
    const [word, term] = [seed.words[0] ?? '', seed.terms[0] ?? ''];
    const [name, nameTerm] = [before?.words[0] ?? '', before?.terms[0] ?? ''];
    const gap = question.slice(before?.spans.at(-1)?.end, seed.spans[0]?.start);
    if (
      !before ||
      seed.words.length !== 1 ||
      before.words.length !== 1 ||
      word.length > MAX_NAME_SLIP_LETTERS ||
      !/^\s+$/.test(gap) ||
      index.uses(term) ||
      lexicon.isDictionaryWord(word) ||
      !lexicon.isName(name) ||
      !index.uses(nameTerm)
    )
      return seed;
    const following = new Set<string>();
    for (const key of index.paragraphsWithAll([nameTerm], MAX_PARAGRAPHS_READ)) {
      const folded = words(index.paragraph(key)?.text ?? '');
      folded.forEach((w, k) => {
        const next = folded[k + 1];
        if (w === name && next) following.add(next);
      });
    }
    const meant = slipOf(word, following);
    const meantTerm = meant === undefined ? null : lexicon.term(meant);
    return meant && meantTerm ? { words: [meant], terms: [meantTerm], spans: seed.spans } : seed;
  });
}

/**
 * Whether two question words make a noun WordNet lists ("air hostess") that stands for what the articles
 * say in other words: one of the two is a word no article uses, and some article uses a synonym of the
 * whole ("stewardess"). Two words the articles use are read one by one, as they write them.
 */
function compoundOf(index: NewsIndex, first: string, second: string): boolean {
  const { lexicon } = index;
  const used = (word: string) => {
    const term = lexicon.term(word);
    return term !== null && index.uses(term);
  };
  if (used(first) && used(second)) return false;
  const compound = `${first} ${second}`;
  if (!baseForms(compound).some((base) => base.pos === 'noun' && base.lemma.includes(' '))) return false;
  return lexicon
    .related(compound)
    .some(
      ({ terms, relation }) =>
        relation === 'synonym' && terms.length > 0 && terms.every((t) => index.uses(t)),
    );
}
