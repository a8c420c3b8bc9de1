import { engineOptionsOf, loadConfigOrReport } from '../config.ts';
import { type EngineOptions, Newsdesk } from '../core/engine.ts';
import { createLoadProgress, type ProgressStream, renderStartupReport } from './loading.ts';

/**
 * The engine settings of the command-line tools: the same validated configuration as the bot, with
 * the index folder opened read-only, so that `ask` and `eval` answer from the saved index when it
 * matches the files and never write to disk. `undefined` after a configuration problem, which has
 * been printed.
 */
export function loadCliConfig(): EngineOptions | undefined {
  const config = loadConfigOrReport({ indexAccess: 'read' });
  if (!config) return undefined;
  return readOnlyOptions(engineOptionsOf(config));
}

/** The same settings, opened read-only: the saved index is used when it matches, nothing is written. */
export function readOnlyOptions(options: EngineOptions): EngineOptions {
  return { ...options, readOnly: true };
}

/**
 * Opens the engine for a command-line tool: progress on `stderr` while a large folder loads (on a
 * terminal only), then what was loaded and every skipped file with its reason, on `stderr` too, so
 * that standard output holds only answers.
 *
 * @example const engine = await openCliEngine(loadCliConfig() ?? process.exit(2))
 */
export async function openCliEngine(
  options: EngineOptions,
  stderr: ProgressStream = process.stderr,
): Promise<Newsdesk> {
  const progress = createLoadProgress(stderr);
  let engine: Newsdesk;
  try {
    engine = await Newsdesk.open({ ...options, onProgress: progress.onProgress });
  } finally {
    progress.done();
  }
  stderr.write(`${renderStartupReport(engine.status())}\n`);
  return engine;
}
