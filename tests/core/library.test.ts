import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  displayName,
  parseTrashName,
  removeLeftoverTempFiles,
  safeArticleName,
  TEMP_PREFIX,
  trashNameOf,
  uniqueName,
  uploadExtension,
  writeFileAtomic,
  writeNewFile,
} from '../../src/core/library.ts';

describe('safeArticleName', () => {
  const cases = [
    { name: '../../x.txt', expected: 'x.txt' },
    { name: '/etc/passwd', expected: 'passwd.txt' },
    { name: '..\\x.txt', expected: 'x.txt' },
    { name: 'C:\\Windows\\System32\\evil.txt', expected: 'evil.txt' },
    { name: 'foo/../../bar.txt', expected: 'bar.txt' },
    { name: 'con.txt', expected: 'con-article.txt' },
    { name: 'LPT1.txt', expected: 'lpt1-article.txt' },
    { name: 'nul.tar.txt', expected: 'nul-article.tar.txt' },
    { name: 'report\u202Etxt.exe.txt', expected: 'reporttxt.exe.txt' },
    { name: '\u200Bzero\u200Dwidth.txt', expected: 'zerowidth.txt' },
    { name: '\uFF0E\uFF0E\uFF0F\uFF0E\uFF0E\uFF0Fx\uFF0Etxt', expected: 'x.txt' },
    { name: 'a\u0000b\u0007c.txt', expected: 'abc.txt' },
    { name: '.hidden.txt', expected: 'hidden.txt' },
    { name: '...txt', expected: 'article.txt' },
    { name: '', expected: 'article.txt' },
    { name: '日本語.txt', expected: 'article.txt' },
    { name: 'Ünïcödé Ñews!.TXT', expected: 'unicode-news.txt' },
    { name: 'My report (final) .txt', expected: 'my-report-final.txt' },
    { name: `${'x'.repeat(200)}.txt`, expected: `${'x'.repeat(80)}.txt` },
  ] as const;
  for (const { name, expected } of cases) {
    it(`writes ${JSON.stringify(name)} as ${expected}`, () => {
      expect(safeArticleName(name, '.txt')).toBe(expected);
    });
  }

  it('names a file with nothing safe in its name after the title', () => {
    expect(safeArticleName('../', '.md', 'Ferry fares to rise in March')).toBe(
      'ferry-fares-to-rise-in-march.md',
    );
    expect(safeArticleName('????.md', '.md', '')).toBe('article.md');
  });

  it('always gives a plain, visible name inside the folder', () => {
    const dir = resolve('/srv/corpus');
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ maxLength: 30 }),
        (name, title) => {
          const safe = safeArticleName(name, '.txt', title);
          expect(safe).toMatch(/^[a-z0-9][a-z0-9._-]*\.txt$/);
          expect(safe.length).toBeLessThanOrEqual(84);
          const path = resolve(dir, safe);
          expect(relative(dir, path)).toBe(safe);
        },
      ),
    );
  });
});

describe('uploadExtension', () => {
  const cases = [
    { name: 'page.HTML', expected: '.html' },
    { name: 'page\uFF0Ehtm', expected: '.htm' },
    { name: 'notes.md', expected: '.md' },
    { name: '../dir.txt/passwd', expected: '' },
    { name: '.txt', expected: '.txt' },
    { name: 'archive.tar.gz', expected: '.gz' },
  ] as const;
  for (const { name, expected } of cases) {
    it(`reads ${JSON.stringify(name)} as ${JSON.stringify(expected)}`, () => {
      expect(uploadExtension(name)).toBe(expected);
    });
  }
});

describe('uniqueName', () => {
  it('adds a number when the name or its article id is taken', () => {
    expect(uniqueName('a.txt', new Set())).toBe('a.txt');
    expect(uniqueName('a.txt', new Set(['a.txt', 'a']))).toBe('a-2.txt');
    // a.md exists: a.txt would be the same article id.
    expect(uniqueName('a.txt', new Set(['a.md', 'a']))).toBe('a-2.txt');
    expect(uniqueName('a.txt', new Set(['a', 'a.txt', 'a-2', 'a-2.txt']))).toBe('a-3.txt');
  });
});

describe('displayName', () => {
  it('drops invisible characters and shortens long names', () => {
    expect(displayName('evil\u202Etxt.exe')).toBe('eviltxt.exe');
    expect(displayName('x'.repeat(150))).toBe(`${'x'.repeat(99)}…`);
  });
});

describe('files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-library-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a new file and never replaces an existing one', async () => {
    await writeNewFile(dir, 'a.txt', new TextEncoder().encode('first'));
    await expect(writeNewFile(dir, 'a.txt', new TextEncoder().encode('second'))).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('replaces a file atomically and leaves no temporary file when writing fails', async () => {
    await writeFileAtomic(dir, 'm.json', '1');
    await writeFileAtomic(dir, 'm.json', '2');
    expect(await readFile(join(dir, 'm.json'), 'utf8')).toBe('2');
    await writeFile(join(dir, 'file'), 'not a folder');
    await expect(writeFileAtomic(join(dir, 'file'), 'm.json', '3')).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
    expect((await readdir(dir)).sort()).toEqual(['file', 'm.json']);
  });

  it('deletes temporary files left by a crash, not those of a running process', async () => {
    const dead = `${TEMP_PREFIX}999999999-0a1b2c`;
    const ours = `${TEMP_PREFIX}${process.pid}-3d4e5f`;
    const old = `${TEMP_PREFIX}unknown`;
    const running = `${TEMP_PREFIX}${process.ppid}-777777`;
    for (const name of [dead, ours, old, running, 'a.txt']) await writeFile(join(dir, name), 'x');
    expect(await removeLeftoverTempFiles(dir)).toEqual([dead, ours, old].sort());
    expect((await readdir(dir)).sort()).toEqual([running, 'a.txt'].sort());
    expect(await removeLeftoverTempFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('reads trash names back', () => {
    const when = new Date('2024-02-14T08:30:00.123Z');
    expect(parseTrashName(trashNameOf('b--c.md', when), new Date(0))).toEqual({
      trashName: '20240214T083000123Z--b--c.md',
      file: 'b--c.md',
      removedAt: when,
    });
  });
});
