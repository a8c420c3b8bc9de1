import { type Token, textOf, tokensOf } from './stance-tokens.ts';
import { isReportingWord, NEGATORS } from './stance-words.ts';

// Said after the quote or at the end of a clause: `“…,” said X`, `…, X said.`
const SPEECH_VERBS = new Set(
  'said says added adds told explained emphasized emphasised noted insisted warned stressed'.split(' '),
);
// The longest speaker phrase kept, in words (from its end, where the name is).
const MAX_SPEAKER_WORDS = 10;
// Part-of-speech tags that make up a speaker's noun phrase, and those skipped between it and its verb.
const PHRASE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);
const PHRASE_LINKS = new Set(['of', 'to', 'for', 'in', 'with', 'from', 'at', 'and', '-', '’s', "'s"]);
// When a speaker's phrase ends in one of these, it is a time ("the Guardian, last week, reported"), not a name.
const TIME_WORDS = new Set(
  'on last this earlier later week month year monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(
    ' ',
  ),
);
const RELATIVE = new Set(['who', 'which']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
const SKIPPED_TAGS = new Set(['AUX', 'ADV', 'PART']);
const LEADING_NOISE = new Set([
  'both',
  'but',
  'and',
  'so',
  'also',
  'meanwhile',
  'however',
  'separately',
  'instead',
]);
/** Words that name a speaker only through the sentences before. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Trims a speaker phrase: leading conjunctions and "both", trailing links, at most {@link MAX_SPEAKER_WORDS}. */
function tidy(tokens: readonly Token[]): Token[] {
  let phrase = tokens.slice(-MAX_SPEAKER_WORDS);
  while (phrase.length > 0 && (LEADING_NOISE.has(phrase[0]?.lower ?? '') || phrase[0]?.pos === 'ADP')) {
    phrase = phrase.slice(1);
  }
  while (phrase.length > 0 && PHRASE_LINKS.has(phrase.at(-1)?.lower ?? '')) phrase = phrase.slice(0, -1);
  return phrase;
}

/** Whether a token can be part of a speaker's phrase: nouns and names, their links, hyphenated parts. */
function inPhrase(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (PHRASE_TAGS.has(token.pos) || PHRASE_LINKS.has(token.lower) || token.pos === 'CCONJ') return true;
  // A capitalised word is part of a name whatever the tagger guessed ("River Watch estimated").
  if (/^\p{Lu}/u.test(token.value)) return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "Armenian-led", and a participle inside a noun phrase: "a militant involved in deployments".
  if (before?.value === '-' && before.end === token.start) return true;
  return (
    token.pos === 'VERB' &&
    /(ed|ing)$/.test(token.lower) &&
    (before?.pos === 'NOUN' || before?.pos === 'PROPN') &&
    after?.pos === 'ADP'
  );
}

/** The noun phrase that ends right before token `at` (its subject), skipping auxiliaries and adverbs. */
function subjectBefore(tokens: readonly Token[], at: number): Token[] {
  let i = at - 1;
  while (i >= 0 && SKIPPED_TAGS.has((tokens[i] as Token).pos) && !NEGATORS.has((tokens[i] as Token).lower))
    i--;
  // A participle chain ("retaliated accusing") shares the subject of the verb before it.
  const chained = tokens[i];
  if (chained?.pos === 'VERB' && at - i === 1 && !/^\p{Lu}/u.test(chained.value))
    return subjectBefore(tokens, i);
  while (i >= 0 && NEGATORS.has((tokens[i] as Token).lower)) i--;
  while (i >= 0 && SKIPPED_TAGS.has((tokens[i] as Token).pos)) i--;
  while (i >= 0 && TIME_WORDS.has((tokens[i] as Token).lower)) i--;
  if (tokens[i]?.value === ',') return beforeAside(tokens, i);
  const end = i;
  while (i >= 0) {
    const token = tokens[i] as Token;
    if (token.quoted || !inPhrase(tokens, i)) break;
    if (token.pos === 'PRON' && (i !== end || RELATIVE.has(token.lower))) break;
    i--;
  }
  return tidy(tokens.slice(i + 1, end + 1));
}

/**
 * The subject when a comma stands before the verb: the name in an aside ("The Armenian PM, Nikol
 * Pashinian, said") or the phrase before a relative clause ("Iran, which borders Armenia, said").
 */
function beforeAside(tokens: readonly Token[], comma: number): Token[] {
  let open = comma - 1;
  while (open >= 0 && tokens[open]?.value !== ',' && comma - open <= MAX_SPEAKER_WORDS + 6) open--;
  if (open < 0 || tokens[open]?.value !== ',') return [];
  if (RELATIVE.has(tokens[open + 1]?.lower ?? '')) return subjectBefore(tokens, open);
  const aside = tokens.slice(open + 1, comma);
  const isName =
    aside.some((t) => t.pos === 'PROPN') && aside.every((_, k) => inPhrase(tokens, open + 1 + k));
  return isName ? tidy(aside) : [];
}

/** The noun phrase that starts at token `at` ("said Khikmet Gadzhiev"), up to a preposition or punctuation. */
function phraseFrom(tokens: readonly Token[], at: number): Token[] {
  const phrase: Token[] = [];
  for (let i = at; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!inPhrase(tokens, i) || token.quoted) break;
    if (token.pos === 'PRON' && phrase.length > 0) break;
    phrase.push(token);
  }
  return tidy(phrase);
}

