/** Answer latency over the real `corpus/` folder, through the engine as the bot opens it. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, percentile, round } from './stats.ts';

/** Used when the project's dev question set is not there. */
export const FALLBACK_SEED_QUESTIONS: readonly string[] = [
  'who denied sending fighters',
  'how many fighters did armenia claim turkey sent from syria',
  'why does the south caucasus matter for oil and gas',
  'who was lavrov in talks with',
  'where in syria are the fighters coming from',
  'when did the fighting start',
  'how many turkish oficers does pashinyan say are fighting for azerbaijan',
  'karabakh previous flare ups',
  'what is the capital of France',
  'weather in baku tomorrow',
];

const DEV_SET = fileURLToPath(new URL('../tests/quality/dev.json', import.meta.url));

/** The questions of the project's dev set (`tests/quality/dev.json`), or the fallback list. */
export function seedQuestions(): { questions: string[]; from: string } {
  if (existsSync(DEV_SET)) {
    try {
      const items = JSON.parse(readFileSync(DEV_SET, 'utf8')) as { question?: unknown }[];
      const questions = items.map((i) => i.question).filter((q): q is string => typeof q === 'string');
      if (questions.length > 0) return { questions, from: 'tests/quality/dev.json' };
    } catch {
      // fall through
    }
  }
  return { questions: [...FALLBACK_SEED_QUESTIONS], from: 'built-in list' };
}

export interface SeedFigures {
  readonly articles: number;
  readonly paragraphs: number;
  readonly questions: number;
  readonly questionsFrom: string;
  readonly openMs: number;
  /** Timed passes over all questions; the percentiles are medians across passes. */
  readonly passes: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
}

export interface SeedEngine {
  ask(question: string): unknown;
  readonly articles: readonly unknown[];
  readonly paragraphCount: number;
}

export async function measureSeedCorpus(
  open: () => Promise<SeedEngine>,
  options: { warmupPasses?: number; maxPasses?: number; budgetMs?: number } = {},
): Promise<SeedFigures> {
  const { questions, from } = seedQuestions();
  const t0 = performance.now();
  const engine = await open();
  const openMs = performance.now() - t0;
  const warmup = options.warmupPasses ?? 20;
  const maxPasses = options.maxPasses ?? 200;
  const budgetMs = options.budgetMs ?? 5_000;
  for (let i = 0; i < warmup; i++) for (const q of questions) engine.ask(q);
  const passes: { p50: number; p95: number; p99: number }[] = [];
  const start = performance.now();
  while (passes.length < maxPasses && (passes.length < 5 || performance.now() - start < budgetMs)) {
    const times: number[] = [];
    for (const q of questions) {
      const a = performance.now();
      engine.ask(q);
      times.push(performance.now() - a);
    }
    passes.push({ p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) });
  }
  return {
    articles: engine.articles.length,
    paragraphs: engine.paragraphCount,
    questions: questions.length,
    questionsFrom: from,
    openMs: round(openMs),
    passes: passes.length,
    p50Ms: round(median(passes.map((p) => p.p50))),
    p95Ms: round(median(passes.map((p) => p.p95))),
    p99Ms: round(median(passes.map((p) => p.p99))),
  };
}
