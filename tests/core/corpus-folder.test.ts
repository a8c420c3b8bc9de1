import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusFolder, OUTSIDE_LINK_REASON } from '../../src/core/corpus-folder.ts';
import { Newsdesk } from '../../src/core/engine.ts';
import { NewsdeskError } from '../../src/core/errors.ts';
import { TRASH_DIR } from '../../src/core/library.ts';

// Every path opened or looked at, so a test can show that nothing outside the corpus folder was.
const touched: string[] = [];
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const record =
    <A extends unknown[], R>(fn: (path: fs.PathLike, ...rest: A) => R) =>
    (path: fs.PathLike, ...rest: A): R => {
      touched.push(String(path));
      return fn(path, ...rest);
    };
  return { ...real, open: record(real.open), readFile: record(real.readFile), stat: record(real.stat) };
});
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const record =
    <A extends unknown[], R>(fn: (path: fs.PathLike, ...rest: A) => R) =>
    (path: fs.PathLike, ...rest: A): R => {
      touched.push(String(path));
      return fn(path, ...rest);
    };
  return {
    ...real,
    readFileSync: record(real.readFileSync),
    statSync: record(real.statSync),
    lstatSync: record(real.lstatSync),
  };
});

const SECRET = 'Secret headline\n\nThe vault combination is hidden in the lighthouse cellar.\n';
const ARTICLE = 'Zebra headline\n\nThe zebras crossed the river at dawn.\n';
const actor = { id: '100000000000000001', name: 'ana' };

let root: string;
let corpusDir: string;
let outside: string;
const engines: Newsdesk[] = [];

beforeEach(async () => {
  root = await fsp.realpath(await fsp.mkdtemp(join(tmpdir(), 'newsdesk-folder-')));
  corpusDir = join(root, 'corpus');
  outside = join(root, 'outside');
  await fsp.mkdir(corpusDir);
  await fsp.mkdir(join(outside, 'folder'), { recursive: true });
  await fsp.writeFile(join(outside, 'secret.txt'), SECRET);
  await fsp.writeFile(join(outside, 'folder', 'inner.txt'), SECRET);
  await fsp.writeFile(join(corpusDir, 'zebras.txt'), ARTICLE);
  touched.length = 0;
});
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.flush()));
  await fsp.rm(root, { recursive: true, force: true });
});

const open = async (options: { indexDir?: string } = {}) => {
  const engine = await Newsdesk.open({ corpusDir, ...options });
  engines.push(engine);
  return engine;
};
const touchedOutside = () => touched.filter((path) => resolve(path).startsWith(`${outside}`));

