/** Measuring one engine on one data set: build, memory, snapshot, load, latency and labelled top-1. */
import type { Article } from '../src/core/types.ts';
import type { Engine, Outcome, QueryMode } from './engines.ts';
import type { BenchQuestion, QuestionKind } from './questions.ts';
import { collect, median, percentile, round, settledMemory } from './stats.ts';

export interface MeasureOptions {
  /** Timed passes over all questions; null chooses from the time budget (1 to `maxPasses`). */
  readonly passes: number | null;
  readonly maxPasses: number;
  /** Time budget for the timed passes of one query mode, in milliseconds. */
  readonly budgetMs: number;
  /** Warm-up stops after this long (but asks at least `minWarmup` questions, at most 20 rounds). */
  readonly warmupMs: number;
  readonly minWarmup: number;
  /** Per query mode key: ask only the first N questions of the list (for engines too slow for all). */
  readonly questionCaps: Readonly<Record<string, number>>;
  /** Snapshot loads are repeated up to this many times within `budgetMs / 4`. */
  readonly maxLoads: number;
  readonly log: (line: string) => void;
}

export const DEFAULT_MEASURE: MeasureOptions = {
  passes: null,
  maxPasses: 5,
  budgetMs: 30_000,
  warmupMs: 2_000,
  minWarmup: 10,
  questionCaps: {},
  maxLoads: 5,
  log: () => {},
};

export interface QueryFigures {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Timed passes over the questions; the percentiles are medians across passes. */
  readonly passes: number;
  /** The first timed pass alone: every question in it is asked for the first time in the process. */
  readonly firstPassP50Ms: number;
  readonly firstPassP99Ms: number;
  /** Questions asked per pass (the first N of the size's list). */
  readonly queries: number;
  /** Share of answerable questions whose first hit is the target paragraph. */
  readonly top1: number;
  readonly top1ByKind: Readonly<Partial<Record<QuestionKind, number>>>;
  /** Share of unanswerable questions the engine declines (Newsdesk: not answered; stock: no hit). */
  readonly noAnswerDeclined: number;
  /** Whether every timed pass returned the same first hits. */
  readonly deterministic: boolean;
}

export interface IndexFigures {
  readonly buildMs: number;
  /** Process RSS after the build, after a full garbage collection. */
  readonly rssMb: number;
  /** JS heap in use after the build, after a full garbage collection. */
  readonly heapMb: number;
  /** RSS just before the build (corpus and questions loaded, earlier indexes released). */
  readonly rssBeforeMb: number;
  readonly heapBeforeMb: number;
  readonly snapshotBytes: number;
  readonly saveMs: number;
  readonly loadMs: number;
  readonly loads: number;
}

export type Figures = IndexFigures &
  QueryFigures & {
    /** Set when the index figures were measured once for another entry (same index, other search options). */
    readonly sameIndexAs?: string;
  };

function now(): number {
  return performance.now();
}

async function runTimed(mode: QueryMode, question: string): Promise<{ ms: number; result: unknown }> {
  const t0 = now();
  let result = mode.run(question);
  if (result instanceof Promise) result = await result;
  return { ms: now() - t0, result };
}

function labelled(questions: readonly BenchQuestion[], outcomes: readonly Outcome[]) {
  const byKind = new Map<QuestionKind, { hit: number; total: number }>();
  let hit = 0;
  let total = 0;
  let declined = 0;
  let unanswerable = 0;
  questions.forEach((q, i) => {
    const o = outcomes[i] as Outcome;
    if (q.target === null) {
      unanswerable++;
      if (!o.answered) declined++;
      return;
    }
    const k = byKind.get(q.kind) ?? { hit: 0, total: 0 };
    k.total++;
    total++;
    if (o.top === q.target) {
      k.hit++;
      hit++;
    }
    byKind.set(q.kind, k);
  });
  const top1ByKind: Partial<Record<QuestionKind, number>> = {};
  for (const [kind, k] of byKind) top1ByKind[kind] = round(k.hit / k.total, 4);
  return {
    top1: total === 0 ? Number.NaN : round(hit / total, 4),
    top1ByKind,
    noAnswerDeclined: unanswerable === 0 ? Number.NaN : round(declined / unanswerable, 4),
  };
}

export interface QueryRun {
  readonly figures: QueryFigures;
  /** What the first timed pass returned, question by question. */
  readonly outcomes: readonly Outcome[];
  /** Each question's latency: the median across passes. */
  readonly perQuestionMs: readonly number[];
}

/**
 * Warm-up on separate questions (so that nothing timed was asked before), then timed passes over
 * `questions`. Percentiles are taken per pass and reported as the median across passes.
 */
