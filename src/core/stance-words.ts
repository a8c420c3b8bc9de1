import type { Token } from './stance-tokens.ts';
import type { Stance } from './types.ts';

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

/** Whether a folded word reports speech or a stance ("said", "denied", "confirms"), whatever its part of speech. */
export const isReportingWord = (lower: string) => STRONG_CUES.has(lower) || ASSERT_VERB_SET.has(lower);

// A negator up to this many words before a cue turns it around ("did not deny", "could not independently verify").
const NEGATION_REACH = 3;
/** Words that turn a cue around; a speaker is looked for behind them ("Ankara did not deny"). */
export const NEGATORS: ReadonlySet<string> = new Set([
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

/** A word or phrase of a sentence that gives it a stance. */
export interface Cue {
  /** Its first token. */
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
export function cuesOf(tokens: readonly Token[]): Cue[] {
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
