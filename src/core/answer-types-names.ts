import type { FactKind } from './answer-types.ts';
import type { Token } from './answer-types-nlp.ts';
import { placeGazetteer } from './answer-types-places.ts';
import {
  NON_ACRONYMS,
  ORGANIZATION_HEADS,
  ORGANIZATION_SUFFIXES,
  PERSON_TITLES,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
} from './answer-types-words.ts';
import { foldWord } from './text.ts';

/** A proper name found in a text, with what it names. */
export interface NameSpan {
  readonly kind: Extract<FactKind, 'person' | 'organization' | 'place' | 'name'>;
  readonly start: number;
  readonly end: number;
}

/** What a dictionary says of a single capitalised word. */
export interface WordKnowledge {
  /** What the word names when it is a proper name (WordNet's class of it), if anything. */
  kindOf(word: string): NameSpan['kind'] | undefined;
  /** Whether the word is an ordinary dictionary word ("Shareholders" opening a sentence is no name). */
  isCommonWord(word: string): boolean;
  /** Whether the lower-case word is a noun for a person by what they do ("detective", "inspector"). */
  isPersonNoun(word: string): boolean;
}

const ACRONYM = /^[A-Z][A-Z&.]*[A-Z]\.?$/;
const CAPITALISED = /^\p{Lu}/u;
// Particles inside personal and place names ("Ibn al-Haytham", "Ludwig van Beethoven").
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'du',
  'der',
]);
// An age in apposition is a person's ("Reyes, 24,"); beyond this it is a count or a year.
const MAX_AGE = 110;

// Words before a name that say when, not who ("Former Acme chief …").
const FORMER = new Set(['former', 'ex', 'late', 'then']);

const bare = (lower: string) => lower.replace(/\.$/, '');

function isNameToken(token: Token, sentenceInitial: boolean): boolean {
  if (token.pos === 'PROPN') return token.text !== 'I';
  if (ACRONYM.test(token.text)) return !NON_ACRONYMS.has(bare(token.lower));
  // wink tags some unknown capitalised words as nouns; at a sentence start a capital says nothing.
  return !sentenceInitial && CAPITALISED.test(token.text) && ['NOUN', 'X', 'ADJ'].includes(token.pos);
}

interface Run {
  first: number;
  last: number;
}

/** Runs of name tokens, joined across tight hyphens, "&", name particles and "of" after an organisation head. */
function nameRuns(
  tokens: readonly Token[],
  blocked: readonly boolean[],
  initial: (i: number) => boolean,
): Run[] {
  const runs: Run[] = [];
  const isName = (i: number) => {
    const token = tokens[i];
    return token !== undefined && !blocked[i] && isNameToken(token, initial(i));
  };
  // "John Cooper", "Tim Cook": a capitalised word inside a sentence that the tagger reads as a verb
  // goes on the name before it.
  const surname = (i: number) => {
    const token = tokens[i];
    return (
      token !== undefined &&
      !blocked[i] &&
      !initial(i) &&
      token.pos === 'VERB' &&
      CAPITALISED.test(token.text)
    );
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isName(i)) {
      i++;
      continue;
    }
    const run = { first: i, last: i };
    for (;;) {
      const joiner = tokens[run.last + 1];
      if (isName(run.last + 1) || surname(run.last + 1)) {
        run.last++;
        continue;
      }
      if (!joiner || !isName(run.last + 2)) break;
      const tight = (joiner.text === '-' || joiner.text === '&') && !joiner.spaced;
      const particle = NAME_PARTICLES.has(joiner.lower);
      const ofHead =
        (joiner.lower === 'of' || joiner.lower === 'for') &&
        ORGANIZATION_HEADS.has(bare(tokens[run.last]?.lower ?? ''));
      if (!(tight || particle || ofHead)) break;
      run.last += 2;
    }
    runs.push(run);
    i = run.last + 1;
  }
  return runs;
}

/**
 * The proper names of a paragraph's tokens, each classed as a person, an organisation, a place or
 * just a name. `blocked` marks tokens already read as dates or numbers; `initial` tells sentence starts.
 */
