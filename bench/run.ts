/**
 * `npm run bench [-- --sizes 1000,10000]`: Newsdesk and stock MiniSearch on the same generated
 * corpora and questions, in one process and one run. Writes `bench/results.json` and `bench/chart.svg`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, GENERATOR_VERSION } from './corpus.ts';
import { loadDataset } from './dataset.ts';
import { type Engine, stockMiniSearch } from './engines.ts';
import {
  DEFAULT_MEASURE,
  type Figures,
  type MeasureOptions,
  measureEngine,
  prefixFigures,
  type QueryRun,
} from './measure.ts';
import { DEFAULT_QUESTION_COUNT, QUESTION_KINDS, type QuestionKind } from './questions.ts';
import {
  chartFor,
  type EngineKey,
  formatTable,
  type Results,
  ratios,
  type SameQuestions,
  type SizeEntry,
} from './report.ts';
import { measureSeedCorpus, type SeedFigures } from './seed-corpus.ts';
import { collect, hasGc, memory, settledMemory } from './stats.ts';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const STOCK_CAP_100K = 200;
const STOCK_CAP_1M = 50;

/** How many questions stock MiniSearch is asked by default at a size (all of them below 100,000). */
function defaultStockCap(size: number): number {
  if (size >= 1_000_000) return STOCK_CAP_1M;
  if (size >= 100_000) return STOCK_CAP_100K;
  return Number.POSITIVE_INFINITY;
}
const ONE_MILLION = 1_000_000;
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const CHART = fileURLToPath(new URL('./chart.svg', import.meta.url));

const USAGE = `Usage: npm run bench -- [options]

  --sizes 1000,10000   corpus sizes in paragraphs (default 1000,10000,100000)
  --1m                 also run 1,000,000 paragraphs (needs several GB and a long time)
  --questions N        questions per size (default ${DEFAULT_QUESTION_COUNT})
  --passes N           timed passes per engine (default: as many as fit the budget, 1 to ${DEFAULT_MEASURE.maxPasses})
  --budget S           seconds of timed passes per engine and size (default ${DEFAULT_MEASURE.budgetMs / 1000})
  --stock-questions N  ask stock MiniSearch only the first N questions of each size, or "all"
                       (default: all up to 10,000 paragraphs, ${STOCK_CAP_100K} at 100,000, ${STOCK_CAP_1M} at 1,000,000:
                       stock search() needs up to seconds per natural question there)
  --engines a,b        minisearch, newsdesk (default both, measured in this order)
  --seed N             corpus and question seed (default ${DEFAULT_SEED})
  --no-seed-corpus     skip the latency figure over the corpus/ folder
  --no-write           print only; do not write bench/results.json and bench/chart.svg
  --chart-only         redraw bench/chart.svg (and print the table) from bench/results.json
`;

interface Args {
  sizes: number[];
  questions: number;
  passes: number | null;
  budgetMs: number;
  /** null: the default per size. */
  stockQuestions: number | null;
  engines: string[];
  seed: number;
  seedCorpus: boolean;
  write: boolean;
  chartOnly: boolean;
}

