import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ClaimStatement, ClaimsReport } from '../../src/core/claims.ts';
import type { Answer, Article, Stance } from '../../src/core/types.ts';
import type { CorpusStats } from '../../src/discord/context.ts';
import type { ReplyPayload } from '../../src/discord/payload.ts';
import { renderAnswer } from '../../src/discord/render/answer.ts';
import { renderClaims } from '../../src/discord/render/claims.ts';
import { discordText as text } from '../helpers/arbitraries.ts';
import { limitViolations, PING, visibleText } from '../helpers/discord-limits.ts';

const stances = fc.constantFrom<Stance>('asserts', 'confirms', 'denies', 'doubts');
const stats: fc.Arbitrary<CorpusStats> = fc.record({
  articles: fc.nat(100_000),
  paragraphs: fc.nat(10_000_000),
  loadedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
});
const articles: fc.Arbitrary<Article> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 300 }),
    title: text(4),
    source: text(2),
    date: text(1),
    url: text(2),
  })
  .map((a) => ({ ...a, file: `${a.id}.txt`, paragraphs: [] }));
const statements: fc.Arbitrary<ClaimStatement> = fc.record({
  stance: stances,
  attributedTo: text(3),
  sentence: text(6),
  cue: text(1),
  article: articles,
  paragraph: fc.nat(100_000),
  score: fc.double({ noNaN: true }),
});
const reports: fc.Arbitrary<ClaimsReport> = fc
  .record({ topic: text(3), statements: fc.array(statements, { maxLength: 60 }) })
  .map(({ topic, statements: list }) => {
    const counts = { asserts: 0, confirms: 0, denies: 0, doubts: 0 };
    for (const s of list) counts[s.stance]++;
    return { topic, statements: list, counts };
  });

function fits(payload: ReplyPayload): void {
  const body = { content: payload.content, embeds: payload.embeds, components: payload.components };
  expect(limitViolations(body)).toEqual([]);
  expect(visibleText(body)).not.toMatch(PING);
}

describe('every /claims reply fits Discord and pings no one', () => {
  test('claims pages', () => {
    fc.assert(
      fc.property(
        reports,
        fc.stringMatching(/^[a-z0-9]{10}$/),
        fc.integer({ min: -5, max: 50 }),
        stats,
        (report, session, page, st) => {
          fits(renderClaims(report, { session, topic: report.topic, page, ephemeral: false }, st));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('answers grouped by stance', () => {
    const grouped: fc.Arbitrary<Answer> = fc
      .record({
        question: text(3),
        answer: text(6),
        snippets: fc.array(fc.tuple(text(4), stances, text(2)), { minLength: 1, maxLength: 10 }),
      })
      .map(({ question, answer, snippets }) => {
        const citations = snippets.map(([snippet, stance, who], i) => ({
          n: i + 1,
          file: `f${i}.txt`,
          title: who,
          source: who,
          date: '',
          url: '',
          paragraph: i + 1,
          text: snippet,
          snippet,
          score: 1,
          stance,
          attributedTo: who,
        }));
        const perspectives = (['asserts', 'confirms', 'denies', 'doubts'] as const).flatMap((stance) => {
          const side = citations.filter((c) => c.stance === stance);
          return side.length
            ? [{ stance, citations: side.map((c) => c.n), sources: side.map((c) => c.attributedTo) }]
            : [];
        });
        return {
          question,
          answered: true,
          answer,
          citations,
          perspectives,
          matchedWords: [],
          suggestions: [],
        };
      });
    fc.assert(
      fc.property(grouped, stats, (answer, st) => {
        fits(renderAnswer(answer, { session: 'abcdefghij', focus: 1, ephemeral: false }, st));
      }),
      { numRuns: 100 },
    );
  });
});