export function nameSpans(
  tokens: readonly Token[],
  blocked: readonly boolean[],
  initial: (i: number) => boolean,
  knowledge?: WordKnowledge,
): NameSpan[] {
  const { places, demonyms } = placeGazetteer();
  const found: { run: Run; kind: NameSpan['kind'] | 'common' }[] = [];
  const lowerAt = (i: number) => bare(tokens[i]?.lower ?? '');
  const textOf = (run: Run) =>
    tokens
      .slice(run.first, run.last + 1)
      .map((t) => foldWord(t.text))
      .join(' ')
      .replace(/ - /g, '-');

  for (const full of nameRuns(tokens, blocked, initial)) {
    // The whole run ends in an organisation word: "General Motors", "Foreign Ministry", "Bank of England".
    const lastWord = lowerAt(full.last);
    const ofOrganization = tokens
      .slice(full.first, full.last)
      .some((t, k) => t.lower === 'of' && ORGANIZATION_HEADS.has(lowerAt(full.first + k - 1)));
    if (ORGANIZATION_SUFFIXES.has(lastWord) || ofOrganization) {
      let first = full.first;
      while (
        first < full.last &&
        TITLE_MODIFIERS.has(lowerAt(first)) &&
        !ORGANIZATION_HEADS.has(lowerAt(first))
      )
        first++;
      found.push({ run: { first, last: full.last }, kind: 'organization' });
      continue;
    }
    // Titles come off the front: "Prime Minister X" is X, a person; "New York" keeps its "New".
    const run = { ...full };
    let prefix = run.first;
    // The prefix may open with a nationality: "Iranian President X", "Russian Defence Minister Y".
    const inPrefix = (i: number) =>
      PERSON_TITLES.has(lowerAt(i)) ||
      TITLE_MODIFIERS.has(lowerAt(i)) ||
      demonyms.has(lowerAt(i)) ||
      knowledge?.isPersonNoun(lowerAt(i)) === true;
    while (prefix < run.last && inPrefix(prefix)) prefix++;
    const titledPrefix = tokens
      .slice(run.first, prefix)
      .some((t) => PERSON_TITLES.has(bare(t.lower)) || knowledge?.isPersonNoun(bare(t.lower)) === true);
    if (titledPrefix) run.first = prefix;
    else while (run.first < run.last && FORMER.has(lowerAt(run.first))) run.first++;
    const titled = titledPrefix || PERSON_TITLES.has(lowerAt(run.first - 1));
    const text = textOf(run);
    const single = run.first === run.last;
    const before = lowerAt(run.first - 1);
    const beforeTwo = lowerAt(run.first - 2);
    const after = lowerAt(run.last + 1);
    const afterTwo = tokens[run.last + 2];
    const afterThree = lowerAt(run.last + 3);
    if (single && (demonyms.has(text) || demonyms.has(text.replace(/s$/, '')))) continue;
    // 'common': a dictionary word opening a sentence, a name only if the paragraph names such a person.
    let kind: NameSpan['kind'] | 'common' = 'name';
    if (titled) kind = 'person';
    else if (single && ACRONYM.test(tokens[run.first]?.text ?? ''))
      kind = places.has(text) ? 'place' : 'organization';
    else if (places.has(text)) kind = 'place';
    else if (PLACE_NOUNS.has(after) || (before === 'of' && PLACE_NOUNS.has(beforeTwo))) kind = 'place';
    else if (
      (after === ',' &&
        afterTwo?.pos === 'NUM' &&
        Number(afterTwo.text) <= MAX_AGE &&
        [',', ')', '.'].includes(afterThree)) ||
      (after === ',' && afterTwo?.lower === 'who') ||
      (!single && SPEECH_VERBS.has(after)) ||
      (!single && SPEECH_VERBS.has(before))
    )
      kind = 'person';
    // A full name whose surname WordNet knows as a person's ("… Lincoln", "… Gandhi").
    else if (!single && knowledge?.kindOf(foldWord(tokens[run.last]?.text ?? '')) === 'person')
      kind = 'person';
    else if (PLACE_PREPOSITIONS.has(before) || (before === 'the' && PLACE_PREPOSITIONS.has(beforeTwo)))
      kind = 'place';
    else if (single && knowledge) {
      // A capital at a sentence start says nothing, so there only words no dictionary knows are names.
      if (initial(run.first) && knowledge.isCommonWord(text)) kind = 'common';
      else kind = initial(run.first) ? 'name' : (knowledge.kindOf(text) ?? 'name');
    }
    found.push({ run, kind });
  }

  // A surname alone is the person named in full elsewhere in the paragraph ("Scott Sullivan" … "Sullivan").
  const people = new Set(found.filter((f) => f.kind === 'person').map((f) => lowerAt(f.run.last)));
  const spans: NameSpan[] = [];
  for (const { run, kind } of found) {
    const single = run.first === run.last;
    const named = single && (kind === 'name' || kind === 'common') && people.has(lowerAt(run.last));
    if (kind === 'common' && !named) continue;
    const start = tokens[run.first]?.start ?? 0;
    spans.push({
      kind: named ? 'person' : (kind as NameSpan['kind']),
      start,
      end: tokens[run.last]?.end ?? start,
    });
  }
  return spans;
}
