import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusFolder } from '../../src/core/corpus-folder.ts';
import { type FileEntry, scanCorpus, textHashOf } from '../../src/core/scan.ts';

let dir: string;
const past = new Date(Date.now() - 60_000);
const byName = (entries: readonly FileEntry[]) => new Map(entries.map((e) => [e.file, e]));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-scan-'));
  await writeFile(join(dir, 'a.txt'), 'Alpha\n\nThe alpha article mentions zebras.\n');
  await utimes(join(dir, 'a.txt'), past, past);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('scanCorpus', () => {
  it('takes a file whose size and time are unchanged as it was, without reading it', async () => {
    const first = await scanCorpus(new CorpusFolder(dir), new Map());
    expect(first.read).toBe(1);
    expect(first.entries[0]).toMatchObject({ file: 'a.txt', racy: false, article: { title: 'Alpha' } });
    // Same size, same time, other bytes: only a hash would tell, and the fast path does not hash.
    await writeFile(join(dir, 'a.txt'), 'Alpha\n\nThe alpha article mentions snakes.\n');
    await utimes(join(dir, 'a.txt'), past, past);
    const second = await scanCorpus(new CorpusFolder(dir), byName(first.entries));
    expect(second.read).toBe(0);
    expect(second.entries[0]).toBe(first.entries[0]);
  });

  it('rereads a file whose time changed, and keeps its article when the bytes are the same', async () => {
    const first = await scanCorpus(new CorpusFolder(dir), new Map());
    await utimes(join(dir, 'a.txt'), new Date(past.getTime() + 1000), new Date(past.getTime() + 1000));
    const touched = await scanCorpus(new CorpusFolder(dir), byName(first.entries));
    expect(touched.read).toBe(1);
    expect(touched.entries[0]?.article).toBe(first.entries[0]?.article);
    await writeFile(join(dir, 'a.txt'), 'Alpha\n\nThe alpha article mentions snakes now.\n');
    const changed = await scanCorpus(new CorpusFolder(dir), byName(touched.entries));
    expect(changed.entries[0]?.article?.paragraphs[0]?.text).toBe('The alpha article mentions snakes now.');
  });

  it('confirms a file modified just before it was seen by its hash at the next scan', async () => {
    await writeFile(join(dir, 'b.txt'), 'Beta\n\nThe beta article mentions owls.\n');
    const first = await scanCorpus(new CorpusFolder(dir), new Map());
    expect(first.entries.map((e) => [e.file, e.racy])).toEqual([
      ['a.txt', false],
      ['b.txt', true],
    ]);
    const second = await scanCorpus(new CorpusFolder(dir), byName(first.entries));
    expect(second.read).toBe(1);
    expect(second.entries[1]?.article).toBe(first.entries[1]?.article);
  });

  it('hashes article text without regard to case and spacing', async () => {
    const { entries } = await scanCorpus(new CorpusFolder(dir), new Map());
    await writeFile(join(dir, 'c.md'), '# Other title\n\nThe ALPHA article   mentions zebras.\n');
    const { entries: withCopy } = await scanCorpus(new CorpusFolder(dir), byName(entries));
    const [a, c] = withCopy;
    expect(a?.textHash).toBe(textHashOf(c?.article ?? ({ paragraphs: [] } as never)));
    expect(a?.textHash).toBe(c?.textHash);
  });
});
