import { describe, expect, it } from 'vitest';
import {
  createLoadProgress,
  PROGRESS_DELAY_MS,
  progressLine,
  renderStartupReport,
} from '../../src/cli/loading.ts';
import type { EngineStatus } from '../../src/core/engine.ts';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('createLoadProgress', () => {
  const cases = [
    { name: 'on a terminal after the delay', isTTY: true, at: PROGRESS_DELAY_MS + 1, shown: true },
    { name: 'on a terminal before the delay', isTTY: true, at: PROGRESS_DELAY_MS - 1, shown: false },
    { name: 'not on a terminal', isTTY: false, at: PROGRESS_DELAY_MS * 10, shown: false },
  ] as const;
  for (const { name, isTTY, at, shown } of cases) {
    it(`${shown ? 'shows' : 'shows nothing'} ${name}`, () => {
      let now = 0;
      const stream = recorder(isTTY);
      const progress = createLoadProgress(stream, { now: () => now });
      now = at;
      progress.onProgress({ phase: 'reading', done: 1200, total: 5000 });
      progress.done();
      expect(stream.written).toEqual(shown ? ['\r\x1b[2KLoading articles… 1200/5000', '\r\x1b[2K'] : []);
    });
  }

  it('rewrites the line at most once an interval, and not after done', () => {
    let now = PROGRESS_DELAY_MS;
    const stream = recorder(true);
    const progress = createLoadProgress(stream, { now: () => now, delayMs: 0, intervalMs: 100 });
    progress.onProgress({ phase: 'reading', done: 1, total: 3 });
    now += 50;
    progress.onProgress({ phase: 'reading', done: 2, total: 3 });
    now += 100;
    progress.onProgress({ phase: 'indexing', done: 1, total: 3 });
    progress.done();
    progress.onProgress({ phase: 'indexing', done: 3, total: 3 });
    expect(stream.written).toEqual([
      '\r\x1b[2KLoading articles… 1/3',
      '\r\x1b[2KIndexing articles… 1/3',
      '\r\x1b[2K',
    ]);
  });

  it('names the phase', () => {
    expect(progressLine({ phase: 'indexing', done: 7, total: 9 })).toBe('Indexing articles… 7/9');
  });
});

describe('renderStartupReport', () => {
  const base = {
    articles: 45,
    paragraphs: 310,
    skipped: [],
    lastReload: { tookMs: 1234 } as EngineStatus['lastReload'],
  };
  const snapshot = (startup: EngineStatus['snapshot']['startup']) => ({
    indexDir: '/srv/.newsdesk',
    startup,
    lastSave: null,
  });
  const cases = [
    {
      startup: { state: 'disabled' },
      expected: 'Newsdesk: 45 articles, 310 paragraphs, indexed in 1234 ms.',
    },
    {
      startup: { state: 'loaded', tookMs: 310 },
      expected: 'Newsdesk: 45 articles, 310 paragraphs, from the saved index in 310 ms.',
    },
    {
      startup: {
        state: 'refreshed',
        tookMs: 320,
        reason: 'files changed since the snapshot was saved: 1 changed (b.txt)',
      },
      expected:
        'Newsdesk: 45 articles, 310 paragraphs, from the saved index in 320 ms (files changed since the snapshot was saved: 1 changed (b.txt)).',
    },
    {
      startup: { state: 'rebuilt', tookMs: 9000, reason: 'no snapshot yet' },
      expected:
        'Newsdesk: 45 articles, 310 paragraphs, indexed in 9000 ms (saved index not used: no snapshot yet).',
    },
  ] as const;
  for (const { startup, expected } of cases) {
    it(startup.state, () => {
      expect(renderStartupReport({ ...base, snapshot: snapshot(startup) })).toBe(expected);
    });
  }

  it('lists every skipped file with its reason', () => {
    const skipped = [
      { file: 'passwd.txt', reason: 'links outside the corpus folder' },
      { file: 'photo.png', reason: 'not an article file (expected .txt or .md)' },
      { file: 'two\nlines\u202E.txt', reason: 'empty file' },
    ];
    expect(renderStartupReport({ ...base, skipped, snapshot: snapshot({ state: 'disabled' }) })).toBe(
      [
        'Newsdesk: 45 articles, 310 paragraphs, indexed in 1234 ms.',
        'Skipped 3 files:',
        '  passwd.txt: links outside the corpus folder',
        '  photo.png: not an article file (expected .txt or .md)',
        // Control and bidirectional characters in a name are shown as escapes.
        '  two\\nlines\\u202E.txt: empty file',
      ].join('\n'),
    );
  });
});
