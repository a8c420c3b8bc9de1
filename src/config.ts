import path from 'node:path';
import dotenv from 'dotenv';
import { checkSettings, type IndexAccess, type SettingsFileSystem } from './config-checks.ts';
import type { EngineOptions } from './core/engine.ts';
import { isNewsdeskError, NewsdeskError } from './core/errors.ts';
import { defaultIndexDir } from './core/snapshot.ts';

/** Log levels accepted by `LOG_LEVEL` (pino's). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface CooldownConfig {
  /** Commands and questions a user may send within one window; 0 turns the cooldown off. */
  readonly uses: number;
  readonly windowMs: number;
}

export interface DiscordConfig {
  /** Unset: no bot, the console chat runs instead. */
  readonly token: string | undefined;
  /** Register commands in this server (instant) instead of globally. */
  readonly guildId: string | undefined;
  /** REST base URL, e.g. `http://127.0.0.1:8080/api`; unset: Discord's own. */
  readonly apiUrl: string | undefined;
  readonly moderatorRoleIds: readonly string[];
  readonly ownerIds: readonly string[];
  readonly cooldown: CooldownConfig;
}

export interface Config {
  /** Absolute path of the folder of articles. */
  readonly corpusDir: string;
  /** Optional word lists and size limit handed to the engine. */
  readonly synonymsFile: string | undefined;
  readonly stopwordsFile: string | undefined;
  readonly maxArticleBytes: number | undefined;
  /** Absolute path of the folder for the index snapshot and the audit log (`INDEX_DIR`). */
  readonly indexDir: string;
  /** Reload by itself when files in the corpus folder change (`CORPUS_WATCH`). */
  readonly corpusWatch: boolean;
  readonly logLevel: LogLevel;
  readonly discord: DiscordConfig;
}

export const DEFAULT_CORPUS_DIR = 'corpus';
export const DEFAULT_COOLDOWN_USES = 5;
export const DEFAULT_COOLDOWN_WINDOW_SECONDS = 10;

const SNOWFLAKE = /^\d{17,20}$/;
const BOT_TOKEN = /^[\w-]+\.[\w-]+\.[\w-]+$/;

type Env = Readonly<Record<string, string | undefined>>;

