import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.ts';
import {
  commandBodies,
  describeChanges,
  diffCommands,
  registerCommands,
} from '../../src/discord/registration.ts';
import { DEFAULT_CORPUS, tempDir } from '../helpers/bot-harness.ts';
import { killEntryProcesses, runEntry, SPAWN_TIMEOUT_MS } from '../helpers/entry-process.ts';
import { FakeDiscord } from '../helpers/fake-discord.ts';
import { guardLoopback } from '../helpers/loopback-guard.ts';

const GUILD = { kind: 'guild', guildId: '123456789012345678' } as const;
const GLOBAL = { kind: 'global' } as const;

describe('describeChanges', () => {
  test('what changed, per kind', () => {
    expect(
      describeChanges(
        { added: ['ask', 'search'], updated: ['help'], removed: ['old'], unchanged: ['sources'] },
        GLOBAL,
      ),
    ).toBe(
      [
        'Registered 4 commands globally (Discord can take a while to show changes everywhere):',
        '  added: /ask, /search',
        '  updated: /help',
        '  removed: /old',
        '  unchanged: /sources',
      ].join('\n'),
    );
  });

  test('nothing changed', () => {
    expect(describeChanges({ added: [], updated: [], removed: [], unchanged: ['ask', 'help'] }, GUILD)).toBe(
      '2 commands already up to date in server 123456789012345678 (changes show at once; server commands do not appear in DMs, unset DISCORD_GUILD_ID to register globally).',
    );
  });
});

describe('diffCommands', () => {
  const bodies = commandBodies(commands, GLOBAL);
  // What Discord returns: ids, versions and defaults filled in.
  const registered = bodies.map((b) => ({
    id: '1',
    application_id: '2',
    version: '3',
    type: 1,
    default_member_permissions: null,
    nsfw: false,
    ...b,
    options: (b.options ?? []).map((o) => ({ required: false, ...o })),
  }));

  test('the same commands, with Discord defaults, are unchanged', () => {
    // biome-ignore lint/suspicious/noExplicitAny: API JSON
    expect(diffCommands(registered as any, bodies, GLOBAL)).toEqual({
      added: [],
      updated: [],
      removed: [],
      unchanged: ['ask', 'search', 'claims', 'sources', 'source', 'reload', 'corpus', 'help'],
    });
  });

  test('added, updated and removed', () => {
    const [ask, , ...rest] = registered;
    const existing = [{ ...ask, description: 'old text' }, ...rest, { ...ask, name: 'gone' }];
    // biome-ignore lint/suspicious/noExplicitAny: API JSON
    expect(diffCommands(existing as any, bodies, GLOBAL)).toEqual({
      added: ['search'],
      updated: ['ask'],
      removed: ['gone'],
      unchanged: ['claims', 'sources', 'source', 'reload', 'corpus', 'help'],
    });
  });
});

describe('registering against the fake Discord', () => {
  let fake: FakeDiscord;
  const guard = guardLoopback();
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    killEntryProcesses();
    await fake.close();
    guard.restore();
    expect(guard.attempts).toEqual([]);
  });

  test('in a server: one bulk overwrite, then nothing to do', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const scope = { kind: 'guild', guildId: fake.guild.id } as const;
    const first = await registerCommands(rest, commands, scope);
    expect(first.added).toEqual(['ask', 'search', 'claims', 'sources', 'source', 'reload', 'corpus', 'help']);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([
      `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`,
    ]);
    expect(puts[0]?.authorization).toBe(`Bot ${fake.token}`);
    expect(puts[0]?.body).toEqual(commandBodies(commands, scope));
    expect(puts[0]?.body[5]).toMatchObject({ name: 'reload', default_member_permissions: '32' });
    expect(puts[0]?.body[6]).toMatchObject({ name: 'corpus', default_member_permissions: '32' });

    // Subcommands and their options compare equal too: nothing to send again.
    const again = await registerCommands(rest, commands, scope);
    expect(again.unchanged).toHaveLength(8);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  test(
    'npm run deploy-commands registers globally and says what changed',
    async () => {
      const cwd = await tempDir('newsdesk-deploy-');
      try {
        // From an empty folder, so no .env of the developer's leaks in; the settings are checked as
        // for the bot, so the corpus folder must exist.
        const {
          code,
          stdout: out,
          stderr: err,
        } = await runEntry('src/discord/deploy-commands.ts', {
          cwd: cwd.dir,
          env: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: DEFAULT_CORPUS },
        });
        expect(err).toBe('');
        expect(code).toBe(0);
        expect(out).toBe(
          'Registered 8 commands globally (Discord can take a while to show changes everywhere):\n  added: /ask, /search, /claims, /sources, /source, /reload, /corpus, /help\n',
        );
        const put = fake.requests.find(
          (r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/commands`,
        );
        expect(put?.body[0]).toMatchObject({ name: 'ask', contexts: [0, 1], integration_types: [0] });
      } finally {
        await cwd.remove();
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});
