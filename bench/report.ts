/** The shape of `bench/results.json`, the terminal table and the chart built from it. */
import { fmt, type Panel, renderChart, type Series } from './chart.ts';
import type { Figures, PrefixFigures } from './measure.ts';
import type { QuestionKind } from './questions.ts';
import type { SeedFigures } from './seed-corpus.ts';
import { round } from './stats.ts';

/** Newsdesk's figure divided by the stock figure: 0.25 means a quarter of stock MiniSearch's. */
export interface Ratios {
  readonly buildMs?: number;
  readonly rssMb?: number;
  readonly snapshotBytes?: number;
  readonly loadMs?: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** Newsdesk's top-1 minus the stock one, in percentage points, on the same questions. */
  readonly top1Points: number;
}

export type EngineKey = 'newsdesk' | 'minisearch' | 'minisearchFuzzy';

/** Figures of every engine over the same first N questions (N = the fewest any engine was asked). */
export type SameQuestions = { readonly questions: number } & Partial<Record<EngineKey, PrefixFigures>>;

export interface SizeEntry {
  readonly paragraphs: number;
  readonly articles: number;
  readonly corpusDigest: string;
  readonly questions: {
    readonly total: number;
    readonly answerable: number;
    readonly byKind: Readonly<Record<QuestionKind, number>>;
  };
  /** RSS with the corpus and questions loaded, before any index is built. */
  readonly baselineRssMb: number;
  readonly newsdesk: Figures | null;
  readonly minisearch: Figures | null;
  readonly minisearchFuzzy: Figures | null;
  readonly sameQuestions: SameQuestions | null;
  readonly ratios: {
    /** Which questions the latency ratios and top-1 differences were computed on. */
    readonly basis: string;
    readonly newsdeskVsMinisearch: Ratios | null;
    readonly newsdeskVsMinisearchFuzzy: Ratios | null;
  };
  readonly errors?: Readonly<Record<string, string>>;
}

export interface Results {
  readonly meta: {
    readonly command: string;
    readonly date: string;
    readonly node: string;
    readonly platform: string;
    readonly cpus: string;
    readonly memoryGb: number;
    readonly seed: number;
    readonly corpusGenerator: number;
    readonly questionsPerSize: number;
    readonly timing: string;
    /** One-minute load average at the start and the end of the run (other work on the machine skews times). */
    readonly loadAverage: readonly [number, number];
  };
  readonly sizes: readonly SizeEntry[];
  readonly seedCorpus: SeedFigures | null;
}

/**
 * Newsdesk against a stock configuration. Latency and top-1 come from `same` (the same questions for
 * both) when given, else from the full figures (then both engines were asked every question).
 */
export function ratios(
  newsdesk: Figures | null,
  stock: Figures | null,
  withIndex: boolean,
  same?: { readonly newsdesk?: PrefixFigures; readonly stock?: PrefixFigures },
): Ratios | null {
  if (newsdesk === null || stock === null) return null;
  const r = (a: number, b: number) => (b > 0 ? round(a / b, 3) : Number.NaN);
  const a = same?.newsdesk ?? newsdesk;
  const b = same?.stock ?? stock;
  const latency = {
    p50Ms: r(a.p50Ms, b.p50Ms),
    p95Ms: r(a.p95Ms, b.p95Ms),
    p99Ms: r(a.p99Ms, b.p99Ms),
    top1Points: round((a.top1 - b.top1) * 100, 3),
  };
  if (!withIndex) return latency;
  return {
    buildMs: r(newsdesk.buildMs, stock.buildMs),
    rssMb: r(newsdesk.rssMb, stock.rssMb),
    snapshotBytes: r(newsdesk.snapshotBytes, stock.snapshotBytes),
    loadMs: r(newsdesk.loadMs, stock.loadMs),
    ...latency,
  };
}

const ENGINES = [
  ['newsdesk', 'Newsdesk answerQuestion'],
  ['minisearch', 'MiniSearch search()'],
  ['minisearchFuzzy', 'MiniSearch prefix+fuzzy'],
] as const;

