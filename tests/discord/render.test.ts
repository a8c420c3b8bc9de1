import { describe, expect, test } from 'vitest';
import type { ReloadReport } from '../../src/core/engine.ts';
import { articleKey } from '../../src/discord/custom-id.ts';
import { renderAnswer, renderParagraph } from '../../src/discord/render/answer.ts';
import { renderSource, renderSources } from '../../src/discord/render/articles.ts';
import { articleLine, highlight, pagerRows, safeUrl, titleLink } from '../../src/discord/render/elements.ts';
import { renderHelp } from '../../src/discord/render/help.ts';
import {
  cooldownNotice,
  errorNotice,
  expiredNotice,
  forgedButtonNotice,
  unknownCommandNotice,
} from '../../src/discord/render/notices.ts';
import { renderReloadFailure, renderReloadReport } from '../../src/discord/render/reload.ts';
import { renderSearch } from '../../src/discord/render/search.ts';
import { answer, article, citation, hit, STATS } from '../helpers/fixtures.ts';

const OWNER = '123456789012345678';
const ZWSP = '\u200b';
const button = (custom_id: string, label: string, disabled: boolean) => ({
  type: 2,
  style: 2,
  custom_id,
  label,
  disabled,
});
const FOOTER = { text: '5 articles · 82 paragraphs · loaded' };
const TIMESTAMP = '2024-05-01T12:00:00.000Z';

