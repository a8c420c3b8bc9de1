import { relative } from 'node:path';
import type { EngineOptions } from '../core/engine.ts';
import { type EvalArgs, parseEvalArgs } from '../eval/args.ts';
import { evaluateSet, optionsForCorpus, type SetEvaluation } from '../eval/evaluate.ts';
import { formatTable, meanRow, rowOf } from '../eval/report.ts';
import {
  DEFAULT_CORPUS_DIR,
  findQuestionSets,
  QUALITY_DIR,
  QuestionSetError,
  readQuestionSet,
} from '../eval/sets.ts';
import { loadCliConfig } from './cli-config.ts';
import { CLI_SETTINGS, EXIT, runEntryPoint } from './entry.ts';

const USAGE = 'npm run eval -- [questions.json [--corpus DIR]] [--verbose] [--answers] [--json]';

/**
 * `npm run eval`: answers the question sets with Newsdesk and with stock MiniSearch and prints one row
 * of metrics per set (and their mean), or the same for one set.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let args: EvalArgs;
  try {
    args = parseEvalArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: ${USAGE}\n`);
    return EXIT.usage;
  }
  const options = loadCliConfig();
  if (!options) return EXIT.usage;
  let evaluations: SetEvaluation[];
  try {
    evaluations = args.file
      ? [await evaluateOne(args.file, args.corpusDir, options)]
      : await evaluateAll(options);
  } catch (error) {
    if (!(error instanceof QuestionSetError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT.usage;
  }

  for (const evaluation of evaluations) {
    if (args.verbose) {
      const prefix = evaluations.length > 1 ? `${evaluation.name}: ` : '';
      for (const miss of evaluation.misses) process.stderr.write(`${prefix}${miss}\n`);
    }
    if (args.answers) for (const a of evaluation.answers) process.stdout.write(`${JSON.stringify(a)}\n`);
  }
  const rows = evaluations.map(rowOf);
  // A mean of one set would only repeat it.
  if (rows.length > 1) rows.push(meanRow(rows));
  process.stdout.write(args.json ? `${JSON.stringify(rows)}\n` : `${formatTable(rows)}\n`);
  return EXIT.ok;
}

function evaluateOne(
  file: string,
  corpusDir: string | undefined,
  options: EngineOptions,
): Promise<SetEvaluation> {
  const questions = readQuestionSet(file);
  return evaluateSet(file, questions, corpusDir ? optionsForCorpus(options, corpusDir) : options);
}

async function evaluateAll(options: EngineOptions): Promise<SetEvaluation[]> {
  const sets = findQuestionSets(QUALITY_DIR, DEFAULT_CORPUS_DIR);
  if (sets.length === 0)
    throw new QuestionSetError(`no question sets in ${relative(process.cwd(), QUALITY_DIR)}`);
  const evaluations: SetEvaluation[] = [];
  // One at a time: each set loads its own corpus, and the machine's cores are shared.
  for (const set of sets) {
    evaluations.push(
      await evaluateSet(
        set.name,
        readQuestionSet(set.questionsFile),
        optionsForCorpus(options, set.corpusDir),
      ),
    );
  }
  return evaluations;
}

runEntryPoint({
  usage: [USAGE],
  summary:
    'Answers question sets with Newsdesk and stock MiniSearch and prints their metrics; without a question set, every set in tests/quality/, each on its own corpus.',
  options: [
    '  --corpus DIR  the corpus of the question set given',
    '  --verbose     list the misses',
    '  --answers     print the answers scored, as JSON Lines',
    '  --json        print the metrics as JSON',
  ],
  settings: CLI_SETTINGS,
  main,
});
