import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The project folder: entry points are named relative to it (`src/main.ts`). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(path.join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** A spawned entry point loads TypeScript through tsx, and maybe a corpus: seconds on a busy 2-core machine. */
export const SPAWN_TIMEOUT_MS = 60_000;

export interface EntryProcessOptions {
  /** The working folder: an empty one, so no `.env` is read. */
  readonly cwd: string;
  /** The whole environment besides `PATH`. */
  readonly env: Readonly<Record<string, string>>;
  readonly args?: readonly string[];
}

export interface EntryProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything written to standard output so far. */
  readonly out: () => string;
  /** Everything written to standard error so far. */
  readonly err: () => string;
  /** Settles with the exit status once the process and its streams are closed. */
  readonly exit: Promise<number | null>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

/** Kills every entry point this file started that is still running (after a test timed out, say). */
export function killEntryProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Starts an entry point of the project as `npm` would: Node with tsx, only `PATH` and `env` set. Call
 * {@link killEntryProcesses} after the tests, so that none outlives them.
 */
export function spawnEntry(file: string, options: EntryProcessOptions): EntryProcess {
  const child = spawn(
    process.execPath,
    ['--import', TSX, path.join(PROJECT_ROOT, file), ...(options.args ?? [])],
    { cwd: options.cwd, env: { PATH: process.env.PATH ?? '', ...options.env } },
  );
  running.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const exit = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, out: () => out, err: () => err, exit };
}

/** Runs an entry point to its end with nothing on its standard input. */
export async function runEntry(
  file: string,
  options: EntryProcessOptions,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = spawnEntry(file, options);
  run.child.stdin.end();
  const code = await run.exit;
  return { code, stdout: run.out(), stderr: run.err() };
}