describe('links in the corpus folder', () => {
  const cases = [
    { name: 'passwd.txt', target: () => join(outside, 'secret.txt'), reason: OUTSIDE_LINK_REASON },
    { name: 'relative.txt', target: () => '../outside/secret.txt', reason: OUTSIDE_LINK_REASON },
    { name: 'news', target: () => join(outside, 'folder'), reason: OUTSIDE_LINK_REASON },
    { name: 'news.txt', target: () => join(outside, 'folder'), reason: OUTSIDE_LINK_REASON },
    { name: 'absent.txt', target: () => join(outside, 'absent.txt'), reason: OUTSIDE_LINK_REASON },
    { name: 'alias.txt', target: () => 'zebras.txt', reason: 'same file as zebras.txt' },
    { name: 'loop.txt', target: () => 'loop.txt', reason: 'unreadable (ELOOP)' },
    { name: 'missing.txt', target: () => 'nowhere.txt', reason: 'unreadable (ENOENT)' },
  ] as const;
  for (const { name, target, reason } of cases) {
    it(`skips ${name} (${reason}) and never reads its target`, async () => {
      await fsp.symlink(target(), join(corpusDir, name));
      const engine = await open();
      expect(engine.report.skipped).toEqual([{ file: name, reason }]);
      expect(engine.articles.map((a) => a.file)).toEqual(['zebras.txt']);
      expect(engine.search('vault combination lighthouse')).toEqual([]);
      expect(touchedOutside()).toEqual([]);
    });
  }

  it('loads a link to a file inside the folder once, under the link’s name', async () => {
    await fsp.mkdir(join(corpusDir, 'archive'));
    await fsp.writeFile(
      join(corpusDir, 'archive', 'ferry.md'),
      '# Ferry fares rise\n\nFerry fares rise in March.\n',
    );
    await fsp.symlink('archive/ferry.md', join(corpusDir, 'ferry.md'));
    await fsp.symlink('archive/ferry.md', join(corpusDir, 'ferry-again.md'));
    const engine = await open();
    expect(engine.articles.map((a) => a.file)).toEqual(['ferry-again.md', 'zebras.txt']);
    expect(engine.report.skipped).toEqual([
      { file: 'archive', reason: 'not an article file (expected .txt or .md)' },
      { file: 'ferry.md', reason: 'same file as ferry-again.md' },
    ]);
    expect(engine.search('ferry fares')).toHaveLength(1);
  });

  it('drops an article whose file becomes a link to outside at the next reload', async () => {
    const engine = await open();
    await fsp.rm(join(corpusDir, 'zebras.txt'));
    await fsp.symlink(join(outside, 'secret.txt'), join(corpusDir, 'zebras.txt'));
    const report = await engine.reload();
    expect(report.removed).toEqual(['zebras.txt']);
    expect(report.skipped).toEqual([{ file: 'zebras.txt', reason: OUTSIDE_LINK_REASON }]);
    expect(touchedOutside()).toEqual([]);
  });

  it('uses the real folder when the corpus folder itself is a link', async () => {
    await fsp.symlink(corpusDir, join(root, 'corpus-link'));
    const folder = new CorpusFolder(join(root, 'corpus-link'));
    const { articles, others } = await folder.list();
    expect(articles.map((a) => a.file)).toEqual(['zebras.txt']);
    expect(others).toEqual([]);
  });
});

describe('changes cannot escape the folder', () => {
  it('never writes an upload through a link of the same name', async () => {
    await fsp.symlink(join(outside, 'ferry.txt'), join(corpusDir, 'ferry.txt'));
    const engine = await open();
    const added = await engine.addArticle({
      fileName: 'ferry.txt',
      bytes: new TextEncoder().encode('Ferry headline\n\nFerry fares rise in March.\n'),
      actor,
    });
    expect(added.file).toBe('ferry-2.txt');
    expect(fs.existsSync(join(outside, 'ferry.txt'))).toBe(false);
    expect((await fsp.lstat(join(corpusDir, 'ferry-2.txt'))).isFile()).toBe(true);
  });

  it('refuses to remove into a trash folder that links outside', async () => {
    await fsp.symlink(join(outside, 'folder'), join(corpusDir, TRASH_DIR));
    const engine = await open();
    const removing = engine.removeArticle('zebras', actor);
    await expect(removing).rejects.toBeInstanceOf(NewsdeskError);
    await expect(removing).rejects.toThrow(OUTSIDE_LINK_REASON);
    expect(await fsp.readdir(join(outside, 'folder'))).toEqual(['inner.txt']);
    expect(engine.articles.map((a) => a.file)).toEqual(['zebras.txt']);
  });

  it('neither lists nor restores a trashed link to outside', async () => {
    await fsp.mkdir(join(corpusDir, TRASH_DIR));
    await fsp.symlink(
      join(outside, 'secret.txt'),
      join(corpusDir, TRASH_DIR, '20240214T083000123Z--secret.txt'),
    );
    const engine = await open();
    expect(await engine.trashedArticles()).toEqual([]);
    await expect(engine.restoreArticle('secret', actor)).rejects.toMatchObject({ code: 'not-found' });
    expect(fs.existsSync(join(corpusDir, 'secret.txt'))).toBe(false);
    expect(touchedOutside()).toEqual([]);
  });

  it('refuses every write when open read-only', async () => {
    const folder = new CorpusFolder(corpusDir, { readOnly: true });
    const refused = /is open read-only/;
    await expect(folder.writeNew('a.txt', new Uint8Array([65]))).rejects.toThrow(refused);
    await expect(folder.moveToTrash('zebras.txt', new Date())).rejects.toThrow(refused);
    await expect(folder.restoreFromTrash('x--a.txt', 'a.txt')).rejects.toThrow(refused);
    await expect(folder.removeLeftoverTempFiles()).rejects.toThrow(refused);
    expect(await fsp.readdir(corpusDir)).toEqual(['zebras.txt']);
  });
});

