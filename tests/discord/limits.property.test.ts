import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type {
  ArticleSummary,
  AuditEntry,
  EngineStatus,
  ReloadReport,
  SnapshotStartup,
} from '../../src/core/engine.ts';
import type { Answer, Article, Citation, SearchHit } from '../../src/core/types.ts';
import { trashChoices } from '../../src/discord/autocomplete.ts';
import type { CorpusStats } from '../../src/discord/context.ts';
import type { ReplyPayload } from '../../src/discord/payload.ts';
import { renderAnswer, renderParagraph } from '../../src/discord/render/answer.ts';
import { renderSource, renderSources } from '../../src/discord/render/articles.ts';
import {
  renderArticleAdded,
  renderArticleRemoved,
  renderArticleRestored,
  renderCorpusStatus,
  renderCurationRefusal,
} from '../../src/discord/render/corpus.ts';
import { renderHelp } from '../../src/discord/render/help.ts';
import { userErrorNotice } from '../../src/discord/render/notices.ts';
import { renderReloadFailure, renderReloadReport } from '../../src/discord/render/reload.ts';
import { renderSearch } from '../../src/discord/render/search.ts';
import { escapeText, truncate } from '../../src/discord/text.ts';
import { discordText as text } from '../helpers/arbitraries.ts';
import { limitViolations, PING, visibleText } from '../helpers/discord-limits.ts';

const url = fc.oneof(fc.constant(''), fc.webUrl(), text(3));
const date = fc.oneof(fc.constant(''), fc.constant('2020-10-14'), text(2));
const stats: fc.Arbitrary<CorpusStats> = fc.record({
  articles: fc.nat(100_000),
  paragraphs: fc.nat(10_000_000),
  loadedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
});

const stances = fc.constantFrom('asserts', 'denies', 'confirms', 'doubts' as const);

const citations: fc.Arbitrary<Citation[]> = fc
  .array(
    fc.record({
      file: text(2),
      title: text(4),
      source: text(2),
      date,
      url,
      paragraph: fc.nat(100_000),
      text: text(8),
      snippet: text(4),
      score: fc.double({ noNaN: true }),
      stance: stances,
      attributedTo: text(2),
    }),
    { maxLength: 30 },
  )
  .map((list) => list.map((c, i) => ({ ...c, n: i + 1 })));

const answers: fc.Arbitrary<Answer> = fc.record({
  question: text(4),
  answered: fc.boolean(),
  answer: text(10),
  citations,
  perspectives: fc.array(
    fc.record({
      stance: stances,
      citations: fc.array(fc.nat(40), { maxLength: 30 }),
      sources: fc.array(text(2), { maxLength: 30 }),
    }),
    { maxLength: 4 },
  ),
  matchedWords: fc.array(text(1), { maxLength: 10 }),
  suggestions: fc.array(text(1), { maxLength: 30 }),
});

const articles: fc.Arbitrary<Article> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 300 }),
    title: text(4),
    source: text(2),
    date,
    url,
    texts: fc.array(text(6), { minLength: 1, maxLength: 40 }),
  })
  .map(({ texts, ...a }) => ({
    ...a,
    file: `${a.id}.txt`,
    paragraphs: texts.map((t, i) => ({ key: `${a.id}#${i + 1}`, articleId: a.id, n: i + 1, text: t })),
  }));

const hits: fc.Arbitrary<SearchHit[]> = fc.array(
  fc.tuple(articles, fc.nat(), fc.array(text(1), { maxLength: 8 })).map(([article, i, matchedWords]) => ({
    article,
    paragraph: article.paragraphs[i % article.paragraphs.length] as Article['paragraphs'][number],
    score: 1,
    matchedWords,
  })),
  { maxLength: 60 },
);

const files = fc.array(text(2), { maxLength: 300 });
const reports: fc.Arbitrary<ReloadReport> = fc.record({
  loaded: fc.constant([]),
  skipped: fc.array(fc.record({ file: text(2), reason: text(3) }), { maxLength: 100 }),
  articles: fc.nat(),
  paragraphs: fc.nat(),
  tookMs: fc.nat(),
  added: files,
  changed: files,
  removed: files,
  unchanged: fc.nat(),
});

