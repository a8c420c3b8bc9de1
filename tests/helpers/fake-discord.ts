/**
 * A small fake of Discord's REST API and gateway on 127.0.0.1, good enough for the real discord.js
 * client to log in, receive events and answer them. It records every REST request, enforces the
 * 3-second interaction deadline and answers-once rule, and can inject faults (429, 5xx, gateway
 * closes) to see how the bot copes.
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh numeric snowflake (19 digits today), as discord.js expects ids to be. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkEx.fake-signature-0123456789abcdefghijklmn';

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly global_name: string | null;
  readonly discriminator: string;
  readonly avatar: null;
  readonly bot?: boolean;
}

export interface FakeRole {
  readonly id: string;
  readonly name: string;
  readonly permissions: string;
}

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly channelId: string;
  readonly roles: FakeRole[];
}

// biome-ignore lint/suspicious/noExplicitAny: recorded JSON is whatever the client sent
type Json = any;

export interface RecordedRequest {
  readonly method: string;
  /** Path under `/api/v10`, percent-decoded (`/webhooks/…/messages/@original`), without the query. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly authorization: string | undefined;
  readonly body: Json;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
  status: number;
  response: Json;
}

export interface Fault {
  readonly method?: string;
  readonly path: RegExp;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Json;
  /** How many matching requests get this answer. */
  times: number;
}

export interface InteractionState {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  readonly payload: Json;
  readonly dispatchedAt: number;
  /** The accepted first response, if any. */
  ack:
    | { readonly type: number; readonly data: Json; readonly at: number; readonly request: RecordedRequest }
    | undefined;
  /** Callbacks Discord would refuse: after the deadline, or a second response. */
  readonly refused: { readonly reason: 'late' | 'already-acknowledged'; readonly request: RecordedRequest }[];
  /** Edits of the original response and follow-ups. */
  readonly webhooks: RecordedRequest[];
  /** The message this interaction's response is (or the message its button sits on). */
  messageId: string | undefined;
}

export interface InteractionHandle {
  readonly state: InteractionState;
  /** The first accepted callback; rejects if none arrives within the deadline (plus a margin). */
  readonly response: Promise<{ readonly type: number; readonly data: Json; readonly latencyMs: number }>;
}

export interface FakeDiscordOptions {
  /** The bot token the fake accepts (REST and IDENTIFY). */
  readonly token?: string;
  readonly interactionDeadlineMs?: number;
  /** Close the gateway with this code on IDENTIFY (4004, 4014, …). */
  readonly closeOnIdentify?: number;
  /** Send MESSAGE_CREATE for the messages the bot posts, as Discord does. */
  readonly echoOwnMessages?: boolean;
}

export interface MemberOptions {
  readonly roles?: readonly string[];
  /** Permission bits in the channel, e.g. `1n << 5n` for Manage Server. */
  readonly permissions?: bigint;
}

/** An attachment as a command option carries it (`data.resolved.attachments`); its file is on the fake. */
export interface FakeAttachment {
  readonly id: string;
  readonly filename: string;
  /** The size Discord reports; tests may make it lie. */
  readonly size: number;
  readonly url: string;
  readonly proxy_url: string;
  readonly content_type?: string;
}

/** A command option's value: a string, number or boolean, or an attachment. */
export type OptionValue = string | number | boolean | FakeAttachment;
type Options = Readonly<Record<string, OptionValue>>;

/** Where an interaction or message comes from: a server (with member details) or a DM. */
export type Place = { readonly guild: FakeGuild; readonly member?: MemberOptions } | { readonly dm: true };

const ALL_APP_PERMISSIONS = '2248473465835073';
const NOW = () => performance.now();

