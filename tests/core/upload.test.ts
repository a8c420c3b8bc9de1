import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../src/core/errors.ts';
import { frontMatter, prepareUpload } from '../../src/core/upload.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const story = 'Ferry fares rise\n\nSingle tickets on the harbour ferry will cost more from March.\n';

describe('prepareUpload refuses', () => {
  const cases = [
    {
      name: 'another type',
      upload: { fileName: 'scan.pdf', bytes: encode('%PDF-1.7') },
      code: 'unsupported-type',
      message: 'cannot add "scan.pdf": not an article file (expected .txt, .md, .html, .htm)',
    },
    {
      name: 'no extension',
      upload: { fileName: '/etc/passwd', bytes: encode('root:x:0:0') },
      code: 'unsupported-type',
      message: 'cannot add "/etc/passwd": not an article file (expected .txt, .md, .html, .htm)',
    },
    {
      name: 'too large, before decoding',
      upload: { fileName: 'big.txt', bytes: Uint8Array.from([0xff, ...encode('x'.repeat(100))]) },
      options: { maxArticleBytes: 100 },
      code: 'too-large',
      message: 'cannot add "big.txt": too large (101 bytes, limit 100)',
    },
    {
      name: 'empty',
      upload: { fileName: 'empty.md', bytes: new Uint8Array() },
      code: 'empty',
      message: 'cannot add "empty.md": empty file',
    },
    {
      name: 'binary with NUL bytes',
      upload: { fileName: 'photo.txt', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
      code: 'binary',
      message: 'cannot add "photo.txt": binary file (contains NUL bytes)',
    },
    {
      name: 'binary with control characters',
      upload: { fileName: 'data.txt', bytes: encode('text\u0001\u0002 more') },
      code: 'binary',
      message: 'cannot add "data.txt": binary file (control characters)',
    },
    {
      name: 'not UTF-8',
      upload: { fileName: 'latin1.txt', bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
      code: 'not-utf8',
      message: 'cannot add "latin1.txt": not UTF-8 text',
    },
    {
      name: 'no paragraphs',
      upload: { fileName: 'furniture.txt', bytes: encode('All news\n\n3 min read\n\nLeave a Reply') },
      code: 'no-paragraphs',
      message: 'cannot add "furniture.txt": no paragraphs of article text',
    },
    {
      name: 'a page without an article',
      upload: {
        fileName: 'menu.html',
        bytes: encode('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      },
      code: 'no-paragraphs',
      message: 'cannot add "menu.html": no paragraphs of article text (no article found in the page)',
    },
    {
      name: 'a url that is not a web address',
      upload: { fileName: 'a.txt', bytes: encode(story), url: 'javascript:alert(1)' },
      code: 'invalid-option',
      message: 'cannot add "a.txt": the url must be a web address starting with http:// or https://',
    },
    {
      name: 'a title that is too long',
      upload: { fileName: 'a.txt', bytes: encode(story), title: 'T'.repeat(301) },
      code: 'invalid-option',
      message: 'cannot add "a.txt": the title is too long (301 characters, limit 300)',
    },
    {
      name: 'and shows an odd name without its invisible characters',
      upload: { fileName: '\u202Eevil.pdf', bytes: encode(story) },
      code: 'unsupported-type',
      message: 'cannot add "evil.pdf": not an article file (expected .txt, .md, .html, .htm)',
    },
  ] as const;
  for (const { name, upload, code, message, ...rest } of cases) {
    it(name, async () => {
      const options = 'options' in rest ? rest.options : {};
      const error = await prepareUpload(upload, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NewsdeskError);
      expect(error).toMatchObject({ code, message });
    });
  }
});

describe('prepareUpload accepts', () => {
  it('text as uploaded when no fields are given', async () => {
    const bytes = encode(story);
    const prepared = await prepareUpload({ fileName: 'Ferry Fares.txt', bytes });
    expect(prepared.name).toBe('ferry-fares.txt');
    expect(prepared.bytes).toBe(bytes);
    expect(prepared.article).toMatchObject({ id: 'ferry-fares', title: 'Ferry fares rise' });
  });

  it('fields as front matter, merged over the front matter already there', async () => {
    const text = '---\ntitle: Old title\nauthor: Maria\n---\n\n# Heading\n\nBody sentence of the article.\n';
    const prepared = await prepareUpload({
      fileName: 'note.md',
      bytes: encode(text),
      title: 'He said "no" to the plan',
      source: 'Coast\nHerald',
      date: '14 February 2024',
      url: 'https://coastherald.example/a',
    });
    expect(decode(prepared.bytes)).toBe(
      '---\ntitle: "He said "no" to the plan"\nauthor: "Maria"\nsource: "Coast Herald"\ndate: "14 February 2024"\nurl: "https://coastherald.example/a"\n---\n\n# Heading\n\nBody sentence of the article.\n',
    );
    expect(prepared.article).toMatchObject({
      title: 'He said "no" to the plan',
      source: 'Coast Herald',
      date: '2024-02-14',
      url: 'https://coastherald.example/a',
    });
  });

  it('HTML as the text of its article, saved as .txt with what the page says', async () => {
    const html = await readFile(new URL('./fixtures/news-page.html', import.meta.url));
    const prepared = await prepareUpload({ fileName: 'ferry.html', bytes: html, source: 'Herald' });
    expect(prepared.name).toBe('ferry.txt');
    expect(prepared.fromHtml).toBe(true);
    expect(decode(prepared.bytes)).toMatch(
      /^---\ntitle: "Harbour ferry fares to rise in March"\nsource: "Herald"\ndate: "2024-02-14"\nurl: "https:\/\/coastherald\.example\/news\/harbour-ferry-fares"\n---\n\nSingle tickets/,
    );
    expect(prepared.article.paragraphs).toHaveLength(6);
  });
});

describe('frontMatter', () => {
  it('writes only the fields that have a value', () => {
    expect(frontMatter({ title: 'A', source: undefined, date: '' })).toBe('---\ntitle: "A"\n---\n\n');
    expect(frontMatter({})).toBe('');
  });
});
