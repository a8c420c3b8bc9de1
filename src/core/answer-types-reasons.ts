import type { Token } from './answer-types-nlp.ts';

/** A span of a text that gives a cause or a purpose. */
export interface ReasonSpan {
  readonly start: number;
  readonly end: number;
}

// Connectives that introduce a cause or a purpose; the reason runs from the cue to the end of its clause.
const CUES =
  /\b(?:because|due to|owing to|thanks to|as a (?:direct )?(?:result|consequence) of|in order (?:to|that)|so as to|so that|in (?:a|an) (?:bid|attempt|effort|move) to|in (?:protest|response|reply|retaliation|revenge) (?:at|to|for|against|over)|on the grounds (?:that|of)|for fear (?:of|that)|amid(?:st)?|(?:caused|prompted|triggered|sparked|driven|motivated|fuelled|fueled) by|the reason (?:for|why|was|is)|the cause of|blamed (?:it )?on|aimed at)\b/gi;

// "protests over pay", "jailed over his blog": a dispute or sanction noun or verb, then "over" and its cause.
const OVER_CUE =
  /\b(?:protests?|rows?|disputes?|anger|fury|outrage|concerns?|fears?|worries|criticism|clash(?:es)?|tensions?|battles?|fights?|conflicts?|lawsuits?|charges?|investigations?|probes?|inquiry|sanctions|strikes?|arrested|jailed|detained|sued|fined|sacked|resigned|quit|criticised|criticized|condemned|banned|suspended|boycott(?:ed)?) (over)\b/gi;

// "jailed for insulting", "accused of fraud": a sanction and the deed it answers.
const SANCTION_CUE =
  /\b(?:jailed|arrested|sentenced|convicted|fined|charged|accused|blamed|criticised|criticized|condemned|punished|banned|suspended|sacked|detained|imprisoned|prosecuted|sued|cleared|acquitted|praised|honoured|awarded)\b[^,;.]{0,40}?\b(for|of) /gi;

// "said it was a mistake": the explanation someone gave.
const EXPLANATION_CUE =
  /\bsaid (?:that )?((?:it|this|the (?:move|decision|change|ban|plan)) (?:was|is|had been|would be))\b/gi;

// "…, which is why": the reason comes before the cue.
const CONSEQUENCE_CUE = /[,;]?\s*\b(?:which|that|this) (?:is|was) why\b/gi;

// A clause ends at a comma, semicolon, colon, dash, bracket, quotation mark or the sentence's full stop.
const CLAUSE_END = /[,;:!?"“”()[\]]|\s[—–-]\s|\.(?=\s|$)/g;

// Nouns followed by "to" + verb that complete the noun rather than give a purpose ("plans to", "the right to").
const INFINITIVE_NOUNS = new Set(
  `plan plans decision decisions attempt attempts bid right rights ability need needs effort efforts chance
  chances way ways time order refusal promise promises pledge pledges call calls move deal agreement intention
  power permission failure willingness desire wish threat threats offer offers proposal proposals request
  requests demand demands opportunity license licence authority freedom reluctance readiness tendency bill
  law motion vote votes campaign campaigns drive push pressure`.split(/\s+/),
);

// Words after which "to" + verb is part of the verb phrase, not a purpose.
const INFINITIVE_TAKERS = new Set(
  `able unable going about likely unlikely set due ready willing keen eager used supposed expected allowed
  forced asked told ordered urged invited encouraged persuaded wanted needed tried`.split(/\s+/),
);

// A reason clause is a short span; longer runs are usually a missed clause boundary.
const MAX_REASON_CHARS = 200;

function clauseEnd(text: string, from: number, limit: number): number {
  CLAUSE_END.lastIndex = from;
  const match = CLAUSE_END.exec(text);
  const end = match && match.index < limit ? match.index : limit;
  return Math.min(end, from + MAX_REASON_CHARS);
}

/**
 * The reasons a sentence gives, as spans of `text` between `start` and `end` (one sentence of a
 * paragraph); `tokens` are that sentence's tokens, for the cues that need parts of speech.
 */
export function reasonSpans(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
): ReasonSpan[] {
  const sentence = text.slice(start, end);
  const spans: ReasonSpan[] = [];
  const add = (from: number, to: number) => {
    if (to > from) spans.push({ start: from, end: to });
  };
  const fromCue = (cueStart: number, cueEnd: number) =>
    add(start + cueStart, start + clauseEnd(sentence, cueEnd, sentence.length));
  for (const match of sentence.matchAll(CUES)) fromCue(match.index, match.index + match[0].length);
  for (const match of sentence.matchAll(OVER_CUE)) {
    const cue = match.index + match[0].length - 'over'.length;
    fromCue(cue, cue + 'over'.length);
  }
  for (const match of sentence.matchAll(SANCTION_CUE)) {
    const cue = match.index + match[0].length - (match[1]?.length ?? 0) - 1;
    fromCue(cue, match.index + match[0].length);
  }
  for (const match of sentence.matchAll(EXPLANATION_CUE)) {
    const cue = match.index + match[0].length - (match[1]?.length ?? 0);
    fromCue(cue, match.index + match[0].length);
  }
  for (const match of sentence.matchAll(CONSEQUENCE_CUE)) {
    const clauseStart =
      Math.max(sentence.lastIndexOf(',', match.index - 1), sentence.lastIndexOf(';', match.index - 1)) + 1;
    add(start + clauseStart, start + match.index);
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next) return;
    // "after he was caught", "after pleading guilty": "after" with a clause, not just a date or a noun.
    if (token.lower === 'after') {
      const limit = clauseEnd(sentence, token.end - start, sentence.length) + start;
      const clause = tokens.slice(i + 1, i + 9).filter((t) => t.end <= limit);
      const hasVerb = clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      if (hasVerb) add(token.start, limit);
      return;
    }
    // "sent fighters to protect the area": "to" + verb after an object gives a purpose.
    if (token.lower === 'to' && token.pos === 'PART' && next.pos === 'VERB') {
      const previous = tokens[i - 1];
      if (!previous || INFINITIVE_NOUNS.has(previous.lower) || INFINITIVE_TAKERS.has(previous.lower)) return;
      const afterObject = ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(previous.pos) || previous.text === ',';
      const mainVerbBefore = tokens.slice(0, i).some((t) => t.pos === 'VERB');
      if (afterObject && mainVerbBefore)
        add(token.start, start + clauseEnd(sentence, next.end - start, sentence.length));
    }
  });
  return spans;
}