export class FakeDiscord extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionState>();
  readonly messages = new Map<string, Json>();
  readonly faults: Fault[] = [];
  readonly identifies: Json[] = [];
  readonly resumes: Json[] = [];
  readonly bot: FakeUser;
  readonly applicationId: string;
  readonly guild: FakeGuild;
  readonly guilds: FakeGuild[];
  readonly token: string;
  readonly deadlineMs: number;
  commands = new Map<string, Json[]>();
  apiUrl = '';
  port = 0;

  readonly #options: FakeDiscordOptions;
  readonly #server: http.Server;
  readonly #wss: WebSocketServer;
  readonly #dmChannels = new Map<string, string>();
  readonly #users = new Map<string, FakeUser>();
  readonly #files = new Map<string, { body: Buffer; type: string; chunked: boolean }>();
  /** The file names of the attachments downloaded from the fake, in order. */
  readonly downloads: string[] = [];
  #session: { id: string; seq: number; events: Json[]; socket: WebSocket | undefined } | undefined;
  readonly #sockets = new Set<WebSocket>();

  private constructor(options: FakeDiscordOptions) {
    super();
    this.setMaxListeners(0);
    this.#options = options;
    this.token = options.token ?? FAKE_TOKEN;
    this.deadlineMs = options.interactionDeadlineMs ?? 3000;
    this.applicationId = snowflake();
    this.bot = {
      id: this.applicationId,
      username: 'Newsdesk',
      global_name: null,
      discriminator: '0',
      avatar: null,
      bot: true,
    };
    const guildId = snowflake();
    this.guild = {
      id: guildId,
      name: 'Newsroom',
      channelId: snowflake(),
      roles: [{ id: guildId, name: '@everyone', permissions: '104324673' }],
    };
    this.guilds = [this.guild];
    this.#server = http.createServer((req, res) => void this.#onRequest(req, res));
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onSocket(ws));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.#server.address() as AddressInfo).port;
    fake.apiUrl = `http://127.0.0.1:${fake.port}/api`;
    return fake;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---- people and places -------------------------------------------------------------------------

  user(username: string): FakeUser {
    const user: FakeUser = {
      id: snowflake(),
      username,
      global_name: username,
      discriminator: '0',
      avatar: null,
    };
    this.#users.set(user.id, user);
    return user;
  }

  /** Adds a role to the default guild (before the bot connects, to be in its GUILD_CREATE). */
  role(name: string, permissions = 0n): FakeRole {
    const role = { id: snowflake(), name, permissions: permissions.toString() };
    this.guild.roles.push(role);
    return role;
  }

  dmChannel(userId: string): string {
    let id = this.#dmChannels.get(userId);
    if (id === undefined) {
      id = snowflake();
      this.#dmChannels.set(userId, id);
    }
    return id;
  }

  // ---- files -------------------------------------------------------------------------------------

  /**
   * Serves `body` at a URL on the fake, like an attachment on Discord's CDN; `chunked` leaves out the
   * Content-Length header, so only the body itself tells how large it is.
   */
  serveFile(
    name: string,
    body: string | Buffer,
    type = 'text/plain; charset=utf-8',
    options: { chunked?: boolean } = {},
  ): string {
    const key = `${snowflake()}/${encodeURIComponent(name)}`;
    this.#files.set(key, { body: Buffer.from(body), type, chunked: options.chunked ?? false });
    return `http://127.0.0.1:${this.port}/attachments/${key}`;
  }

  /** An attachment for a command option, its file served by the fake; `size` may differ from the body's. */
  attachment(
    filename: string,
    body: string | Buffer,
    options: { size?: number; type?: string; chunked?: boolean } = {},
  ): FakeAttachment {
    const type = options.type ?? 'text/plain; charset=utf-8';
    const url = this.serveFile(filename, body, type, { chunked: options.chunked ?? false });
    return {
      id: snowflake(),
      filename,
      size: options.size ?? Buffer.byteLength(body),
      url,
      proxy_url: url,
      content_type: type,
    };
  }

  // ---- faults ------------------------------------------------------------------------------------

  /** Answers the next `times` requests matching `path` (and `method`) with `status` instead. */
  fail(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  // ---- gateway -----------------------------------------------------------------------------------

  /** Sends a gateway event; while the bot is disconnected it is kept and replayed on RESUME. */
  dispatch(t: string, d: Json): void {
    const session = this.#session;
    if (session === undefined) throw new Error('fake-discord: no gateway session to dispatch to');
    session.seq += 1;
    const frame = { op: 0, t, s: session.seq, d };
    session.events.push(frame);
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify(frame));
  }

  get connected(): boolean {
    return this.#session?.socket?.readyState === 1;
  }

  /** Closes the gateway connection with `code` (4000: resumable); the session is kept. */
  closeGateway(code: number): void {
    const socket = this.#session?.socket;
    if (this.#session) this.#session.socket = undefined;
    socket?.close(code, 'fake-discord closed the connection');
  }

  /** Drops the TCP connection without a close frame. */
  dropGateway(): void {
    const socket = this.#session?.socket;
    if (this.#session) this.#session.socket = undefined;
    socket?.terminate();
  }

  #onSocket(ws: WebSocket): void {
    this.#sockets.add(ws);
    ws.on('close', () => this.#sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { op: number; d: Json };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (frame.op === 2) this.#identify(ws, frame.d);
      else if (frame.op === 6) this.#resume(ws, frame.d);
    });
  }

  #identify(ws: WebSocket, d: Json): void {
    this.identifies.push({ ...d, token: d.token === this.token ? '<valid>' : '<invalid>' });
    this.emit('identify');
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    if (this.#options.closeOnIdentify) {
      ws.close(this.#options.closeOnIdentify, 'Closed by fake-discord.');
      return;
    }
    this.#session = { id: snowflake(), seq: 0, events: [], socket: ws };
    this.dispatch('READY', {
      v: 10,
      user: this.bot,
      guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: this.#session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/resume`,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
    });
    for (const guild of this.guilds) this.dispatch('GUILD_CREATE', this.#guildPayload(guild));
  }

  #resume(ws: WebSocket, d: Json): void {
    this.resumes.push({ session_id: d.session_id, seq: d.seq });
    const session = this.#session;
    if (session === undefined || d.session_id !== session.id || d.token !== this.token) {
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.socket = ws;
    for (const frame of session.events) if (frame.s > d.seq) ws.send(JSON.stringify(frame));
    this.dispatch('RESUMED', {});
    this.emit('resumed');
  }

  #guildPayload(guild: FakeGuild): Json {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      preferred_locale: 'en-US',
      features: [],
      roles: guild.roles.map((r, position) => ({
        id: r.id,
        name: r.name,
        permissions: r.permissions,
        position,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
        icon: null,
        unicode_emoji: null,
      })),
      emojis: [],
      stickers: [],
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [],
      channels: [
        {
          id: guild.channelId,
          type: 0,
          guild_id: guild.id,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
          parent_id: null,
          flags: 0,
        },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- interactions ------------------------------------------------------------------------------

  #context(place: Place, user: FakeUser): Json {
    if ('dm' in place) {
      const channelId = this.dmChannel(user.id);
      return {
        user,
        channel_id: channelId,
        channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user] },
        context: 1,
        authorizing_integration_owners: {},
      };
    }
    const { guild, member = {} } = place;
    return {
      guild_id: guild.id,
      guild: { id: guild.id, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      channel_id: guild.channelId,
      channel: {
        id: guild.channelId,
        type: 0,
        guild_id: guild.id,
        name: 'general',
        position: 0,
        flags: 0,
        permission_overwrites: [],
      },
      member: {
        user,
        roles: [...(member.roles ?? [])],
        permissions: (member.permissions ?? 0n).toString(),
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
        premium_since: null,
        pending: false,
        communication_disabled_until: null,
      },
      context: 0,
      authorizing_integration_owners: { 0: guild.id },
    };
  }

  #interaction(type: number, data: Json, user: FakeUser, place: Place, extra: Json = {}): Json {
    return {
      id: snowflake(),
      application_id: this.applicationId,
      type,
      token: `itok-${snowflake()}-${Math.random().toString(36).slice(2)}`,
      version: 1,
      data,
      app_permissions: ALL_APP_PERMISSIONS,
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 8388608,
      ...this.#context(place, user),
      ...extra,
    };
  }

  static #isAttachment(value: OptionValue): value is FakeAttachment {
    return typeof value === 'object';
  }

  /**
   * The `data` of a command: `name` is the command, or the command and a subcommand (`corpus add`);
   * attachments go into `resolved`, as Discord sends them.
   */
  static #commandData(name: string, options: Options, focused?: string): Json {
    const [command, subcommand] = name.split(' ');
    const list = Object.entries(options).map(([key, value]) => ({
      name: key,
      type: FakeDiscord.#isAttachment(value)
        ? 11
        : typeof value === 'boolean'
          ? 5
          : typeof value === 'number'
            ? 4
            : 3,
      value: FakeDiscord.#isAttachment(value) ? value.id : value,
      ...(key === focused ? { focused: true } : {}),
    }));
    const attachments = Object.values(options).filter(FakeDiscord.#isAttachment);
    return {
      id: snowflake(),
      name: command,
      type: 1,
      options: subcommand ? [{ name: subcommand, type: 1, options: list }] : list,
      ...(attachments.length > 0
        ? { resolved: { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } }
        : {}),
    };
  }

  /** A slash command interaction payload (type 2); `name` may name a subcommand too (`corpus add`). */
  slash(name: string, options: Options, user: FakeUser, place: Place): Json {
    return this.#interaction(2, FakeDiscord.#commandData(name, options), user, place);
  }

  /** An autocomplete interaction payload (type 4), `focused` naming the option being typed. */
  autocomplete(name: string, options: Options, focused: string, user: FakeUser, place: Place): Json {
    return this.#interaction(4, FakeDiscord.#commandData(name, options, focused), user, place);
  }

  /** A button click (type 3) on a message the fake holds. */
  click(customId: string, messageId: string, user: FakeUser, place: Place): Json {
    const message = this.messages.get(messageId);
    if (message === undefined) throw new Error(`fake-discord: no message ${messageId}`);
    return this.#interaction(3, { custom_id: customId, component_type: 2 }, user, place, { message });
  }

  /** Sends an interaction to the bot and tracks its responses. */
  interact(payload: Json): InteractionHandle {
    const state: InteractionState = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      dispatchedAt: NOW(),
      ack: undefined,
      refused: [],
      webhooks: [],
      messageId: payload.type === 3 ? payload.message.id : undefined,
    };
    this.interactions.set(state.id, state);
    const response = new Promise<{ type: number; data: Json; latencyMs: number }>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(`ack:${state.id}`, onAck);
        reject(
          new Error(`fake-discord: interaction ${state.id} got no response within ${this.deadlineMs} ms`),
        );
      }, this.deadlineMs + 500);
      const onAck = () => {
        clearTimeout(timer);
        const ack = state.ack as NonNullable<InteractionState['ack']>;
        resolve({ type: ack.type, data: ack.data, latencyMs: ack.at - state.dispatchedAt });
      };
      this.once(`ack:${state.id}`, onAck);
    });
    response.catch(() => undefined);
    this.dispatch('INTERACTION_CREATE', payload);
    return { state, response };
  }

  // ---- messages ----------------------------------------------------------------------------------

  #message(fields: Json): Json {
    const message = {
      id: snowflake(),
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      type: 0,
      ...fields,
    };
    this.messages.set(message.id, message);
    return message;
  }

  /** A user's message reaching the bot: a DM, or a server message (mentioning the bot if `mention`). */
  sendMessage(content: string, user: FakeUser, place: Place, options: { mention?: boolean } = {}): Json {
    const base = { author: user, content };
    const message =
      'dm' in place
        ? this.#message({ ...base, channel_id: this.dmChannel(user.id) })
        : this.#message({
            ...base,
            channel_id: place.guild.channelId,
            guild_id: place.guild.id,
            mentions: options.mention ? [this.bot] : [],
          });
    const event =
      'dm' in place
        ? { ...message, channel_type: 1 }
        : {
            ...message,
            channel_type: 0,
            member: {
              roles: [...(place.member?.roles ?? [])],
              joined_at: new Date().toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
            },
          };
    this.dispatch('MESSAGE_CREATE', event);
    return message;
  }

  // ---- waiting -----------------------------------------------------------------------------------

  /** Resolves with the first request (existing from index `from`, or future) that matches. */
  waitForRequest(
    match: (r: RecordedRequest) => boolean,
    timeoutMs = 5000,
    from = 0,
  ): Promise<RecordedRequest> {
    const existing = this.requests.slice(from).find(match);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('request', onRequest);
        reject(new Error('fake-discord: no matching request in time'));
      }, timeoutMs);
      const onRequest = (r: RecordedRequest) => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.off('request', onRequest);
        resolve(r);
      };
      this.on('request', onRequest);
    });
  }

  waitFor(event: 'identify' | 'resumed', timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake-discord: no ${event} in time`)), timeoutMs);
      this.once(event, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  // ---- HTTP --------------------------------------------------------------------------------------

  async #onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (url.pathname.startsWith('/attachments/')) {
      const key = url.pathname.slice('/attachments/'.length);
      const file = this.#files.get(key);
      if (file === undefined) return void res.writeHead(404).end();
      this.downloads.push(decodeURIComponent(key.slice(key.indexOf('/') + 1)));
      if (!file.chunked) {
        res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length });
        return void res.end(file.body);
      }
      res.writeHead(200, { 'content-type': file.type });
      const CHUNK = 16 * 1024;
      for (let at = 0; at < file.body.length && !res.destroyed; at += CHUNK) {
        if (!res.write(file.body.subarray(at, at + CHUNK)))
          await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      }
      return void res.end();
    }

    let body: Json;
    if (raw !== '') {
      try {
        body = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : raw;
      } catch {
        body = raw;
      }
    }
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
      at: NOW(),
      status: 0,
      response: undefined,
    };
    const send = (status: number, payload?: Json, headers: Record<string, string> = {}) => {
      request.status = status;
      request.response = payload;
      this.requests.push(request);
      if (payload === undefined) res.writeHead(status, headers).end();
      else
        res
          .writeHead(status, { 'content-type': 'application/json', ...headers })
          .end(JSON.stringify(payload));
      this.emit('request', request);
    };

    const fault = this.faults.find(
      (f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === request.method),
    );
    if (fault) {
      fault.times -= 1;
      return send(fault.status, fault.body ?? { message: 'Injected fault', code: 0 }, { ...fault.headers });
    }
    try {
      const [status, payload] = this.#route(request);
      send(status, payload);
    } catch (error) {
      send(500, { message: `fake-discord: ${(error as Error).message}`, code: 0 });
    }
  }

  #route(r: RecordedRequest): [number, Json] {
    const { method, path, body } = r;
    const tokenFree = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!tokenFree && r.authorization !== `Bot ${this.token}`)
      return [401, { message: '401: Unauthorized', code: 0 }];

    if (method === 'GET' && path === '/gateway/bot') {
      return [
        200,
        {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (method === 'GET' && path === '/applications/@me') {
      return [
        200,
        {
          id: this.applicationId,
          name: 'Newsdesk',
          description: '',
          bot_public: true,
          flags: 0,
          bot: this.bot,
        },
      ];
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commands) return this.#commands(method, commands[2], body);
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback && method === 'POST') return this.#callback(r, callback[1] as string, callback[2] as string);
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (webhook) return this.#webhook(r, webhook[2] as string, webhook[3]);
    if (/^\/channels\/\d+\/typing$/.test(path) && method === 'POST') return [204, undefined];
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel && method === 'POST') return this.#channelMessage(channel[1] as string, body);
    if (path === '/users/@me/channels' && method === 'POST') {
      const recipient = this.#users.get(body.recipient_id) ?? { id: body.recipient_id, username: 'someone' };
      return [
        200,
        {
          id: this.dmChannel(body.recipient_id),
          type: 1,
          last_message_id: null,
          flags: 0,
          recipients: [recipient],
        },
      ];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  #commands(method: string, guildId: string | undefined, body: Json): [number, Json] {
    const key = guildId ?? 'global';
    if (method === 'GET') return [200, this.commands.get(key) ?? []];
    if (method !== 'PUT') return [405, { message: '405: Method Not Allowed', code: 0 }];
    const saved = (body as Json[]).map((c) => ({
      id: snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: 1,
      ...(guildId ? { guild_id: guildId } : {}),
      ...c,
    }));
    this.commands.set(key, saved);
    return [200, saved];
  }

  #channelMessage(channelId: string, body: Json): [number, Json] {
    const isDm = [...this.#dmChannels.values()].includes(channelId);
    const guild = this.guilds.find((g) => g.channelId === channelId);
    const message = this.#message({
      ...this.#messageFields(body),
      channel_id: channelId,
      author: this.bot,
      ...(guild ? { guild_id: guild.id } : {}),
      ...(body?.message_reference ? { type: 19, message_reference: body.message_reference } : {}),
    });
    if (this.#options.echoOwnMessages !== false && (isDm || guild)) {
      setImmediate(() => this.dispatch('MESSAGE_CREATE', { ...message, channel_type: isDm ? 1 : 0 }));
    }
    return [200, message];
  }

  #messageFields(data: Json): Json {
    const fields: Json = {};
    for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
      if (data?.[key] !== undefined) fields[key] = data[key];
    }
    return fields;
  }

  #callback(r: RecordedRequest, id: string, token: string): [number, Json] {
    const state = this.interactions.get(id);
    if (state === undefined || state.token !== token)
      return [404, { message: 'Unknown interaction', code: 10062 }];
    if (state.ack !== undefined) {
      state.refused.push({ reason: 'already-acknowledged', request: r });
      return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    }
    if (r.at - state.dispatchedAt > this.deadlineMs) {
      state.refused.push({ reason: 'late', request: r });
      return [404, { message: 'Unknown interaction', code: 10062 }];
    }
    const { type, data } = r.body as { type: number; data: Json };
    state.ack = { type, data, at: r.at, request: r };
    const metadata = {
      id: state.id,
      type: state.type,
      user: state.payload.user ?? state.payload.member?.user,
      authorizing_integration_owners: state.payload.authorizing_integration_owners,
    };
    if (type === 4 || type === 5) {
      const message = this.#message({
        ...this.#messageFields(data),
        ...(type === 5 ? { flags: (data?.flags ?? 0) | 128 } : {}),
        channel_id: state.payload.channel_id,
        author: this.bot,
        webhook_id: this.applicationId,
        application_id: this.applicationId,
        type: 20,
        interaction_metadata: metadata,
      });
      state.messageId = message.id;
    } else if (type === 7 && state.messageId) {
      const message = this.messages.get(state.messageId);
      Object.assign(message, this.#messageFields(data), { edited_timestamp: new Date().toISOString() });
    }
    this.emit(`ack:${state.id}`);
    const withResponse = r.query.with_response === 'true';
    const message = state.messageId ? this.messages.get(state.messageId) : undefined;
    return withResponse
      ? [
          200,
          {
            interaction: { id: state.id, type: state.type },
            resource: { type, ...(message ? { message } : {}) },
          },
        ]
      : [204, undefined];
  }

  #webhook(r: RecordedRequest, token: string, messageRef: string | undefined): [number, Json] {
    const state = [...this.interactions.values()].find((s) => s.token === token);
    if (state === undefined || state.ack === undefined)
      return [404, { message: 'Unknown Webhook', code: 10015 }];
    state.webhooks.push(r);
    const metadata = {
      id: state.id,
      type: state.type,
      user: state.payload.user ?? state.payload.member?.user,
      authorizing_integration_owners: state.payload.authorizing_integration_owners,
    };
    if (r.method === 'POST' && messageRef === undefined) {
      const message = this.#message({
        ...this.#messageFields(r.body),
        channel_id: state.payload.channel_id,
        author: this.bot,
        webhook_id: this.applicationId,
        application_id: this.applicationId,
        type: 20,
        interaction_metadata: metadata,
      });
      return [200, message];
    }
    const messageId = messageRef === '@original' ? state.messageId : messageRef;
    const message = messageId ? this.messages.get(messageId) : undefined;
    if (message === undefined) return [404, { message: 'Unknown Message', code: 10008 }];
    if (r.method === 'PATCH') {
      Object.assign(message, this.#messageFields(r.body), {
        flags: (message.flags ?? 0) & ~128,
        edited_timestamp: new Date().toISOString(),
      });
      return [200, { interaction_metadata: metadata, ...message }];
    }
    if (r.method === 'GET') return [200, { interaction_metadata: metadata, ...message }];
    if (r.method === 'DELETE') {
      this.messages.delete(message.id);
      return [204, undefined];
    }
    return [405, { message: '405: Method Not Allowed', code: 0 }];
  }
}
