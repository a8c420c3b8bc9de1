import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { FakeDiscord } from '../helpers/fake-discord.ts';
import { sleep, until } from '../helpers/wait.ts';

/** The fake is a test instrument: these check that it catches what it is meant to catch. */
describe('fake Discord', () => {
  let fake: FakeDiscord;
  let socket: WebSocket;
  const frames: { op: number; t?: string; s?: number; d: unknown }[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ interactionDeadlineMs: 200 });
    socket = new WebSocket(`ws://127.0.0.1:${fake.port}/gateway`);
    socket.on('message', (raw) => frames.push(JSON.parse(raw.toString())));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1 } }));
    await until(() => frames.length >= 3, 5000, 'READY');
  });
  afterAll(async () => {
    socket.close();
    await fake.close();
  });

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${fake.apiUrl}/v10${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    });

  test('gateway: HELLO, then READY and GUILD_CREATE after IDENTIFY', () => {
    expect(frames.map((f) => f.op)).toEqual([10, 0, 0]);
    expect(frames.slice(1).map((f) => [f.t, f.s])).toEqual([
      ['READY', 1],
      ['GUILD_CREATE', 2],
    ]);
  });

  test('REST needs the bot token, except interaction callbacks and webhooks', async () => {
    expect((await api('/gateway/bot')).status).toBe(401);
    const ok = await api('/gateway/bot', { headers: { authorization: `Bot ${fake.token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ url: `ws://127.0.0.1:${fake.port}/gateway`, shards: 1 });
  });

  test('an interaction is answered once, within the deadline, or the callback is refused', async () => {
    const user = fake.user('u');
    const first = fake.interact(fake.slash('help', {}, user, { dm: true }));
    const callback = `/interactions/${first.state.id}/${first.state.token}/callback`;
    const ok = await api(callback, {
      method: 'POST',
      body: JSON.stringify({ type: 4, data: { content: 'hi' } }),
    });
    expect(ok.status).toBe(204);
    expect((await first.response).type).toBe(4);
    const twice = await api(callback, {
      method: 'POST',
      body: JSON.stringify({ type: 4, data: { content: 'again' } }),
    });
    expect(twice.status).toBe(400);
    expect(await twice.json()).toEqual({
      message: 'Interaction has already been acknowledged.',
      code: 40060,
    });
    expect(first.state.refused.map((r) => r.reason)).toEqual(['already-acknowledged']);

    const slow = fake.interact(fake.slash('help', {}, user, { dm: true }));
    await sleep(250);
    const late = await api(`/interactions/${slow.state.id}/${slow.state.token}/callback`, {
      method: 'POST',
      body: JSON.stringify({ type: 4, data: { content: 'late' } }),
    });
    expect(late.status).toBe(404);
    expect(await late.json()).toEqual({ message: 'Unknown interaction', code: 10062 });
    expect(slow.state.refused.map((r) => r.reason)).toEqual(['late']);
    await expect(slow.response).rejects.toThrow(/got no response within 200 ms/);
  });

  test('injected faults answer first, with their headers', async () => {
    fake.fail({ method: 'GET', path: /^\/gateway\/bot$/, status: 429, headers: { 'retry-after': '1' } });
    const limited = await api('/gateway/bot', { headers: { authorization: `Bot ${fake.token}` } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    const after = await api('/gateway/bot', { headers: { authorization: `Bot ${fake.token}` } });
    expect(after.status).toBe(200);
  });

  test('serves attachment files', async () => {
    const url = fake.serveFile('note.txt', 'hello file');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello file');
    expect((await fetch(`${url}x`)).status).toBe(404);
  });

  test('events sent while the bot is away are replayed on RESUME', async () => {
    const sessionId = (frames[1]?.d as { session_id?: string } | undefined)?.session_id;
    const closed = new Promise((resolve) => socket.once('close', resolve));
    fake.closeGateway(4000);
    await closed;
    fake.dispatch('TYPING_START', { n: 1 });
    const again = new WebSocket(`ws://127.0.0.1:${fake.port}/resume`);
    const seen: { t?: string; s?: number }[] = [];
    again.on('message', (raw) => seen.push(JSON.parse(raw.toString())));
    await new Promise((resolve) => again.once('open', resolve));
    const resumed = fake.waitFor('resumed');
    again.send(JSON.stringify({ op: 6, d: { token: fake.token, session_id: sessionId, seq: 2 } }));
    await resumed;
    await until(() => seen.length >= 5, 2000, 'replayed events');
    // The interactions dispatched by the earlier tests come back too, in order.
    expect(seen.slice(1).map((f) => f.t)).toEqual([
      'INTERACTION_CREATE',
      'INTERACTION_CREATE',
      'TYPING_START',
      'RESUMED',
    ]);
    again.close();
  });
});
