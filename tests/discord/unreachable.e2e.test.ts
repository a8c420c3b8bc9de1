/**
 * Discord that cannot be reached, or fails, at start-up: one line naming what (Discord or
 * DISCORD_API_URL, with the URL) and why, then exit 1; never a stack trace. Every endpoint here is on
 * 127.0.0.1: a port that was just closed, or the fake Discord.
 */
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DefaultRestOptions, DiscordAPIError, HTTPError } from 'discord.js';
import pino from 'pino';
import { afterAll, describe, expect, test } from 'vitest';
import { Newsdesk } from '../../src/core/engine.ts';
import { NewsdeskError } from '../../src/core/errors.ts';
import { startBot, unreachableError } from '../../src/discord/bot.ts';
import { DEFAULT_CORPUS, MemoryLog, NO_IDENTIFY_THROTTLE, tempDir } from '../helpers/bot-harness.ts';
import { killEntryProcesses, runEntry, SPAWN_TIMEOUT_MS } from '../helpers/entry-process.ts';
import { FAKE_TOKEN, FakeDiscord } from '../helpers/fake-discord.ts';

const cleanups: (() => Promise<unknown>)[] = [async () => killEntryProcesses()];
afterAll(() => Promise.all(cleanups.map((clean) => clean())));

/** A loopback port with nothing listening: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const errno = (code: string) => Object.assign(new Error(`${code} failure`), { code });

describe('unreachableError', () => {
  const api = 'http://127.0.0.1:9/api';
  const cases = [
    {
      error: errno('ECONNREFUSED'),
      apiUrl: api,
      message: `Could not reach DISCORD_API_URL (${api}): connection refused (ECONNREFUSED).`,
    },
    {
      error: new TypeError('fetch failed', { cause: errno('ENOTFOUND') }),
      apiUrl: undefined,
      message: `Could not reach Discord (${DefaultRestOptions.api}): DNS lookup failed, no such host (ENOTFOUND).`,
    },
    {
      error: new TypeError('fetch failed', { cause: errno('EAI_AGAIN') }),
      apiUrl: undefined,
      message: `Could not reach Discord (${DefaultRestOptions.api}): DNS lookup failed, is the network up? (EAI_AGAIN).`,
    },
    {
      error: Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }),
      apiUrl: api,
      message: `Could not reach DISCORD_API_URL (${api}): timed out (ETIMEDOUT).`,
    },
    {
      error: new HTTPError(503, 'Service Unavailable', 'GET', `${api}/v10/gateway/bot`, { body: undefined }),
      apiUrl: api,
      message: `Could not reach DISCORD_API_URL (${api}): it answered HTTP 503.`,
    },
  ] as const;
  for (const { error, apiUrl, message } of cases) {
    test(message, () => {
      const result = unreachableError(error, apiUrl);
      expect(result).toBeInstanceOf(NewsdeskError);
      expect([result?.code, result?.message, result?.cause]).toEqual(['discord-unreachable', message, error]);
    });
  }

  test('anything else is not an unreachable Discord', () => {
    const refused = new DiscordAPIError(
      { code: 50001, message: 'Missing Access' },
      50001,
      403,
      'PUT',
      `${api}/v10/applications/1/commands`,
      { body: undefined },
    );
    expect(unreachableError(refused, api)).toBeUndefined();
    expect(unreachableError(new TypeError('x is not a function'), api)).toBeUndefined();
  });
});

describe('startBot when Discord cannot be reached', () => {
  const engine = Newsdesk.open({ corpusDir: DEFAULT_CORPUS });
  const config = (apiUrl: string) => ({
    token: FAKE_TOKEN,
    guildId: undefined,
    apiUrl,
    moderatorRoleIds: [],
    ownerIds: [],
    cooldown: { uses: 0, windowMs: 10_000 },
  });

  test('a closed port: rejects at once with the address and "connection refused"', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api`;
    const log = new MemoryLog();
    await expect(
      startBot({ config: config(apiUrl), engine: await engine, logger: pino(log) }),
    ).rejects.toThrowError(
      new NewsdeskError(
        'discord-unreachable',
        `Could not reach DISCORD_API_URL (${apiUrl}): connection refused (ECONNREFUSED).`,
      ),
    );
  });

  test('the fake Discord answering 503: rejects after the client retried, naming the status', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    fake.fail({ method: 'GET', path: /\/gateway\/bot$/, status: 503, times: 10 });
    const log = new MemoryLog();
    const started = startBot({
      config: { ...config(fake.apiUrl), token: fake.token },
      engine: await engine,
      logger: pino(log),
      clientOptions: { rest: { retries: 1, timeout: 2000 }, ws: NO_IDENTIFY_THROTTLE },
    });
    await expect(started).rejects.toThrowError(
      `Could not reach DISCORD_API_URL (${fake.apiUrl}): it answered HTTP 503.`,
    );
    expect(fake.identifies).toHaveLength(0);
  });
});

/** Starts `src/main.ts` from an empty folder with only `env`, its index in that folder. */
async function startMain(env: Record<string, string>) {
  const cwd = await tempDir('newsdesk-unreachable-');
  cleanups.push(cwd.remove);
  return runEntry('src/main.ts', {
    cwd: cwd.dir,
    env: { CORPUS_DIR: DEFAULT_CORPUS, INDEX_DIR: path.join(cwd.dir, 'index'), ...env },
  });
}

describe('npm start', { timeout: SPAWN_TIMEOUT_MS }, () => {
  test.concurrent('DISCORD_API_URL on a closed port: one line on stderr and exit 1', async () => {
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api`;
    const run = await startMain({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: apiUrl, LOG_LEVEL: 'warn' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Could not reach DISCORD_API_URL (${apiUrl}): connection refused (ECONNREFUSED).\n`,
    );
    expect(run.stdout).toBe('');
  });

  test.concurrent('bad settings of every kind: one report, exit 2, nothing started', async () => {
    const run = await startMain({
      CORPUS_DIR: '/nonexistent-newsdesk-corpus',
      SYNONYMS_FILE: '/nonexistent-newsdesk-synonyms.txt',
      COOLDOWN_USES: 'many',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'Invalid configuration:',
        '  - COOLDOWN_USES must be a whole number from 0 to 1000, got "many".',
        '  - CORPUS_DIR must be a folder of articles: /nonexistent-newsdesk-corpus does not exist.',
        '  - SYNONYMS_FILE must be a text file: /nonexistent-newsdesk-synonyms.txt does not exist.',
        '',
      ].join('\n'),
    );
  });

  // sysfs refuses new files even to root, which writes through any permission bits.
  test.skipIf(!existsSync('/sys/kernel'))(
    'an INDEX_DIR that cannot be written: said once, and the console chat starts all the same',
    async () => {
      const run = await startMain({ INDEX_DIR: '/sys/newsdesk-index' });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /^INDEX_DIR: \/sys\/newsdesk-index cannot be created in \/sys \(E[A-Z]+\)\. Newsdesk answers all the same, but the index will not be saved, so every start reads the whole corpus folder again\.\n$/,
      );
      expect(run.stdout.split('\n')[0]).toBe(
        'DISCORD_TOKEN is not set: running the console chat instead of the Discord bot.',
      );
    },
  );
});
