import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
afterEach(async () => {
  await stop?.();
  stop = undefined;
  await rm(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchCorpus', () => {
  it('reloads once, debounced, after files change, and ignores the trash and temporary files', async () => {
    const engine = await Newsdesk.open({ corpusDir, indexDir: join(root, '.newsdesk') });
    const reports: ReloadReport[] = [];
    let reloaded: () => void = () => undefined;
    stop = await watchCorpus(engine, {
      debounceMs: 100,
      onReload: (report) => {
        reports.push(report);
        reloaded();
      },
    });
    const next = () => new Promise<void>((resolve) => (reloaded = resolve));

    let done = next();
    await writeFile(join(corpusDir, 'b.txt'), 'Beta\n\nThe beta article mentions owls.\n');
    await writeFile(join(corpusDir, 'c.txt'), 'Gamma\n\nThe gamma article mentions herons.\n');
    await done;
    expect(reports).toHaveLength(1);
    expect(reports[0]?.added).toEqual(['b.txt', 'c.txt']);
    expect(engine.ask('owls').citations[0]?.file).toBe('b.txt');
    expect(engine.status().lastReload.by).toBeNull();

    await mkdir(join(corpusDir, TRASH_DIR), { recursive: true });
    await writeFile(join(corpusDir, TRASH_DIR, 'x.txt'), 'X\n\nTrashed text.\n');
    await writeFile(join(corpusDir, `${TEMP_PREFIX}1-abc`), 'half');
    await sleep(400);
    expect(reports).toHaveLength(1);

    done = next();
    await rm(join(corpusDir, 'a.txt'));
    await done;
    expect(reports[1]?.removed).toEqual(['a.txt']);
    expect(engine.ask('zebras').answered).toBe(false);
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
