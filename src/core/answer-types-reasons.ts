import type { Token } from './answer-types-nlp.ts';
import { isPastOfVerbOnly, takesObjectInfinitive, verbClasses } from './wordnet.ts';

/** A span of a text that gives a cause or a purpose. */
export interface ReasonSpan {
  readonly start: number;
  readonly end: number;
}

// Connectives that introduce a cause or a purpose; the reason runs from the cue to the end of its clause
// (an explanation given, "she explained she had a contract", the start of a trouble, "the problems
// began with the collapse of the boom", what someone blames, "it blamed rising costs", a hope, "in the
// hope of a ransom", a debt, "its success owed much to", and the explanation given as someone acted,
// "is to leave the show, saying he is tired of getting up at four", are reasons too; "blamed for",
// "blamed him", "blamed each other" tell who is at fault, not why).
const CUES =
  /\b(?:because|due to|owing to|thanks to|as a (?:direct )?(?:result|consequence) of|in order (?:to|that)|so as to|so that|in (?:a|an) (?:bid|attempt|effort|move) to|in (?:protest|response|reply|retaliation|revenge) (?:at|to|for|against|over)|on (?:the )?(?:[a-z]+ ){0,2}grounds(?: (?:that|of))?|for fear (?:of|that)|amid(?:st)?|(?:caused|prompted|triggered|sparked|driven|motivated|fuelled|fueled)(?: [a-z]+ly)? by|(?:concerns?|fears?|worries|criticism|anger|complaints?) (?:centre|center|centred|centered|focus|focused|focussed|focuses) on|the (?:[a-z]+ )?reason (?:for|why|was|is)|the cause of|blamed (?:it )?on|blam(?:e|ed|es|ing)(?! (?:for|by|on|him|her|them|me|us|you|it|each other|one another|himself|herself|themselves|itself)\b)(?= [a-z])|in (?:the )?hopes? (?:of|that)|owe[ds]? (?:much|a lot|a great deal|everything|most|little) to|attribut(?:ed|es|ing) (?:it |this |the [a-z]+ )?to|aimed at|(?:needed|necessary|designed|intended|meant) to|(?:stem|stems|stemmed|stemming|result|results|resulted|resulting|arise|arises|arose|arising) from|citing|in (?:the )?(?:wake|light) of|for (?:[a-z]+ ){0,3}reasons|(?:began|begun|begins|started|starts) with|explain(?:s|ed)(?! (?:how|what|where|when|who|why)\b)|(?<=,\s)saying)\b/gi;

// "protests over pay", "jailed over his blog": a dispute or sanction noun or verb, then "over" and its cause.
const OVER_CUE =
  /\b(?:protests?|rows?|disputes?|anger|fury|outrage|concerns?|fears?|worries|criticism|clash(?:es)?|tensions?|battles?|fights?|conflicts?|lawsuits?|charges?|investigations?|probes?|inquiry|sanctions|strikes?|arrested|jailed|detained|sued|fined|sacked|resigned|quit|criticised|criticized|condemned|banned|suspended|boycott(?:ed)?) (over)\b/gi;

// "jailed for insulting", "accused of fraud": a sanction and the deed it answers.
const SANCTION_CUE =
  /\b(?:jailed|arrested|sentenced|convicted|fined|charged|accused|blamed|criticised|criticized|condemned|punished|banned|suspended|sacked|detained|imprisoned|prosecuted|sued|cleared|acquitted|praised|honoured|awarded)\b[^,;.]{0,40}?\b(for|of) /gi;

// "rising bills had forced the firm to cut services", "the snow has left sheep unable to graze": what
// pushed someone to act, or left them unable to, is the subject before the verb.
const CAUSATIVE_CUE =
  /\b(?:(?:has|have|had) )?(?:(?:forced|compelled|prompted|pushed|driven|drove)\b(?=(?:\s+[\w'’-]+,?){1,6}?\s+to\s+[a-z]+)|left\b(?=(?:\s+[\w'’-]+,?){1,6}?\s+(?:unable|without|with no)\b))/gi;
