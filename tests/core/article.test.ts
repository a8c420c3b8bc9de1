import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildArticle,
  capTitle,
  MAX_TITLE,
  outletLineOf,
  parseArticleText,
  splitFrontMatter,
} from '../../src/core/article.ts';

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

describe('outlet lines', () => {
  const cases = [
    {
      text: 'Flood waters reach Millbrook\n\nBy Aisha Kamara, Northern Echo\n\nThe river rose overnight.',
      meta: { title: 'Flood waters reach Millbrook', source: 'Northern Echo', date: '' },
    },
    {
      text: 'Flood waters reach Millbrook\n\nBy Aisha Kamara and Tom Reyes | The Morning Courier\n\nThe river rose.',
      meta: { title: 'Flood waters reach Millbrook', source: 'The Morning Courier', date: '' },
    },
    {
      text: 'Flood waters reach Millbrook\n\nBy Aisha Kamara, Political Editor, 3 March 2024\n\nThe river rose.',
      meta: { title: 'Flood waters reach Millbrook', source: '', date: '2024-03-03' },
    },
    {
      text: 'Flood waters reach Millbrook\n\nBY AISHA KAMARA\n\nThe river rose overnight.',
      meta: { title: 'Flood waters reach Millbrook', source: '', date: '' },
    },
    {
      text: 'Valley Times, 15 January 2025\n\nFlood waters reach Millbrook\n\nThe river rose overnight.',
      meta: { title: 'Flood waters reach Millbrook', source: 'Valley Times', date: '2025-01-15' },
    },
    {
      text: 'Flood waters reach Millbrook\n\nDaily Ledger · January 15, 2025\n\nThe river rose overnight.',
      meta: { title: 'Flood waters reach Millbrook', source: 'Daily Ledger', date: '2025-01-15' },
    },
    {
      // A place and a date: the date is the article's, the place is not an outlet.
      text: 'Flood waters reach Millbrook\n\nLondon, 15 January 2025\n\nThe river rose overnight.',
      meta: { title: 'Flood waters reach Millbrook', source: '', date: '2025-01-15' },
    },
    {
      text: 'Riverton Gazette\n\nFlood waters reach Millbrook\n\nThe river rose overnight.',
      meta: { title: 'Flood waters reach Millbrook', source: 'Riverton Gazette', date: '' },
    },
    {
      text: 'Riverton Gazette\n\n15 January 2025\n\nFlood waters reach Millbrook\n\nThe river rose overnight.',
      meta: { title: 'Flood waters reach Millbrook', source: 'Riverton Gazette', date: '2025-01-15' },
    },
  ] as const;
  for (const { text, meta } of cases) {
    it(JSON.stringify(text.split('\n\n').slice(0, 2)), () => {
      const parsed = parseArticleText(text);
      expect({ title: parsed.meta.title, source: parsed.meta.source, date: parsed.meta.date }).toEqual(meta);
      // Outlet lines and bylines are metadata: the text starts with the story.
      expect(parsed.paragraphs[0]).toMatch(/^The river rose/);
    });
  }

  // Lines of ordinary text that merely look a little like one: they stay text, or the headline.
  const ordinary = [
    { text: 'By Monday, Northern Echo readers had sent 400 letters.\n\nMore text.', title: '' },
    {
      text: 'Flood waters reach Millbrook\n\nBy then, the river had risen.\n\nMore text.',
      title: 'Flood waters reach Millbrook',
    },
    {
      text: 'Flood Waters Reach Millbrook\n\nResidents evacuated overnight\n\nMore text.',
      title: 'Flood Waters Reach Millbrook',
    },
    // A masthead-like line is the headline when no headline follows it.
    { text: 'Riverton Gazette\n\nThe river rose overnight and flooded the town.', title: 'Riverton Gazette' },
    {
      text: 'Flood waters reach Millbrook\n\nThe Times, they said, were changing.\n\nMore text.',
      title: 'Flood waters reach Millbrook',
    },
  ] as const;
  for (const { text, title } of ordinary) {
    it(`keeps ${JSON.stringify(text.split('\n\n')[0])} and what follows as written`, () => {
      const parsed = parseArticleText(text);
      expect(parsed.meta.source).toBe('');
      expect(parsed.meta.title).toBe(title);
      const lines = text.split('\n\n');
      expect(parsed.paragraphs).toEqual(title ? lines.slice(1) : lines);
    });
  }

  // Bylines and masthead lines are looked for at the head of the article only.
  it('reads a byline in the body as text', () => {
    const text = 'Flood waters reach Millbrook\n\nThe river rose.\n\nBy Aisha Kamara, Northern Echo';
    expect(parseArticleText(text)).toEqual({
      meta: { title: 'Flood waters reach Millbrook', source: '', date: '', url: '' },
      paragraphs: ['The river rose.', 'By Aisha Kamara, Northern Echo'],
    });
  });

  const shapes = [
    ['By Aisha Kamara, Northern Echo', { source: 'Northern Echo', date: '' }],
    ['By Aisha Kamara, Northern Echo, London', { source: 'Northern Echo', date: '' }],
    ['By Aisha Kamara – Staff Reporter', { source: '', date: '' }],
    ['Valley Times, 15 January 2025', { source: 'Valley Times', date: '2025-01-15' }],
    ['Times of India | 2 May 2023', { source: 'Times of India', date: '2023-05-02' }],
    ['By Tuesday, the talks had failed', null],
    ['By Aisha Kamara, who covers floods', null],
    ['Valley Times', null],
    ['Valley Times, the paper said', null],
  ] as const;
  for (const [line, expected] of shapes) {
    it(`outletLineOf(${JSON.stringify(line)})`, () => expect(outletLineOf(line)).toEqual(expected));
  }
});

