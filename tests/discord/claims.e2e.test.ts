/** `/claims` end to end: the real discord.js client against the fake Discord, on a small corpus of its own. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, startHarness } from '../helpers/bot-harness.ts';
import { limitViolations, PING, visibleText } from '../helpers/discord-limits.ts';
import type { FakeUser, Place } from '../helpers/fake-discord.ts';
import { guardLoopback } from '../helpers/loopback-guard.ts';

// biome-ignore lint/suspicious/noExplicitAny: API JSON
type Json = any;

const CORPUS = path.resolve(import.meta.dirname, '../fixtures/claims');
const EPHEMERAL = 64;
const guard = guardLoopback();
let h: Harness;
let users = 0;
const someone = () => h.fake.user(`claims${++users}`);
const server = (): Place => ({ guild: h.fake.guild });

beforeAll(async () => {
  h = await startHarness({ corpusDir: CORPUS });
});

afterAll(async () => {
  await h.stop();
  guard.restore();
  expect(guard.attempts).toEqual([]);
});

async function run(payload: Json) {
  const handle = h.fake.interact(payload);
  const response = await handle.response;
  return { ...response, state: handle.state };
}

function expectClean(body: Json): void {
  expect(limitViolations(body)).toEqual([]);
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(visibleText(body)).not.toMatch(PING);
}

const buttons = (data: Json): Json[] => (data.components ?? []).flatMap((row: Json) => row.components);

describe('/claims', () => {
  test('five statements a page, each with its stance and who takes it; Next and Previous page in place', async () => {
    const user: FakeUser = someone();
    const r = await run(h.fake.slash('claims', { topic: 'dam gates' }, user, server()));
    expect(r.type).toBe(4);
    expectClean(r.data);
    const embed = r.data.embeds[0];
    const total = h.engine.claims('dam gates').statements.length;
    expect(total).toBeGreaterThan(5);
    expect(embed.title).toBe('Claims: dam gates');
    expect(embed.description).toMatch(/^Claimed \d+ · Confirmed \d+ · Denied \d+ · Doubted \d+$/);
    expect(embed.fields).toHaveLength(5);
    expect(embed.fields[0].name).toMatch(/^1\. (Claimed|Confirmed|Denied|Doubted) — /);
    expect(embed.footer.text).toBe(`Page 1 of ${Math.ceil(total / 5)} · ${total} statements`);
    const [previous, next] = buttons(r.data);
    expect(previous.disabled).toBe(true);
    expect(next.custom_id).toMatch(/^claims:[a-z0-9]{10}:2$/);

    const page2 = await run(h.fake.click(next.custom_id, r.state.messageId as string, user, server()));
    expect(page2.type).toBe(7);
    expectClean(page2.data);
    expect(page2.data.embeds[0].fields[0].name).toMatch(/^6\. /);
    const names = [...embed.fields, ...page2.data.embeds[0].fields].map((f: Json) => f.name).join('\n');
    expect(names).toMatch(/Denied — Aster Power/);
    expect(names).toMatch(/Doubted — Engineers/);
  });

  test("someone else's click gets a private copy", async () => {
    const owner = someone();
    const r = await run(h.fake.slash('claims', { topic: 'dam gates' }, owner, server()));
    const next = buttons(r.data)[1];
    const other = await run(h.fake.click(next.custom_id, r.state.messageId as string, someone(), server()));
    expect(other.type).toBe(4);
    expect(other.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(other.data.embeds[0].fields[0].name).toMatch(/^6\. /);
  });

  test('a topic no article takes a stance on: said plainly, no buttons', async () => {
    const r = await run(h.fake.slash('claims', { topic: 'bananas in Peru' }, someone(), server()));
    expectClean(r.data);
    expect(r.data.embeds[0].description).toMatch(
      /^No article says anything for or against “bananas in Peru”/,
    );
    expect(r.data.components).toEqual([]);
  });
});
