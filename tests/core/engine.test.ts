import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/core/audit.ts';
import { Newsdesk } from '../../src/core/engine.ts';
import { NewsdeskError } from '../../src/core/errors.ts';
import { TEMP_PREFIX, TRASH_DIR } from '../../src/core/library.ts';

const ana = { id: '100000000000000001', name: 'ana' };
const ben = { id: '100000000000000002', name: 'ben' };
const encode = (text: string) => new TextEncoder().encode(text);
const article = (title: string, body: string) => encode(`${title}\n\n${body}\n`);

let root: string;
let corpusDir: string;
let indexDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsdesk-engine-'));
  corpusDir = join(root, 'corpus');
  indexDir = join(root, '.newsdesk');
  await mkdir(corpusDir);
  await writeFile(join(corpusDir, 'zebras.txt'), 'Zebra headline\n\nThe zebras crossed the river at dawn.\n');
});
const engines: Newsdesk[] = [];
afterEach(async () => {
  // A snapshot save may still be due: let it finish before the folder goes.
  await Promise.all(engines.splice(0).map((engine) => engine.flush()));
  await rm(root, { recursive: true, force: true });
});

const open = async () => {
  const engine = await Newsdesk.open({ corpusDir, indexDir });
  engines.push(engine);
  return engine;
};
const auditLines = async (): Promise<AuditEntry[]> =>
  (await readFile(join(indexDir, 'audit.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AuditEntry);

describe('addArticle', () => {
  it('writes the article, indexes it and says what it understood', async () => {
    const engine = await open();
    const added = await engine.addArticle({
      fileName: 'Giraffes.txt',
      bytes: article('Giraffe headline', 'Giraffes were seen eating acacia leaves near the lake.'),
      source: 'Valley Times',
      date: '2024-03-01',
      actor: ana,
    });
    expect(added).toEqual({
      file: 'giraffes.txt',
      fromHtml: false,
      article: {
        id: 'giraffes',
        file: 'giraffes.txt',
        title: 'Giraffe headline',
        source: 'Valley Times',
        date: '2024-03-01',
        url: '',
        paragraphs: 1,
        firstLines: ['Giraffes were seen eating acacia leaves near the lake.'],
      },
      notes: ['The name "Giraffes.txt" was changed to giraffes.txt.'],
    });
    expect(engine.ask('What were the giraffes eating?').citations[0]?.file).toBe('giraffes.txt');
    expect((await readdir(corpusDir)).sort()).toEqual(['giraffes.txt', 'zebras.txt']);
  });

  const escapes = [
    { fileName: '../../x.txt', file: 'x.txt' },
    { fileName: '/etc/passwd.txt', file: 'passwd.txt' },
    { fileName: '..\\..\\x.md', file: 'x.md' },
    { fileName: 'con.txt', file: 'con-article.txt' },
    { fileName: 'news\u202Etxt.md', file: 'newstxt.md' },
    { fileName: '\uFF0E\uFF0E\uFF0Fx\uFF0Etxt', file: 'x.txt' },
    { fileName: '.txt', file: 'owl-headline.txt' },
  ] as const;
  for (const { fileName, file } of escapes) {
    it(`keeps ${JSON.stringify(fileName)} inside the corpus folder as ${file}`, async () => {
      const engine = await open();
      const added = await engine.addArticle({
        fileName,
        bytes: article('Owl headline', 'Owls hunted mice in the barn all night long.'),
        actor: ana,
      });
      expect(added.file).toBe(file);
      expect((await readdir(corpusDir)).sort()).toEqual([file, 'zebras.txt'].sort());
      expect((await readdir(root)).sort()).toEqual(['.newsdesk', 'corpus']);
    });
  }

  it('adds a news page as the text of its article', async () => {
    const engine = await open();
    const html = await readFile(new URL('./fixtures/news-page.html', import.meta.url));
    const added = await engine.addArticle({ fileName: 'ferry.html', bytes: html, actor: ana });
    expect(added).toMatchObject({
      file: 'ferry.txt',
      fromHtml: true,
      article: {
        title: 'Harbour ferry fares to rise in March',
        source: 'The Coast Herald',
        date: '2024-02-14',
        paragraphs: 6,
      },
      notes: ["Converted from HTML: 6 paragraphs of the article's text kept."],
    });
    const answer = engine.ask('How much will a single ferry ticket cost?');
    expect(answer.citations[0]).toMatchObject({ file: 'ferry.txt', paragraph: 1 });
    expect(engine.ask('QuickLend home loan').answered).toBe(false);
  });

  it('adds a number rather than replace a file of the same name', async () => {
    const engine = await open();
    const added = await engine.addArticle({
      fileName: 'zebras.txt',
      bytes: article('Other zebras', 'A different herd of zebras grazed on the plain.'),
      actor: ana,
    });
    expect(added.file).toBe('zebras-2.txt');
    expect(added.notes).toEqual(['zebras.txt exists already, so the article was saved as zebras-2.txt.']);
    expect(await readFile(join(corpusDir, 'zebras.txt'), 'utf8')).toContain('crossed the river');
  });

  it('refuses the text of an article already there, naming it', async () => {
    const engine = await open();
    const again = encode('Another title\n\nThe   ZEBRAS crossed the river at dawn.\n');
    await expect(engine.addArticle({ fileName: 'copy.md', bytes: again, actor: ana })).rejects.toThrow(
      new NewsdeskError(
        'duplicate',
        'cannot add "copy.md": same text as zebras.txt, which is already in the corpus',
      ),
    );
    expect(await readdir(corpusDir)).toEqual(['zebras.txt']);
  });

  it('lands two adds at the same moment, and one of two identical ones', async () => {
    const engine = await open();
    const results = await Promise.allSettled([
      engine.addArticle({
        fileName: 'story.txt',
        bytes: article('Story one', 'Penguins swam in the bay.'),
        actor: ana,
      }),
      engine.addArticle({
        fileName: 'story.txt',
        bytes: article('Story two', 'Seals slept on the rocks.'),
        actor: ben,
      }),
      engine.reload(ana),
      engine.addArticle({
        fileName: 'same.txt',
        bytes: article('Same', 'Herons stood in the reeds.'),
        actor: ana,
      }),
      engine.addArticle({
        fileName: 'same.txt',
        bytes: article('Same', 'Herons stood in the reeds.'),
        actor: ben,
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    expect(engine.articles.map((a) => a.file)).toEqual([
      'same.txt',
      'story-2.txt',
      'story.txt',
      'zebras.txt',
    ]);
    expect(engine.ask('penguins').citations[0]?.file).toBe('story.txt');
    expect(engine.ask('seals').citations[0]?.file).toBe('story-2.txt');
  });

  it('reports a folder it cannot write to and changes nothing', async () => {
    const engine = await open();
    await rm(corpusDir, { recursive: true });
    await expect(
      engine.addArticle({ fileName: 'a.txt', bytes: article('A', 'Cranes flew south.'), actor: ana }),
    ).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringMatching(/^cannot read the corpus folder/),
    });
    expect(engine.articles.map((a) => a.file)).toEqual(['zebras.txt']);
  });
});

describe('removeArticle and restoreArticle', () => {
  it('moves an article to the trash and back; answers follow', async () => {
    const engine = await open();
    expect(engine.ask('zebras').answered).toBe(true);
    const removed = await engine.removeArticle('zebras', ana);
    expect(removed).toMatchObject({ file: 'zebras.txt', article: { title: 'Zebra headline' } });
    expect(removed.trashName).toMatch(/^\d{8}T\d{9}Z--zebras\.txt$/);
    expect(engine.ask('zebras').answered).toBe(false);
    expect(engine.articles).toEqual([]);
    expect(await readdir(corpusDir)).toEqual([TRASH_DIR]);
    expect(await engine.trashedArticles()).toEqual([
      {
        trashName: removed.trashName,
        file: 'zebras.txt',
        removedAt: expect.any(Date),
        title: 'Zebra headline',
      },
    ]);

    const restored = await engine.restoreArticle('zebras.txt', ben);
    expect(restored).toMatchObject({
      file: 'zebras.txt',
      trashName: removed.trashName,
      article: { paragraphs: 1 },
    });
    expect(engine.ask('zebras').citations[0]?.file).toBe('zebras.txt');
    expect(await engine.trashedArticles()).toEqual([]);
  });

  it('keeps older trashed copies apart and restores the latest', async () => {
    const engine = await open();
    const first = await engine.removeArticle('zebras.txt', ana);
    await engine.addArticle({
      fileName: 'zebras.txt',
      bytes: article('Zebra headline', 'The zebras now graze by the road.'),
      actor: ana,
    });
    const second = await engine.removeArticle('zebras.txt', ana);
    expect(second.trashName).not.toBe(first.trashName);
    expect((await engine.trashedArticles()).map((t) => t.trashName)).toEqual([
      second.trashName,
      first.trashName,
    ]);
    await engine.restoreArticle('zebras', ana);
    expect(engine.ask('Where do the zebras graze?').citations[0]?.text).toBe(
      'The zebras now graze by the road.',
    );
    await expect(engine.restoreArticle('zebras.txt', ana)).rejects.toThrow(
      'cannot restore zebras.txt: a file with that name is in the corpus again',
    );
    await engine.removeArticle('zebras.txt', ana);
    await engine.restoreArticle(first.trashName, ana);
    expect(engine.ask('zebras').citations[0]?.text).toBe('The zebras crossed the river at dawn.');
  });

  it('says when there is nothing to remove or restore', async () => {
    const engine = await open();
    await expect(engine.removeArticle('lions', ana)).rejects.toThrow(
      new NewsdeskError('not-found', 'no article "lions" in the corpus'),
    );
    await expect(engine.restoreArticle('lions.txt', ana)).rejects.toThrow(
      new NewsdeskError('not-found', 'no article "lions.txt" in the trash'),
    );
  });

  it('catches up when the file was deleted by hand', async () => {
    const engine = await open();
    await rm(join(corpusDir, 'zebras.txt'));
    await expect(engine.removeArticle('zebras.txt', ana)).rejects.toThrow(
      new NewsdeskError('not-found', 'zebras.txt is no longer in the corpus folder'),
    );
    expect(engine.ask('zebras').answered).toBe(false);
  });

  it('refuses to restore a file whose article id or text is in the corpus again', async () => {
    const engine = await open();
    await engine.removeArticle('zebras.txt', ana);
    await writeFile(join(corpusDir, 'zebras.md'), 'Zebras\n\nSomething else about zebras entirely.\n');
    await engine.reload(ana);
    await expect(engine.restoreArticle('zebras.txt', ana)).rejects.toThrow(
      'cannot restore zebras.txt: another file has the article id zebras',
    );
    await rm(join(corpusDir, 'zebras.md'));
    await writeFile(join(corpusDir, 'copy.txt'), 'Copy\n\nThe zebras crossed the river at dawn.\n');
    await engine.reload(ana);
    await expect(engine.restoreArticle('zebras.txt', ana)).rejects.toMatchObject({
      code: 'duplicate',
      message: 'cannot restore zebras.txt: same text as copy.txt, which is in the corpus',
    });
  });

  it('loads the file that shared an article id with the one removed', async () => {
    await writeFile(join(corpusDir, 'zebras.md'), 'Zebras\n\nA markdown note on zebras and their stripes.\n');
    const engine = await open();
    expect(engine.status().skipped).toEqual([{ file: 'zebras.txt', reason: 'same article id as zebras.md' }]);
    await engine.removeArticle('zebras.md', ana);
    expect(engine.articles.map((a) => a.file)).toEqual(['zebras.txt']);
    expect(engine.status().skipped).toEqual([]);
  });
});

describe('start-up', () => {
  it('deletes temporary files a crash left and reports them', async () => {
    const leftover = `${TEMP_PREFIX}999999999-abcdef`;
    await writeFile(join(corpusDir, leftover), 'Half\n\nA half-written article.\n');
    const engine = await open();
    expect(engine.status().removedTempFiles).toEqual([leftover]);
    expect(await readdir(corpusDir)).toEqual(['zebras.txt']);
  });
});

describe('audit and status', () => {
  it('writes one line per change, refusals included, and summarises them', async () => {
    const engine = await open();
    await engine.addArticle({
      fileName: 'owls.txt',
      bytes: article('Owls', 'Owls hunted mice.'),
      actor: ana,
    });
    await engine
      .addArticle({ fileName: 'bad.pdf', bytes: encode('%PDF'), actor: ben })
      .catch(() => undefined);
    await engine.removeArticle('owls', ben);
    await engine.restoreArticle('owls', ana);
    await engine.reload(ben);
    await engine.reload(); // automatic, nothing changed: not a change
    await engine.flush();

    const lines = await auditLines();
    expect(lines.map(({ time: _, ...rest }) => rest)).toEqual([
      { moderator: ana, action: 'add', article: 'owls.txt', result: 'ok', detail: 'saved as owls.txt' },
      {
        moderator: ben,
        action: 'add',
        article: 'bad.pdf',
        result: 'error',
        error: 'cannot add "bad.pdf": not an article file (expected .txt, .md, .html, .htm)',
      },
      {
        moderator: ben,
        action: 'remove',
        article: 'owls.txt',
        result: 'ok',
        detail: expect.stringMatching(/^moved to \.trash\/\d{8}T\d{9}Z--owls\.txt$/),
      },
      {
        moderator: ana,
        action: 'restore',
        article: 'owls.txt',
        result: 'ok',
        detail: expect.stringMatching(/^from \.trash\//),
      },
      {
        moderator: ben,
        action: 'reload',
        article: '',
        result: 'ok',
        detail: '0 added, 0 changed, 0 removed',
      },
    ]);
    for (const line of lines) expect(new Date(line.time).getTime()).not.toBeNaN();

    const status = engine.status(3);
    expect(status.audit).toEqual({
      file: join(indexDir, 'audit.jsonl'),
      recent: lines.slice(-3).reverse(),
      counts: { add: 2, remove: 1, restore: 1, reload: 1 },
      failures: 1,
      writeError: null,
    });
    expect(status.lastReload).toMatchObject({ by: null, report: { unchanged: 2 } });
    expect(status).toMatchObject({ articles: 2, paragraphs: 2, skipped: [] });
  });

  it('records who reloaded, how long it took, and the skipped files', async () => {
    const engine = await open();
    await writeFile(join(corpusDir, 'empty.txt'), '');
    await writeFile(join(corpusDir, 'photo.png'), 'png');
    const report = await engine.reload(ana);
    expect(engine.status()).toMatchObject({
      articles: 1,
      skipped: [
        { file: 'photo.png', reason: 'not an article file (expected .txt or .md)' },
        { file: 'empty.txt', reason: 'empty file' },
      ],
      lastReload: { by: ana, tookMs: report.tookMs, at: expect.any(Date), report },
    });
  });

  it('records a failed reload and keeps answering', async () => {
    const engine = await open();
    await rm(corpusDir, { recursive: true });
    await expect(engine.reload(ana)).rejects.toThrow(/cannot read the corpus folder/);
    expect(engine.ask('zebras').answered).toBe(true);
    await engine.flush();
    expect((await auditLines()).at(-1)).toMatchObject({
      action: 'reload',
      result: 'error',
      error: expect.stringMatching(/^cannot read the corpus folder/),
    });
  });
});
