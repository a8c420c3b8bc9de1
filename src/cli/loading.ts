import type { EngineStatus, LoadProgress } from '../core/engine.ts';
import { printable } from '../core/text.ts';

/** Loading shorter than this shows no progress at all (a second, as users notice a wait from there). */
export const PROGRESS_DELAY_MS = 1000;
/** Least time between two progress lines, so a fast load does not flood a slow terminal. */
export const PROGRESS_INTERVAL_MS = 100;

// Erase the current line and go back to its start.
const CLEAR_LINE = '\r\x1b[2K';

/** Where progress goes: a terminal (`isTTY`) gets it, anything else (a pipe, a file) gets nothing. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface LoadProgressOptions {
  delayMs?: number;
  intervalMs?: number;
  now?: () => number;
}

export interface LoadProgressIndicator {
  /** Pass as the engine's `onProgress`. */
  readonly onProgress: (progress: LoadProgress) => void;
  /** Erases the indicator; later progress is ignored. */
  done(): void;
}

/** The text of one progress line, e.g. `Loading articles… 1200/5000`. */
export function progressLine(progress: LoadProgress): string {
  const verb = progress.phase === 'reading' ? 'Loading' : 'Indexing';
  return `${verb} articles… ${progress.done}/${progress.total}`;
}

/**
 * A one-line progress indicator for loading a large folder: shown on a terminal only, and only once
 * loading has taken {@link PROGRESS_DELAY_MS}; rewritten in place, and erased by `done()`.
 *
 * @example
 * const progress = createLoadProgress(process.stderr);
 * const engine = await Newsdesk.open({ corpusDir, onProgress: progress.onProgress });
 * progress.done();
 */
export function createLoadProgress(
  stream: ProgressStream,
  options: LoadProgressOptions = {},
): LoadProgressIndicator {
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? PROGRESS_DELAY_MS;
  const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  const startedAt = now();
  let lastAt = Number.NEGATIVE_INFINITY;
  let shown = false;
  let finished = false;
  return {
    onProgress(progress) {
      if (finished || stream.isTTY !== true) return;
      const at = now();
      if (at - startedAt < delayMs || at - lastAt < intervalMs) return;
      lastAt = at;
      shown = true;
      stream.write(`${CLEAR_LINE}${progressLine(progress)}`);
    },
    done() {
      finished = true;
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}

/** How the index was made at start-up, e.g. `from the saved index in 310 ms`. */
function describeStartup(status: Pick<EngineStatus, 'snapshot' | 'lastReload'>): string {
  const { startup } = status.snapshot;
  switch (startup.state) {
    case 'disabled':
      return `indexed in ${status.lastReload.tookMs} ms`;
    case 'loaded':
      return `from the saved index in ${startup.tookMs} ms`;
    case 'refreshed':
      return `from the saved index in ${startup.tookMs} ms (${startup.reason})`;
    case 'rebuilt':
      return `indexed in ${startup.tookMs} ms (saved index not used: ${startup.reason})`;
  }
}

/**
 * What start-up loaded: articles and paragraphs, how, and every skipped file with its reason.
 *
 * @example
 * renderStartupReport(engine.status())
 * // 'Newsdesk: 4 articles, 13 paragraphs, indexed in 120 ms.\nSkipped 1 file:\n  notes.md: no paragraphs of article text'
 */
export function renderStartupReport(
  status: Pick<EngineStatus, 'articles' | 'paragraphs' | 'skipped' | 'snapshot' | 'lastReload'>,
): string {
  const lines = [
    `Newsdesk: ${status.articles} articles, ${status.paragraphs} paragraphs, ${describeStartup(status)}.`,
  ];
  const skipped = status.skipped.length;
  if (skipped > 0) {
    lines.push(`Skipped ${skipped} ${skipped === 1 ? 'file' : 'files'}:`);
    for (const s of status.skipped) lines.push(`  ${printable(s.file)}: ${s.reason}`);
  }
  return lines.join('\n');
}