describe('elements', () => {
  test.each([
    ['https://news.example/a', 'https://news.example/a'],
    ['https://news.example/a b(c)', 'https://news.example/a%20b%28c%29'],
    ['http://x.example', 'http://x.example/'],
    ['https://x.example/@everyone', 'https://x.example/%40everyone'],
    ['https://user:pw@x.example/', undefined],
    ['javascript:alert(1)', undefined],
    ['ftp://x.example/file', undefined],
    ['not a url', undefined],
    ['', undefined],
  ] as const)('safeUrl(%j)', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  test.each([
    [{ source: 'TASS', title: 'Troops', date: 'October 3' }, 'TASS — Troops · October 3'],
    [{ source: '', title: 'Troops', date: '' }, 'Troops'],
    [{ source: '', title: '', date: '2020-10-14' }, 'Untitled · 2020-10-14'],
    [{ source: 'A_B', title: '**x**', date: '' }, 'A\\_B — \\*\\*x\\*\\*'],
  ] as const)('articleLine(%j)', (meta, expected) => {
    expect(articleLine(meta)).toBe(expected);
  });

  test.each([
    [{ title: 'T [1]', url: 'https://n.example/x' }, '[T \\[1\\]](https://n.example/x)'],
    [{ title: 'T', url: '' }, 'T'],
  ] as const)('titleLink(%j)', (meta, expected) => {
    expect(titleLink(meta)).toBe(expected);
  });

  test.each([
    ['Syrian fighters were deployed.', ['fighters'], 'Syrian **fighters** were deployed.'],
    ['FIGHTERS, fighters; fighter', ['fighters'], '**FIGHTERS**, **fighters**; fighter'],
    ['Azerbaijan’s *army*', ['azerbaijan', 'army'], '**Azerbaijan**’s \\***army**\\*'],
    ['no match here', ['fighters'], 'no match here'],
    ['@everyone fighters', [], `@${ZWSP}everyone fighters`],
  ] as const)('highlight(%j)', (text, words, expected) => {
    expect(highlight(text, words)).toBe(expected);
  });

  test('pagerRows', () => {
    const id = (p: number) => `search:abcdefghij:${p}`;
    expect(pagerRows(1, 1, id)).toEqual([]);
    expect(pagerRows(1, 3, id)).toEqual([
      { type: 1, components: [button(id(0), '◀ Previous', true), button(id(2), 'Next ▶', false)] },
    ]);
    expect(pagerRows(3, 3, id)).toEqual([
      { type: 1, components: [button(id(2), '◀ Previous', false), button(id(4), 'Next ▶', true)] },
    ]);
  });
});

describe('renderAnswer', () => {
  test('an answer with two citations, the second in focus', () => {
    const a = answer({
      citations: [citation(1, { url: 'https://news.example/a(1)', source: '' }), citation(2)],
    });
    expect(renderAnswer(a, { session: 'abcdefghij', focus: 2, ephemeral: false }, STATS)).toEqual({
      embeds: [
        {
          color: 0x2b6cb0,
          title: 'Who denied it?',
          description: '“Quoted sentence 1.” **[1]** “Quoted sentence 2.” **[2]**',
          fields: [
            {
              name: '[1] Title 1',
              value: '2020-10-14 · paragraph 2 · [link](https://news.example/a%281%29)',
            },
            { name: '[2] Outlet', value: 'Title 2\n2020-10-14 · paragraph 3' },
          ],
          footer: FOOTER,
          timestamp: TIMESTAMP,
        },
        {
          color: 0x2b6cb0,
          title: '[2] Title 2',
          description: '> Quoted sentence 2.',
          footer: { text: 'Citation 2 of 2 · Outlet · 2020-10-14 · paragraph 3' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            button('ask:abcdefghij:c:1', '◀ Previous', false),
            button('ask:abcdefghij:c:3', 'Next ▶', true),
            button('ask:abcdefghij:p:2', 'Full paragraph [2]', false),
          ],
        },
      ],
      ephemeral: false,
    });
  });

  test('one citation: only the paragraph button; the link sits on the title', () => {
    const a = answer({
      answer: '“Quoted sentence 1.” [1]',
      citations: [citation(1, { url: 'https://n.example/1' })],
    });
    const payload = renderAnswer(a, { session: 'abcdefghij', focus: 1, ephemeral: true }, STATS);
    expect(payload.ephemeral).toBe(true);
    expect(payload.embeds[0]?.fields).toEqual([
      { name: '[1] Outlet', value: '[Title 1](https://n.example/1)\n2020-10-14 · paragraph 2' },
    ]);
    expect(payload.embeds[1]?.url).toBe('https://n.example/1');
    expect(payload.components).toEqual([
      { type: 1, components: [button('ask:abcdefghij:p:1', 'Full paragraph [1]', false)] },
    ]);
  });

  test('a focus out of range is clamped', () => {
    const payload = renderAnswer(answer(), { session: 'abcdefghij', focus: 9, ephemeral: false }, STATS);
    expect(payload.embeds[1]?.footer?.text).toBe('Citation 2 of 2 · Outlet · 2020-10-14 · paragraph 3');
  });

  test('not answered: the statement and the topics the articles cover, no buttons', () => {
    const a = answer({
      answered: false,
      answer: 'The articles don’t answer that.',
      citations: [],
      suggestions: ['Nagorno-Karabakh', 'Syrian *fighters*'],
    });
    expect(renderAnswer(a, { session: 'abcdefghij', focus: 1, ephemeral: false }, STATS)).toEqual({
      embeds: [
        {
          color: 0x718096,
          title: 'Who denied it?',
          description:
            'The articles don’t answer that.\n\nThe articles do cover: Nagorno-Karabakh, Syrian \\*fighters\\*',
          footer: FOOTER,
          timestamp: TIMESTAMP,
        },
      ],
      components: [],
      ephemeral: false,
    });
  });

  test('article and question text can neither format nor ping', () => {
    const a = answer({
      question: '@everyone **who**?',
      answer: '“Hello @everyone <@123456789012345678>” [1]',
      citations: [
        citation(1, { source: '@here', title: '[x](https://evil.example)', snippet: '# @everyone' }),
      ],
    });
    const payload = renderAnswer(a, { session: 'abcdefghij', focus: 1, ephemeral: false }, STATS);
    expect(payload.embeds[0]?.title).toBe(`@${ZWSP}everyone \\*\\*who\\*\\*?`);
    expect(payload.embeds[0]?.description).toBe(
      `“Hello @${ZWSP}everyone <${ZWSP}@123456789012345678>” **[1]**`,
    );
    expect(payload.embeds[0]?.fields?.[0]).toEqual({
      name: `[1] @${ZWSP}here`,
      value: '\\[x\\](https://evil.example)\n2020-10-14 · paragraph 2',
    });
    expect(payload.embeds[1]?.description).toBe(`> \\# @${ZWSP}everyone`);
  });
});

test('renderParagraph: the whole paragraph, the quote in bold, private', () => {
  expect(renderParagraph(citation(3, { url: 'https://n.example/3' }))).toEqual({
    embeds: [
      {
        color: 0x2b6cb0,
        title: '[3] Title 3',
        url: 'https://n.example/3',
        description: 'Before. **Quoted sentence 3.** After.',
        footer: { text: 'Outlet · 2020-10-14 · paragraph 4 · a3.txt' },
      },
    ],
    components: [],
    ephemeral: true,
  });
  expect(
    renderParagraph(citation(1, { snippet: 'not in the text', text: 'a_b' })).embeds[0]?.description,
  ).toBe('a\\_b');
});

describe('renderSearch', () => {
  const a = article('a1', {
    source: 'TASS',
    title: 'Fighters *deployed*',
    date: '2020-10-03',
    url: 'https://tass.example/1',
    texts: ['Syrian fighters were deployed.', 'Second.', 'Third fighters.', '4', '5', '6'],
  });
  const hits = [hit(a, 1, ['fighters']), hit(a, 3, ['fighters']), hit(a, 2), hit(a, 4), hit(a, 5), hit(a, 6)];

  test('first page: five ranked hits with highlighted words, Next enabled', () => {
    const payload = renderSearch(
      hits,
      { session: 'abcdefghij', query: 'fighters', article: undefined, page: 1, ephemeral: false },
      STATS,
    );
    expect(payload.embeds[0]?.title).toBe('Search: fighters');
    expect(payload.embeds[0]?.fields?.map((f) => f.name)).toEqual([
      '1. TASS — Fighters \\*deployed\\*',
      '2. TASS — Fighters \\*deployed\\*',
      '3. TASS — Fighters \\*deployed\\*',
      '4. TASS — Fighters \\*deployed\\*',
      '5. TASS — Fighters \\*deployed\\*',
    ]);
    expect(payload.embeds[0]?.fields?.[0]?.value).toBe(
      '> Syrian **fighters** were deployed.\n2020-10-03 · paragraph 1 · [link](https://tass.example/1)',
    );
    expect(payload.embeds[0]?.footer).toEqual({ text: 'Page 1 of 2 · 6 matching paragraphs' });
    expect(payload.components).toEqual([
      {
        type: 1,
        components: [
          button('search:abcdefghij:0', '◀ Previous', true),
          button('search:abcdefghij:2', 'Next ▶', false),
        ],
      },
    ]);
  });

  test('last page', () => {
    const payload = renderSearch(
      hits,
      { session: 'abcdefghij', query: 'fighters', article: a, page: 2, ephemeral: true },
      STATS,
    );
    expect(payload.embeds[0]?.title).toBe('Search: fighters in Fighters \\*deployed\\*');
    expect(payload.embeds[0]?.fields).toHaveLength(1);
    expect(payload.embeds[0]?.fields?.[0]?.name).toBe('6. TASS — Fighters \\*deployed\\*');
    expect(payload.ephemeral).toBe(true);
  });

  test('no hits', () => {
    expect(
      renderSearch(
        [],
        { session: 'abcdefghij', query: 'bananas', article: undefined, page: 1, ephemeral: false },
        STATS,
      ),
    ).toEqual({
      embeds: [
        {
          color: 0x718096,
          title: 'Search: bananas',
          description:
            'No paragraph matches “bananas”. Try other words, or /sources to see what the articles cover.',
          footer: FOOTER,
          timestamp: TIMESTAMP,
        },
      ],
      components: [],
      ephemeral: false,
    });
  });
});

describe('articles', () => {
  const a = article('a1', {
    source: 'TASS',
    title: 'Fighters *deployed*',
    date: '2020-10-03',
    texts: ['Syrian fighters were deployed.', 'Second.', 'Third.', '4', '5', '6'],
  });

  test('renderSources', () => {
    expect(renderSources([a, article('b2')], { owner: OWNER, page: 1, ephemeral: false }, STATS)).toEqual({
      embeds: [
        {
          color: 0x2f855a,
          title: 'Sources',
          description:
            '**1.** TASS — Fighters \\*deployed\\* · 2020-10-03 · 6 paragraphs\n**2.** Title of b2 · 1 paragraph',
          footer: { text: 'Page 1 of 1 · 5 articles · 82 paragraphs · loaded' },
          timestamp: TIMESTAMP,
        },
      ],
      components: [],
      ephemeral: false,
    });
  });

  test('renderSources pages by ten; an empty corpus says so', () => {
    const many = Array.from({ length: 23 }, (_, i) => article(`x${String(i).padStart(2, '0')}`));
    const page3 = renderSources(many, { owner: OWNER, page: 3, ephemeral: false }, STATS);
    expect(page3.embeds[0]?.description).toBe(
      '**21.** Title of x20 · 1 paragraph\n**22.** Title of x21 · 1 paragraph\n**23.** Title of x22 · 1 paragraph',
    );
    expect(page3.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      `sources:${OWNER}:2`,
      `sources:${OWNER}:4`,
    ]);
    expect(renderSources([], { owner: OWNER, page: 1, ephemeral: false }, STATS).embeds[0]?.description).toBe(
      'The corpus folder has no articles yet. Add some and run /reload.',
    );
  });

  test('renderSource', () => {
    expect(renderSource(a, { owner: OWNER, page: 2, ephemeral: false })).toEqual({
      embeds: [
        {
          color: 0x2f855a,
          title: 'Fighters \\*deployed\\*',
          description: '**¶6** 6',
          fields: [
            { name: 'Outlet', value: 'TASS', inline: true },
            { name: 'Date', value: '2020-10-03', inline: true },
            { name: 'Paragraphs', value: '6', inline: true },
          ],
          footer: { text: 'Page 2 of 2 · a1.txt' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            button(`source:${OWNER}:${articleKey('a1')}:1`, '◀ Previous', false),
            button(`source:${OWNER}:${articleKey('a1')}:3`, 'Next ▶', true),
          ],
        },
      ],
      ephemeral: false,
    });
  });
});

