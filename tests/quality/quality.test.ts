import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Newsdesk } from '../../src/core/engine.ts';
import { answerToJson } from '../../src/core/json.ts';
import { type QuestionCase, scoreAnswers } from '../../src/eval/score.ts';

// The development question set is a quality benchmark: the suite holds the method to its bar on the whole
// set, never to a particular answer for a particular question.
const questions = JSON.parse(readFileSync(new URL('dev.json', import.meta.url), 'utf8')) as QuestionCase[];
const REFERENCE_SCORER = fileURLToPath(new URL('../../../shared/qa/score.mjs', import.meta.url));

let answers: ReturnType<typeof answerToJson>[];
beforeAll(async () => {
  const engine = await Newsdesk.open({ corpusDir: fileURLToPath(new URL('../../corpus', import.meta.url)) });
  answers = questions.map((q) => answerToJson(engine.ask(q.question)));
});

describe('answer quality on the development set', () => {
  it('meets the bar', () => {
    const { metrics } = scoreAnswers(questions, answers);
    // The bar is written to two decimals, so that is how the metrics are compared with it.
    const at2 = (x: number) => Math.round(x * 100) / 100;
    expect(at2(metrics.hit1)).toBeGreaterThanOrEqual(0.9);
    expect(at2(metrics.hit3)).toBeGreaterThanOrEqual(0.97);
    expect(at2(metrics.term)).toBeGreaterThanOrEqual(0.9);
    expect(at2(metrics.reject)).toBeGreaterThanOrEqual(0.75);
    expect(at2(metrics.falseReject)).toBeLessThanOrEqual(0.05);
  });

  it.skipIf(!existsSync(REFERENCE_SCORER))('scores exactly as the reference scorer does', async () => {
    const reference = (await import(REFERENCE_SCORER)) as {
      score: (q: unknown, a: unknown) => Record<string, number>;
    };
    expect(scoreAnswers(questions, answers).metrics).toEqual(reference.score(questions, answers));
  });
});
