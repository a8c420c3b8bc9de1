import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeArticles, encodeArticles } from '../../src/core/articles-file.ts';
import { type EngineOptions, Newsdesk } from '../../src/core/engine.ts';
import { answerToJson } from '../../src/core/json.ts';
import { INDEX_FORMAT } from '../../src/core/search-index.ts';
import { defaultIndexDir, MANIFEST_FILE, type Manifest, SNAPSHOT_LAYOUT } from '../../src/core/snapshot.ts';

const ana = { id: '100000000000000001', name: 'ana' };
let root: string;
let corpusDir: string;
let indexDir: string;
let options: EngineOptions;

// Old enough that size and time alone prove a file unchanged (see RACY_WINDOW_MS).
const aged = async (file: string) => {
  const past = new Date(Date.now() - 60_000);
  await utimes(file, past, past);
};

async function writeArticle(name: string, text: string): Promise<void> {
  await writeFile(join(corpusDir, name), text);
  await aged(join(corpusDir, name));
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsdesk-snapshot-'));
  corpusDir = join(root, 'corpus');
  indexDir = join(root, '.newsdesk');
  options = { corpusDir, indexDir };
  await mkdir(corpusDir);
  await writeArticle('a.txt', 'Alpha headline\n\nThe alpha article mentions zebras crossing the river.\n');
  await writeArticle('b.md', '# Beta headline\n\nThe beta article mentions giraffes eating leaves.\n');
  await writeArticle('empty.txt', '');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Opens, waits for the snapshot to be saved, and returns the engine. */
async function openAndSave(opts: EngineOptions = options): Promise<Newsdesk> {
  const engine = await Newsdesk.open(opts);
  await engine.flush();
  return engine;
}

const manifestPath = () => join(indexDir, MANIFEST_FILE);
const readManifest = async () => JSON.parse(await readFile(manifestPath(), 'utf8')) as Manifest;
const questions = ['zebras', 'What are the giraffes eating?', 'penguins'];
const answers = (engine: Newsdesk) => questions.map((q) => answerToJson(engine.ask(q)));

describe('defaultIndexDir', () => {
  it('is .newsdesk beside the corpus folder', () => {
    expect(defaultIndexDir('/srv/news/corpus')).toBe('/srv/news/.newsdesk');
  });
});

describe('the index snapshot', () => {
  it('is written with a manifest of every file, then loaded while the files are unchanged', async () => {
    const first = await openAndSave();
    expect(first.status().snapshot).toMatchObject({
      indexDir,
      startup: { state: 'rebuilt', reason: 'no snapshot yet' },
      lastSave: { ok: true, bytes: expect.any(Number) },
    });
    const manifest = await readManifest();
    expect(manifest).toMatchObject({ layout: SNAPSHOT_LAYOUT, format: INDEX_FORMAT, corpusDir });
    expect(
      manifest.files.map(({ file, size, sha256, parsed, skipped }) => ({
        file,
        size,
        sha256,
        parsed,
        skipped,
      })),
    ).toEqual([
      {
        file: 'a.txt',
        size: 70,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        parsed: { title: 'Alpha headline', paragraphs: 1, textHash: expect.any(String) },
        skipped: undefined,
      },
      {
        file: 'b.md',
        size: 67,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        parsed: { title: 'Beta headline', paragraphs: 1, textHash: expect.any(String) },
        skipped: undefined,
      },
      {
        file: 'empty.txt',
        size: 0,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        parsed: undefined,
        skipped: 'empty file',
      },
    ]);

    const second = await openAndSave();
    expect(second.status().snapshot).toMatchObject({ startup: { state: 'loaded' }, lastSave: null });
    expect(answers(second)).toEqual(answers(first));
    expect(second.status().skipped).toEqual(first.status().skipped);
    expect(second.articles).toEqual(first.articles);
  });

  it('is refreshed from the files that changed, were added or removed since it was saved', async () => {
    await openAndSave();
    await writeArticle('b.md', '# Beta headline\n\nThe beta article now mentions penguins swimming.\n');
    await writeArticle('c.txt', 'Gamma headline\n\nThe gamma article mentions owls hunting.\n');
    await rm(join(corpusDir, 'a.txt'));
    const engine = await openAndSave();
    expect(engine.status().snapshot.startup).toEqual({
      state: 'refreshed',
      reason:
        'files changed since the snapshot was saved: 1 added (c.txt), 1 changed (b.md), 1 removed (a.txt)',
      tookMs: expect.any(Number),
    });
    expect(engine.ask('penguins').citations[0]?.file).toBe('b.md');
    expect(engine.ask('giraffes').answered).toBe(false);
    expect(engine.ask('zebras').answered).toBe(false);
    // And the refreshed snapshot is the one loaded next time.
    expect((await openAndSave()).status().snapshot.startup.state).toBe('loaded');
  });

  it('is still loaded when a file was touched but not changed', async () => {
    await openAndSave();
    const now = new Date();
    await utimes(join(corpusDir, 'a.txt'), now, now);
    const engine = await openAndSave();
    expect(engine.status().snapshot.startup.state).toBe('loaded');
  });

  it('is saved after every change and reflects it at the next start', async () => {
    const engine = await openAndSave();
    await engine.addArticle({
      fileName: 'owls.txt',
      bytes: new TextEncoder().encode('Owls\n\nOwls hunted mice in the barn.\n'),
      actor: ana,
    });
    await engine.removeArticle('a.txt', ana);
    await engine.flush();
    expect((await readManifest()).files.map((f) => f.file)).toEqual(['b.md', 'empty.txt', 'owls.txt']);
    const next = await openAndSave();
    expect(next.status().snapshot.startup.state).toBe('loaded');
    expect(next.ask('owls').citations[0]?.file).toBe('owls.txt');
    expect(next.ask('zebras').answered).toBe(false);
    expect((await readdir(indexDir)).sort()).toEqual([
      expect.stringMatching(/^articles-/),
      'audit.jsonl',
      expect.stringMatching(/^index-/),
      'manifest.json',
    ]);
  });

  const broken = [
    {
      name: 'a manifest that is not JSON',
      damage: () => writeFile(manifestPath(), '{"layout": 1, "files": ['),
      reason: 'the snapshot manifest is not valid JSON',
    },
    {
      name: 'another format',
      damage: async () => writeFile(manifestPath(), JSON.stringify({ ...(await readManifest()), format: 0 })),
      reason: `the snapshot has format 0.${SNAPSHOT_LAYOUT}, expected ${INDEX_FORMAT}.${SNAPSHOT_LAYOUT}`,
    },
    {
      name: 'another fingerprint',
      damage: async () =>
        writeFile(manifestPath(), JSON.stringify({ ...(await readManifest()), fingerprint: 'x' })),
      reason: 'the snapshot was built by another version of Newsdesk or with other word lists',
    },
    {
      name: 'a malformed manifest',
      damage: async () =>
        writeFile(manifestPath(), JSON.stringify({ ...(await readManifest()), files: [{}] })),
      reason: 'the snapshot manifest is malformed',
    },
    {
      name: 'an index that is not JSON',
      damage: async () => writeFile(join(indexDir, (await readManifest()).indexFile), '{"format":1,'),
      reason: 'index snapshot is not valid JSON',
    },
    {
      name: 'an index of other articles',
      damage: async () => {
        const manifest = await readManifest();
        const articles = decodeArticles(await readFile(join(indexDir, manifest.articlesFile)));
        const files = manifest.files.filter((f) => f.file !== 'a.txt');
        await writeFile(
          join(indexDir, manifest.articlesFile),
          encodeArticles(articles.filter((a) => a.file !== 'a.txt')),
        );
        await writeFile(manifestPath(), JSON.stringify({ ...manifest, files }));
      },
      reason: 'index snapshot does not match the corpus',
    },
    {
      name: 'a missing articles file',
      damage: async () => rm(join(indexDir, (await readManifest()).articlesFile)),
      reason: 'a file of the snapshot is missing or unreadable (ENOENT)',
    },
    {
      name: 'articles that do not match the manifest',
      damage: async () => writeFile(join(indexDir, (await readManifest()).articlesFile), encodeArticles([])),
      reason: 'the snapshot articles do not match its manifest (a.txt)',
    },
    {
      name: 'an articles file of the old JSON layout',
      damage: async () => writeFile(join(indexDir, (await readManifest()).articlesFile), '{}'),
      reason: 'the snapshot articles have no header',
    },
    {
      name: 'an articles file cut short',
      damage: async () => {
        const path = join(indexDir, (await readManifest()).articlesFile);
        const bytes = await readFile(path);
        await writeFile(path, bytes.subarray(0, bytes.length - 5));
      },
      reason: 'the snapshot articles are cut short',
    },
  ] as const;
  for (const { name, damage, reason } of broken) {
    it(`is rebuilt, with the reason, from ${name}`, async () => {
      const first = await openAndSave();
      await damage();
      const engine = await openAndSave();
      expect(engine.status().snapshot.startup).toEqual({
        state: 'rebuilt',
        reason,
        tookMs: expect.any(Number),
      });
      expect(answers(engine)).toEqual(answers(first));
      expect((await openAndSave()).status().snapshot.startup.state).toBe('loaded');
    });
  }

  it('is rebuilt when the word lists or the size limit differ', async () => {
    await openAndSave();
    const synonymsFile = join(root, 'synonyms.txt');
    await writeFile(synonymsFile, 'zebra, quagga\n');
    const withSynonyms = await openAndSave({ ...options, synonymsFile });
    expect(withSynonyms.status().snapshot.startup).toMatchObject({
      state: 'rebuilt',
      reason: 'the snapshot was built by another version of Newsdesk or with other word lists',
    });
    const limited = await openAndSave({ ...options, synonymsFile, maxArticleBytes: 50 });
    expect(limited.status().snapshot.startup).toMatchObject({
      state: 'rebuilt',
      reason: 'the snapshot was built with another article size limit (1000000 bytes)',
    });
    expect(limited.status().skipped.map((s) => s.reason)).toContain('too large (70 bytes, limit 50)');
  });

  it('cannot be saved into a read-only or full disk, and the engine keeps serving and says so', async () => {
    await writeFile(indexDir, 'a file where the index folder should be');
    const engine = await openAndSave();
    const status = engine.status();
    expect(status.snapshot.startup).toMatchObject({
      state: 'rebuilt',
      reason: 'cannot read the snapshot (ENOTDIR)',
    });
    expect(status.snapshot.lastSave).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^cannot save the index snapshot in .*\.newsdesk \(.*EEXIST.*\); still answering from memory$/,
      ),
    });
    expect(status.audit.writeError).toBeNull();
    expect(engine.ask('zebras').answered).toBe(true);

    await engine.addArticle({
      fileName: 'owls.txt',
      bytes: new TextEncoder().encode('Owls\n\nOwls hunted mice in the barn.\n'),
      actor: ana,
    });
    await engine.reload(ana);
    await engine.flush();
    expect(engine.ask('owls').citations[0]?.file).toBe('owls.txt');
    expect(engine.status().audit.writeError).toMatch(/^cannot write the audit log .*audit\.jsonl: /);
    expect(engine.status().audit.recent.map((e) => e.action)).toEqual(['reload', 'add']);
  });
});
