import { runConsole } from './cli/console.ts';
import { ConfigError, loadConfig } from './config.ts';
import { Newsdesk } from './core/engine.ts';
import { createLogger } from './discord/logger.ts';

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, token: config.discord.token });

  let engine: Newsdesk;
  try {
    engine = await Newsdesk.open({
      corpusDir: config.corpusDir,
      ...(config.synonymsFile ? { synonymsFile: config.synonymsFile } : {}),
      ...(config.stopwordsFile ? { stopwordsFile: config.stopwordsFile } : {}),
      ...(config.maxArticleBytes ? { maxArticleBytes: config.maxArticleBytes } : {}),
    });
  } catch (error) {
    console.error(`Cannot open the corpus folder ${config.corpusDir}: ${(error as Error).message}`);
    return 1;
  }
  if (config.discord.token === undefined) {
    console.log('DISCORD_TOKEN is not set: running the console chat instead of the Discord bot.');
    await runConsole(engine);
    return 0;
  }
  const report = engine.report;
  logger.info(
    {
      corpusDir: config.corpusDir,
      articles: report.articles,
      paragraphs: report.paragraphs,
      skipped: report.skipped.length,
    },
    'corpus loaded',
  );

  // Loaded only now: the console chat does without discord.js, which takes a while to load.
  const { StartupError, startBot } = await import('./discord/bot.ts');
  // Listen first: a signal may come while the bot is still logging in.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    const started = await Promise.race([
      startBot({ config: config.discord, engine, logger }),
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

// Exit explicitly: the gateway, timers and the console may hold the event loop open after main returns.
process.exit(await main());
