import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { splitSentences } from './text.ts';
import type { Article, Paragraph, Stance } from './types.ts';

/**
 * What a sentence does with a claim: states it (`asserts`), rejects it (`denies`), backs it as the one
 * who would know (`confirms`), or casts doubt on it (`doubts`).
 */
export type { Stance };

export interface Statement {
  readonly stance: Stance;
  /** Who says it: the speaker or body the sentence (or its context) names, else the article's outlet; `""` when unknown. */
  readonly attributedTo: string;
  /** The word or phrase that decided the stance, as written; `""` when the sentence has no reporting word. */
  readonly cue: string;
}

/** Most sentences before a quoted one that are read to find who speaks (a pronoun, a quote carried over). */
export const CONTEXT_SENTENCES = 4;

// Word lists, as folded surface forms (a few irregular forms spelt out). Short on purpose: the
// reporting verbs of news English. `assertive` cues only count when the parser reads them as verbs
// ("reports" the noun says nothing about who claims), except the nouns listed with them.
const DENY = [
  'deny denies denied denying denial denials',
  'reject rejects rejected rejecting rejection',
  'dismiss dismisses dismissed dismissing',
  'refute refutes refuted refuting rebuff rebuffs rebuffed repudiate repudiated',
  'baseless groundless nonsense false untrue unfounded fabricated fabrication',
];
const CONFIRM = [
  'confirm confirms confirmed confirming confirmation',
  'admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging',
  'concede concedes conceded conceding verify verifies verified',
];
const DOUBT = [
  'doubt doubts doubted doubting doubtful questioned questioning',
  'caution cautioned cautious skeptical sceptical skepticism scepticism',
  'unverified unconfirmed unproven unsubstantiated',
];
const ASSERT_VERBS = [
  'say says said saying tell tells told report reports reported reporting',
  'accuse accuses accused accusing claim claims claimed claiming allege alleges alleged alleging',
  'stated announce announces announced insist insists insisted warn warns warned',
  'quoted added explained emphasized emphasised noted estimated indicate indicates indicated',
];
const ASSERT_NOUNS = ['accusation accusations allegation allegations claims'];
// Said after the quote or at the end of a clause: `“…,” said X`, `…, X said.`
const SPEECH_VERBS = new Set(
  'said says added adds told explained emphasized emphasised noted insisted warned stressed'.split(' '),
);

function wordSet(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => line.split(' ')));
}

const STRONG_CUES = new Map<string, Stance>([
  ...[...wordSet(DENY)].map((w) => [w, 'denies'] as const),
  ...[...wordSet(CONFIRM)].map((w) => [w, 'confirms'] as const),
  ...[...wordSet(DOUBT)].map((w) => [w, 'doubts'] as const),
]);
const ASSERT_VERB_SET = wordSet(ASSERT_VERBS);
const ASSERT_NOUN_SET = wordSet(ASSERT_NOUNS);

// A negator up to this many words before a cue turns it around ("did not deny", "could not independently verify").
const NEGATION_REACH = 3;
const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'without',
  'neither',
  'nor',
  'cannot',
  'refused',
  'declined',
  'failed',
]);
// "no evidence", "failed to show evidence": a claim left unsupported.
const EVIDENCE = new Set(['evidence', 'proof']);
const LACK = new Set([...NEGATORS, 'lack', 'lacks', 'lacking', 'little', 'scant']);
/** What a negated cue means: not denying leaves the claim standing; not confirming doubts it. */
const NEGATED: Record<Stance, Stance> = {
  denies: 'asserts',
  confirms: 'doubts',
  doubts: 'confirms',
  asserts: 'asserts',
};

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
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

interface Token {
  readonly value: string;
  /** Folded: lower case, typographic apostrophe as `'`. */
  readonly lower: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Inside quotation marks: the words of the one quoted. */
  readonly quoted: boolean;
}

let parser: ReturnType<typeof winkNLP> | undefined;
// Sentences come back as context for their neighbours and question after question: parses are kept.
const PARSE_CACHE_SIZE = 4096;
const parses = new Map<string, Token[]>();

/** Part-of-speech tokens of a sentence with their offsets, quotation marked. The model loads on first use. */
function tokensOf(sentence: string): Token[] {
  const known = parses.get(sentence);
  if (known) return known;
  const tokens = parse(sentence);
  if (parses.size >= PARSE_CACHE_SIZE) parses.delete(parses.keys().next().value as string);
  parses.set(sentence, tokens);
  return tokens;
}

function parse(sentence: string): Token[] {
  parser ??= winkNLP(model);
  const its = parser.its;
  const tokens = parser.readDoc(sentence).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const out: Token[] = [];
  let at = 0;
  // A sentence that goes on with a quote opened in the sentence before starts inside it.
  let inQuote = startsInsideQuote(sentence);
  values.forEach((value, i) => {
    const found = sentence.indexOf(value, at);
    const start = found < 0 ? at : found;
    at = start + value.length;
    const opens = value === '“' || (value === '"' && !inQuote && !closingStraightQuote(sentence, start));
    const closes = value === '”' || (value === '"' && inQuote);
    if (opens) inQuote = true;
    out.push({
      value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      pos: tags[i] ?? 'X',
      start,
      end: at,
      quoted: inQuote && !opens,
    });
    if (closes) inQuote = false;
  });
  return out;
}

// A straight quote right after a word or punctuation and before a space (or the end) closes a quotation.
function closingStraightQuote(sentence: string, at: number): boolean {
  return (
    at > 0 &&
    /[\p{L}\p{N}.,!?]/u.test(sentence[at - 1] ?? '') &&
    /^(\s|$)/.test(sentence.slice(at + 1, at + 2))
  );
}

