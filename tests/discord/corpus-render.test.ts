import { describe, expect, test } from 'vitest';
import type {
  AddedArticle,
  ArticleSummary,
  AuditEntry,
  EngineStatus,
  ReloadReport,
  TrashedArticle,
} from '../../src/core/engine.ts';
import { exactArticle, trashChoices, trashTarget } from '../../src/discord/autocomplete.ts';
import {
  auditLine,
  renderArticleAdded,
  renderArticleRemoved,
  renderArticleRestored,
  renderCorpusStatus,
  renderCurationRefusal,
} from '../../src/discord/render/corpus.ts';
import { article, STATS } from '../helpers/fixtures.ts';

const ZWSP = '\u200b';
const AT = new Date('2024-05-01T12:00:00.000Z');
const T = '<t:1714564800:R>';
const ANA = { id: '300000000000000003', name: 'ana_b' };

const ferry: ArticleSummary = {
  id: 'ferry-fares',
  file: 'ferry-fares.txt',
  title: 'Harbour ferry fares to rise in March',
  source: 'The Coast Herald',
  date: '2024-02-14',
  url: 'https://coastherald.example/news/harbour-ferry-fares',
  paragraphs: 6,
  firstLines: [
    'Single tickets on the harbour ferry will cost $4.20 from March 1.',
    'The authority blamed *higher* fuel prices.',
    '@everyone should read this.',
  ],
};

const QUOTED = [
  '> Single tickets on the harbour ferry will cost $4.20 from March 1.',
  '> The authority blamed \\*higher\\* fuel prices.',
  `> @${ZWSP}everyone should read this.`,
].join('\n');

const SUMMARY_FIELDS = [
  { name: 'Title', value: 'Harbour ferry fares to rise in March' },
  { name: 'Outlet', value: 'The Coast Herald', inline: true },
  { name: 'Date', value: '2024-02-14', inline: true },
  { name: 'Paragraphs', value: '6', inline: true },
  { name: 'URL', value: 'https://coastherald.example/news/harbour-ferry-fares' },
];

describe('renderArticleAdded', () => {
  const added: AddedArticle = {
    file: 'ferry-fares.txt',
    article: ferry,
    fromHtml: true,
    notes: [
      'The name "Ferry Fares.html" was changed to ferry-fares.txt.',
      "Converted from HTML: 6 paragraphs of the article's text kept.",
    ],
  };

  test('what was understood, where it went, and the notes; private', () => {
    expect(renderArticleAdded(added, STATS)).toEqual({
      embeds: [
        {
          color: 0x2f855a,
          title: 'Article added',
          description: QUOTED,
          fields: [
            ...SUMMARY_FIELDS,
            { name: 'Saved as', value: 'ferry-fares.txt' },
            {
              name: 'Notes',
              value:
                'The name "Ferry Fares.html" was changed to ferry-fares.txt.\nConverted from HTML: 6 paragraphs of the article\'s text kept.',
            },
          ],
          footer: {
            text: 'Not right? Remove it and add it again with the options set · 5 articles · 82 paragraphs',
          },
        },
      ],
      components: [],
      ephemeral: true,
    });
  });

  test.each([
    [{ title: '', source: '', date: '', url: '' }, ['Untitled', 'Not given', 'Not given', '6'], undefined],
    [{ url: 'javascript:alert(1)' }, [ferry.title, ferry.source, ferry.date, '6'], 'javascript:alert(1)'],
    [
      { title: '**Bold** <@123456789012345678>' },
      [`\\*\\*Bold\\*\\* <${ZWSP}@123456789012345678>`],
      ferry.url,
    ],
  ] as const)('fields of %j', (over, values, url) => {
    const payload = renderArticleAdded({ ...added, notes: [], article: { ...ferry, ...over } }, STATS);
    const fields = payload.embeds[0]?.fields ?? [];
    expect(fields.slice(0, values.length).map((f) => f.value)).toEqual(values);
    expect(fields.find((f) => f.name === 'URL')?.value).toBe(url);
    expect(fields.map((f) => f.name)).not.toContain('Notes');
  });
});

