import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Newsdesk } from '../core/engine.ts';
import { answerToJson } from '../core/json.ts';
import { type QuestionCase, scoreAnswers } from '../eval/score.ts';
import { loadCliConfig } from './cli-config.ts';
import { CLI_SETTINGS, runEntryPoint } from './entry.ts';

const DEFAULT_SET = fileURLToPath(new URL('../../tests/quality/dev.json', import.meta.url));

/** `npm run eval -- [questions.json] [--verbose]`: answers a question set and prints its metrics. */
export async function main(argv: readonly string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_SET;
  let questions: QuestionCase[];
  try {
    questions = JSON.parse(readFileSync(file, 'utf8')) as QuestionCase[];
    if (!Array.isArray(questions)) throw new Error('expected a JSON array of questions');
  } catch (error) {
    process.stderr.write(`cannot read question set ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const options = loadCliConfig();
  if (!options) return 2;
  const engine = await Newsdesk.open(options);
  const answers = questions.map((q) => answerToJson(engine.ask(q.question)));
  const { metrics, misses } = scoreAnswers(questions, answers);
  if (argv.includes('--verbose')) for (const miss of misses) process.stderr.write(`${miss}\n`);
  if (argv.includes('--answers')) for (const a of answers) process.stdout.write(`${JSON.stringify(a)}\n`);
  const fmt = (x: number) => x.toFixed(3);
  process.stdout.write(
    `questions ${metrics.n}\nhit@1 ${fmt(metrics.hit1)}  hit@3 ${fmt(metrics.hit3)}  term ${fmt(metrics.term)}\n` +
      `reject ${fmt(metrics.reject)}  falseReject ${fmt(metrics.falseReject)}\n${JSON.stringify(metrics)}\n`,
  );
  return 0;
}

runEntryPoint({
  usage: ['npm run eval -- [questions.json [--corpus DIR]] [--verbose] [--answers] [--json]'],
  summary: 'Answers question sets with Newsdesk and stock MiniSearch and prints their metrics; without a question set, every set in tests/quality/, each on its own corpus.',
  options: [
    '  --corpus DIR  the corpus of the question set given',
    '  --verbose     list the misses',
    '  --answers     print the answers scored, as JSON Lines',
    '  --json        print the metrics as JSON',
  ],
  settings: CLI_SETTINGS,
  main,
});
