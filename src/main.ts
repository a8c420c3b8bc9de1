import type { Logger } from 'pino';
import { runConsole } from './cli/console.ts';
import { type EntryPoint, EXIT, helpText, runEntryPoint } from './cli/entry.ts';
import { createLoadProgress } from './cli/loading.ts';
import { type Config, engineOptionsOf, loadConfig } from './config.ts';
import { Newsdesk } from './core/engine.ts';
import { warmUp } from './core/warm-up.ts';
import { watchCorpus } from './core/watch.ts';
import { createLogger, reloadLogFields } from './discord/logger.ts';
import { ALL_SETTINGS } from './settings.ts';

/** Watches the corpus folder (`CORPUS_WATCH=true`) and logs what the automatic reloads did. */
async function startWatching(engine: Newsdesk, logger: Logger): Promise<() => Promise<void>> {
  const log = logger.child({ component: 'watch' });
  const stop = await watchCorpus(engine, {
    onReload: (report) => {
      const changes = report.added.length + report.changed.length + report.removed.length;
      // The bot's own writes (/corpus add, remove, restore) also wake the watcher: nothing left to do then.
      log[changes > 0 ? 'info' : 'debug'](reloadLogFields(report), 'corpus reloaded after a file change');
    },
    onError: (error) =>
      log.warn({ err: error }, 'automatic reload failed, still answering from the previous index'),
  });
  log.info({ corpusDir: engine.corpusDir }, 'watching the corpus folder for changes');
  return stop;
}

/** The start-up line of the bot: what was loaded, and whether from the saved index. */
function logLoaded(config: Config, engine: Newsdesk, logger: Logger): void {
  const report = engine.report;
  const { snapshot, removedTempFiles } = engine.status();
  logger.info(
    {
      corpusDir: config.corpusDir,
      articles: report.articles,
      paragraphs: report.paragraphs,
      skipped: report.skipped.length,
      // Each skipped file and why, so the log says what start-up left out.
      ...(report.skipped.length > 0 ? { skippedFiles: report.skipped } : {}),
      snapshot: snapshot.startup.state,
      ...('reason' in snapshot.startup ? { snapshotReason: snapshot.startup.reason } : {}),
      ...(removedTempFiles.length > 0 ? { removedTempFiles } : {}),
    },
    'corpus loaded',
  );
}

/** Runs the console chat or the Discord bot until it ends or a signal comes; returns the exit code. */
async function serve(
  config: Config,
  engine: Newsdesk,
  logger: Logger,
  stopSignal: Promise<NodeJS.Signals>,
): Promise<number> {
  if (config.discord.token === undefined) {
    console.log('DISCORD_TOKEN is not set: running the console chat instead of the Discord bot.');
    await Promise.race([runConsole(engine), stopSignal]);
    return EXIT.ok;
  }
  // Loaded only now: the console chat does without discord.js, which takes a while to load.
  const { startBot } = await import('./discord/bot.ts');
  // A refusal or an unreachable Discord rejects here, with a message for the entry point to print.
  const started = await Promise.race([
    startBot({ config: config.discord, engine, logger, maxArticleBytes: config.maxArticleBytes }),
    stopSignal.then((signal) => ({ signal })),
  ]);
  if ('signal' in started) {
    logger.info({ signal: started.signal }, 'stopped while connecting');
    return EXIT.ok;
  }
  // Connected: the first question should not be the one to load the language resources.
  logger.info({ tookMs: warmUp() }, 'language resources loaded');
  const ended = await Promise.race([
    stopSignal.then((signal) => ({ signal })),
    started.fatal.then((error) => ({ error })),
  ]);
  await started.stop();
  if ('error' in ended) throw ended.error;
  logger.info({ signal: ended.signal }, 'stopped');
  return EXIT.ok;
}

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the console chat. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write(`unknown argument ${argv.join(' ')}\n${helpText(START)}`);
    return EXIT.usage;
  }
  const config = loadConfig();
  // Said once, before anything else: e.g. an INDEX_DIR that cannot be written.
  for (const warning of config.warnings) console.error(warning);
  const logger = createLogger({ level: config.logLevel, token: config.discord.token });
  // A large folder takes seconds to index: a terminal shows how far it is.
  const progress = createLoadProgress(process.stderr);
  const engine = await Newsdesk.open({ ...engineOptionsOf(config), onProgress: progress.onProgress }).finally(
    () => progress.done(),
  );
  // Listen before anything slow: a signal may come while the watcher starts or the bot logs in.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  let stopWatching = async () => {};
  try {
    // The console chat keeps its screen to itself.
    if (config.discord.token !== undefined) logLoaded(config, engine, logger);
    if (config.corpusWatch) stopWatching = await startWatching(engine, logger);
    return await serve(config, engine, logger, stopSignal);
  } finally {
    await stopWatching();
    // The last change's snapshot and audit lines are on disk before the process goes.
    await engine.flush();
  }
}

const START: EntryPoint = {
  usage: ['npm start'],
  summary:
    'Runs the Discord bot when DISCORD_TOKEN is set, otherwise a console chat that answers questions about the articles in CORPUS_DIR. Exit status: 0 when stopped (Ctrl+C, SIGTERM, /quit), 1 when Discord refuses the bot or cannot be reached, 2 for a configuration problem.',
  settings: ALL_SETTINGS,
  main,
  exitWhenDone: true,
};

runEntryPoint(START);
