/**
 * `npm start` as a process: it connects, stops cleanly on SIGINT/SIGTERM (saving the index first), and
 * gives up with a clear message (not a reconnect loop) when Discord refuses the token or the intents.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_CORPUS, tempDir } from '../helpers/bot-harness.ts';
import {
  type EntryProcess,
  killEntryProcesses,
  PROJECT_ROOT,
  SPAWN_TIMEOUT_MS,
  spawnEntry,
} from '../helpers/entry-process.ts';
import { FAKE_TOKEN, FakeDiscord, type FakeDiscordOptions } from '../helpers/fake-discord.ts';
import { until } from '../helpers/wait.ts';

const HARBOUR = path.join(PROJECT_ROOT, 'tests/fixtures/harbour');

const cleanups: (() => Promise<void>)[] = [async () => killEntryProcesses()];
afterAll(async () => {
  await Promise.all(cleanups.map((clean) => clean()));
});

async function temp(prefix: string): Promise<string> {
  const dir = await tempDir(prefix);
  cleanups.push(dir.remove);
  return dir.dir;
}

/**
 * Starts `src/main.ts` from an empty folder (no .env), with only the given environment; the index is
 * kept in that folder, never beside the project's corpus.
 */
async function start(env: Record<string, string>): Promise<EntryProcess> {
  const cwd = await temp('newsdesk-main-');
  return spawnEntry('src/main.ts', {
    cwd,
    env: { CORPUS_DIR: DEFAULT_CORPUS, INDEX_DIR: path.join(cwd, 'index'), LOG_LEVEL: 'info', ...env },
  });
}

async function fake(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const f = await FakeDiscord.start(options);
  cleanups.push(() => f.close());
  return f;
}

describe('src/main.ts', { timeout: SPAWN_TIMEOUT_MS }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test.concurrent(`${signal}: destroys the client and exits 0`, async () => {
      const discord = await fake();
      const run = await start({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
      await until(() => run.out().includes('"msg":"connected to Discord"'), 20_000, 'the bot to connect');
      // Then, before any question, the language resources are loaded: a real load takes some time.
      const warmed = /"tookMs":(\d+),"msg":"language resources loaded"/;
      await until(() => warmed.test(run.out()), 20_000, 'the language resources to load');
      expect(Number(warmed.exec(run.out())?.[1])).toBeGreaterThan(0);
      expect(run.out().indexOf('connected to Discord')).toBeLessThan(run.out().search(warmed));
      run.child.kill(signal);
      expect(await run.exit).toBe(0);
      expect(run.out()).toContain(`"signal":"${signal}","msg":"stopped"`);
      expect(run.err()).toBe('');
      expect(run.out()).not.toContain(discord.token);
      expect(discord.identifies).toHaveLength(1);
      await until(() => !discord.connected, 2000, 'the gateway connection to close');
    });
  }

  test.concurrent('CORPUS_WATCH=true: a new file is indexed by itself, and SIGTERM saves the index before exiting', async () => {
    const discord = await fake();
    const corpusDir = await temp('newsdesk-watch-corpus-');
    await cp(HARBOUR, corpusDir, { recursive: true });
    const indexDir = await temp('newsdesk-watch-index-');
    const run = await start({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR: corpusDir,
      INDEX_DIR: indexDir,
      CORPUS_WATCH: 'true',
    });
    await until(() => run.out().includes('"msg":"connected to Discord"'), 20_000, 'the bot to connect');
    expect(run.out()).toContain('"snapshot":"rebuilt","snapshotReason":"no snapshot yet"');
    expect(run.out()).toContain('"msg":"watching the corpus folder for changes"');
    await writeFile(
      path.join(corpusDir, 'ferry.txt'),
      'Ferry timetable changes\n\nThe harbour ferry will run every twenty minutes from Monday.\n',
    );
    await until(
      () => run.out().includes('"added":1,"changed":0,"removed":0'),
      10_000,
      'the automatic reload',
    );
    expect(run.out()).toContain('"msg":"corpus reloaded after a file change"');
    // At once: the snapshot of that reload is only due a moment later, so the shutdown must save it.
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.err()).toBe('');
    const manifest = JSON.parse(await readFile(path.join(indexDir, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { file: string }) => f.file)).toContain('ferry.txt');
    const audit = (await readFile(path.join(indexDir, 'audit.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(audit.at(-1)).toMatchObject({
      moderator: { id: 'newsdesk', name: 'automatic reload' },
      action: 'reload',
      result: 'ok',
      detail: '1 added, 0 changed, 0 removed',
    });
  });

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
