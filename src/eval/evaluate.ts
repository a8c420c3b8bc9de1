import { type EngineOptions, Newsdesk } from '../core/engine.ts';
import { type AnswerJson, answerToJson } from '../core/json.ts';
import { type Metrics, type QuestionCase, type ScoredAnswer, scoreAnswers } from './score.ts';
import { StockMiniSearch } from './stock.ts';

/** One question set answered by Newsdesk and by stock MiniSearch over the same paragraphs, both scored. */
export interface SetEvaluation {
  readonly name: string;
  readonly questions: readonly QuestionCase[];
  readonly answers: readonly AnswerJson[];
  readonly metrics: Metrics;
  readonly misses: readonly string[];
  readonly stockAnswers: readonly ScoredAnswer[];
  readonly stock: Metrics;
}

/**
 * Opens the corpus of `options` and answers every question of a set with Newsdesk and with stock
 * MiniSearch, which indexes the paragraphs Newsdesk loaded so that both see the same text.
 * @example await evaluateSet('dev', readQuestionSet('tests/quality/dev.json'), { corpusDir: 'corpus' })
 */
export async function evaluateSet(
  name: string,
  questions: readonly QuestionCase[],
  options: EngineOptions,
): Promise<SetEvaluation> {
  const engine = await Newsdesk.open(options);
  const answers = questions.map((q) => answerToJson(engine.ask(q.question)));
  const { metrics, misses } = scoreAnswers(questions, answers);
  const baseline = new StockMiniSearch(engine.articles);
  const stockAnswers = questions.map((q) => baseline.ask(q.question));
  return {
    name,
    questions,
    answers,
    metrics,
    misses,
    stockAnswers,
    stock: scoreAnswers(questions, stockAnswers).metrics,
  };
}

/**
 * The engine options for another corpus than the configured one: the same word lists and limits, and
 * no index folder, since a saved index belongs to the corpus it was built from.
 */
export function optionsForCorpus(options: EngineOptions, corpusDir: string): EngineOptions {
  const { indexDir: _otherCorpusIndex, ...rest } = options;
  return { ...rest, corpusDir };
}
