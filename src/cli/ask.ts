import { answerToJson } from '../core/json.ts';
import { loadCliConfig, openCliEngine } from './cli-config.ts';
import { CLI_SETTINGS, EXIT, runEntryPoint } from './entry.ts';
import { renderAnswerForTerminal } from './terminal.ts';

const USAGE = 'usage: npm run ask -- [--json] "question"   |   npm run ask -- --stdin < questions.txt';

/**
 * The lines of an input stream, split at LF or CRLF only: a lone CR (which readline would also split
 * at) stays inside its line, so one question is never cut in two.
 */
async function* inputLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let pending = '';
  for await (const chunk of input) {
    const lines = (pending + String(chunk)).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (pending) yield pending;
}

/** `npm run ask`: one answer as text or JSON, or JSON Lines for one question per input line. */
export async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const question = argv.filter((a) => !a.startsWith('--')).join(' ');
  // --help and -h never get here: the entry point answers them before anything else runs.
  const unknown = [...flags].filter((f) => !['--json', '--stdin'].includes(f));
  if (unknown.length > 0 || (!flags.has('--stdin') && !question.trim())) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return EXIT.usage;
  }
  const options = loadCliConfig();
  if (!options) return EXIT.usage;
  const engine = await openCliEngine(options);
  if (flags.has('--stdin')) {
    for await (const line of inputLines(process.stdin)) {
      process.stdout.write(`${JSON.stringify(answerToJson(engine.ask(line)))}\n`);
    }
    return EXIT.ok;
  }
  const answer = engine.ask(question);
  process.stdout.write(
    flags.has('--json')
      ? `${JSON.stringify(answerToJson(answer), null, 2)}\n`
      : `${renderAnswerForTerminal(answer, { color: process.stdout.isTTY === true })}\n`,
  );
  return EXIT.ok;
}

runEntryPoint({
  usage: ['npm run ask -- [--json] "question"', 'npm run ask -- --stdin < questions.txt'],
  summary:
    'Answers a question from the articles, as text or as one JSON object; with --stdin, one question a line in and one JSON object a line out.',
  options: [
    '  --json      print the answer as one JSON object',
    '  --stdin     answer every line of the standard input',
  ],
  settings: CLI_SETTINGS,
  main,
});
