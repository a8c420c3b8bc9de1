import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClientOptions } from 'discord.js';
import type { DiscordConfig } from '../../src/config.ts';
import { type EngineOptions, Newsdesk } from '../../src/core/engine.ts';
import type { Fetch } from '../../src/discord/attachments.ts';
import { type Bot, startBot } from '../../src/discord/bot.ts';
import type { Command } from '../../src/discord/command.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord.ts';
import { loopbackFetch } from './loopback-guard.ts';

/** The project's default corpus folder. */
export const DEFAULT_CORPUS = path.resolve(import.meta.dirname, '../../corpus');

/** Collects pino's JSON lines in memory. */
export class MemoryLog {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  get entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
  get text(): string {
    return this.lines.join('');
  }
}

/** Skips the ~5 s wait discord.js keeps between IDENTIFYs. */
export const NO_IDENTIFY_THROTTLE = {
  buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
} as unknown as ClientOptions['ws'];

export function testConfig(fake: FakeDiscord, overrides: Partial<DiscordConfig> = {}): DiscordConfig {
  return {
    token: fake.token,
    guildId: undefined,
    apiUrl: fake.apiUrl,
    moderatorRoleIds: [],
    ownerIds: [],
    cooldown: { uses: 0, windowMs: 10_000 },
    ...overrides,
  };
}

export interface Harness {
  readonly fake: FakeDiscord;
  readonly bot: Bot;
  readonly engine: Newsdesk;
  readonly log: MemoryLog;
  stop(): Promise<void>;
}

/** A fake Discord and the real bot, logged in to it, over `corpusDir`. */
export async function startHarness(
  options: {
    corpusDir?: string;
    config?: (fake: FakeDiscord) => Partial<DiscordConfig>;
    commands?: readonly Command[];
    rest?: ClientOptions['rest'];
    fake?: FakeDiscordOptions;
    beforeLogin?: (fake: FakeDiscord) => void;
    /** Engine settings besides the corpus folder: `indexDir`, `maxArticleBytes`… */
    engine?: Omit<EngineOptions, 'corpusDir'>;
    /** How the bot downloads attachments; by default a fetch that reaches loopback only. */
    fetch?: Fetch;
  } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start(options.fake);
  options.beforeLogin?.(fake);
  const log = new MemoryLog();
  const config = testConfig(fake, options.config?.(fake));
  const logger = createLogger({ level: 'debug', token: config.token, destination: log });
  const engine = await Newsdesk.open({ corpusDir: options.corpusDir ?? DEFAULT_CORPUS, ...options.engine });
  const bot = await startBot({
    config,
    engine,
    logger,
    maxArticleBytes: options.engine?.maxArticleBytes,
    fetch: options.fetch ?? loopbackFetch().fetch,
    ...(options.commands ? { commands: options.commands } : {}),
    clientOptions: { ws: NO_IDENTIFY_THROTTLE, ...(options.rest ? { rest: options.rest } : {}) },
  });
  return {
    fake,
    bot,
    engine,
    log,
    async stop() {
      await bot.stop();
      await fake.close();
      await engine.flush();
    },
  };
}

/** A temporary folder removed by the returned function. */
export async function tempDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
