import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Newsdesk } from '../../src/core/engine.ts';
import { evaluateSet, optionsForCorpus, type SetEvaluation } from '../../src/eval/evaluate.ts';
import { type QuestionCase, scoreAnswers } from '../../src/eval/score.ts';
import { HARBOUR_QUESTIONS } from '../helpers/fixtures.ts';

const corpusDir = fileURLToPath(new URL('../fixtures/harbour', import.meta.url));
const questions: QuestionCase[] = [
  ...HARBOUR_QUESTIONS,
  {
    id: 'h3',
    question: 'who offered to mediate',
    answerable: true,
    evidence: [{ file: 'wire-report.txt', quote: 'The government offered to mediate' }],
    answer_terms: ['government'],
  },
];

let evaluation: SetEvaluation;
let paragraphs: Set<string>;
beforeAll(async () => {
  evaluation = await evaluateSet('harbour', questions, { corpusDir });
  const engine = await Newsdesk.open({ corpusDir });
  paragraphs = new Set(engine.articles.flatMap((a) => a.paragraphs.map((p) => `${a.file}\n${p.text}`)));
});

describe('evaluateSet', () => {
  it('answers every question in order and scores the answers with the project scorer', () => {
    expect(evaluation.name).toBe('harbour');
    expect(evaluation.answers.map((a) => a.question)).toEqual(questions.map((q) => q.question));
    expect(evaluation.metrics).toEqual(scoreAnswers(questions, evaluation.answers).metrics);
    expect(evaluation.misses).toEqual(scoreAnswers(questions, evaluation.answers).misses);
  });

  it('asks stock MiniSearch about the very paragraphs Newsdesk loaded', () => {
    const cited = evaluation.stockAnswers.flatMap((a) => a.citations ?? []);
    expect(cited.length).toBeGreaterThan(0);
    for (const citation of cited) expect(paragraphs).toContain(`${citation.file}\n${citation.text}`);
    expect(evaluation.stock).toEqual(scoreAnswers(questions, evaluation.stockAnswers).metrics);
  });

  it('scores stock MiniSearch as it is: it finds rare words and never declines', () => {
    expect(evaluation.stock).toMatchObject({ hit1: 1, hit3: 1, reject: 0, falseReject: 0, n: 3 });
  });
});

describe('optionsForCorpus', () => {
  it('keeps the word lists, limits and read-only access, and leaves out the index folder of the other corpus', () => {
    const options = {
      corpusDir: 'corpus',
      indexDir: '.newsdesk',
      readOnly: true,
      synonymsFile: 'syn.txt',
      maxArticleBytes: 10,
    };
    expect(optionsForCorpus(options, 'other')).toEqual({
      corpusDir: 'other',
      readOnly: true,
      synonymsFile: 'syn.txt',
      maxArticleBytes: 10,
    });
  });
});