describe('renderArticleRemoved and renderArticleRestored', () => {
  test('removed: the article, its trash name, how to undo it', () => {
    expect(
      renderArticleRemoved(
        { file: 'ferry-fares.txt', trashName: '20240501T120000000Z--ferry-fares.txt', article: ferry },
        STATS,
      ),
    ).toEqual({
      embeds: [
        {
          color: 0xb7791f,
          title: 'Article removed',
          description:
            'The Coast Herald — Harbour ferry fares to rise in March · 2024-02-14 is no longer in the index; its file is in the trash. /corpus restore brings it back.',
          fields: [
            { name: 'File', value: 'ferry-fares.txt', inline: true },
            { name: 'In the trash as', value: '.trash/20240501T120000000Z--ferry-fares.txt', inline: true },
            { name: 'Paragraphs', value: '6', inline: true },
          ],
          footer: { text: '5 articles · 82 paragraphs' },
        },
      ],
      components: [],
      ephemeral: true,
    });
  });

  test('removed: a file that was not a loaded article', () => {
    const payload = renderArticleRemoved(
      { file: 'broken_file.txt', trashName: '20240501T120000000Z--broken_file.txt', article: null },
      STATS,
    );
    expect(payload.embeds[0]?.description).toBe(
      'broken\\_file.txt is no longer in the index; its file is in the trash. /corpus restore brings it back.',
    );
    expect(payload.embeds[0]?.fields?.map((f) => f.name)).toEqual(['File', 'In the trash as']);
  });

  test('restored: what came back and from where', () => {
    expect(
      renderArticleRestored(
        { file: 'ferry-fares.txt', trashName: '20240501T120000000Z--ferry-fares.txt', article: ferry },
        STATS,
      ),
    ).toEqual({
      embeds: [
        {
          color: 0x2f855a,
          title: 'Article restored',
          description: QUOTED,
          fields: [
            ...SUMMARY_FIELDS,
            { name: 'File', value: 'ferry-fares.txt', inline: true },
            { name: 'From the trash', value: '.trash/20240501T120000000Z--ferry-fares.txt', inline: true },
          ],
          footer: { text: '5 articles · 82 paragraphs' },
        },
      ],
      components: [],
      ephemeral: true,
    });
  });
});

describe('renderCurationRefusal', () => {
  test.each([
    [
      'add',
      'cannot add "x.bin": binary file (contains NUL bytes)',
      'Article not added',
      'Cannot add "x.bin": binary file (contains NUL bytes).',
    ],
    [
      'add',
      'cannot add "*big*.txt": too large (2000000 bytes, limit 1000000)',
      'Article not added',
      'Cannot add "\\*big\\*.txt": too large (2000000 bytes, limit 1000000).',
    ],
    [
      'remove',
      'no article "@everyone" in the corpus',
      'Article not removed',
      `No article "@${ZWSP}everyone" in the corpus.`,
    ],
    [
      'restore',
      'cannot restore a.txt: a file with that name is in the corpus again',
      'Article not restored',
      'Cannot restore a.txt: a file with that name is in the corpus again.',
    ],
  ] as const)('%s: %s', (action, message, title, description) => {
    expect(renderCurationRefusal(action, message)).toEqual({
      embeds: [{ color: 0xc53030, title, description }],
      components: [],
      ephemeral: true,
    });
  });
});

