/**
 * How the bot copes when Discord misbehaves: rate limits and server errors on its replies, and a
 * gateway connection that drops while events keep coming.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, startHarness } from '../helpers/bot-harness.ts';
import type { FakeUser, Place } from '../helpers/fake-discord.ts';
import { guardLoopback } from '../helpers/loopback-guard.ts';
import { until } from '../helpers/wait.ts';

const guard = guardLoopback();
let h: Harness;
let users = 0;
const someone = (): FakeUser => h.fake.user(`fault-user${++users}`);
const server = (): Place => ({ guild: h.fake.guild });
const QUESTION = { question: 'Who denied that Turkey sent fighters?' };

/** The callback requests Discord saw for one interaction, as status codes. */
const callbackStatuses = (id: string) =>
  h.fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`)).map((r) => r.status);

beforeAll(async () => {
  // Few, fast retries so a fault costs milliseconds, not the 15 s default timeout.
  h = await startHarness({ rest: { retries: 2, timeout: 1000 } });
});

afterAll(async () => {
  await h.stop();
  guard.restore();
  expect(guard.attempts).toEqual([]);
});

describe('REST faults on a reply', () => {
  test('429 with Retry-After: the reply waits, is retried, and lands once within the deadline', async () => {
    h.fake.fail({
      method: 'POST',
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 429,
      headers: { 'retry-after': '0.4', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.4, global: false },
    });
    const handle = h.fake.interact(h.fake.slash('ask', QUESTION, someone(), server()));
    const response = await handle.response;
    expect(response.type).toBe(4);
    expect(response.latencyMs).toBeGreaterThanOrEqual(400);
    expect(response.latencyMs).toBeLessThan(h.fake.deadlineMs);
    expect(callbackStatuses(handle.state.id)).toEqual([429, 204]);
    expect(handle.state.refused).toEqual([]);
    const [limited, accepted] = h.fake.requests.filter((r) =>
      r.path.startsWith(`/interactions/${handle.state.id}/`),
    );
    expect(accepted?.body).toEqual(limited?.body);
  });

  test('a 5xx is retried; the user gets one answer', async () => {
    h.fake.fail({ method: 'POST', path: /\/callback$/, status: 502, times: 2 });
    const handle = h.fake.interact(h.fake.slash('sources', {}, someone(), { dm: true }));
    expect((await handle.response).type).toBe(4);
    expect(callbackStatuses(handle.state.id)).toEqual([502, 502, 204]);
    expect(handle.state.refused).toEqual([]);
  });

  test('a 429 on a DM reply is retried after Retry-After', async () => {
    h.fake.fail({
      method: 'POST',
      path: /^\/channels\/\d+\/messages$/,
      status: 429,
      headers: { 'retry-after': '0.2' },
    });
    const user = someone();
    const from = h.fake.requests.length;
    h.fake.sendMessage('Who denied that Turkey sent fighters?', user, { dm: true });
    await h.fake.waitForRequest((r) => r.path.endsWith('/messages') && r.status === 200, 3000, from);
    const posts = h.fake.requests
      .slice(from)
      .filter((r) => r.path === `/channels/${h.fake.dmChannel(user.id)}/messages`);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
  });

  test('a reply that keeps failing is logged with its reference, and the bot carries on', async () => {
    h.fake.fail({ method: 'POST', path: /\/callback$/, status: 500, times: 6 });
    const handle = h.fake.interact(h.fake.slash('help', {}, someone(), server()));
    const failed = () =>
      h.log.entries.find((e) => e.msg === 'interaction failed' && e.interaction === handle.state.id);
    await until(() => failed() !== undefined, 3000, 'the failure log line');
    expect(failed()).toMatchObject({ level: 50, ref: expect.stringMatching(/^[0-9a-f]{8}$/) });
    // The reply and the error notice after it: three tries each, all refused.
    await until(() => callbackStatuses(handle.state.id).length === 6, 1000, 'the error notice tries');
    expect(callbackStatuses(handle.state.id)).toEqual([500, 500, 500, 500, 500, 500]);
    expect(handle.state.ack).toBeUndefined();
    expect(h.log.text).not.toContain(handle.state.token);
    // The next one is fine.
    const next = h.fake.interact(h.fake.slash('help', {}, someone(), server()));
    expect((await next.response).type).toBe(4);
  });
});

describe('gateway faults', () => {
  test('closed with 4000: the bot resumes and answers an interaction sent while it was away', async () => {
    const identifies = h.fake.identifies.length;
    const resumed = h.fake.waitFor('resumed', 5000);
    h.fake.closeGateway(4000);
    await until(() => !h.fake.connected, 1000, 'the disconnect');
    const handle = h.fake.interact(h.fake.slash('ask', QUESTION, someone(), server()));
    await resumed;
    const response = await handle.response;
    expect(response.type).toBe(4);
    expect(response.data.embeds[0].title).toBe(QUESTION.question);
    expect(h.fake.identifies.length).toBe(identifies);
    expect(h.fake.resumes.at(-1)).toMatchObject({ session_id: expect.any(String) });
    await until(() => h.log.entries.some((e) => e.msg === 'gateway session resumed'), 1000, 'the resume log');
  });

  test('a dropped TCP connection: resumed too, the message sent meanwhile is answered', async () => {
    const identifies = h.fake.identifies.length;
    const resumes = h.fake.resumes.length;
    const resumed = h.fake.waitFor('resumed', 5000);
    h.fake.dropGateway();
    const user = someone();
    const from = h.fake.requests.length;
    h.fake.sendMessage('Who denied that Turkey sent fighters?', user, { dm: true });
    await resumed;
    const post = await h.fake.waitForRequest(
      (r) => r.path === `/channels/${h.fake.dmChannel(user.id)}/messages`,
      3000,
      from,
    );
    expect(post.body.embeds[0].title).toBe('Who denied that Turkey sent fighters?');
    expect(h.fake.identifies.length).toBe(identifies);
    expect(h.fake.resumes.length).toBe(resumes + 1);
  });
});
