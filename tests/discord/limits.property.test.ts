import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ReloadReport } from '../../src/core/engine.ts';
import type { Answer, Article, Citation, SearchHit } from '../../src/core/types.ts';
import type { CorpusStats } from '../../src/discord/context.ts';
import type { ReplyPayload } from '../../src/discord/payload.ts';
import { renderAnswer, renderParagraph } from '../../src/discord/render/answer.ts';
import { renderSource, renderSources } from '../../src/discord/render/articles.ts';
import { renderHelp } from '../../src/discord/render/help.ts';
import { userErrorNotice } from '../../src/discord/render/notices.ts';
import { renderReloadFailure, renderReloadReport } from '../../src/discord/render/reload.ts';
import { renderSearch } from '../../src/discord/render/search.ts';
import { escapeText, truncate } from '../../src/discord/text.ts';
import { limitViolations, PING, visibleText } from '../helpers/discord-limits.ts';

/** Text as articles and users produce it, plus the pieces most likely to break limits and escaping. */
const nasty = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '**',
  '\\',
  '`',
  '[1]',
  '\n# ',
  '😀',
  '\ud83d',
  'https://example.com/a_(b)',
  ' ',
);
const text = (maxPieces: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), nasty, fc.string({ maxLength: 3000 })), {
      maxLength: maxPieces,
    })
    .map((parts) => parts.join(''));

const url = fc.oneof(fc.constant(''), fc.webUrl(), text(3));
const date = fc.oneof(fc.constant(''), fc.constant('2020-10-14'), text(2));
const stats: fc.Arbitrary<CorpusStats> = fc.record({
  articles: fc.nat(100_000),
  paragraphs: fc.nat(10_000_000),
  loadedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
});

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
    }),
    { maxLength: 30 },
  )
  .map((list) => list.map((c, i) => ({ ...c, n: i + 1 })));

const answers: fc.Arbitrary<Answer> = fc.record({
  question: text(4),
  answered: fc.boolean(),
  answer: text(10),
  citations,
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
