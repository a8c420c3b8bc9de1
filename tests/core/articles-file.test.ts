import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/core/article.ts';
import { decodeArticles, encodeArticles } from '../../src/core/articles-file.ts';
import { NewsdeskError } from '../../src/core/errors.ts';
import type { Article } from '../../src/core/types.ts';

const articleOf = (file: string, meta: Omit<Article, 'id' | 'file' | 'paragraphs'>, texts: string[]) => {
  const id = file.replace(/\.[^.]+$/, '');
  return {
    id,
    file,
    ...meta,
    paragraphs: texts.map((text, i) => ({ key: `${id}#${i + 1}`, articleId: id, n: i + 1, text })),
  } satisfies Article;
};

const ferry = buildArticle(
  'ferry.txt',
  '---\ntitle: "Ferry “strike” ends"\nsource: Coast Herald\ndate: 2024-03-01\n---\n\nThe ferry ran again on Monday. 🚢\n\nCrews in Kōbe and Zürich said “enough”.\n',
);
const empty = articleOf('empty-meta.md', { title: '', source: '', date: '', url: '' }, ['', 'x']);

const expectInvalid = (data: Uint8Array, message: string) => {
  expect(() => decodeArticles(data)).toThrow(new NewsdeskError('snapshot-invalid', message));
};

describe('the articles file', () => {
  it('gives back the articles it was written from, in order, with every string as it was', () => {
    const decoded = decodeArticles(encodeArticles([ferry, empty]));
    expect(decoded).toEqual([ferry, empty]);
    expect(decodeArticles(encodeArticles([]))).toEqual([]);
  });

  it('writes the same bytes again for articles read from it', () => {
    const bytes = encodeArticles([ferry, empty]);
    expect(encodeArticles(decodeArticles(bytes)).equals(bytes)).toBe(true);
  });

  it('round-trips any text, whatever its characters', () => {
    // Article text is decoded from UTF-8 (or parsed from HTML), so it never holds a lone surrogate.
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text, fc.array(text, { maxLength: 6 })), { maxLength: 5 }),
        (rows) => {
          const articles = rows.map(([title, source, url, texts], i) =>
            articleOf(`a${i}.txt`, { title, source, date: '2024-01-01', url }, texts),
          );
          expect(decodeArticles(encodeArticles(articles))).toEqual(articles);
        },
      ),
    );
  });

  it('is refused when it is not one, or its bytes do not fit its header', () => {
    const bytes = encodeArticles([ferry, empty]);
    expectInvalid(Buffer.from('{"a.txt":{}}'), 'the snapshot articles have no header');
    expectInvalid(
      Buffer.from('{"kind":"newsdesk-articles","version":0,"count":0,"lengths":""}\n'),
      'the snapshot articles are of another format',
    );
    expectInvalid(bytes.subarray(0, bytes.length - 1), 'the snapshot articles are cut short');
    expectInvalid(Buffer.concat([bytes, Buffer.from('x')]), 'the snapshot articles do not add up');
    // A multi-byte character cut in two decodes to replacement characters, which the lengths catch.
    const damaged = Buffer.from(bytes);
    const at = damaged.indexOf(Buffer.from('🚢'));
    damaged[at + 1] = 0x41;
    expectInvalid(damaged, 'the snapshot articles do not fit their lengths');
  });
});
