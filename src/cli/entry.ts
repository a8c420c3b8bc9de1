import { errorReference, NewsdeskError } from '../core/errors.ts';
import { describeSettings, type SettingName } from '../settings.ts';

/** Exit statuses shared by every entry point. */
export const EXIT = {
  ok: 0,
  /** A failure: Discord refused or could not be reached, a file could not be read, an unexpected error. */
  failure: 1,
  /** The command line or the configuration is wrong: nothing was started. */
  usage: 2,
} as const;

/** The settings of the command-line tools that read the corpus (`ask`, `eval`). */
export const CLI_SETTINGS: readonly SettingName[] = [
  'CORPUS_DIR',
  'INDEX_DIR',
  'SYNONYMS_FILE',
  'STOPWORDS_FILE',
  'MAX_ARTICLE_BYTES',
];

/** The flags that print an entry point's help, whatever else is on the command line. */
export const HELP_FLAGS = ['--help', '-h'] as const;

export interface EntryPoint {
  /** How it is called, e.g. `npm run ask -- [--json] "question"`; one line each. */
  readonly usage: readonly string[];
  /** What it does, in a sentence or two. */
  readonly summary: string;
  /** Options beyond --help, one a line: `  --json  print one JSON object`. */
  readonly options?: readonly string[];
  /** The environment variables it reads (from `.env` too). */
  readonly settings: readonly SettingName[];
  /** The entry point itself; its result is the exit status. */
  readonly main: (argv: readonly string[]) => Promise<number>;
  /**
   * End the process as soon as `main` returns (the gateway, timers or the console may hold the event
   * loop open); otherwise only the exit status is set, so that piped output is written in full.
   */
  readonly exitWhenDone?: boolean;
}

export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((arg) => (HELP_FLAGS as readonly string[]).includes(arg));
}

/** The text `--help` prints: usage, options, and the environment variables read. */
export function helpText(entry: Pick<EntryPoint, 'usage' | 'summary' | 'options' | 'settings'>): string {
  const options = [...(entry.options ?? []), '  -h, --help  this text'];
  return [
    `usage: ${entry.usage.join('\n       ')}`,
    '',
    entry.summary,
    '',
    'options:',
    ...options,
    '',
    'environment (also read from a .env file in the working folder):',
    describeSettings(entry.settings),
    '',
  ].join('\n');
}

/** The exit status for a failure: a configuration problem is a usage error, the rest are failures. */
export function exitCodeOf(error: NewsdeskError): number {
  return error.code === 'invalid-config' ? EXIT.usage : EXIT.failure;
}

/** One JSON line for an unexpected failure (the shape of the bot's pino lines), with its reference. */
export function unexpectedFailureLine(error: unknown, ref: string): string {
  const err =
    error instanceof Error
      ? { type: error.name, message: error.message, stack: error.stack }
      : { type: typeof error, message: String(error) };
  return JSON.stringify({ level: 60, time: Date.now(), ref, err, msg: 'unexpected failure' });
}

export interface EntryIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * Runs an entry point and catches once: `--help` or `-h` prints the help and returns 0 before anything
 * is loaded; a {@link NewsdeskError} prints its message alone; anything else prints one JSON line with
 * a reference, never a bare stack trace.
 */
export async function runMain(
  entry: EntryPoint,
  argv: readonly string[],
  io: EntryIo = process,
): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout.write(helpText(entry));
    return EXIT.ok;
  }
  try {
    return await entry.main(argv);
  } catch (error) {
    return reportFailure(error, io);
  }
}

/** Prints a failure the way every entry point does and returns its exit status. */
export function reportFailure(error: unknown, io: EntryIo = process): number {
  if (error instanceof NewsdeskError) {
    io.stderr.write(`${error.message}\n`);
    return exitCodeOf(error);
  }
  io.stderr.write(`${unexpectedFailureLine(error, errorReference())}\n`);
  return EXIT.failure;
}

/** Runs a command-line entry point as the process: its result becomes the exit status. */
export function runEntryPoint(entry: EntryPoint): void {
  // An error nothing awaited (an event handler, a stray promise) is reported the same way, once.
  const onStray = (error: unknown) => {
    process.exitCode = reportFailure(error);
    process.exit();
  };
  process.once('uncaughtException', onStray);
  process.once('unhandledRejection', onStray);
  void runMain(entry, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    if (entry.exitWhenDone) process.exit();
  });
}