describe('reload', () => {
  const report: ReloadReport = {
    loaded: [],
    skipped: [{ file: 'x.pdf', reason: 'not an article file' }],
    articles: 5,
    paragraphs: 80,
    tookMs: 12,
    added: ['new_one.txt'],
    changed: [],
    removed: ['old.txt'],
    unchanged: 4,
  };

  test('renderReloadReport', () => {
    expect(renderReloadReport(report)).toEqual({
      embeds: [
        {
          color: 0xb7791f,
          title: 'Corpus reloaded',
          description: '5 articles, 80 paragraphs in 12 ms.\n4 unchanged, 2 files changed.',
          fields: [
            { name: 'Added (1)', value: 'new\\_one.txt' },
            { name: 'Removed (1)', value: 'old.txt' },
            { name: 'Skipped (1)', value: 'x.pdf: not an article file' },
          ],
        },
      ],
      components: [],
      ephemeral: true,
    });
  });

  test('nothing changed; long lists end with a count', () => {
    const quiet = renderReloadReport({ ...report, added: [], removed: [], skipped: [], unchanged: 5 });
    expect(quiet.embeds[0]?.description).toBe('5 articles, 80 paragraphs in 12 ms.\nNothing changed.');
    expect(quiet.embeds[0]?.fields).toEqual([]);
    const files = Array.from({ length: 200 }, (_, i) => `article-${String(i).padStart(3, '0')}.txt`);
    const busy = renderReloadReport({ ...report, added: files });
    const value = busy.embeds[0]?.fields?.[0]?.value ?? '';
    expect(busy.embeds[0]?.fields?.[0]?.name).toBe('Added (200)');
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).toBe(`${files.slice(0, 63).join('\n')}\n…and 137 more`);
  });

  test('renderReloadFailure', () => {
    expect(renderReloadFailure("ENOENT: no such file or directory, scandir '/x/corpus'", STATS)).toEqual({
      embeds: [
        {
          color: 0xc53030,
          title: 'Reload failed',
          description:
            "ENOENT: no such file or directory, scandir '/x/corpus'\n\nStill answering from the 5 articles loaded <t:1714564800:R>.",
        },
      ],
      components: [],
      ephemeral: true,
    });
  });
});

