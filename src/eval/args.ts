/** What `npm run eval` was asked to do. */
export interface EvalArgs {
  /** One question set to run; unset: every set of the sets folder, each on its own corpus. */
  readonly file?: string;
  /** The corpus of that one set; unset: `CORPUS_DIR`. */
  readonly corpusDir?: string;
  /** List the questions Newsdesk missed. */
  readonly verbose: boolean;
  /** Print the JSON Lines that were scored. */
  readonly answers: boolean;
  /** Print the rows as JSON instead of a table. */
  readonly json: boolean;
}

// --help and -h never get here: the entry point answers them before anything else runs.
const FLAGS = { '--verbose': 'verbose', '--answers': 'answers', '--json': 'json' } as const;

/**
 * Reads the arguments of `npm run eval -- [questions.json] [--corpus DIR] [--verbose] [--answers] [--json]`.
 * @throws Error for an unknown option, a second question set, or `--corpus` without a folder or without a set.
 */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const flags = { verbose: false, answers: false, json: false };
  let file: string | undefined;
  let corpusDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--corpus') {
      corpusDir = argv[++i];
      if (corpusDir === undefined || corpusDir.startsWith('-')) throw new Error('--corpus needs a folder');
    } else if (arg.startsWith('--corpus=')) {
      corpusDir = arg.slice('--corpus='.length);
    } else if (Object.hasOwn(FLAGS, arg)) {
      flags[FLAGS[arg as keyof typeof FLAGS]] = true;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new Error(`one question set at a time (got ${file} and ${arg})`);
    }
  }
  if (corpusDir !== undefined && file === undefined) {
    throw new Error('--corpus goes with a question set: every set of the sets folder has its own corpus');
  }
  return {
    ...flags,
    ...(file === undefined ? {} : { file }),
    ...(corpusDir === undefined ? {} : { corpusDir }),
  };
}
