import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { engineOptionsOf, loadConfig, parseConfig } from '../../src/config.ts';
import { NewsdeskError } from '../../src/core/errors.ts';
import { tempDir } from '../helpers/bot-harness.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkEx.secret-signature-abcdefghijkl';
const ID_A = '123456789012345678';
const ID_B = '223456789012345678';

describe('parseConfig', () => {
  test('defaults', () => {
    expect(parseConfig({}, '/srv/newsdesk')).toEqual({
      corpusDir: '/srv/newsdesk/corpus',
      synonymsFile: undefined,
      stopwordsFile: undefined,
      maxArticleBytes: undefined,
      indexDir: '/srv/newsdesk/.newsdesk',
      corpusWatch: false,
      logLevel: 'info',
      discord: {
        token: undefined,
        guildId: undefined,
        apiUrl: undefined,
        moderatorRoleIds: [],
        ownerIds: [],
        cooldown: { uses: 5, windowMs: 10_000 },
      },
    });
  });

  test('every variable set', () => {
    const config = parseConfig(
      {
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_GUILD_ID: ID_A,
        MODERATOR_ROLE_IDS: `${ID_A}, ${ID_B},${ID_A}`,
        BOT_OWNER_IDS: ID_B,
        CORPUS_DIR: '/data/articles',
        SYNONYMS_FILE: 'lists/synonyms.txt',
        LOG_LEVEL: 'DEBUG',
        COOLDOWN_USES: '0',
        COOLDOWN_WINDOW_SECONDS: '30',
        DISCORD_API_URL: 'http://127.0.0.1:8080/api',
        MAX_ARTICLE_BYTES: '5000',
        INDEX_DIR: 'state/index',
        CORPUS_WATCH: 'TRUE',
      },
      '/srv/newsdesk',
    );
    expect(config).toEqual({
      corpusDir: '/data/articles',
      synonymsFile: '/srv/newsdesk/lists/synonyms.txt',
      stopwordsFile: undefined,
      maxArticleBytes: 5000,
      indexDir: '/srv/newsdesk/state/index',
      corpusWatch: true,
      logLevel: 'debug',
      discord: {
        token: TOKEN,
        guildId: ID_A,
        apiUrl: 'http://127.0.0.1:8080/api',
        moderatorRoleIds: [ID_A, ID_B],
        ownerIds: [ID_B],
        cooldown: { uses: 0, windowMs: 30_000 },
      },
    });
  });

  test.each([
    [{}, '/srv/newsdesk/.newsdesk', false],
    [{ CORPUS_DIR: '/data/news/articles' }, '/data/news/.newsdesk', false],
    [{ INDEX_DIR: '/var/lib/newsdesk', CORPUS_WATCH: 'false' }, '/var/lib/newsdesk', false],
    [{ INDEX_DIR: ' ', CORPUS_WATCH: 'true' }, '/srv/newsdesk/.newsdesk', true],
  ] as const)('INDEX_DIR and CORPUS_WATCH: %j', (env, indexDir, corpusWatch) => {
    const config = parseConfig(env, '/srv/newsdesk');
    expect([config.indexDir, config.corpusWatch]).toEqual([indexDir, corpusWatch]);
  });

  test('engineOptionsOf: what the engine needs, unset values left out', () => {
    expect(engineOptionsOf(parseConfig({}, '/srv/newsdesk'))).toEqual({
      corpusDir: '/srv/newsdesk/corpus',
      indexDir: '/srv/newsdesk/.newsdesk',
    });
    expect(
      engineOptionsOf(
        parseConfig(
          {
            STOPWORDS_FILE: 'stop.txt',
            SYNONYMS_FILE: 'syn.txt',
            MAX_ARTICLE_BYTES: '2000',
            INDEX_DIR: 'ix',
          },
          '/srv/newsdesk',
        ),
      ),
    ).toEqual({
      corpusDir: '/srv/newsdesk/corpus',
      indexDir: '/srv/newsdesk/ix',
      synonymsFile: '/srv/newsdesk/syn.txt',
      stopwordsFile: '/srv/newsdesk/stop.txt',
      maxArticleBytes: 2000,
    });
  });

  test('empty values count as unset', () => {
    expect(
      parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', LOG_LEVEL: '' }, '/x').discord.token,
    ).toBeUndefined();
  });

  const bad = [
    {
      env: { DISCORD_TOKEN: `Bot ${TOKEN}` },
      problem: 'DISCORD_TOKEN must be the token alone, without the "Bot " prefix.',
    },
    {
      env: { DISCORD_TOKEN: 'paste-your-token-here' },
      problem:
        'DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it from the Developer Portal, Bot page, Reset Token.',
    },
    {
      env: { DISCORD_GUILD_ID: 'my-server' },
      problem: 'DISCORD_GUILD_ID must be a server ID (17 to 20 digits), got "my-server".',
    },
    {
      env: { MODERATOR_ROLE_IDS: `${ID_A},mods` },
      problem: 'MODERATOR_ROLE_IDS must be a comma-separated list of Discord IDs, these are not: mods.',
    },
    {
      env: { BOT_OWNER_IDS: '42' },
      problem: 'BOT_OWNER_IDS must be a comma-separated list of Discord IDs, these are not: 42.',
    },
    {
      env: { DISCORD_API_URL: 'ftp://127.0.0.1/api' },
      problem:
        'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, got "ftp://127.0.0.1/api".',
    },
    {
      env: { DISCORD_API_URL: 'not a url' },
      problem: 'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, got "not a url".',
    },
    {
      env: { LOG_LEVEL: 'verbose' },
      problem: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose".',
    },
    {
      env: { COOLDOWN_USES: '-1' },
      problem: 'COOLDOWN_USES must be a whole number from 0 to 1000, got "-1".',
    },
    {
      env: { COOLDOWN_WINDOW_SECONDS: '0' },
      problem: 'COOLDOWN_WINDOW_SECONDS must be a whole number from 1 to 3600, got "0".',
    },
    {
      env: { COOLDOWN_WINDOW_SECONDS: '2.5' },
      problem: 'COOLDOWN_WINDOW_SECONDS must be a whole number from 1 to 3600, got "2.5".',
    },
    {
      env: { CORPUS_WATCH: 'yes' },
      problem: 'CORPUS_WATCH must be true or false, got "yes".',
    },
    {
      env: { CORPUS_WATCH: '1' },
      problem: 'CORPUS_WATCH must be true or false, got "1".',
    },
    {
      env: { CORPUS_DIR: 'articles', INDEX_DIR: './articles/' },
      problem:
        'INDEX_DIR must not be the corpus folder itself: its files would be read as articles. Leave it empty for the default (.newsdesk beside the corpus folder).',
    },
  ] as const;
  for (const { env, problem } of bad) {
    test(problem.slice(0, 60), () => {
      expect(() => parseConfig(env, '/x')).toThrowError(
        expect.objectContaining({ code: 'invalid-config', problems: [problem] }),
      );
    });
  }

  test('all problems at once, in one message that never echoes the token', () => {
    let error: unknown;
    try {
      parseConfig({ DISCORD_TOKEN: 'secret', DISCORD_GUILD_ID: 'x', LOG_LEVEL: 'loud' }, '/x');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsdeskError);
    const message = (error as NewsdeskError).message;
    expect(message.split('\n')).toHaveLength(4);
    expect(
      message.startsWith('Invalid configuration:\n  - DISCORD_TOKEN does not look like a bot token'),
    ).toBe(true);
    expect(message).not.toContain('secret');
  });
});