describe('auditLine', () => {
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({
    time: AT.toISOString(),
    moderator: ANA,
    action: 'add',
    article: 'ferry.txt',
    result: 'ok',
    ...over,
  });
  test.each([
    [entry({ detail: 'saved as ferry.txt' }), `${T} **ana\\_b** added ferry.txt`],
    [
      entry({ action: 'remove', detail: 'moved to .trash/20240501T120000000Z--ferry.txt' }),
      `${T} **ana\\_b** removed ferry.txt (moved to .trash/20240501T120000000Z--ferry.txt)`,
    ],
    [
      entry({ action: 'restore', detail: 'from .trash/20240501T120000000Z--ferry.txt' }),
      `${T} **ana\\_b** restored ferry.txt (from .trash/20240501T120000000Z--ferry.txt)`,
    ],
    [
      entry({ action: 'reload', article: '', detail: '1 added, 0 changed, 0 removed' }),
      `${T} **ana\\_b** reloaded (1 added, 0 changed, 0 removed)`,
    ],
    [
      entry({
        action: 'reload',
        article: '',
        moderator: { id: 'newsdesk', name: 'automatic reload' },
        detail: '0 added, 1 changed, 0 removed',
      }),
      `${T} **Newsdesk** reloaded (0 added, 1 changed, 0 removed)`,
    ],
    [
      entry({
        article: 'x.bin',
        result: 'error',
        error: 'cannot add "x.bin": binary file (contains NUL bytes)',
      }),
      `${T} ✗ **ana\\_b** could not add x.bin: binary file (contains NUL bytes)`,
    ],
    [
      entry({
        action: 'reload',
        article: '',
        result: 'error',
        error: "ENOENT: no such file or directory, scandir '/x'",
      }),
      `${T} ✗ **ana\\_b** could not reload: ENOENT: no such file or directory, scandir '/x'`,
    ],
    [
      entry({ time: 'yesterday', moderator: { id: '1', name: '@here' } }),
      `yesterday **@${ZWSP}here** added ferry.txt`,
    ],
  ] as const)('%#: %s', (input, expected) => {
    expect(auditLine(input)).toBe(expected);
  });
});