// Where the clause that holds the cause begins: after "said (that)", a comma or a semicolon.
const CAUSE_CLAUSE_START = /\bsaid (?:that )?|[,;]\s*(?:and |but )?/gi;
// "a shortage of sandeels, the fish they feed on, is the main cause of the decline": the subject,
// from the start of the sentence or of what someone says or believes (an aside's commas inside it).
const CAUSE_NOUN_CUE =
  /\b(?:is|was|are|were) (?:the|a|one) (?:[a-z]+ )?(?:cause|causes|reason|reasons) (?:of|for|behind)\b/gi;
const SAID_OR_BELIEVED =
  /\b(?:said|says|say|believe|believes|believed|think|thinks|thought|argue|argues|argued|found|concluded) (?:that )?/gi;

// "said it was a mistake": the explanation someone gave.
const EXPLANATION_CUE =
  /\bsaid (?:that )?((?:it|this|the (?:move|decision|change|ban|plan)) (?:was|is|had been|would be))\b/gi;

// "died of an overdose", "as part of a deal", "under pressure to": a cause, a frame or a push.
const FRAME_CUE =
  /\b(?:died|dies|die|dying) of\b|\bas (?:part of|a (?:warning|punishment|protest|precaution|reprisal|result))\b|\bin (?:exchange|return) for\b|\bunder (?:[a-z]+ )?(?:[a-z]+ )?pressure\b/gi;

// "…, which is why": the reason comes before the cue.
const CONSEQUENCE_CUE = /[,;]?\s*\b(?:which|that|this) (?:is|was) why\b/gi;

