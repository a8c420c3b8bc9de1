import {
  Client,
  type ClientOptions,
  type CloseEvent,
  DefaultRestOptions,
  DiscordAPIError,
  DiscordjsErrorCodes,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  HTTPError,
  Partials,
} from 'discord.js';
import type { Logger } from 'pino';
import { commands as allCommands } from '../../commands/index.ts';
import type { DiscordConfig } from '../config.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../core/corpus.ts';
import { NewsdeskError } from '../core/errors.ts';
import type { Fetch } from './attachments.ts';
import type { Command } from './command.ts';
import type { BotContext, CorpusEngine } from './context.ts';
import { Cooldown } from './cooldown.ts';
import { createInteractionHandler } from './interactions.ts';
import { VIEW_SESSION_MAX, VIEW_SESSION_TTL_MS } from './limits.ts';
import { createMessageHandler } from './messages.ts';
import { NO_MENTIONS } from './respond.ts';
import { SessionStore } from './sessions.ts';

/** Server list and slash commands, plus messages in servers (mentions) and DMs. No privileged intent. */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

const BAD_TOKEN =
  'Discord rejected DISCORD_TOKEN (%s). Copy a fresh token from the Developer Portal: your application, Bot, Reset Token.';

const rejected = (message: string) => new NewsdeskError('discord-rejected', message);

/** The error for a gateway close code after which reconnecting is pointless, or undefined. */
export function fatalCloseError(code: number): NewsdeskError | undefined {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return rejected(BAD_TOKEN.replace('%s', 'gateway close 4004, authentication failed'));
    case GatewayCloseCodes.DisallowedIntents:
      return rejected(
        'Discord refused the gateway intents (close 4014, disallowed intents). Newsdesk asks for Guilds, Guild Messages and Direct Messages only; check the Privileged Gateway Intents on the Bot page of the Developer Portal.',
      );
    case GatewayCloseCodes.InvalidIntents:
    case GatewayCloseCodes.InvalidShard:
    case GatewayCloseCodes.ShardingRequired:
    case GatewayCloseCodes.InvalidAPIVersion:
      return rejected(
        `Discord closed the gateway with code ${code} (${GatewayCloseCodes[code]}); the bot cannot reconnect.`,
      );
    default:
      return undefined;
  }
}

export function createClient(config: DiscordConfig, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: INTENTS,
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...overrides,
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...overrides.rest },
  });
}

export interface BotOptions {
  readonly config: DiscordConfig;
  readonly engine: CorpusEngine;
  readonly logger: Logger;
  readonly commands?: readonly Command[];
  /** The largest article file, also the limit for attachments (`MAX_ARTICLE_BYTES`); the engine's default when unset. */
  readonly maxArticleBytes?: number | undefined;
  /** Downloads `/corpus add` attachments; the global `fetch` when unset (tests serve them from loopback). */
  readonly fetch?: Fetch;
  /** For tests: REST timeouts and retries, the identify throttle. */
  readonly clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
  readonly client: Client;
  readonly context: BotContext;
  /** Settles if, after start-up, Discord shuts the bot out for good (e.g. the token was reset). */
  readonly fatal: Promise<NewsdeskError>;
  stop(): Promise<void>;
}

export function createContext(options: BotOptions): BotContext {
  const sessions = { ttlMs: VIEW_SESSION_TTL_MS, max: VIEW_SESSION_MAX };
  return {
    engine: options.engine,
    config: options.config,
    logger: options.logger,
    cooldown: new Cooldown(options.config.cooldown),
    askSessions: new SessionStore(sessions),
    searchSessions: new SessionStore(sessions),
    claimsSessions: new SessionStore(sessions),
    reloading: { active: false },
    download: {
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      maxBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    },
  };
}

/** Why a connection failed, in words, by the error code Node gives (on the error or its cause). */
const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'DNS lookup failed, no such host',
  EAI_AGAIN: 'DNS lookup failed, is the network up?',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out while connecting',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for an answer',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
};

function networkCodeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && Object.hasOwn(NETWORK_REASONS, code)) return code;
    // discord.js aborts a request after `rest.timeout`.
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'ETIMEDOUT';
  }
  return undefined;
}

/**
 * The error for a login that failed because Discord (or `DISCORD_API_URL`) could not be reached or
 * failed to answer, naming what and why; undefined for any other failure.
 */
export function unreachableError(error: unknown, apiUrl: string | undefined): NewsdeskError | undefined {
  const target = apiUrl ? `DISCORD_API_URL (${apiUrl})` : `Discord (${DefaultRestOptions.api})`;
  const code = networkCodeOf(error);
  const status = error instanceof HTTPError || error instanceof DiscordAPIError ? error.status : undefined;
  let reason: string;
  if (code !== undefined) reason = `${NETWORK_REASONS[code]} (${code})`;
  else if (status !== undefined && status >= 500) reason = `it answered HTTP ${status}`;
  else return undefined;
  return new NewsdeskError('discord-unreachable', `Could not reach ${target}: ${reason}.`, { cause: error });
}

/**
 * Logs in and resolves once the bot is ready. Rejects with a {@link NewsdeskError} instead of retrying
 * forever: `discord-rejected` for a bad token or disallowed intents, `discord-unreachable` when Discord
 * cannot be reached or fails to answer.
 */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { config, logger } = options;
  if (config.token === undefined) throw rejected('DISCORD_TOKEN is not set.');
  const client = createClient(config, options.clientOptions);
  const context = createContext(options);
  const onInteraction = createInteractionHandler(context, options.commands ?? allCommands);
  const onMessage = createMessageHandler(context);
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));

  const log = logger.child({ component: 'gateway' });
  client.on(Events.ShardReconnecting, (shard) =>
    log.warn({ shard }, 'gateway connection lost, reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, 'gateway session resumed'),
  );
  client.on(Events.ShardError, (error, shard) => log.error({ err: error, shard }, 'gateway error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));

  const fatal = new Promise<NewsdeskError>((resolve) => {
    client.on(Events.ShardDisconnect, (event: CloseEvent, shard: number) => {
      log.warn({ shard, code: event.code }, 'gateway closed for good');
      const error = fatalCloseError(event.code);
      if (error) resolve(error);
    });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));

  try {
    const login = client.login(config.token).then(() => ready);
    // If the gateway shuts the bot out first, the login promise may still settle later.
    login.catch(() => undefined);
    const failed = await Promise.race([login.then(() => undefined), fatal]);
    if (failed) throw failed;
  } catch (error) {
    await client.destroy();
    if (error instanceof NewsdeskError) throw error;
    if (error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid) {
      throw rejected(BAD_TOKEN.replace('%s', '401 Unauthorized'));
    }
    throw unreachableError(error, config.apiUrl) ?? error;
  }

  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');
  return {
    client,
    context,
    fatal,
    async stop() {
      await client.destroy();
    },
  };
}