const moments = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
const summaries: fc.Arbitrary<ArticleSummary> = fc.record({
  id: text(1),
  file: text(2),
  title: text(4),
  source: text(2),
  date,
  url,
  paragraphs: fc.nat(100_000),
  firstLines: fc.array(text(6), { maxLength: 3 }),
});
const actors = fc.record({ id: fc.oneof(fc.constant('newsdesk'), text(1)), name: text(2) });
const auditEntries: fc.Arbitrary<AuditEntry> = fc.record(
  {
    time: fc.oneof(
      moments.map((d) => d.toISOString()),
      text(1),
    ),
    moderator: actors,
    action: fc.constantFrom('add', 'remove', 'restore', 'reload'),
    article: text(2),
    result: fc.constantFrom('ok', 'error'),
    error: text(4),
    detail: text(4),
  },
  { requiredKeys: ['time', 'moderator', 'action', 'article', 'result'] },
);
const startups: fc.Arbitrary<SnapshotStartup> = fc.oneof(
  fc.constant({ state: 'disabled' as const }),
  fc.record({ state: fc.constant('loaded' as const), tookMs: fc.nat() }),
  fc.record({
    state: fc.constantFrom('refreshed' as const, 'rebuilt' as const),
    reason: text(6),
    tookMs: fc.nat(),
  }),
);
const statuses: fc.Arbitrary<EngineStatus> = fc.record({
  corpusDir: text(1),
  articles: fc.nat(),
  paragraphs: fc.nat(),
  skipped: fc.array(fc.record({ file: text(2), reason: text(3) }), { maxLength: 200 }),
  lastReload: fc.record({
    at: moments,
    by: fc.option(actors, { nil: null }),
    tookMs: fc.nat(),
    report: reports,
  }),
  snapshot: fc.record({
    indexDir: fc.option(text(1), { nil: null }),
    startup: startups,
    lastSave: fc.oneof(
      fc.constant(null),
      fc.record({ at: moments, ok: fc.constant(true as const), bytes: fc.nat(), tookMs: fc.nat() }),
      fc.record({ at: moments, ok: fc.constant(false as const), error: text(6) }),
    ),
  }),
  removedTempFiles: fc.array(text(1), { maxLength: 20 }),
  audit: fc.record({
    file: fc.option(text(1), { nil: null }),
    recent: fc.array(auditEntries, { maxLength: 10 }),
    counts: fc.record({ add: fc.nat(), remove: fc.nat(), restore: fc.nat(), reload: fc.nat() }),
    failures: fc.nat(),
    writeError: fc.option(text(4), { nil: null }),
  }),
});

const session = fc.stringMatching(/^[a-z0-9]{10}$/);
const owner = fc.stringMatching(/^\d{17,20}$/);
const page = fc.integer({ min: -5, max: 50 });

function fits(payload: ReplyPayload): void {
  const body = { content: payload.content, embeds: payload.embeds, components: payload.components };
  expect(limitViolations(body)).toEqual([]);
  expect(visibleText(body)).not.toMatch(PING);
}

const runs = { numRuns: 150 };

describe('every reply the renderers produce fits Discord and pings no one', () => {
  test('answers', () => {
    fc.assert(
      fc.property(
        answers,
        session,
        fc.integer({ min: -3, max: 40 }),
        fc.boolean(),
        stats,
        (a, s, focus, eph, st) => {
          fits(renderAnswer(a, { session: s, focus, ephemeral: eph }, st));
          for (const c of a.citations.slice(0, 3)) fits(renderParagraph(c));
        },
      ),
      runs,
    );
  });

  test('search results', () => {
    fc.assert(
      fc.property(
        hits,
        session,
        text(3),
        fc.option(articles, { nil: undefined }),
        page,
        stats,
        (h, s, q, a, p, st) => {
          fits(renderSearch(h, { session: s, query: q, article: a, page: p, ephemeral: false }, st));
        },
      ),
      runs,
    );
  });

  test('article lists and articles', () => {
    fc.assert(
      fc.property(fc.array(articles, { maxLength: 40 }), owner, page, stats, (list, o, p, st) => {
        fits(renderSources(list, { owner: o, page: p, ephemeral: false }, st));
        for (const a of list.slice(0, 3)) fits(renderSource(a, { owner: o, page: p, ephemeral: false }));
      }),
      { numRuns: 60 },
    );
  });

  test('reload reports, failures, help and notices', () => {
    fc.assert(
      fc.property(reports, text(6), stats, (r, reason, st) => {
        fits(renderReloadReport(r));
        fits(renderReloadFailure(reason, st));
        fits(renderHelp(st, false));
        fits(userErrorNotice(escapeText(reason)));
      }),
      runs,
    );
  });

  test('corpus replies: added, removed, restored, refused, status', () => {
    fc.assert(
      fc.property(
        summaries,
        fc.record({ file: text(2), trashName: text(2), notes: fc.array(text(3), { maxLength: 6 }) }),
        fc.boolean(),
        statuses,
        fc.nat(),
        text(6),
        stats,
        (article, { file, trashName, notes }, fromHtml, status, trashed, message, st) => {
          fits(renderArticleAdded({ file, article, fromHtml, notes }, st));
          fits(renderArticleRemoved({ file, trashName, article: fromHtml ? article : null }, st));
          fits(renderArticleRestored({ file, trashName, article }, st));
          for (const action of ['add', 'remove', 'restore'] as const)
            fits(renderCurationRefusal(action, message));
          fits(renderCorpusStatus(status, trashed));
        },
      ),
      runs,
    );
  });

  test('trash choices fit an autocomplete answer', () => {
    const trashed = fc.array(
      fc.record({ trashName: text(2), file: text(2), title: text(3), removedAt: moments }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(text(1), trashed, (typed, items) => {
        const choices = trashChoices(typed, items);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const { name, value } of choices) {
          expect(name.length).toBeGreaterThanOrEqual(1);
          expect(name.length).toBeLessThanOrEqual(100);
          expect(value.length).toBeGreaterThanOrEqual(1);
          expect(value.length).toBeLessThanOrEqual(100);
        }
      }),
      runs,
    );
  });

  test('truncate never exceeds its limit nor splits a surrogate pair it did not get split', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (s, max) => {
          const out = truncate(s, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
          if (s.length <= max) expect(out).toBe(s);
        },
      ),
      { numRuns: 500 },
    );
  });
});