export interface Speaker {
  readonly text: string;
  /** Where the speaker's own words start: cues before it belong to someone else ("Denial comes after X says"). */
  readonly from: number;
  /** A pronoun or a description ("the ambassador") that names no one by itself. */
  readonly vague: boolean;
}

/** Who speaks in a sentence: the one quoted, the subject of its reporting verb, the source it is "according to". */
export function speakerOf(tokens: readonly Token[], sentence: string): Speaker | null {
  const found = (phrase: Token[], from: number): Speaker | null => {
    if (phrase.length === 0) return null;
    const vague = !phrase.some((t) => t.pos === 'PROPN' || t.pos === 'NUM');
    return { text: textOf(sentence, phrase), from, vague };
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.quoted) continue;
    // "according to four people with direct knowledge", "according to a Guardian report"
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const rest: Token[] = [];
      for (let k = i + 2; k < tokens.length && tokens[k]?.pos !== 'PUNCT'; k++) rest.push(tokens[k] as Token);
      const by = rest.findIndex((t) => t.lower === 'by');
      const phrase = tidy(by >= 0 ? rest.slice(by + 1) : rest.slice(0, MAX_SPEAKER_WORDS));
      const speaker = found(phrase, 0);
      if (speaker) return speaker;
    }
    // "quoted Vardan Toganyan, Armenia's ambassador to Russia, as saying"
    if (token.lower === 'quoted' && tokens.slice(i + 1).some((t) => t.lower === 'as')) {
      const speaker = found(phraseFrom(tokens, i + 1), 0);
      if (speaker) return speaker;
    }
  }
  // The clause that names the speaker after the quote: `“…,” said X` or `…, X said.`
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.quoted || !SPEECH_VERBS.has(token.lower)) continue;
    const before = tokens[i - 1];
    if (before && (before.pos === 'PUNCT' || before.quoted)) {
      // `said Khikmet Gadzhiev`; never a lone pronoun, which starts what was said ("…, said it was").
      const inverted = phraseFrom(tokens, i + 1);
      const after = tokens[i + 1 + inverted.length];
      // The speaker ends the clause ("said X." / "said X on Friday"); "said some homes were" starts what was said.
      const endsClause = !after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'SCONJ';
      const lonePronoun = inverted.length === 1 && inverted[0]?.pos === 'PRON';
      const speaker = endsClause && !lonePronoun ? found(inverted, 0) : null;
      if (speaker) return speaker;
    }
    const subject = subjectBefore(tokens, i);
    const opener = tokens[i - subject.length - 1];
    if (subject.length > 0 && (!opener || opener.pos === 'PUNCT' || opener.quoted)) {
      const speaker = found(subject, 0);
      if (speaker) return { ...speaker, from: tokens.some((t) => t.quoted) ? 0 : i - subject.length };
    }
  }
  // Otherwise the subject of the first reporting verb: "Ankara has fiercely denied", "Both A and B have denied".
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const reporting = isReportingWord(token.lower);
    if (token.quoted || token.pos !== 'VERB' || !reporting) continue;
    const subject = subjectBefore(tokens, i);
    const passive = PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '');
    const agentAt = tokens.findIndex((t, k) => k > i && k <= i + 2 && t.lower === 'by');
    if ((passive || token.lower.endsWith('ed')) && agentAt > 0) {
      const speaker = found(phraseFrom(tokens, agentAt + 1), 0);
      if (speaker) return speaker;
    }
    // "have been accused of …" with no one named: the subject is the accused, not a speaker.
    if (passive) continue;
    const speaker = found(subject, i - subject.length);
    if (speaker) return speaker;
  }
  return null;
}

