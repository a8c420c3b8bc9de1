import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/core/article.ts';
import { Newsdesk } from '../../src/core/engine.ts';
import { answerToJson } from '../../src/core/json.ts';

let engine: Newsdesk;
beforeAll(async () => {
  engine = await Newsdesk.open({ corpusDir: fileURLToPath(new URL('../../corpus', import.meta.url)) });
});

// Strings people (and programs) might send: any Unicode, question-shaped text built from corpus words, and
// the awkward cases (control characters, lone surrogates, very long input).
const corpusWords = [
  'turkey',
  'syria',
  'fighters',
  'denied',
  'azerbaijan',
  'foriegn',
  'who',
  'how many',
  '4,000',
  'the',
];
const anyQuestion = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 2000 }),
  fc.array(fc.constantFrom(...corpusWords), { maxLength: 30 }).map((w) => w.join(' ')),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '?'.repeat(5000), 'a'.repeat(100_000)),
);

describe('no input makes the core throw', () => {
  it('ask always returns a well-formed answer', () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        const answer = engine.ask(question);
        expect(answer.question).toBe(question);
        expect(answer.citations.length).toBeLessThanOrEqual(3);
        expect(answer.answered).toBe(answer.citations.length > 0);
        for (const c of answer.citations) expect(c.text).toContain(c.snippet);
        expect(() => JSON.stringify(answerToJson(answer))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('search always returns hits from the corpus', () => {
    fc.assert(
      fc.property(anyQuestion, (query) => {
        for (const hit of engine.search(query, { limit: 5 }))
          expect(hit.paragraph.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('any text parses into an article or none, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const { paragraphs } = parseArticleText(text);
        for (const p of paragraphs) expect(p).toBe(p.trim());
      }),
      { numRuns: 300 },
    );
  });
});