function ms(n: number): string {
  if (!Number.isFinite(n)) return '-';
  if (n >= 1000) return `${(n / 1000).toFixed(1)} s`;
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

function withUnit(n: number): string {
  const text = ms(n);
  return text.endsWith(' s') || text === '-' ? text : `${text} ms`;
}

function pct(n: number | undefined): string {
  return n === undefined || !Number.isFinite(n) ? '-' : `${(n * 100).toFixed(1)}%`;
}

function times(n: number | undefined): string {
  return n === undefined || !Number.isFinite(n) ? '-' : `${n < 0.1 ? n.toFixed(3) : n.toFixed(2)}x`;
}

function points(n: number | undefined): string {
  return n === undefined || !Number.isFinite(n) ? '-' : `${n >= 0 ? '+' : ''}${n.toFixed(1)} pts`;
}

function table(rows: readonly (readonly string[])[], rightAlign: (col: number) => boolean): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => (rightAlign(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The terminal table: one row per engine and size, then the ratios measured side by side. */
export function formatTable(sizes: readonly SizeEntry[]): string {
  const rows: string[][] = [
    [
      'paragraphs',
      'engine',
      'questions',
      'build',
      'RSS MB',
      'heap MB',
      'snapshot MB',
      'load ms',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'top-1',
      'typo top-1',
      'no-answer declined',
      'passes',
    ],
  ];
  for (const entry of sizes) {
    ENGINES.forEach(([key, label], i) => {
      const f = entry[key];
      const size = i === 0 ? entry.paragraphs.toLocaleString('en-US') : '';
      if (f === null) {
        rows.push([size, label, '', entry.errors?.[key] ? `failed: ${entry.errors[key]}` : 'not measured']);
        return;
      }
      const shared = f.sameIndexAs !== undefined;
      rows.push([
        size,
        label,
        String(f.queries),
        shared ? '"' : `${(f.buildMs / 1000).toFixed(2)} s`,
        shared ? '"' : f.rssMb.toFixed(0),
        shared ? '"' : f.heapMb.toFixed(0),
        shared ? '"' : (f.snapshotBytes / 1e6).toFixed(1),
        shared ? '"' : ms(f.loadMs),
        ms(f.p50Ms),
        ms(f.p95Ms),
        ms(f.p99Ms),
        pct(f.top1),
        pct(f.top1ByKind.typo),
        pct(f.noAnswerDeclined),
        String(f.passes),
      ]);
    });
  }
  const body = table(rows, (c) => c >= 2 && rows.length > 0);
  const lines = [
    body,
    '',
    'Newsdesk / stock, same run (below 1: Newsdesk smaller or faster; top-1 in points, Newsdesk minus stock):',
  ];
  const label = (k: EngineKey) =>
    k === 'newsdesk' ? 'Newsdesk' : k === 'minisearch' ? 'search()' : 'prefix+fuzzy';
  for (const e of sizes) {
    const a = e.ratios.newsdeskVsMinisearch;
    const b = e.ratios.newsdeskVsMinisearchFuzzy;
    const size = e.paragraphs.toLocaleString('en-US').padStart(9);
    if (a === null) continue;
    lines.push(
      `  ${size} (${e.ratios.basis}): p99 ${times(a.p99Ms)} of search(), ${times(b?.p99Ms)} of prefix+fuzzy; ` +
        `p50 ${times(a.p50Ms)}, ${times(b?.p50Ms)}; top-1 ${points(a.top1Points)}, ${points(b?.top1Points)}; ` +
        `build ${times(a.buildMs)}; RSS ${times(a.rssMb)}; snapshot ${times(a.snapshotBytes)}; load ${times(a.loadMs)}`,
    );
    const same = e.sameQuestions;
    if (same !== null && same.questions < e.questions.total) {
      const parts = (['newsdesk', 'minisearch', 'minisearchFuzzy'] as const).flatMap((k) => {
        const f = same[k];
        return f
          ? [`${label(k)} p50 ${withUnit(f.p50Ms)}, p99 ${withUnit(f.p99Ms)}, top-1 ${pct(f.top1)}`]
          : [];
      });
      lines.push(`  ${''.padStart(9)}  on those ${same.questions} questions: ${parts.join('; ')}`);
    }
  }
  lines.push(
    '"  = same index as the row above (one MiniSearch index, two search options). Top-1 is over the',
    '     answerable questions; typo top-1 over the misspelt ones; latencies are medians across passes.',
  );
  return lines.join('\n');
}

const COLORS = { newsdesk: '#d9480f', minisearch: '#1c7ed6', minisearchFuzzy: '#1c7ed6' } as const;

export function chartFor(sizes: readonly SizeEntry[]): string {
  const series = (
    key: 'newsdesk' | 'minisearch' | 'minisearchFuzzy',
    label: string,
    pick: (f: Figures) => number,
  ) =>
    ({
      label,
      color: COLORS[key],
      dashed: key === 'minisearchFuzzy',
      points: sizes.flatMap((e) => {
        const f = e[key];
        return f === null ? [] : [[e.paragraphs, pick(f)] as const];
      }),
    }) satisfies Series;
  const latency: Panel = {
    title: 'p99 latency per question',
    unit: 'latency',
    logY: true,
    format: (v) => (v >= 1000 ? `${Number((v / 1000).toPrecision(3))} s` : `${Number(v.toPrecision(3))} ms`),
    reference: { value: 20, label: 'target 20 ms' },
    series: [
      series('newsdesk', 'Newsdesk (full answer)', (f) => f.p99Ms),
      series('minisearch', 'MiniSearch search()', (f) => f.p99Ms),
      series('minisearchFuzzy', 'MiniSearch prefix + fuzzy 0.2', (f) => f.p99Ms),
    ],
  };
  const rss: Panel = {
    title: 'RSS after index build',
    unit: 'process RSS',
    logY: false,
    format: (v) => `${Math.round(v)} MB`,
    reference: { value: 600, label: 'target 600 MB' },
    series: [
      series('newsdesk', 'Newsdesk (full answer)', (f) => f.rssMb),
      series('minisearch', 'MiniSearch search()', (f) => f.rssMb),
    ],
  };
  const capped = sizes
    .filter((e) => e.minisearch !== null && e.minisearch.queries < e.questions.total)
    .map((e) => `${fmt(e.paragraphs)}: ${e.minisearch?.queries}`);
  const note =
    capped.length > 0 ? `stock questions asked: ${capped.join(', ')} (of ${sizes[0]?.questions.total})` : '';
  return renderChart(
    'Newsdesk vs stock MiniSearch on Brown corpus paragraphs',
    [latency, rss],
    sizes.map((e) => e.paragraphs),
    note,
  );
}
