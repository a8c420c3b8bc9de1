import {
  DEFAULT_COOLDOWN_USES,
  DEFAULT_COOLDOWN_WINDOW_SECONDS,
  DEFAULT_CORPUS_DIR,
  LOG_LEVELS,
} from './config.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from './core/corpus.ts';

/** Every variable Newsdesk reads, with its default and meaning, as `--help` shows them. */
export const SETTINGS = {
  DISCORD_TOKEN: 'the bot token (unset: the console chat instead of the bot)',
  DISCORD_GUILD_ID: 'server to register the commands in, for instant updates (unset: global)',
  DISCORD_API_URL: "REST base URL of a proxy, e.g. http://127.0.0.1:8080/api (unset: Discord's)",
  MODERATOR_ROLE_IDS: 'comma-separated role IDs allowed to run /reload and /corpus',
  BOT_OWNER_IDS: 'comma-separated user IDs allowed to run /reload and /corpus anywhere',
  CORPUS_DIR: `the folder of articles (default: ${DEFAULT_CORPUS_DIR})`,
  INDEX_DIR: 'saved index and audit log (default: .newsdesk beside the corpus folder)',
  CORPUS_WATCH: 'true: reload when files in the corpus folder change (default: false)',
  MAX_ARTICLE_BYTES: `larger article files are skipped, larger uploads refused (default: ${DEFAULT_MAX_ARTICLE_BYTES})`,
  SYNONYMS_FILE: 'synonym groups, one comma-separated group a line (default: the shipped list)',
  STOPWORDS_FILE: 'words left out of the index and of questions (default: the shipped list)',
  LOG_LEVEL: `${LOG_LEVELS.join(', ')} (default: info)`,
  COOLDOWN_USES: `commands or questions per user per window, 0 for none (default: ${DEFAULT_COOLDOWN_USES})`,
  COOLDOWN_WINDOW_SECONDS: `the cooldown window (default: ${DEFAULT_COOLDOWN_WINDOW_SECONDS})`,
} as const;

export type SettingName = keyof typeof SETTINGS;

/** Every setting, in the order `--help` and the README list them. */
export const ALL_SETTINGS = Object.keys(SETTINGS) as SettingName[];

/** The settings an entry point reads, one a line, for its `--help`. */
export function describeSettings(names: readonly SettingName[]): string {
  const width = Math.max(...names.map((name) => name.length));
  return names.map((name) => `  ${name.padEnd(width)}  ${SETTINGS[name]}`).join('\n');
}