/** A name of two or more proper nouns, the last in the sentence: whom "he" or "she" most likely is. */
function lastPersonName(tokens: readonly Token[], sentence: string): string | null {
  let best: string | null = null;
  const nameAt = (k: number) => {
    const token = tokens[k];
    if (!token || token.quoted) return false;
    return token.pos === 'PROPN' || (token.value === '-' && tokens[k + 1]?.start === token.end);
  };
  for (let i = 0; i < tokens.length; ) {
    let k = i;
    while (nameAt(k)) k++;
    if (tokens.slice(i, k).filter((t) => t.pos === 'PROPN').length >= 2)
      best = textOf(sentence, tokens.slice(i, k));
    i = Math.max(k, i + 1);
  }
  return best;
}

// A description resolves to a speaker named this close to the same noun ("Vardan Toganyan, Armenia's ambassador").
const DESCRIPTION_REACH = 60;

/** Who "he", "they" or "the ambassador" is, from the sentences before (nearest first). */
export function resolveVague(speaker: Speaker, context: readonly string[]): string | null {
  const words = speaker.text.toLowerCase().split(/\s+/);
  const pronoun = words.length === 1 && PRONOUNS.has(words[0] as string);
  const noun = words.at(-1) ?? '';
  const person = pronoun && (words[0] === 'he' || words[0] === 'she');
  const sentences = context.map((sentence) => ({ sentence, tokens: tokensOf(sentence) }));
  for (let i = sentences.length - 1; i >= 0; i--) {
    const { sentence, tokens } = sentences[i] as { sentence: string; tokens: Token[] };
    const previous = speakerOf(tokens, sentence);
    if (previous?.vague && pronoun && previous.text.toLowerCase() === words[0]) {
      // The same "he" as the sentence before: whoever that one was.
      const earlier = resolveVague(previous, context.slice(0, i));
      if (earlier) return earlier;
    }
    if (!previous || previous.vague) continue;
    // "He" is one person: not "Turkey and Azerbaijan".
    if (pronoun && (!person || !/\band\b/.test(previous.text))) return previous.text;
    const nounAt = sentence.toLowerCase().indexOf(noun);
    const speakerAt = sentence.indexOf(previous.text);
    if (!pronoun && nounAt >= 0 && speakerAt >= 0) {
      const gap = nounAt > speakerAt ? nounAt - (speakerAt + previous.text.length) : speakerAt - nounAt;
      if (gap <= DESCRIPTION_REACH) return previous.text;
    }
  }
  if (person) {
    for (let i = sentences.length - 1; i >= 0; i--) {
      const { sentence, tokens } = sentences[i] as { sentence: string; tokens: Token[] };
      const name = lastPersonName(tokens, sentence);
      if (name) return name;
    }
  }
  return null;
}