export async function measureQueries(
  mode: QueryMode,
  questions: readonly BenchQuestion[],
  warmup: readonly BenchQuestion[],
  options: MeasureOptions,
): Promise<QueryRun> {
  // Cycle through the warm-up questions until the JIT and caches settle (or the budget is spent).
  const warmStart = now();
  for (let i = 0; warmup.length > 0 && i < warmup.length * 20; i++) {
    await runTimed(mode, (warmup[i % warmup.length] as BenchQuestion).text);
    if (i + 1 >= options.minWarmup && now() - warmStart > options.warmupMs) break;
  }

  const perPass: { p50: number; p95: number; p99: number; mean: number }[] = [];
  const timesByQuestion: number[][] = questions.map(() => []);
  let first: Outcome[] | null = null;
  let deterministic = true;
  let wanted = options.passes ?? 1;
  for (let pass = 0; pass < wanted; pass++) {
    const times: number[] = [];
    const outcomes: Outcome[] = [];
    const passStart = now();
    for (const q of questions) {
      const { ms, result } = await runTimed(mode, q.text);
      times.push(ms);
      timesByQuestion[times.length - 1]?.push(ms);
      outcomes.push(mode.outcome(result));
    }
    const passMs = now() - passStart;
    perPass.push({
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      mean: times.reduce((a, b) => a + b, 0) / times.length,
    });
    if (first === null) {
      first = outcomes;
      if (options.passes === null) {
        wanted = Math.max(1, Math.min(options.maxPasses, Math.floor(options.budgetMs / Math.max(passMs, 1))));
      }
    } else if (outcomes.some((o, i) => o.top !== first?.[i]?.top)) {
      deterministic = false;
    }
    options.log(`    pass ${pass + 1}/${wanted}: ${(passMs / 1000).toFixed(1)} s`);
  }
  const figures: QueryFigures = {
    p50Ms: round(median(perPass.map((p) => p.p50))),
    p95Ms: round(median(perPass.map((p) => p.p95))),
    p99Ms: round(median(perPass.map((p) => p.p99))),
    meanMs: round(median(perPass.map((p) => p.mean))),
    passes: perPass.length,
    firstPassP50Ms: round(perPass[0]?.p50 ?? Number.NaN),
    firstPassP99Ms: round(perPass[0]?.p99 ?? Number.NaN),
    queries: questions.length,
    ...labelled(questions, first ?? []),
    deterministic,
  };
  return { figures, outcomes: first ?? [], perQuestionMs: timesByQuestion.map((t) => median(t)) };
}

export interface PrefixFigures {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly top1: number;
}

/**
 * Latency percentiles (of each question's median across passes) and top-1 over the first `n`
 * questions of a run: the figures to compare engines that were not all asked every question.
 */
export function prefixFigures(questions: readonly BenchQuestion[], run: QueryRun, n: number): PrefixFigures {
  const k = Math.min(n, run.outcomes.length);
  const times = run.perQuestionMs.slice(0, k);
  let hit = 0;
  let total = 0;
  for (let i = 0; i < k; i++) {
    const q = questions[i] as BenchQuestion;
    if (q.target === null) continue;
    total++;
    if (run.outcomes[i]?.top === q.target) hit++;
  }
  return {
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    top1: total === 0 ? Number.NaN : round(hit / total, 4),
  };
}

export interface EngineRun {
  readonly figures: Record<string, Figures>;
  readonly runs: Record<string, QueryRun>;
}

/** Builds the engine's index and measures everything; one entry per query mode of the engine. */
export async function measureEngine(
  engine: Engine,
  articles: readonly Article[],
  questions: readonly BenchQuestion[],
  warmup: readonly BenchQuestion[],
  options: MeasureOptions,
): Promise<EngineRun> {
  const log = options.log;
  await engine.prepare?.();
  const before = settledMemory();
  log(`  ${engine.label}: building`);
  const t0 = now();
  const built = await engine.build(articles);
  const buildMs = now() - t0;
  const after = settledMemory();
  log(`  ${engine.label}: built in ${(buildMs / 1000).toFixed(2)} s, RSS ${after.rssMb.toFixed(0)} MB`);

  const s0 = now();
  let snapshot: string | null = built.snapshot();
  const saveMs = now() - s0;
  const snapshotBytes = Buffer.byteLength(snapshot, 'utf8');

  const loads: number[] = [];
  const loadStart = now();
  while (
    loads.length < options.maxLoads &&
    (loads.length === 0 || now() - loadStart < options.budgetMs / 4)
  ) {
    collect();
    const l0 = now();
    let loaded: unknown = built.load(snapshot);
    loads.push(now() - l0);
    if (loaded === null) throw new Error('snapshot load returned nothing');
    loaded = null;
  }
  snapshot = null;
  collect();
  log(
    `  ${engine.label}: snapshot ${(snapshotBytes / 1e6).toFixed(1)} MB, load ${median(loads).toFixed(0)} ms`,
  );

  const index: IndexFigures = {
    buildMs: round(buildMs),
    rssMb: round(after.rssMb),
    heapMb: round(after.heapMb),
    rssBeforeMb: round(before.rssMb),
    heapBeforeMb: round(before.heapMb),
    snapshotBytes,
    saveMs: round(saveMs),
    loadMs: round(median(loads)),
    loads: loads.length,
  };

  const figures: Record<string, Figures> = {};
  const runs: Record<string, QueryRun> = {};
  const modes = built.modes;
  for (const [i, mode] of modes.entries()) {
    const cap = options.questionCaps[mode.key] ?? questions.length;
    const asked = questions.slice(0, Math.min(cap, questions.length));
    log(`  ${mode.label}: ${asked.length} questions`);
    const run = await measureQueries(mode, asked, warmup, options);
    figures[mode.key] = { ...index, ...run.figures, ...(i > 0 ? { sameIndexAs: modes[0]?.key } : {}) };
    runs[mode.key] = run;
  }
  return { figures, runs };
}
