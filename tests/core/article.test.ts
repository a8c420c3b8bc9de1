import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle, parseArticleText, splitFrontMatter } from '../../src/core/article.ts';

const seed = (file: string) =>
  buildArticle(file, readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8'));

describe('metadata of the seed articles', () => {
  const cases = [
    {
      file: '000_22c7b1c67e53fed6.txt',
      title: 'Azerbaijan denies Turkey sent it fighters from Syria',
      source: 'Al Jazeera',
      date: '',
    },
    {
      file: '001_8c2a48e59a22d223.txt',
      title: 'Turkish-backed Syrian Militants Join Armenian-Azeri Conflict',
      source: '',
      date: '2020-10-14',
    },
    {
      file: '002_1ea3dea3c7d33062.txt',
      title: 'Foreign troops not engaged in Azerbaijan’s military operations — diplomat',
      source: 'TASS',
      date: 'October 3',
    },
    {
      file: '003_275e580f59082c74.txt',
      title:
        'Turkey will send military support to Nagorno-Karabakh if Azerbaijan requests it: foreign minister',
      source: '',
      date: '2020-09-30',
    },
    {
      file: '004_53b2df6e0b9a668c.txt',
      title: 'Syria Confirms Militants Are Fighting in Nagorno-Karabakh',
      source: '',
      date: '',
    },
  ] as const;
  for (const { file, title, source, date } of cases) {
    it(file, () => {
      const article = seed(file);
      expect({
        id: article.id,
        title: article.title,
        source: article.source,
        date: article.date,
        url: article.url,
      }).toEqual({
        id: file.replace('.txt', ''),
        title,
        source,
        date,
        url: '',
      });
    });
  }

  it('numbers paragraphs from 1 and keys them by article', () => {
    const article = seed('000_22c7b1c67e53fed6.txt');
    expect(article.paragraphs.map((p) => p.n)).toEqual(article.paragraphs.map((_, i) => i + 1));
    expect(article.paragraphs[0]?.key).toBe('000_22c7b1c67e53fed6#1');
    expect(article.paragraphs[0]?.text).toMatch(/^Denial comes after Armenian envoy/);
  });

  it('keeps no site furniture in any seed', () => {
    const furniture =
      /^(?:\d+ min read|Story Code|Follow us on|Leave a Reply|All news|Read more:|\[Click to enlarge\]|Source:|[, ]+$)/;
    for (const file of [
      '000_22c7b1c67e53fed6.txt',
      '001_8c2a48e59a22d223.txt',
      '002_1ea3dea3c7d33062.txt',
      '003_275e580f59082c74.txt',
      '004_53b2df6e0b9a668c.txt',
    ]) {
      const article = seed(file);
      for (const p of article.paragraphs) expect(p.text).not.toMatch(furniture);
      // The headline is metadata, not a paragraph, however often the page repeats it.
      expect(article.paragraphs.some((p) => p.text === article.title)).toBe(false);
    }
  });
});

describe('boilerplate removal', () => {
  const cases = [
    { line: '3 min read', dropped: true },
    { line: 'Story Code : 892006', dropped: true },
    { line: 'Follow us on Facebook Twitter and Instagram to stay connected', dropped: true },
    { line: 'Leave a Reply', dropped: true },
    { line: ', , ,', dropped: true },
    { line: '[Click to enlarge]', dropped: true },
    { line: 'Read more: Armenia and Azerbaijan: a decades-long bloody rivalry', dropped: true },
    { line: 'All news', dropped: true },
    { line: 'Advertisement', dropped: true },
    { line: 'Readers were told to follow us on the road, the minister said.', dropped: false },
    { line: 'All news outlets carried the statement on Monday.', dropped: false },
    { line: 'He said 3 min read times were common.', dropped: false },
  ] as const;
  for (const { line, dropped } of cases) {
    it(`${dropped ? 'drops' : 'keeps'} "${line}"`, () => {
      const { paragraphs } = parseArticleText(
        `Headline of the story\n\nFirst real sentence of the story.\n\n${line}\n\nLast real sentence.`,
      );
      expect(paragraphs.includes(line)).toBe(!dropped);
      expect(paragraphs).toContain('First real sentence of the story.');
      expect(paragraphs).toContain('Last real sentence.');
    });
  }

  it('drops a line repeated later in the article', () => {
    const { paragraphs } = parseArticleText(
      'Title\n\nA standfirst that repeats\n\nBody sentence.\n\nA standfirst that repeats.',
    );
    expect(paragraphs).toEqual(['A standfirst that repeats', 'Body sentence.']);
  });
});

describe('front matter and inference', () => {
  it('lets front matter win over inferred fields', () => {
    const text =
      '---\ntitle: "Given title"\nsource: Reuters\ndate: 2021-02-03\nurl: https://example.com/a\n---\nInferred headline\n\nMOSCOW, May 5. /TASS/. Body text here.';
    const { meta, paragraphs } = parseArticleText(text);
    expect(meta).toEqual({
      title: 'Given title',
      source: 'Reuters',
      date: '2021-02-03',
      url: 'https://example.com/a',
    });
    expect(paragraphs).toEqual(['Inferred headline', 'MOSCOW, May 5. /TASS/. Body text here.']);
  });

  it('reads front matter fields as written', () => {
    expect(splitFrontMatter('---\nTitle: A: b\nextra: 1\n---\nbody')).toEqual({
      fields: { title: 'A: b', extra: '1' },
      body: 'body',
    });
    expect(splitFrontMatter('no front matter')).toEqual({ fields: {}, body: 'no front matter' });
  });

  it('infers an outlet from a wire dateline', () => {
    expect(
      parseArticleText('Headline\n\nANKARA (Reuters) - Turkey said on Monday it would act.').meta.source,
    ).toBe('Reuters');
  });

  it('leaves unknown fields empty instead of inventing them', () => {
    expect(parseArticleText('Just one sentence of text that ends here.').meta).toEqual({
      title: '',
      source: '',
      date: '',
      url: '',
    });
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const wrapped = [
      'The quick brown fox jumped over the lazy dog while the',
      'farmer watched from the porch of the old wooden house,',
      'saying nothing at all about it.',
    ].join('\n');
    expect(parseArticleText(`Headline\n\n${wrapped}\n\nNext paragraph.`).paragraphs).toEqual([
      'The quick brown fox jumped over the lazy dog while the farmer watched from the porch of the old wooden house, saying nothing at all about it.',
      'Next paragraph.',
    ]);
  });

  it('strips Markdown decoration from .md articles', () => {
    const article = buildArticle(
      'note.md',
      '# The headline\n\nSome **bold** and a [link](http://x.y) here.\n\n- a list item that is a sentence.',
    );
    expect(article.title).toBe('The headline');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Some bold and a link here.',
      'a list item that is a sentence.',
    ]);
  });
});

describe('Markdown headings', () => {
  it('takes the first heading as the title and keeps later headings out of the text', () => {
    const article = buildArticle(
      'a.md',
      '# Main title\n\nBody sentence one.\n\n## A section\nBody sentence two.',
    );
    expect(article.title).toBe('Main title');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Body sentence one.', 'Body sentence two.']);
  });

  it('keeps the heading out of the text when front matter gives another title', () => {
    const article = buildArticle('a.md', '---\ntitle: Given\n---\n# Own heading\n\nBody sentence.');
    expect(article.title).toBe('Given');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Body sentence.']);
  });
});