describe('the trash folder', () => {
  it('keeps every trashed copy of a file apart and lists them newest first', async () => {
    const folder = new CorpusFolder(corpusDir);
    const when = new Date('2024-02-14T08:30:00.123Z');
    await fsp.writeFile(join(corpusDir, 'a.txt'), 'one');
    expect(await folder.moveToTrash('a.txt', when)).toBe('20240214T083000123Z--a.txt');
    await fsp.writeFile(join(corpusDir, 'a.txt'), 'two');
    expect(await folder.moveToTrash('a.txt', when)).toBe('20240214T083000123Z-2--a.txt');
    await fsp.writeFile(join(corpusDir, TRASH_DIR, 'by-hand.txt'), 'three');
    const trash = await folder.listTrash();
    expect(trash.map((t) => [t.file, t.trashName])).toEqual([
      ['by-hand.txt', 'by-hand.txt'],
      ['a.txt', '20240214T083000123Z--a.txt'],
      ['a.txt', '20240214T083000123Z-2--a.txt'],
    ]);
    const read = await folder.readTrash('20240214T083000123Z-2--a.txt', 100);
    expect('bytes' in read && new TextDecoder().decode(read.bytes)).toBe('two');
  });

  const refusedNames = [
    { trashName: '../zebras.txt', reason: 'not in the trash folder' },
    { trashName: '.hidden', reason: 'not in the trash folder' },
    { trashName: 'gone.txt', reason: 'unreadable (ENOENT)' },
  ] as const;
  for (const { trashName, reason } of refusedNames) {
    it(`does not read ${trashName} from the trash`, async () => {
      await fsp.mkdir(join(corpusDir, TRASH_DIR));
      expect(await new CorpusFolder(corpusDir).readTrash(trashName, 100)).toMatchObject({ skipped: reason });
    });
  }
});

describe('reading a file', () => {
  it('refuses a file over the limit before reading it, and a folder', async () => {
    const folder = new CorpusFolder(corpusDir);
    await fsp.mkdir(join(corpusDir, 'dir.txt'));
    expect(await folder.read({ file: 'zebras.txt', path: join(corpusDir, 'zebras.txt') }, 10)).toEqual({
      skipped: `too large (${ARTICLE.length} bytes, limit 10)`,
      size: ARTICLE.length,
    });
    expect(await folder.read({ file: 'dir.txt', path: join(corpusDir, 'dir.txt') }, 10)).toEqual({
      skipped: 'not a regular file',
      size: 0,
    });
  });

  it('does not follow a file swapped for a link after it was listed', async () => {
    const folder = new CorpusFolder(corpusDir);
    const { articles } = await folder.list();
    await fsp.rm(join(corpusDir, 'zebras.txt'));
    await fsp.symlink(join(outside, 'secret.txt'), join(corpusDir, 'zebras.txt'));
    const [listed] = articles;
    expect(listed && (await folder.read(listed, 1000))).toEqual({ skipped: 'unreadable (ELOOP)', size: 0 });
  });

  const paths = [
    { path: '', listed: true },
    { path: 'zebras.txt', listed: true },
    { path: '.trash/x.txt', listed: false },
    { path: '.newsdesk-tmp-1-ab', listed: false },
    { path: 'sub/inner.txt', listed: false },
    { path: '../outside/secret.txt', listed: false },
    { path: 'gone.txt', listed: true },
    { path: 'inside-link.txt', listed: true },
    { path: 'outside-link', listed: false },
    { path: 'broken-link.txt', listed: false },
  ] as const;
  for (const { path, listed } of paths) {
    it(`${listed ? 'watches' : 'ignores'} "${path}"`, async () => {
      await fsp.symlink('zebras.txt', join(corpusDir, 'inside-link.txt'));
      await fsp.symlink(join(outside, 'folder'), join(corpusDir, 'outside-link'));
      await fsp.symlink(join(corpusDir, 'nowhere.txt'), join(corpusDir, 'broken-link.txt'));
      expect(new CorpusFolder(corpusDir).isListedPath(join(corpusDir, path))).toBe(listed);
    });
  }
});
