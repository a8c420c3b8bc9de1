import type { SetEvaluation } from './evaluate.ts';

/** One line of the eval table: a set's metrics beside stock MiniSearch's hit@1 and hit@3. */
export interface EvalRow {
  readonly set: string;
  readonly questions: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly term: number;
  readonly reject: number;
  readonly falseReject: number;
  readonly stockHit1: number;
  readonly stockHit3: number;
}

/** The name of the row that averages the sets. */
export const MEAN_ROW = 'mean';

const METRIC_KEYS = ['hit1', 'hit3', 'term', 'reject', 'falseReject', 'stockHit1', 'stockHit3'] as const;

const COLUMNS: readonly { readonly key: keyof EvalRow; readonly header: string }[] = [
  { key: 'set', header: 'set' },
  { key: 'questions', header: 'questions' },
  { key: 'hit1', header: 'hit@1' },
  { key: 'hit3', header: 'hit@3' },
  { key: 'term', header: 'term' },
  { key: 'reject', header: 'reject' },
  { key: 'falseReject', header: 'falseReject' },
  { key: 'stockHit1', header: 'stock hit@1' },
  { key: 'stockHit3', header: 'stock hit@3' },
];

export function rowOf(evaluation: SetEvaluation): EvalRow {
  const { metrics, stock } = evaluation;
  return {
    set: evaluation.name,
    questions: metrics.n,
    hit1: metrics.hit1,
    hit3: metrics.hit3,
    term: metrics.term,
    reject: metrics.reject,
    falseReject: metrics.falseReject,
    stockHit1: stock.hit1,
    stockHit3: stock.hit3,
  };
}

/**
 * The mean of every metric over the sets, each set counting once whatever its size (a large set does
 * not drown a small one); `questions` is their total.
 */
export function meanRow(rows: readonly EvalRow[]): EvalRow {
  const mean = (key: (typeof METRIC_KEYS)[number]) =>
    rows.length ? rows.reduce((sum, row) => sum + row[key], 0) / rows.length : 0;
  return {
    set: MEAN_ROW,
    questions: rows.reduce((sum, row) => sum + row.questions, 0),
    ...(Object.fromEntries(METRIC_KEYS.map((key) => [key, mean(key)])) as Record<
      (typeof METRIC_KEYS)[number],
      number
    >),
  };
}

/** The rows as an aligned text table: names left, numbers right, metrics to three decimals. */
export function formatTable(rows: readonly EvalRow[]): string {
  const cells = rows.map((row) =>
    COLUMNS.map(({ key }) => {
      const value = row[key];
      return typeof value === 'number' && key !== 'questions' ? value.toFixed(3) : String(value);
    }),
  );
  const headers = COLUMNS.map((c) => c.header);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((line) => line[i]?.length ?? 0)));
  const line = (values: readonly string[]) =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  return [headers, ...cells].map(line).join('\n');
}