describe('.env.example', () => {
  test('documents every variable, with a comment, and loads as it is', async () => {
    const file = path.resolve(import.meta.dirname, '../../.env.example');
    const text = await readFile(file, 'utf8');
    const names = [
      'DISCORD_TOKEN',
      'DISCORD_GUILD_ID',
      'MODERATOR_ROLE_IDS',
      'BOT_OWNER_IDS',
      'CORPUS_DIR',
      'INDEX_DIR',
      'CORPUS_WATCH',
      'SYNONYMS_FILE',
      'STOPWORDS_FILE',
      'MAX_ARTICLE_BYTES',
      'LOG_LEVEL',
      'COOLDOWN_USES',
      'COOLDOWN_WINDOW_SECONDS',
      'DISCORD_API_URL',
    ];
    const lines = text.split('\n');
    for (const name of names) {
      const at = lines.findIndex((line) => new RegExp(`^(# )?${name}=`).test(line));
      expect(at, name).toBeGreaterThan(0);
      let before = at - 1;
      while (before > 0 && /^(# )?[A-Z_]+=/.test(lines[before] ?? '')) before -= 1;
      expect(lines[before], `${name} has a comment`).toMatch(/^# (?![A-Z_]+=)/);
    }
    const temp = await tempDir('newsdesk-config-');
    try {
      await mkdir(path.join(temp.dir, 'corpus'));
      const config = loadConfig({ envFile: file, env: {}, cwd: temp.dir });
      expect(config.discord.token).toBeUndefined();
      expect(config.corpusDir).toBe(path.join(temp.dir, 'corpus'));
      expect(config.indexDir).toBe(path.join(temp.dir, '.newsdesk'));
      expect(config.corpusWatch).toBe(false);
      expect(config.warnings).toEqual([]);
    } finally {
      await temp.remove();
    }
  });
});

describe('loadConfig', () => {
  test('reads .env under the process environment, which wins', async () => {
    const temp = await tempDir('newsdesk-config-');
    try {
      await writeFile(
        path.join(temp.dir, '.env'),
        `# comment\nCORPUS_DIR=articles\nLOG_LEVEL=warn\nBOT_OWNER_IDS=${ID_A}\n`,
      );
      await mkdir(path.join(temp.dir, 'articles'));
      const config = loadConfig({ cwd: temp.dir, env: { LOG_LEVEL: 'error' } });
      expect(config.corpusDir).toBe(path.join(temp.dir, 'articles'));
      expect(config.logLevel).toBe('error');
      expect(config.discord.ownerIds).toEqual([ID_A]);
    } finally {
      await temp.remove();
    }
  });

  test('no .env file is fine', async () => {
    const temp = await tempDir('newsdesk-config-');
    try {
      await mkdir(path.join(temp.dir, 'corpus'));
      expect(loadConfig({ cwd: temp.dir, env: {} }).corpusDir).toBe(path.join(temp.dir, 'corpus'));
    } finally {
      await temp.remove();
    }
  });
});