/** The message of an invalid configuration: every problem, one a line. */
function invalidConfig(problems: readonly string[]): NewsdeskError {
  return new NewsdeskError(
    'invalid-config',
    `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    { problems },
  );
}

/**
 * Validates the environment and turns it into a typed configuration.
 * Pure: reads nothing but `env`; relative paths (`CORPUS_DIR`, `INDEX_DIR`, word lists) are resolved
 * against `cwd`. The folders and files themselves are checked by {@link checkSettings}.
 * @throws NewsdeskError `invalid-config` listing every problem.
 *
 * @example parseConfig({ DISCORD_TOKEN: 'a.b.c', CORPUS_DIR: 'articles' }, '/srv/newsdesk')
 */
export function parseConfig(env: Env, cwd: string = process.cwd()): Config {
  const { config, problems } = readEnvironment(env, cwd);
  if (problems.length > 0) throw invalidConfig(problems);
  return config;
}

/** Applies each default and checks each value's form; the configuration is only usable without problems. */
function readEnvironment(env: Env, cwd: string): { config: Config; problems: string[] } {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  const token = read('DISCORD_TOKEN');
  if (token !== undefined) {
    if (/^bot\s/i.test(token)) {
      problems.push('DISCORD_TOKEN must be the token alone, without the "Bot " prefix.');
    } else if (!BOT_TOKEN.test(token)) {
      problems.push(
        'DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it from the Developer Portal, Bot page, Reset Token.',
      );
    }
  }

  const guildId = read('DISCORD_GUILD_ID');
  if (guildId !== undefined && !SNOWFLAKE.test(guildId)) {
    problems.push(`DISCORD_GUILD_ID must be a server ID (17 to 20 digits), got "${guildId}".`);
  }

  const idList = (name: string): string[] => {
    const raw = read(name);
    if (raw === undefined) return [];
    const ids = raw
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const bad = ids.filter((id) => !SNOWFLAKE.test(id));
    if (bad.length > 0) {
      problems.push(
        `${name} must be a comma-separated list of Discord IDs, these are not: ${bad.join(', ')}.`,
      );
    }
    return [...new Set(ids)];
  };
  const moderatorRoleIds = idList('MODERATOR_ROLE_IDS');
  const ownerIds = idList('BOT_OWNER_IDS');

  const apiUrl = read('DISCORD_API_URL');
  if (apiUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(apiUrl);
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      problems.push(
        `DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, got "${apiUrl}".`,
      );
    }
  }

  const logLevel = (read('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
      return fallback;
    }
    return value;
  };
  const uses = integer('COOLDOWN_USES', DEFAULT_COOLDOWN_USES, 0, 1000);
  const windowSeconds = integer('COOLDOWN_WINDOW_SECONDS', DEFAULT_COOLDOWN_WINDOW_SECONDS, 1, 3600);

  const corpusDir = path.resolve(cwd, read('CORPUS_DIR') ?? DEFAULT_CORPUS_DIR);
  const file = (name: string) => {
    const value = read(name);
    return value === undefined ? undefined : path.resolve(cwd, value);
  };
  const synonymsFile = file('SYNONYMS_FILE');
  const stopwordsFile = file('STOPWORDS_FILE');
  const maxArticleBytes =
    read('MAX_ARTICLE_BYTES') === undefined ? undefined : integer('MAX_ARTICLE_BYTES', 0, 1, 100_000_000);
  const indexDir = file('INDEX_DIR') ?? defaultIndexDir(corpusDir);
  if (indexDir === corpusDir) {
    problems.push(
      'INDEX_DIR must not be the corpus folder itself: its files would be read as articles. Leave it empty for the default (.newsdesk beside the corpus folder).',
    );
  }
  const watch = (read('CORPUS_WATCH') ?? 'false').toLowerCase();
  if (watch !== 'true' && watch !== 'false') {
    problems.push(`CORPUS_WATCH must be true or false, got "${read('CORPUS_WATCH')}".`);
  }

  const config: Config = {
    corpusDir,
    synonymsFile,
    stopwordsFile,
    maxArticleBytes,
    indexDir,
    corpusWatch: watch === 'true',
    logLevel: logLevel as LogLevel,
    discord: {
      token,
      guildId,
      apiUrl,
      moderatorRoleIds,
      ownerIds,
      cooldown: { uses, windowMs: windowSeconds * 1000 },
    },
  };
  return { config, problems };
}

/**
 * The engine settings of a configuration, for `Newsdesk.open`; unset optional values are left out so
 * the engine's own defaults apply.
 *
 * @example const engine = await Newsdesk.open(engineOptionsOf(loadConfig()))
 */
export function engineOptionsOf(
  config: Pick<Config, 'corpusDir' | 'indexDir' | 'synonymsFile' | 'stopwordsFile' | 'maxArticleBytes'>,
): EngineOptions {
  const options: EngineOptions = { corpusDir: config.corpusDir, indexDir: config.indexDir };
  if (config.synonymsFile !== undefined) options.synonymsFile = config.synonymsFile;
  if (config.stopwordsFile !== undefined) options.stopwordsFile = config.stopwordsFile;
  if (config.maxArticleBytes !== undefined) options.maxArticleBytes = config.maxArticleBytes;
  return options;
}

/** A configuration checked against the disk, with what the user must be told once at start-up. */
export interface LoadedConfig extends Config {
  readonly warnings: readonly string[];
}

export interface LoadConfigOptions {
  /** Default: `.env` in `cwd`. */
  readonly envFile?: string;
  /** Default: `process.env`, which wins over the file. */
  readonly env?: Env;
  readonly cwd?: string;
  readonly indexAccess?: IndexAccess;
  readonly fileSystem?: SettingsFileSystem;
}

/**
 * Loads `.env` (if present) under the process environment, which wins, and validates the result once:
 * the values' form and the folders and files they name, all problems together.
 * @throws NewsdeskError `invalid-config` listing every problem (exit status 2, see `exitCodeOf`).
 */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const fromFile: Record<string, string> = {};
  dotenv.config({ path: options.envFile ?? path.join(cwd, '.env'), processEnv: fromFile, quiet: true });
  const { config, problems } = readEnvironment({ ...fromFile, ...(options.env ?? process.env) }, cwd);
  const checked = checkSettings(config, options.indexAccess, options.fileSystem);
  const all = [...problems, ...checked.problems];
  if (all.length > 0) throw invalidConfig(all);
  return { ...config, warnings: checked.warnings };
}

/**
 * {@link loadConfig} for entry points that report problems themselves: every problem and warning is
 * printed once on stderr, and a configuration that cannot be used gives `undefined`, for the caller
 * to exit with status 2.
 */
export function loadConfigOrReport(options: LoadConfigOptions = {}): LoadedConfig | undefined {
  try {
    const config = loadConfig(options);
    for (const warning of config.warnings) console.error(warning);
    return config;
  } catch (error) {
    if (!isNewsdeskError(error, 'invalid-config')) throw error;
    console.error(error.message);
    return undefined;
  }
}
