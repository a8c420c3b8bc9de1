import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleBytes } from '../../src/core/corpus.ts';
import { CorpusFolder } from '../../src/core/corpus-folder.ts';
import { Newsdesk } from '../../src/core/engine.ts';

const good = 'A headline\n\nA sentence of the article that says something.\n';

describe('readArticleBytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const cases = [
    { name: 'empty', input: new Uint8Array(), reason: 'empty file' },
    {
      name: 'binary',
      input: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      reason: 'binary file (contains NUL bytes)',
    },
    { name: 'latin-1', input: Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), reason: 'not UTF-8 text' },
    {
      name: 'control characters',
      input: bytes('text\u0001\u0002 more'),
      reason: 'binary file (control characters)',
    },
    {
      name: 'only furniture',
      input: bytes('All news\n\n3 min read\n\nLeave a Reply'),
      reason: 'no paragraphs of article text',
    },
    {
      name: 'too large',
      input: bytes('x'.repeat(101)),
      reason: 'too large (101 bytes, limit 100)',
      options: { maxArticleBytes: 100 },
    },
  ];
  for (const { name, input, reason, options } of cases) {
    it(`skips ${name}`, () => expect(readArticleBytes('a.txt', input, options)).toEqual({ skipped: reason }));
  }
  it('builds an article from good text', () => {
    const result = readArticleBytes('a.txt', bytes(good));
    expect('article' in result && result.article.paragraphs.map((p) => p.text)).toEqual([
      'A sentence of the article that says something.',
    ]);
  });
});

describe('loading a folder with bad files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-corpus-'));
    await writeFile(join(dir, 'good.txt'), good);
    await writeFile(join(dir, 'also-good.md'), `# Markdown headline\n\nMarkdown body sentence here.`);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await writeFile(join(dir, 'big.txt'), `Headline\n\n${'word '.repeat(400)}.`);
    await writeFile(join(dir, 'picture.png'), 'not an article');
    await writeFile(join(dir, '.hidden.txt'), good);
    await mkdir(join(dir, 'folder.txt'));
    await symlink(join(dir, 'missing-target'), join(dir, 'dangling.txt'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads the good files and reports every other one with its reason', async () => {
    const engine = await Newsdesk.open({ corpusDir: dir, maxArticleBytes: 1000 });
    expect(engine.articles.map((a) => a.file)).toEqual(['also-good.md', 'good.txt']);
    // Entries the listing already rules out (other types, broken links) come first.
    expect(engine.report.skipped).toEqual([
      { file: 'dangling.txt', reason: 'unreadable (ENOENT)' },
      { file: 'picture.png', reason: 'not an article file (expected .txt or .md)' },
      { file: 'big.txt', reason: 'too large (2011 bytes, limit 1000)' },
      { file: 'binary.txt', reason: 'binary file (contains NUL bytes)' },
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'folder.txt', reason: 'not a regular file' },
      { file: 'latin1.txt', reason: 'not UTF-8 text' },
    ]);
    expect(engine.report.articles).toBe(2);
    expect(engine.report.paragraphs).toBe(2);
  });

  it('says which folder it cannot read', async () => {
    await expect(new CorpusFolder(join(dir, 'nope')).list()).rejects.toThrow(
      /^cannot read the corpus folder .*nope/,
    );
  });
});

describe('reload', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-reload-'));
    await writeFile(join(dir, 'a.txt'), 'Alpha headline\n\nThe alpha article mentions zebras crossing.');
    await writeFile(join(dir, 'b.txt'), 'Beta headline\n\nThe beta article mentions giraffes eating.');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reports added, changed and removed files and answers from the new text', async () => {
    const engine = await Newsdesk.open({ corpusDir: dir });
    expect(engine.ask('giraffes').answered).toBe(true);
    await writeFile(join(dir, 'b.txt'), 'Beta headline\n\nThe beta article now mentions penguins swimming.');
    await writeFile(join(dir, 'c.txt'), 'Gamma headline\n\nThe gamma article mentions owls hunting.');
    await rm(join(dir, 'a.txt'));
    const report = await engine.reload();
    expect({
      added: report.added,
      changed: report.changed,
      removed: report.removed,
      unchanged: report.unchanged,
    }).toEqual({
      added: ['c.txt'],
      changed: ['b.txt'],
      removed: ['a.txt'],
      unchanged: 0,
    });
    expect(engine.ask('giraffes').answered).toBe(false);
    expect(engine.ask('zebras').answered).toBe(false);
    expect(engine.ask('penguins').citations[0]?.file).toBe('b.txt');
    expect(engine.ask('owls').citations[0]?.file).toBe('c.txt');
  });

  it('keeps the current index when the folder cannot be read', async () => {
    const engine = await Newsdesk.open({ corpusDir: dir });
    const before = engine.articles.length;
    await rm(dir, { recursive: true, force: true });
    await expect(engine.reload()).rejects.toThrow(/cannot read the corpus folder/);
    expect(engine.articles.length).toBe(before);
    expect(engine.ask('owls').answered).toBe(true);
  });
});