describe('renderCorpusStatus', () => {
  const report: ReloadReport = {
    loaded: [],
    skipped: [],
    articles: 12,
    paragraphs: 80,
    tookMs: 9,
    added: ['ferry.txt'],
    changed: [],
    removed: [],
    unchanged: 11,
  };
  const status: EngineStatus = {
    corpusDir: '/srv/corpus',
    articles: 12,
    paragraphs: 80,
    skipped: [
      { file: 'photo.jpg', reason: 'not an article file (.txt or .md)' },
      { file: 'empty.txt', reason: 'empty file' },
    ],
    lastReload: { at: AT, by: ANA, tookMs: 9, report },
    snapshot: {
      indexDir: '/srv/.newsdesk',
      startup: { state: 'loaded', tookMs: 31 },
      lastSave: { at: AT, ok: true, bytes: 48_213, tookMs: 12 },
    },
    removedTempFiles: ['.newsdesk-tmp-1-abc'],
    audit: {
      file: '/srv/.newsdesk/audit.jsonl',
      recent: [
        {
          time: AT.toISOString(),
          moderator: ANA,
          action: 'reload',
          article: '',
          result: 'ok',
          detail: '1 added, 0 changed, 0 removed',
        },
      ],
      counts: { add: 0, remove: 0, restore: 0, reload: 1 },
      failures: 0,
      writeError: null,
    },
  };

  test('everything at a glance, private', () => {
    expect(renderCorpusStatus(status, 2)).toEqual({
      embeds: [
        {
          color: 0xb7791f,
          title: 'Corpus status',
          description: '12 articles, 80 paragraphs; 2 files skipped; 2 articles in the trash.',
          fields: [
            {
              name: 'Last reload',
              value: `${T} by **ana\\_b** in 9 ms: 1 added, 0 changed, 0 removed.`,
            },
            {
              name: 'Index snapshot',
              value: `Loaded from the snapshot at start-up in 31 ms.\nSaved ${T} (48.2 kB in 12 ms).\nDeleted 1 temporary file a crash had left.`,
            },
            { name: 'Recent changes', value: `${T} **ana\\_b** reloaded (1 added, 0 changed, 0 removed)` },
            {
              name: 'Skipped (2)',
              value: 'photo.jpg: not an article file (.txt or .md)\nempty.txt: empty file',
            },
          ],
        },
      ],
      components: [],
      ephemeral: true,
    });
  });

  const snapshots = [
    [
      { startup: { state: 'disabled' }, lastSave: null },
      'Not kept: no index folder is set, so every start reads every article again.',
    ],
    [
      { startup: { state: 'rebuilt', reason: 'no snapshot', tookMs: 140 }, lastSave: null },
      'Rebuilt at start-up in 140 ms: no snapshot.\nNot saved since start-up: nothing has changed.',
    ],
    [
      {
        startup: {
          state: 'refreshed',
          reason: 'files changed since the snapshot was saved: 1 added (b.txt)',
          tookMs: 40,
        },
        lastSave: { at: AT, ok: true, bytes: 2_500_000, tookMs: 80 },
      },
      `Loaded from the snapshot at start-up in 40 ms, then brought up to date: files changed since the snapshot was saved: 1 added (b.txt).\nSaved ${T} (2.5 MB in 80 ms).`,
    ],
    [
      {
        startup: { state: 'loaded', tookMs: 5 },
        lastSave: {
          at: AT,
          ok: false,
          error: 'cannot save the index snapshot in /ro (EROFS); still answering from memory',
        },
      },
      `Loaded from the snapshot at start-up in 5 ms.\n⚠ Saving failed ${T}: cannot save the index snapshot in /ro (EROFS); still answering from memory`,
    ],
  ] as const;
  test.each(snapshots)('snapshot %j', (snapshot, value) => {
    const payload = renderCorpusStatus(
      { ...status, snapshot: { indexDir: null, ...snapshot }, removedTempFiles: [] },
      0,
    );
    expect(payload.embeds[0]?.fields?.find((f) => f.name === 'Index snapshot')?.value).toBe(value);
  });

  test('a fresh bot: nothing skipped, nobody reloaded, no changes yet, audit in memory', () => {
    const payload = renderCorpusStatus(
      {
        ...status,
        skipped: [],
        lastReload: { at: AT, by: null, tookMs: 9, report },
        audit: { ...status.audit, file: null, recent: [] },
      },
      0,
    );
    const [embed] = payload.embeds;
    expect(embed?.description).toBe('12 articles, 80 paragraphs; no files skipped; the trash is empty.');
    expect(embed?.fields?.[0]?.value).toBe(
      `${T} by Newsdesk itself (start-up or a file change) in 9 ms: 1 added, 0 changed, 0 removed.`,
    );
    expect(embed?.fields?.[2]).toEqual({ name: 'Recent changes (kept in memory only)', value: 'None yet.' });
    expect(embed?.fields).toHaveLength(3);
  });

  test('an audit log that cannot be written says so first', () => {
    const payload = renderCorpusStatus(
      {
        ...status,
        audit: { ...status.audit, writeError: 'cannot write the audit log /ro/audit.jsonl: EROFS' },
      },
      0,
    );
    expect(payload.embeds[0]?.fields?.[2]?.value).toBe(
      `⚠ cannot write the audit log /ro/audit.jsonl: EROFS\n${T} **ana\\_b** reloaded (1 added, 0 changed, 0 removed)`,
    );
  });
});

