import type { Logger } from 'pino';
import { runConsole } from './cli/console.ts';
import { type Config, engineOptionsOf, loadConfigOrReport } from './config.ts';
import { Newsdesk } from './core/engine.ts';
import { watchCorpus } from './core/watch.ts';
import { createLogger, reloadLogFields } from './discord/logger.ts';

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
    return 0;
  }
  // Loaded only now: the console chat does without discord.js, which takes a while to load.
  const { StartupError, startBot } = await import('./discord/bot.ts');
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    const started = await Promise.race([
      startBot({ config: config.discord, engine, logger, maxArticleBytes: config.maxArticleBytes }),
      stopSignal.then((signal) => ({ signal })),
    ]);
    if ('signal' in started) {
      logger.info({ signal: started.signal }, 'stopped while connecting');
      return 0;
    }
    bot = started;
  } catch (error) {
    if (error instanceof StartupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const ended = await Promise.race([
    stopSignal.then((signal) => ({ signal })),
    bot.fatal.then((error) => ({ error })),
  ]);
  await bot.stop();
  if ('error' in ended) {
    console.error(ended.error.message);
    return 1;
  }
  logger.info({ signal: ended.signal }, 'stopped');
  return 0;
}

async function main(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 2;
  const logger = createLogger({ level: config.logLevel, token: config.discord.token });

  let engine: Newsdesk;
  try {
    engine = await Newsdesk.open(engineOptionsOf(config));
  } catch (error) {
    console.error(`Cannot open the corpus folder ${config.corpusDir}: ${(error as Error).message}`);
    return 1;
  }
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

// Exit explicitly: the gateway, timers and the console may hold the event loop open after main returns.
process.exit(await main());
