import { PRONOUNS, resolveVague, speakerOf } from './stance-speakers.ts';
import { tokensOf } from './stance-tokens.ts';
import { cuesOf } from './stance-words.ts';
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