// A clause ends at a comma (not one inside a number, "4,000"), semicolon, colon, dash, bracket, quotation
// mark, the sentence's full stop or a "but" that opens the next clause.
const CLAUSE_END = /(?<!\d),|,(?!\d)|[;:!?"“”()[\]]|\s[—–-]\s|\.(?=\s|$)|\sbut\b/gi;

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

// Verbs whose object and infinitive tell what the object served for: "used troops to guard it".
const PURPOSE_VERBS = new Set(['use', 'uses', 'used', 'using', 'employ', 'employs', 'employed', 'employing']);

// Cause cues that, followed by a verb, say what is expected or owed rather than why ("due to open").
const SCHEDULE_CUE = /^(?:due|owing) to$/i;

/** The first token at or after a sentence offset. */
const tokenAt = (tokens: readonly Token[], offset: number) => tokens.find((t) => t.start >= offset);

/** Whether the first token after `offset` is a verb. */
function verbAt(tokens: readonly Token[], offset: number): boolean {
  const next = tokenAt(tokens, offset);
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Whether the word at a sentence offset is a number ("14", "two", "£500"). */
function numberAt(tokens: readonly Token[], offset: number): boolean {
  const next = tokenAt(tokens, offset);
  return next !== undefined && (next.pos === 'NUM' || /^[$£€]/.test(next.text));
}

// Prepositions that name what stirred a feeling: "alarmed by the fighting", "angered at the delay".
const FEELING_CAUSE_PREPOSITIONS = new Set(['by', 'at', 'over', 'about', 'with']);

/** Whether a word is the participle of a verb whose most frequent sense is a feeling ("alarmed", "angered"). */
const feelingParticiple = (token: Token) =>
  (token.pos === 'VERB' || token.pos === 'ADJ') &&
  /ed$/.test(token.lower) &&
  verbClasses(token.lower)[0] === 'verb.emotion';

// Parts of speech that may come before the head of the subject of a clause ("as the new rules took effect").
const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM']);
// Parts of speech of the head of that subject ("as competition intensified", "as it promoted").
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
// Verb classes of a parenthetical "as": "as he told reporters", "as expected", "as you know".
const ASIDE_VERB_CLASSES = new Set(['verb.communication', 'verb.cognition', 'verb.perception']);
// Parts of speech that start the noun phrase after a preposition.
const NOUN_PHRASE_STARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
// Words before "as" that make it a likeness or an example, not a cause: "such as", "just as", "the same as".
const LIKENESS_WORDS = new Set(['such', 'just', 'even', 'same']);
// Relative pronouns, tagged as pronouns, start no subject of their own ("regarded as those who led").
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);

/**
 * Whether the "as" at token `i` opens a clause of its own: one noun phrase as subject, then a verb that is
 * not one of saying or knowing ("as it promoted homosexuality", "as demand grew"). Not "as well as",
 * "such as", "as big as", "seen as a reformer", "as he said", nor "as a consequence the …".
 */
function causalAs(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const comparative = (previous?.pos === 'ADV' || previous?.pos === 'ADJ') && tokens[i - 2]?.lower === 'as';
  if (comparative || LIKENESS_WORDS.has(previous?.lower ?? '')) return false;
  let j = i + 1;
  while (MODIFIER_TAGS.has(tokens[j]?.pos ?? '')) j++;
  const head = tokens[j];
  if (!head || !HEAD_TAGS.has(head.pos) || RELATIVE_WORDS.has(head.lower)) return false;
  if (head.pos !== 'PRON') while (tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'PROPN') j++;
  const verb = tokens[j + 1];
  // "as they had agreed": an auxiliary, then the verb proper.
  const main = verb?.pos === 'AUX' && tokens[j + 2]?.pos === 'VERB' ? tokens[j + 2] : verb;
  if (!main || (main.pos !== 'VERB' && main.pos !== 'AUX')) return false;
  return !ASIDE_VERB_CLASSES.has(verbClasses(main.lower)[0] ?? '');
}

// Forms of "be" and "get" that make a participle passive.
const PASSIVE_AUXILIARIES = new Set(`be is are was were been being get got gets`.split(' '));

/**
 * Whether the "used" at token `i` is passive: after a form of "be" ("is used to"), or joined by "and"
 * or "or" to a participle that is ("would be taken and used to").
 */
function passiveUsed(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && PASSIVE_AUXILIARIES.has(before.lower)) return true;
  if (!before || (before.lower !== 'and' && before.lower !== 'or')) return false;
  const participle = tokens[i - 2];
  const auxiliary = tokens[i - 3];
  return participle?.pos === 'VERB' && auxiliary !== undefined && PASSIVE_AUXILIARIES.has(auxiliary.lower);
}

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
  for (const match of sentence.matchAll(CUES)) {
    const cueEnd = match.index + match[0].length;
    // "due to open this week": a cause is a noun phrase; "to" and a verb tells of a schedule.
    if (SCHEDULE_CUE.test(match[0]) && verbAt(tokens, start + cueEnd)) continue;
    fromCue(match.index, cueEnd);
  }
  for (const match of sentence.matchAll(OVER_CUE)) {
    const cue = match.index + match[0].length - 'over'.length;
    fromCue(cue, cue + 'over'.length);
  }
  for (const match of sentence.matchAll(SANCTION_CUE)) {
    // "jailed for 14 years", "fined for £500": how much of the sanction, not what it answers.
    if (match[1]?.toLowerCase() === 'for' && numberAt(tokens, start + match.index + match[0].length))
      continue;
    const cue = match.index + match[0].length - (match[1]?.length ?? 0) - 1;
    fromCue(cue, match.index + match[0].length);
  }
  for (const match of sentence.matchAll(EXPLANATION_CUE)) {
    // "said it was working on a plan" tells what was being done, not why.
    if (verbAt(tokens, start + match.index + match[0].length)) continue;
    const cue = match.index + match[0].length - (match[1]?.length ?? 0);
    fromCue(cue, match.index + match[0].length);
  }
  for (const match of sentence.matchAll(FRAME_CUE)) fromCue(match.index, match.index + match[0].length);
  const subjectBefore = ({ index: at }: RegExpExecArray, openers: RegExp) => {
    const opener = [...sentence.slice(0, at).matchAll(openers)].at(-1);
    add(start + (opener ? opener.index + opener[0].length : 0), start + at - 1);
  };
  for (const match of sentence.matchAll(CAUSATIVE_CUE)) subjectBefore(match, CAUSE_CLAUSE_START);
  for (const match of sentence.matchAll(CAUSE_NOUN_CUE)) subjectBefore(match, SAID_OR_BELIEVED);
  for (const match of sentence.matchAll(CONSEQUENCE_CUE)) {
    const clauseStart =
      Math.max(sentence.lastIndexOf(',', match.index - 1), sentence.lastIndexOf(';', match.index - 1)) + 1;
    add(start + clauseStart, start + match.index);
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next) return;
    // "returned, alarmed by the fierce fighting": a feeling and what caused it.
    if (FEELING_CAUSE_PREPOSITIONS.has(next.lower) && feelingParticiple(token)) {
      add(token.start, start + clauseEnd(sentence, next.end - start, sentence.length));
      return;
    }
    // "after he was caught", "after pleading guilty": "after" with a clause, not just a date or a noun.
    if (token.lower === 'after') {
      const limit = clauseEnd(sentence, token.end - start, sentence.length) + start;
      const clause = tokens.slice(i + 1, i + 9).filter((t) => t.end <= limit);
      // A verb's past form that is no noun is a verb, whatever the tagger read it as: after a run of
      // nouns it may take it for one ("the lifeboat crew rescued his son").
      const hasVerb = clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isPastOfVerbOnly(t.lower));
      if (hasVerb) add(token.start, limit);
      return;
    }
    // "evacuated following a bomb scare": the event that came first, as "after" with a clause (the
    // tagger reads the "following day" kind as an adjective).
    if (token.lower === 'following' && token.pos === 'VERB' && NOUN_PHRASE_STARTS.has(next.pos)) {
      add(token.start, start + clauseEnd(sentence, token.end - start, sentence.length));
      return;
    }
    // "banned as it promoted violence": "as" opening a clause of its own.
    if (token.lower === 'as' && causalAs(tokens, i)) {
      add(token.start, start + clauseEnd(sentence, token.end - start, sentence.length));
      return;
    }
    // "sent fighters to protect the area": "to" + verb after an object gives a purpose.
    if (token.lower === 'to' && token.pos === 'PART' && next.pos === 'VERB') {
      const previous = tokens[i - 1];
      // "would be taken and used to settle farmers": "used" in the passive ("be used to", "taken and
      // used to") is put to a purpose; only the active "used to" tells of a habit.
      if (!previous || INFINITIVE_NOUNS.has(previous.lower)) return;
      const usedFor = previous.lower === 'used' && !/ing$/.test(next.lower) && passiveUsed(tokens, i - 1);
      if (INFINITIVE_TAKERS.has(previous.lower) && !usedFor) return;
      // The passive's object stands before it as its subject ("farmland … would be used to settle").
      const afterObject =
        usedFor || ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(previous.pos) || previous.text === ',';
      const verbBefore = tokens.slice(0, i).findLast((t) => t.pos === 'VERB');
      // "asked officials at the department to make sure": what the object is to do, not a purpose;
      // "used troops to guard it" is one all the same.
      const toldToDo =
        !usedFor &&
        verbBefore !== undefined &&
        !PURPOSE_VERBS.has(verbBefore.lower) &&
        takesObjectInfinitive(verbBefore.lower);
      if (afterObject && verbBefore !== undefined && !toldToDo)
        add(token.start, start + clauseEnd(sentence, next.end - start, sentence.length));
    }
  });
  return spans;
}
