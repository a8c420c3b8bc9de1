import type { Logger } from 'pino';
import type { DiscordConfig } from '../config.ts';
import type { ClaimsReport } from '../core/claims.ts';
import type { Newsdesk } from '../core/engine.ts';
import type { Answer, Article, SearchHit } from '../core/types.ts';
import type { Fetch } from './attachments.ts';
import type { Cooldown } from './cooldown.ts';
import type { SessionStore } from './sessions.ts';

/** The part of the engine the bot uses; tests may pass a stand-in of this shape. */
export type CorpusEngine = Pick<
  Newsdesk,
  | 'articles'
  | 'article'
  | 'loadedAt'
  | 'paragraphCount'
  | 'ask'
  | 'search'
  | 'claims'
  | 'completions'
  | 'reload'
  | 'addArticle'
  | 'removeArticle'
  | 'restoreArticle'
  | 'trashedArticles'
  | 'status'
>;

/** How `/corpus add` downloads attachments. */
export interface DownloadSettings {
  readonly fetch: Fetch;
  /** The largest attachment accepted, in bytes (`MAX_ARTICLE_BYTES`). */
  readonly maxBytes: number;
}

/** What the buttons of an answer refer to. */
export interface AskSession {
  readonly owner: string;
  readonly answer: Answer;
  readonly stats: CorpusStats;
}

/** What the buttons of a search result refer to: the hits as they were, so pages stay stable. */
export interface SearchSession {
  readonly owner: string;
  readonly query: string;
  /** The article the search was limited to. */
  readonly article: Article | undefined;
  readonly hits: readonly SearchHit[];
  readonly stats: CorpusStats;
}

/** What the buttons of a `/claims` reply refer to: the statements as they were, so pages stay stable. */
export interface ClaimsSession {
  readonly owner: string;
  readonly topic: string;
  readonly report: ClaimsReport;
  readonly stats: CorpusStats;
}

/** Everything a command handler may use, built once at start-up and passed down. */
export interface BotContext {
  readonly engine: CorpusEngine;
  readonly config: DiscordConfig;
  readonly logger: Logger;
  readonly cooldown: Cooldown;
  readonly askSessions: SessionStore<AskSession>;
  readonly searchSessions: SessionStore<SearchSession>;
  readonly claimsSessions: SessionStore<ClaimsSession>;
  /** Set while `/reload` runs, so a second one is told to wait instead of queueing. */
  readonly reloading: { active: boolean };
  readonly download: DownloadSettings;
}

/** Corpus size and freshness, shown in footers. */
export interface CorpusStats {
  readonly articles: number;
  readonly paragraphs: number;
  readonly loadedAt: Date;
}

export function corpusStats(engine: CorpusEngine): CorpusStats {
  return { articles: engine.articles.length, paragraphs: engine.paragraphCount, loadedAt: engine.loadedAt };
}