function startsInsideQuote(sentence: string): boolean {
  const first = /["“”]/.exec(sentence);
  if (!first) return false;
  return first[0] === '”' || (first[0] === '"' && closingStraightQuote(sentence, first.index));
}

interface Cue {
  readonly at: number;
  readonly stance: Stance;
  readonly text: string;
}

function negatedBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - NEGATION_REACH); i--) {
    const token = tokens[i] as Token;
    if (token.pos === 'PUNCT') return false;
    if (NEGATORS.has(token.lower) || token.lower.endsWith("n't")) return true;
  }
  return false;
}

// "denied that he had not …": rejecting a negative states the positive.
function deniesANegative(tokens: readonly Token[], at: number): boolean {
  if (tokens[at + 1]?.lower !== 'that') return false;
  for (let i = at + 2; i < tokens.length && tokens[i]?.pos !== 'PUNCT'; i++) {
    const lower = tokens[i]?.lower ?? '';
    if (lower === 'not' || lower === 'never' || lower.endsWith("n't")) return true;
  }
  return false;
}

/** Every reporting word of a sentence with the stance it gives, negation applied. */
function cuesOf(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((token, at) => {
    const next = tokens[at + 1];
    if (token.lower === 'not' && (next?.lower === 'true' || next?.lower === 'correct')) {
      cues.push({ at, stance: 'denies', text: `${token.value} ${next.value}` });
      return;
    }
    if (EVIDENCE.has(token.lower)) {
      const lacking = tokens.slice(Math.max(0, at - NEGATION_REACH), at).some((t) => LACK.has(t.lower));
      if (lacking) cues.push({ at, stance: 'doubts', text: token.value });
      return;
    }
    const strong = STRONG_CUES.get(token.lower);
    const assertive =
      ASSERT_NOUN_SET.has(token.lower) || (ASSERT_VERB_SET.has(token.lower) && token.pos === 'VERB');
    if (!strong && !assertive) return;
    let stance: Stance = strong ?? 'asserts';
    if (negatedBefore(tokens, at)) stance = NEGATED[stance];
    else if (stance === 'denies' && deniesANegative(tokens, at)) stance = 'asserts';
    cues.push({ at, stance, text: token.value });
  });
  return cues;
}

const textOf = (sentence: string, tokens: readonly Token[]) =>
  tokens.length === 0 ? '' : sentence.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);

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

interface Speaker {
  readonly text: string;
  /** Where the speaker's own words start: cues before it belong to someone else ("Denial comes after X says"). */
  readonly from: number;
  /** A pronoun or a description ("the ambassador") that names no one by itself. */
  readonly vague: boolean;
}

function speakerOf(tokens: readonly Token[], sentence: string): Speaker | null {
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
    const reporting = STRONG_CUES.has(token.lower) || ASSERT_VERB_SET.has(token.lower);
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
function resolveVague(speaker: Speaker, context: readonly string[]): string | null {
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

const opensQuote = (sentence: string) => /^["“]/.test(sentence.trim());

/**
 * The stance of one sentence and who it is attributed to, given the sentences before it (nearest last).
 * Not per-article: reporting words, negation and a part-of-speech parse decide.
 */
export function analyzeInContext(
  sentence: string,
  context: readonly string[],
  article: Pick<Article, 'source'>,
): Statement {
  const tokens = tokensOf(sentence);
  const speaker = speakerOf(tokens, sentence);
  const cues = cuesOf(tokens).filter((c) => c.at >= (speaker?.from ?? 0));
  const cue = cues.find((c) => c.stance !== 'asserts') ?? cues[0];
  const stance = cue?.stance ?? 'asserts';
  let attributedTo: string | null = null;
  if (speaker && !speaker.vague) attributedTo = speaker.text;
  else if (speaker)
    attributedTo =
      resolveVague(speaker, context) ?? (PRONOUNS.has(speaker.text.toLowerCase()) ? null : speaker.text);
  else if (context.length > 0 && (opensQuote(sentence) || tokens[0]?.quoted)) {
    // Quoted words with no speaker in the sentence carry on the quote of the sentence before.
    attributedTo = resolveVague({ text: 'they', from: 0, vague: true }, context.slice(-1));
  }
  return { stance, attributedTo: attributedTo ?? article.source, cue: cue?.text ?? '' };
}

/**
 * The stance of a sentence and who says it: a speaker named in it or, for a pronoun or a quote carried
 * over, in the sentence before; otherwise the article's outlet (`""` when unknown).
 *
 * @example analyzeStatement('Both Azerbaijan and Turkey have denied the allegation.', '', article)
 * // { stance: 'denies', attributedTo: 'Azerbaijan and Turkey', cue: 'denied' }
 */
export function analyzeStatement(
  sentence: string,
  previousSentence: string | undefined,
  article: Pick<Article, 'source'>,
): Statement {
  return analyzeInContext(sentence, previousSentence ? [previousSentence] : [], article);
}

/** The sentences before sentence `i` of a paragraph, reaching into the paragraph before: the context to read. */
export function contextBefore(
  article: Article,
  paragraph: Paragraph,
  sentences: readonly string[],
  i: number,
) {
  const before = sentences.slice(Math.max(0, i - CONTEXT_SENTENCES), i);
  if (before.length < CONTEXT_SENTENCES) {
    const previous = article.paragraphs[paragraph.n - 2];
    if (previous)
      before.unshift(...splitSentences(previous.text).slice(-(CONTEXT_SENTENCES - before.length)));
  }
  return before;
}