describe('help and notices', () => {
  test('help names every command and how to ask without one', () => {
    const payload = renderHelp(STATS, true);
    expect(payload.ephemeral).toBe(true);
    expect(payload.embeds[0]?.fields?.map((f) => f.name)).toEqual([
      '/ask question',
      '/search query [source]',
      '/sources',
      '/source article',
      '/reload',
      '/corpus add · remove · restore · status',
      'Without a command',
      'Asking well',
    ]);
    expect(payload.embeds[0]?.footer).toEqual(FOOTER);
  });

  test.each([
    [cooldownNotice(4_200), "You're asking faster than I can keep up with. Try again in 5 s."],
    [cooldownNotice(10), "You're asking faster than I can keep up with. Try again in 1 s."],
    [
      errorNotice('a1b2c3d4'),
      'Something went wrong on my side, sorry. If it keeps happening, tell the bot owner: reference `a1b2c3d4`.',
    ],
    [
      expiredNotice('ask'),
      'Those buttons have expired (results keep them for 30 minutes, until I restart). Ask again with /ask.',
    ],
    [
      expiredNotice('search'),
      'Those buttons have expired (results keep them for 30 minutes, until I restart). Run /search again.',
    ],
    [forgedButtonNotice(), "That button isn't one I recognise, so I did nothing."],
    [unknownCommandNotice('old_cmd'), "I don't know /old\\_cmd (any more). Type / to see my commands."],
  ] as const)('%#: %j', (payload, content) => {
    expect(payload).toEqual({ content, embeds: [], components: [], ephemeral: true });
  });
});