describe('choosing what to remove and restore', () => {
  const articles = [
    article('ferry', { title: 'Harbour ferry fares rise' }),
    article('ferry-2', { title: 'Harbour ferry fares rise', file: 'ferry-2.md' }),
    article('strike', { title: 'Dock workers strike' }),
  ];
  test.each([
    ['ferry', 'ferry.txt'],
    ['ferry-2.md', 'ferry-2.md'],
    ['  strike ', 'strike.txt'],
    ['dock WORKERS strike', 'strike.txt'],
    // Two articles with that title, a partial title, nothing: no guess.
    ['Harbour ferry fares rise', undefined],
    ['Dock workers', undefined],
    ['', undefined],
  ] as const)('exactArticle(%j)', (typed, file) => {
    expect(exactArticle(typed, articles)?.file).toBe(file);
  });

  const trashed: TrashedArticle[] = [
    {
      trashName: '20240502T090000000Z--ferry.txt',
      file: 'ferry.txt',
      removedAt: new Date('2024-05-02T09:00:00Z'),
      title: 'Harbour ferry fares rise',
    },
    {
      trashName: '20240501T120000000Z--ferry.txt',
      file: 'ferry.txt',
      removedAt: AT,
      title: 'Harbour ferry fares rise',
    },
    {
      trashName: '20240430T080000000Z--notes.md',
      file: 'notes.md',
      removedAt: new Date('2024-04-30T08:00:00Z'),
      title: '',
    },
    {
      trashName: `20240429T080000000Z--${'long-name-'.repeat(9)}.txt`,
      file: `${'long-name-'.repeat(9)}.txt`,
      removedAt: new Date('2024-04-29T08:00:00Z'),
      title: 'A'.repeat(120),
    },
  ];

  test('trashChoices: newest first, with when each was removed; the file name when the trash name is too long', () => {
    expect(trashChoices('', trashed)).toEqual([
      {
        name: 'Harbour ferry fares rise (ferry.txt) · removed 2024-05-02 09:00 UTC',
        value: '20240502T090000000Z--ferry.txt',
      },
      {
        name: 'Harbour ferry fares rise (ferry.txt) · removed 2024-05-01 12:00 UTC',
        value: '20240501T120000000Z--ferry.txt',
      },
      { name: 'notes.md · removed 2024-04-30 08:00 UTC', value: '20240430T080000000Z--notes.md' },
      {
        name: `${'A'.repeat(68)}… · removed 2024-04-29 08:00 UTC`,
        value: `${'long-name-'.repeat(9)}.txt`,
      },
    ]);
    expect(trashChoices('ferr', trashed).map((c) => c.value)).toEqual([
      '20240502T090000000Z--ferry.txt',
      '20240501T120000000Z--ferry.txt',
    ]);
    expect(trashChoices('notes', trashed)).toHaveLength(1);
    expect(trashChoices('bananas', trashed)).toEqual([]);
    for (const choice of trashChoices('', trashed)) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  test.each([
    ['20240501T120000000Z--ferry.txt', '20240501T120000000Z--ferry.txt'],
    ['ferry.txt', 'ferry.txt'],
    ['NOTES', 'NOTES'],
    // A title: its latest copy.
    ['harbour ferry fares rise', '20240502T090000000Z--ferry.txt'],
    ['unknown', 'unknown'],
  ] as const)('trashTarget(%j)', (typed, target) => {
    expect(trashTarget(typed, trashed)).toBe(target);
  });
});

describe('file names and titles with control and bidirectional characters', () => {
  const file = 'invoice\u202Efdp.exe';
  const odd: ArticleSummary = {
    ...ferry,
    file,
    title: 'Two\nlines',
    source: 'Out\u2066let',
    date: 'May\u0085 3',
  };
  const cases = [
    [
      'renderArticleAdded',
      () => renderArticleAdded({ file, article: odd, fromHtml: false, notes: [] }, STATS),
    ],
    [
      'renderArticleRemoved',
      () => renderArticleRemoved({ file, trashName: `x--${file}`, article: null }, STATS),
    ],
    [
      'renderArticleRestored',
      () => renderArticleRestored({ file, trashName: `x--${file}`, article: odd }, STATS),
    ],
  ] as const;
  for (const [name, render] of cases) {
    test(name, () => {
      const embed = render().embeds[0];
      const texts = [embed?.description ?? '', ...(embed?.fields ?? []).flatMap((f) => [f.name, f.value])];
      for (const text of texts) {
        expect(text).not.toMatch(/[\u202E\u2066\u0085]/);
        expect(text).not.toContain('Two\nlines');
      }
      // Escaped for markdown as well, so Discord shows `invoice\u202Efdp.exe`.
      expect(texts).toContain('invoice\\\\u202Efdp.exe');
    });
  }
});