describe('unclosed front matter', () => {
  const cases = [
    { text: '---\ntitle: unterminated front matter', paragraphs: ['title: unterminated front matter'] },
    {
      text: '---\ntitle: Flood waters\nsource: Valley Times\n\nThe river rose overnight.',
      paragraphs: ['title: Flood waters', 'source: Valley Times', 'The river rose overnight.'],
    },
    // A rule at the top with nothing under it is not front matter: the headline is read as usual.
    {
      text: '---\n\nFlood waters reach Millbrook\n\nThe river rose.',
      title: 'Flood waters reach Millbrook',
      paragraphs: ['The river rose.'],
    },
  ] as const;
  for (const c of cases) {
    it(JSON.stringify(c.text), () => {
      const parsed = parseArticleText(c.text);
      expect(parsed.meta).toEqual({ title: 'title' in c ? c.title : '', source: '', date: '', url: '' });
      expect(parsed.paragraphs).toEqual(c.paragraphs);
    });
  }
});

describe('capTitle', () => {
  const word = (n: number) => `w${String(n).padStart(3, '0')}`;
  const long = Array.from({ length: 60 }, (_, i) => word(i)).join(' ');
  const cases = [
    { title: 'Short headline', expected: 'Short headline' },
    { title: 'x'.repeat(MAX_TITLE), expected: 'x'.repeat(MAX_TITLE) },
    // 5 characters a word with its space: 40 words are 199 characters, and the ellipsis makes 200.
    { title: long, expected: `${Array.from({ length: 40 }, (_, i) => word(i)).join(' ')}…` },
    // Two characters more and the cut falls inside the 40th word, which is left out whole.
    { title: `a ${long}`, expected: `a ${Array.from({ length: 39 }, (_, i) => word(i)).join(' ')}…` },
    { title: `${'a'.repeat(196)}, and more words`, expected: `${'a'.repeat(196)}…` },
    { title: 'y'.repeat(250), expected: `${'y'.repeat(MAX_TITLE - 1)}…` },
  ] as const;
  for (const { title, expected } of cases) {
    it(`${title.slice(0, 20)}… (${title.length})`, () => {
      expect(capTitle(title)).toBe(expected);
      expect(capTitle(title).length).toBeLessThanOrEqual(MAX_TITLE);
    });
  }

  it('caps titles from front matter and Markdown headings', () => {
    expect(parseArticleText(`---\ntitle: ${long}\n---\nBody.`).meta.title).toBe(capTitle(long));
    expect(buildArticle('a.md', `# ${long}\n\nBody.`).title).toBe(capTitle(long));
  });
});

describe('invisible characters in article text', () => {
  it('removes zero-width characters and soft hyphens from paragraphs and front matter', () => {
    const parsed = parseArticleText(
      '---\ntitle: Tur\u200Bkey sends\u00AD aid\nsource: Val\u2060ley Times\n---\nAn\u00ADkara con\u200Dfirmed the re\uFEFFport.',
    );
    expect(parsed.meta.title).toBe('Turkey sends aid');
    expect(parsed.meta.source).toBe('Valley Times');
    expect(parsed.paragraphs).toEqual(['Ankara confirmed the report.']);
  });
});