function positiveInt(name: string, value: string): number {
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} wants a positive integer, got ${value}`);
  return n;
}

function parse(argv: string[]): Args | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      '1m': { type: 'boolean' },
      questions: { type: 'string' },
      passes: { type: 'string' },
      budget: { type: 'string' },
      'stock-questions': { type: 'string' },
      engines: { type: 'string' },
      seed: { type: 'string' },
      'no-seed-corpus': { type: 'boolean' },
      'no-write': { type: 'boolean' },
      'chart-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return null;
  const sizes = values.sizes
    ? values.sizes
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => positiveInt('sizes', s))
    : [...DEFAULT_SIZES];
  if (values['1m'] && !sizes.includes(ONE_MILLION)) sizes.push(ONE_MILLION);
  const engines = (values.engines ?? 'minisearch,newsdesk').split(',').map((e) => e.trim());
  for (const e of engines)
    if (e !== 'newsdesk' && e !== 'minisearch') throw new Error(`unknown engine: ${e}`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    questions: values.questions ? positiveInt('questions', values.questions) : DEFAULT_QUESTION_COUNT,
    passes: values.passes ? positiveInt('passes', values.passes) : null,
    budgetMs: values.budget ? positiveInt('budget', values.budget) * 1000 : DEFAULT_MEASURE.budgetMs,
    stockQuestions:
      values['stock-questions'] === undefined
        ? null
        : values['stock-questions'] === 'all'
          ? Number.POSITIVE_INFINITY
          : positiveInt('stock-questions', values['stock-questions']),
    engines,
    seed: values.seed ? positiveInt('seed', values.seed) : DEFAULT_SEED,
    seedCorpus: !values['no-seed-corpus'],
    write: !values['no-write'],
    chartOnly: values['chart-only'] === true,
  };
}

/** Memory figures need `gc()`: re-run this script under `--expose-gc` when it is missing. */
function respawnWithGc(args: Args): never {
  if (process.env.NEWSDESK_BENCH_CHILD === '1') {
    throw new Error('gc() is still unavailable under --expose-gc');
  }
  const extra = ['--expose-gc'];
  if (args.sizes.some((s) => s > 100_000)) extra.push('--max-old-space-size=16384');
  const script = process.argv[1] as string;
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, ...extra, script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, NEWSDESK_BENCH_CHILD: '1' },
    },
  );
  process.exit(child.status ?? 1);
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function loadEngines(names: readonly string[], errors: Map<string, string>): Promise<Engine[]> {
  const engines: Engine[] = [];
  for (const name of names) {
    if (name === 'minisearch') engines.push(stockMiniSearch);
    else {
      try {
        const { createNewsdeskEngine } = await import('./newsdesk-adapter.ts');
        engines.push(createNewsdeskEngine());
      } catch (error) {
        errors.set('newsdesk', (error as Error).message);
        log(`Newsdesk core could not be loaded: ${(error as Error).message}`);
      }
    }
  }
  return engines;
}

async function seedCorpus(): Promise<SeedFigures | null> {
  try {
    const { openNewsdesk } = await import('./newsdesk-adapter.ts');
    const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));
    return await measureSeedCorpus(() => openNewsdesk(corpusDir));
  } catch (error) {
    log(`seed corpus not measured: ${(error as Error).message}`);
    return null;
  }
}

function fmtMs(n: number): string {
  return n < 1 ? n.toFixed(3) : n.toFixed(2);
}

async function main(): Promise<void> {
  let args: Args | null;
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args === null) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.chartOnly) {
    const saved = JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
    process.stdout.write(`${formatTable(saved.sizes)}\n`);
    writeFileSync(CHART, chartFor(saved.sizes));
    process.stdout.write('\nWrote bench/chart.svg\n');
    return;
  }
  if (!hasGc()) respawnWithGc(args);

  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const cpu = cpus();
  log(
    `Newsdesk bench: sizes ${args.sizes.join(', ')}; ${args.questions} questions per size; ` +
      `${cpu.length} x ${cpu[0]?.model ?? 'cpu'}; Node ${process.version}`,
  );
  if (loadAtStart > cpu.length / 2) {
    log(
      `Warning: load average ${loadAtStart.toFixed(1)} on ${cpu.length} cores; other work will skew the times.`,
    );
  }
  const loadErrors = new Map<string, string>();
  const engines = await loadEngines(args.engines, loadErrors);

  let seed: SeedFigures | null = null;
  if (args.seedCorpus && engines.some((e) => e.key === 'newsdesk')) {
    log('\nSeed corpus (corpus/): opening and asking');
    seed = await seedCorpus();
    if (seed) {
      log(
        `  ${seed.articles} articles, ${seed.paragraphs} paragraphs, ${seed.questions} questions (${seed.questionsFrom}): ` +
          `answer p50 ${fmtMs(seed.p50Ms)} ms, p99 ${fmtMs(seed.p99Ms)} ms over ${seed.passes} warm passes`,
      );
    }
  }

  const entries: SizeEntry[] = [];
  for (const size of args.sizes) {
    log(`\n== ${size.toLocaleString('en-US')} paragraphs`);
    let dataset: Awaited<ReturnType<typeof loadDataset>> | null = await loadDataset(size, {
      seed: args.seed,
      questions: args.questions,
    });
    log(
      `  corpus ${dataset.header.digest}: ${dataset.articles.length} articles, ${dataset.questions.length} questions ` +
        `(${dataset.cached ? 'cached' : 'generated'} in ${(dataset.tookMs / 1000).toFixed(1)} s)`,
    );
    const baseline = settledMemory();
    const stockCap = args.stockQuestions ?? defaultStockCap(size);
    const options: MeasureOptions = {
      ...DEFAULT_MEASURE,
      passes: args.passes,
      budgetMs: args.budgetMs,
      questionCaps: { minisearch: stockCap, minisearchFuzzy: stockCap },
      log,
    };
    const figures: Record<string, Figures> = {};
    const runs: Record<string, QueryRun> = {};
    const errors: Record<string, string> = Object.fromEntries(loadErrors);
    for (const engine of engines) {
      try {
        const run = await measureEngine(engine, dataset.articles, dataset.questions, dataset.warmup, options);
        Object.assign(figures, run.figures);
        Object.assign(runs, run.runs);
      } catch (error) {
        errors[engine.key] = (error as Error).message;
        log(`  ${engine.label} failed: ${(error as Error).stack ?? error}`);
      }
      collect();
      log(`  released: RSS ${memory().rssMb.toFixed(0)} MB`);
    }
    const byKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0])) as Record<QuestionKind, number>;
    for (const q of dataset.questions) byKind[q.kind]++;
    const newsdesk = figures.newsdesk ?? null;
    const minisearch = figures.minisearch ?? null;
    const minisearchFuzzy = figures.minisearchFuzzy ?? null;
    const common = Math.min(...Object.values(runs).map((r) => r.outcomes.length));
    let sameQuestions: SameQuestions | null = null;
    if (Number.isFinite(common)) {
      const same: { questions: number } & Partial<Record<EngineKey, ReturnType<typeof prefixFigures>>> = {
        questions: common,
      };
      for (const key of ['newsdesk', 'minisearch', 'minisearchFuzzy'] as const) {
        const run = runs[key];
        if (run) same[key] = prefixFigures(dataset.questions, run, common);
      }
      sameQuestions = same;
    }
    const capped = sameQuestions !== null && sameQuestions.questions < dataset.questions.length;
    entries.push({
      paragraphs: size,
      articles: dataset.articles.length,
      corpusDigest: dataset.header.digest,
      questions: {
        total: dataset.questions.length,
        answerable: dataset.questions.filter((q) => q.target !== null).length,
        byKind,
      },
      baselineRssMb: Math.round(baseline.rssMb),
      newsdesk,
      minisearch,
      minisearchFuzzy,
      sameQuestions,
      ratios: {
        basis: capped
          ? `latency and top-1 on the same first ${sameQuestions?.questions} questions`
          : 'all questions',
        newsdeskVsMinisearch: ratios(
          newsdesk,
          minisearch,
          true,
          capped ? { newsdesk: sameQuestions?.newsdesk, stock: sameQuestions?.minisearch } : undefined,
        ),
        newsdeskVsMinisearchFuzzy: ratios(
          newsdesk,
          minisearchFuzzy,
          false,
          capped ? { newsdesk: sameQuestions?.newsdesk, stock: sameQuestions?.minisearchFuzzy } : undefined,
        ),
      },
      ...(Object.keys(errors).length > 0 ? { errors } : {}),
    });
    dataset = null;
    collect();
  }

  const results: Results = {
    meta: {
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
        ' ',
      ),
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: `${cpu.length} x ${cpu[0]?.model ?? 'unknown'}`,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      seed: args.seed,
      corpusGenerator: GENERATOR_VERSION,
      questionsPerSize: args.questions,
      timing:
        'per size and engine: build, then GC and memory, snapshot, load (median of up to 5), warm-up on separate ' +
        'questions, then timed passes over the questions (stock MiniSearch: the first N at large sizes, see ' +
        '"queries"); percentiles are per pass, reported as the median across passes',
      loadAverage: [Math.round(loadAtStart * 100) / 100, Math.round((loadavg()[0] ?? 0) * 100) / 100],
    },
    sizes: entries,
    seedCorpus: seed,
  };

  process.stdout.write(`\n${formatTable(entries)}\n`);
  if (seed) {
    process.stdout.write(
      `\nSeed corpus (corpus/, ${seed.paragraphs} paragraphs, ${seed.questions} questions): ` +
        `answer p50 ${fmtMs(seed.p50Ms)} ms, p95 ${fmtMs(seed.p95Ms)} ms, p99 ${fmtMs(seed.p99Ms)} ms ` +
        `(median of ${seed.passes} warm passes)\n`,
    );
  }
  if (args.write) {
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(CHART, chartFor(entries));
    process.stdout.write('\nWrote bench/results.json and bench/chart.svg\n');
  }
  log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
