import { resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import type { CorpusFolder } from './corpus-folder.ts';
import type { Newsdesk, ReloadReport } from './engine.ts';

export interface WatchOptions {
  /**
   * Quiet time after the last file event before reloading, so a copy of many files is one reload.
   * @example await watchCorpus(engine, { debounceMs: 2000 })
   */
  debounceMs?: number;
  /** Longest wait while events keep coming; defaults to ten times `debounceMs`. */
  maxWaitMs?: number;
  /** Poll instead of file system events, for network shares that do not report changes. */
  usePolling?: boolean;
  /** Called after each reload the watcher started. */
  onReload?: (report: ReloadReport) => void;
  /** Called when a reload or the watcher fails; the engine keeps answering from its current index. */
  onError?: (error: Error) => void;
}

export const DEFAULT_WATCH_DEBOUNCE_MS = 1000;

/**
 * Watches the corpus folder (`CORPUS_WATCH=true`) and reloads, debounced, when an article file is
 * added, changed or deleted. It looks only at what the corpus folder's listing reads (see
 * {@link CorpusFolder.isListedPath}): hidden entries (the trash, temporary files) and the index folder
 * are ignored, so Newsdesk's own writes do not set it off, and links are never followed, so nothing
 * outside the folder is watched. Resolves once watching, with a function that stops it.
 *
 * @example
 * const stop = await watchCorpus(engine, { debounceMs: 1000, onError: (e) => log.warn(e.message) });
 * await stop();
 */
export async function watchCorpus(
  engine: Newsdesk,
  options: WatchOptions = {},
): Promise<() => Promise<void>> {
  const debounceMs = options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? debounceMs * 10;
  const { folder } = engine;
  const indexDir = engine.status().snapshot.indexDir;
  const ignored = (path: string) => {
    if (!folder.isListedPath(path)) return true;
    return indexDir !== null && (resolve(path) === indexDir || resolve(path).startsWith(`${indexDir}${sep}`));
  };
  const watcher = watch(folder.dir, {
    ignoreInitial: true,
    depth: 0,
    ignored,
    followSymlinks: false,
    usePolling: options.usePolling ?? false,
  });

  let timer: NodeJS.Timeout | null = null;
  let firstEventAt = 0;
  let closed = false;
  const fail = (error: unknown) =>
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  const fire = () => {
    timer = null;
    firstEventAt = 0;
    if (closed) return;
    engine.reload().then((report) => options.onReload?.(report), fail);
  };
  watcher.on('all', () => {
    if (closed) return;
    const now = Date.now();
    firstEventAt ||= now;
    if (timer) clearTimeout(timer);
    const wait = Math.min(debounceMs, Math.max(0, firstEventAt + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  });
  watcher.on('error', fail);
  await new Promise<void>((ready) => watcher.once('ready', ready));

  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    await watcher.close();
  };
}
