/**
 * `npm start` as a process: it connects, stops cleanly on SIGINT/SIGTERM, and gives up with a clear
 * message (not a reconnect loop) when Discord refuses the token or the intents.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_CORPUS, tempDir } from '../helpers/bot-harness.ts';
import { FAKE_TOKEN, FakeDiscord, type FakeDiscordOptions } from '../helpers/fake-discord.ts';
import { until } from '../helpers/wait.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = path.join(ROOT, 'src/main.ts');

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((clean) => clean()));
});

interface Run {
  readonly child: ChildProcessWithoutNullStreams;
  readonly out: () => string;
  readonly err: () => string;
  readonly exit: Promise<number | null>;
}

/** Starts `src/main.ts` from an empty folder (no .env), with only the given environment. */
async function start(env: Record<string, string>): Promise<Run> {
  const cwd = await tempDir('newsdesk-main-');
  cleanups.push(cwd.remove);
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: cwd.dir,
    env: { PATH: process.env.PATH ?? '', CORPUS_DIR: DEFAULT_CORPUS, LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, out: () => out, err: () => err, exit };
}

async function fake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const f = await FakeDiscord.start(options);
  cleanups.push(() => f.close());
  return f;
}

describe('src/main.ts', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test.concurrent(`${signal}: destroys the client and exits 0`, async () => {
      const discord = await fake();
      const run = await start({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
      await until(() => run.out().includes('"msg":"connected to Discord"'), 20_000, 'the bot to connect');
      run.child.kill(signal);
      expect(await run.exit).toBe(0);
      expect(run.out()).toContain(`"signal":"${signal}","msg":"stopped"`);
      expect(run.err()).toBe('');
      expect(run.out()).not.toContain(discord.token);
      expect(discord.identifies).toHaveLength(1);
      await until(() => !discord.connected, 2000, 'the gateway connection to close');
    });
  }

  const refusals = [
    {
      name: 'gateway close 4004 (bad token)',
      options: { closeOnIdentify: 4004 },
      message:
        'Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed). Copy a fresh token from the Developer Portal: your application, Bot, Reset Token.\n',
    },
    {
      name: 'gateway close 4014 (disallowed intents)',
      options: { closeOnIdentify: 4014 },
      message:
        'Discord refused the gateway intents (close 4014, disallowed intents). Newsdesk asks for Guilds, Guild Messages and Direct Messages only; check the Privileged Gateway Intents on the Bot page of the Developer Portal.\n',
    },
    {
      name: 'REST 401 (bad token)',
      options: { token: 'MTAwMDAwMDAwMDAwMDAwMDAy.Other.another-token-the-fake-will-accept' },
      message:
        'Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy a fresh token from the Developer Portal: your application, Bot, Reset Token.\n',
    },
  ] as const;
  for (const { name, options, message } of refusals) {
    test.concurrent(`${name}: a clear message and exit 1, no reconnect loop`, async () => {
      const discord = await fake(options);
      const run = await start({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: discord.apiUrl });
      expect(await run.exit).toBe(1);
      expect(run.err()).toBe(message);
      expect(discord.identifies.length).toBeLessThanOrEqual(1);
      expect(`${run.out()}${run.err()}`).not.toContain(FAKE_TOKEN);
    });
  }

  test.concurrent('invalid configuration: every problem listed, exit 2', async () => {
    const run = await start({ DISCORD_TOKEN: 'nope', LOG_LEVEL: 'loud' });
    expect(await run.exit).toBe(2);
    expect(run.err()).toBe(
      [
        'Invalid configuration:',
        '  - DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it from the Developer Portal, Bot page, Reset Token.',
        '  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud".',
        '',
      ].join('\n'),
    );
  });

  test.concurrent('no DISCORD_TOKEN: says so and runs the console chat', async () => {
    const run = await start({});
    run.child.stdin.end();
    expect(await run.exit).toBe(0);
    expect(run.out().split('\n')[0]).toBe(
      'DISCORD_TOKEN is not set: running the console chat instead of the Discord bot.',
    );
  });
});
