/**
 * Quality metrics of answers against a question set with gold evidence. The definitions are those of
 * the question set's reference scorer: hit@1, hit@3, term, reject, falseReject.
 */

export interface Evidence {
  file: string;
  quote: string;
}

export interface QuestionCase {
  id: string;
  question: string;
  answerable?: boolean;
  evidence?: Evidence[];
  answer_terms?: string[];
  kind?: string;
}

export interface ScoredAnswer {
  answered: boolean;
  answer?: string;
  citations?: readonly { file?: string; text?: string; snippet?: string }[];
}

export interface Metrics {
  hit1: number;
  hit3: number;
  term: number;
  reject: number;
  falseReject: number;
  n: number;
}

export const normalizeForScore = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const scoreWords = (s: unknown) => normalizeForScore(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const baseName = (f: unknown) =>
  String(f ?? '')
    .split('/')
    .pop()
    ?.replace(/\.(txt|md|html?)$/i, '');

/** A citation supports a gold quote when it is from the same article and holds 60% of the quote's words. */
export function supports(
  citation: { file?: string; text?: string; snippet?: string },
  evidence: Evidence,
): boolean {
  if (baseName(citation.file) !== baseName(evidence.file)) return false;
  const have = new Set(scoreWords(`${citation.text ?? ''} ${citation.snippet ?? ''}`));
  const need = scoreWords(evidence.quote);
  return need.filter((w) => have.has(w)).length / need.length >= 0.6;
}

/** Scores answers (in question order) and lists the misses. */
export function scoreAnswers(questions: readonly QuestionCase[], answers: readonly ScoredAnswer[]) {
  let answerable = 0;
  let unanswerable = 0;
  let hit1 = 0;
  let hit3 = 0;
  let term = 0;
  let rejected = 0;
  let falseReject = 0;
  const misses: string[] = [];
  questions.forEach((q, i) => {
    const a = answers[i] ?? { answered: false, citations: [] };
    const cites = a.citations ?? [];
    if (q.answerable === false) {
      unanswerable++;
      if (a.answered === false) rejected++;
      else misses.push(`${q.id} answered an unanswerable question: ${q.question}`);
      return;
    }
    answerable++;
    if (a.answered === false) falseReject++;
    const hitAt = (k: number) =>
      cites.slice(0, k).some((c) => (q.evidence ?? []).some((ev) => supports(c, ev)));
    const h1 = a.answered !== false && hitAt(1);
    const h3 = a.answered !== false && hitAt(3);
    if (h1) hit1++;
    if (h3) hit3++;
    const shown = normalizeForScore(
      `${a.answer ?? ''} ${cites.map((c) => c.snippet ?? c.text ?? '').join(' ')}`,
    );
    if (a.answered !== false && (q.answer_terms ?? []).some((t) => shown.includes(normalizeForScore(t))))
      term++;
    if (!h1) misses.push(`${q.id} hit@1 miss (hit@3 ${h3}): ${q.question}`);
  });
  const ratio = (x: number, n: number) => (n ? x / n : 0);
  const metrics: Metrics = {
    hit1: ratio(hit1, answerable),
    hit3: ratio(hit3, answerable),
    term: ratio(term, answerable),
    reject: ratio(rejected, unanswerable),
    falseReject: ratio(falseReject, answerable),
    n: questions.length,
  };
  return { metrics, misses };
}
