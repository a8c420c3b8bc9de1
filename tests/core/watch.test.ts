import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Newsdesk, type ReloadReport } from '../../src/core/engine.ts';
import { TEMP_PREFIX, TRASH_DIR } from '../../src/core/library.ts';
import { watchCorpus } from '../../src/core/watch.ts';

let root: string;
let corpusDir: string;
let stop: (() => Promise<void>) | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsdesk-watch-'));
  corpusDir = join(root, 'corpus');
  await mkdir(corpusDir);
  await writeFile(join(corpusDir, 'a.txt'), 'Alpha\n\nThe alpha article mentions zebras.\n');
});
let flushBeforeCleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  await flushBeforeCleanup?.();
  stop = undefined;
  flushBeforeCleanup = undefined;
  await rm(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for the watcher');
    await sleep(20);
  }
}

describe('watchCorpus', () => {
  it('reloads, debounced, after files change, and ignores the trash and temporary files', async () => {
    const engine = await Newsdesk.open({ corpusDir, indexDir: join(root, '.newsdesk') });
    flushBeforeCleanup = () => engine.flush();
    const reports: ReloadReport[] = [];
    stop = await watchCorpus(engine, { debounceMs: 100, onReload: (report) => reports.push(report) });

    await writeFile(join(corpusDir, 'b.txt'), 'Beta\n\nThe beta article mentions owls.\n');
    await writeFile(join(corpusDir, 'c.txt'), 'Gamma\n\nThe gamma article mentions herons.\n');
    await waitFor(() => reports.flatMap((r) => r.added).length === 2);
    // Two writes a moment apart make one reload (two only if the machine stalls between them).
    expect(reports.length).toBeLessThanOrEqual(2);
    expect(reports.flatMap((r) => r.added)).toEqual(['b.txt', 'c.txt']);
    expect(engine.ask('owls').citations[0]?.file).toBe('b.txt');
    expect(engine.status().lastReload.by).toBeNull();

    const before = reports.length;
    await mkdir(join(corpusDir, TRASH_DIR), { recursive: true });
    await writeFile(join(corpusDir, TRASH_DIR, 'x.txt'), 'X\n\nTrashed text.\n');
    await writeFile(join(corpusDir, `${TEMP_PREFIX}1-abc`), 'half');
    await sleep(400);
    expect(reports.length).toBe(before);

    await rm(join(corpusDir, 'a.txt'));
    await waitFor(() => reports.length > before);
    expect(reports.at(-1)?.removed).toEqual(['a.txt']);
    expect(engine.ask('zebras').answered).toBe(false);
  });

  it('does not follow a link to a folder outside the corpus folder', async () => {
    const outside = join(root, 'outside');
    await mkdir(outside);
    await symlink(outside, join(corpusDir, 'elsewhere'));
    const engine = await Newsdesk.open({ corpusDir });
    const reports: ReloadReport[] = [];
    stop = await watchCorpus(engine, { debounceMs: 50, onReload: (report) => reports.push(report) });
    await writeFile(join(outside, 'secret.txt'), 'Secret\n\nThe vault combination is in the cellar.\n');
    await sleep(400);
    expect(reports).toEqual([]);
    await writeFile(join(corpusDir, 'b.txt'), 'Beta\n\nThe beta article mentions owls.\n');
    await waitFor(() => reports.length > 0);
    expect(reports.flatMap((r) => r.added)).toEqual(['b.txt']);
    expect(engine.report.skipped).toEqual([{ file: 'elsewhere', reason: 'links outside the corpus folder' }]);
  });

  it('stops when closed', async () => {
    const engine = await Newsdesk.open({ corpusDir });
    let reloads = 0;
    const close = await watchCorpus(engine, { debounceMs: 50, onReload: () => reloads++ });
    await close();
    await writeFile(join(corpusDir, 'b.txt'), 'Beta\n\nThe beta article mentions owls.\n');
    await sleep(300);
    expect(reloads).toBe(0);
    expect(engine.ask('owls').answered).toBe(false);
  });
});