describe('names with control and bidirectional characters', () => {
  // A file name that a right-to-left override would show as `invoiceexe.pdf`, and metadata that would
  // break or reorder its line: all must reach Discord as visible escapes.
  const file = 'invoice\u202Efdp.exe';
  const named = article('named', {
    file,
    title: 'Two\nlines',
    source: 'Out\u2066let',
    date: 'May\u0085 3',
    texts: ['Plain paragraph text.'],
  });
  const cited = citation(1, { file, title: named.title, source: named.source, date: named.date });
  const RAW = /[\u202E\u2066\u0085]/;
  const RAW_NAMES = ['Two\nlines', 'bad\nname'];
  const cases = [
    ['renderSources', () => renderSources([named], { owner: OWNER, page: 1, ephemeral: false }, STATS)],
    ['renderSource', () => renderSource(named, { owner: OWNER, page: 1, ephemeral: false })],
    [
      'renderAnswer',
      () =>
        renderAnswer(
          answer({ citations: [cited] }),
          { session: 'abcdefghij', focus: 1, ephemeral: false },
          STATS,
        ),
    ],
    ['renderParagraph', () => renderParagraph(cited)],
    [
      'renderSearch',
      () =>
        renderSearch(
          [hit(named, 1)],
          { session: 'abcdefghij', query: 'plain', article: named, page: 1, ephemeral: false },
          STATS,
        ),
    ],
    [
      'renderReloadReport',
      () =>
        renderReloadReport({
          loaded: [],
          skipped: [{ file: 'bad\nname.txt', reason: 'empty' }],
          articles: 1,
          paragraphs: 1,
          tookMs: 1,
          added: [file],
          changed: [],
          removed: [],
          unchanged: 0,
        }),
    ],
  ] as const;
  for (const [name, render] of cases) {
    test(name, () => {
      const payload = render();
      const texts = payload.embeds.flatMap((embed) => [
        embed.title ?? '',
        embed.footer?.text ?? '',
        embed.description ?? '',
        ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      ]);
      for (const text of texts) {
        expect(text).not.toMatch(RAW);
        for (const name of RAW_NAMES) expect(text).not.toContain(name);
      }
      expect(JSON.stringify(payload)).toMatch(/u202E|u2066|u0085/);
    });
  }

  test('each name shows its escapes', () => {
    // Escaped for markdown as well: Discord shows the doubled backslash as one, `Out\u2066let — Two\nlines`.
    expect(articleLine(named)).toBe('Out\\\\u2066let — Two\\\\nlines · May\\\\u0085 3');
    const footer = renderSource(named, { owner: OWNER, page: 1, ephemeral: false }).embeds[0]?.footer?.text;
    expect(footer).toBe('Page 1 of 1 · invoice\\u202Efdp.exe');
  });
});
