/**
 * The real discord.js client, logged in to a fake Discord on 127.0.0.1, driven through every command,
 * button, autocomplete, DM and mention; assertions are on the exact REST bodies the bot sends.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Command } from '../../src/discord/command.ts';
import { articleKey } from '../../src/discord/custom-id.ts';
import { notice } from '../../src/discord/render/elements.ts';
import { reply } from '../../src/discord/respond.ts';
import { type Harness, startHarness } from '../helpers/bot-harness.ts';
import { testCorpus } from '../helpers/corpus.ts';
import { limitViolations, PING, visibleText } from '../helpers/discord-limits.ts';
import type { FakeRole, FakeUser, MemberOptions, Place, RecordedRequest } from '../helpers/fake-discord.ts';
import { guardLoopback } from '../helpers/loopback-guard.ts';
import { sleep, until } from '../helpers/wait.ts';

// biome-ignore lint/suspicious/noExplicitAny: API JSON
type Json = any;

const EPHEMERAL = 64;
const NO_PINGS = { parse: [], replied_user: false };
const MANAGE_GUILD = 1n << 5n;
const ZWSP = '\u200b';

const explode = {
  data: { name: 'explode', description: 'Always fails' },
  async execute() {
    throw new Error('kaboom in a handler');
  },
} satisfies Command;

const slow = {
  data: { name: 'slow', description: 'Takes longer than the deadline allows' },
  async execute(interaction) {
    await sleep(2400);
    await reply(interaction, notice('done at last'));
  },
} satisfies Command;

const guard = guardLoopback();
let h: Harness;
let corpus: { dir: string; remove(): Promise<void> };
let owner: FakeUser;
let modRole: FakeRole;
let userCount = 0;
/** A new user per test, so the cooldown of one test never touches another. */
const someone = () => h.fake.user(`user${++userCount}`);
const server = (member?: MemberOptions): Place => ({ guild: h.fake.guild, ...(member ? { member } : {}) });
const DM: Place = { dm: true };

/** Runs a slash command and returns the first response Discord accepted. */
async function slash(
  name: string,
  options: Record<string, string | number | boolean>,
  user: FakeUser,
  place: Place,
) {
  const handle = h.fake.interact(h.fake.slash(name, options, user, place));
  const response = await handle.response;
  return { ...response, state: handle.state };
}

async function click(customId: string, messageId: string, user: FakeUser, place: Place) {
  const handle = h.fake.interact(h.fake.click(customId, messageId, user, place));
  const response = await handle.response;
  return { ...response, state: handle.state };
}

function expectClean(body: Json): void {
  expect(limitViolations(body)).toEqual([]);
  expect(body.allowed_mentions).toEqual(NO_PINGS);
  expect(visibleText(body)).not.toMatch(PING);
}

const customIds = (data: Json): string[] =>
  (data.components ?? []).flatMap((row: Json) => row.components.map((b: Json) => b.custom_id));

/** Requests to the channel messages route after index `from`. */
const channelPosts = (from: number) =>
  h.fake.requests
    .slice(from)
    .filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));

beforeAll(async () => {
  corpus = await testCorpus();
  h = await startHarness({
    corpusDir: corpus.dir,
    commands: [...commands, explode, slow],
    beforeLogin: (fake) => {
      modRole = fake.role('Moderators');
      owner = fake.user('owner');
    },
    config: () => ({
      ownerIds: [owner.id],
      moderatorRoleIds: [modRole.id],
      cooldown: { uses: 3, windowMs: 60_000 },
    }),
  });
});

afterAll(async () => {
  try {
    // Every interaction of the whole file: answered exactly once, within the deadline.
    for (const state of h.fake.interactions.values()) {
      expect(
        state.ack,
        `interaction ${state.payload.data?.name ?? state.payload.data?.custom_id}`,
      ).toBeDefined();
      expect(state.refused).toEqual([]);
      expect((state.ack?.at ?? Number.POSITIVE_INFINITY) - state.dispatchedAt).toBeLessThan(
        h.fake.deadlineMs,
      );
    }
    // Every message body the bot sent fits Discord's limits and pings no one.
    const bodies = h.fake.requests.flatMap((r) => messageBody(r));
    expect(bodies.length).toBeGreaterThan(220);
    for (const body of bodies) expectClean(body);
    expect(h.log.text).not.toContain(h.fake.token);
    expect(h.log.text).not.toContain(h.fake.token.split('.')[2]);
  } finally {
    await h.stop();
    await corpus.remove();
    guard.restore();
  }
  expect(guard.attempts).toEqual([]);
});

function messageBody(r: RecordedRequest): Json[] {
  if (r.status >= 300) return [];
  if (/\/callback$/.test(r.path) && (r.body.type === 4 || r.body.type === 7)) return [r.body.data];
  if (/^\/webhooks\//.test(r.path) && (r.method === 'PATCH' || r.method === 'POST')) return [r.body];
  if (/^\/channels\/\d+\/messages$/.test(r.path)) return [r.body];
  return [];
}

describe('/ask', () => {
  test('in a server: a public answer with citations, buttons and no pings', async () => {
    const question = 'Who denied that Turkey sent fighters?';
    const r = await slash('ask', { question }, someone(), server());
    expect(r.type).toBe(4);
    expect(r.data.flags).toBeUndefined();
    expectClean(r.data);
    const [main, focus] = r.data.embeds;
    expect(main.title).toBe(question);
    expect(main.description).toMatch(/\*\*\[1\]\*\*/);
    expect(main.fields.length).toBeGreaterThanOrEqual(2);
    expect(main.fields[0].name).toMatch(/^\[1\] /);
    expect(main.footer).toEqual({ text: `12 articles · ${h.engine.paragraphCount} paragraphs · loaded` });
    expect(main.timestamp).toBe(h.engine.loadedAt.toISOString());
    expect(focus.footer.text).toMatch(new RegExp(`^Citation 1 of ${main.fields.length} · `));
    const ids = customIds(r.data);
    expect(ids).toHaveLength(3);
    expect(ids[0]).toMatch(/^ask:[a-z0-9]{10}:c:0$/);
    expect(ids[1]).toMatch(/^ask:[a-z0-9]{10}:c:2$/);
    expect(ids[2]).toMatch(/^ask:[a-z0-9]{10}:p:1$/);
  });

  test('private, in a DM: the ephemeral flag', async () => {
    const r = await slash(
      'ask',
      { question: 'What did TASS report about foreign troops?', private: true },
      someone(),
      DM,
    );
    expect(r.type).toBe(4);
    expect(r.data.flags).toBe(EPHEMERAL);
    expectClean(r.data);
    expect(r.data.embeds[0].fields.length).toBeGreaterThan(0);
  });

  test('a question the articles cannot answer: said plainly, no buttons', async () => {
    const r = await slash('ask', { question: 'What is the price of bananas in Peru?' }, someone(), server());
    expect(r.data.embeds).toHaveLength(1);
    expect(r.data.embeds[0].color).toBe(0x718096);
    expect(r.data.embeds[0].description).toMatch(/^The articles don’t answer that\./);
    expect(r.data.components).toEqual([]);
  });

  test('an article that says @everyone pings no one, in a server and by DM', async () => {
    const r = await slash('ask', { question: 'Who must attend the town hall meeting?' }, someone(), server());
    const [main, focus] = r.data.embeds;
    expect(main.description).toBe(
      `“Harbour residents were told that @${ZWSP}everyone must attend the town hall meeting about the bridge repairs on Friday.” **[1]**`,
    );
    expect(main.fields[0]).toEqual({
      name: `[1] The @${ZWSP}here Gazette`,
      value: `[Harbour town hall called for @${ZWSP}everyone](https://gazette.example/town-hall)\n2020-10-20 · paragraph 1`,
    });
    expect(focus.url).toBe('https://gazette.example/town-hall');
    expect(r.data.allowed_mentions).toEqual(NO_PINGS);

    const from = h.fake.requests.length;
    const user = someone();
    h.fake.sendMessage('who must attend the town hall meeting?', user, DM);
    const post = await h.fake.waitForRequest((q) => /^\/channels\/\d+\/messages$/.test(q.path), 3000, from);
    expectClean(post.body);
    expect(visibleText(post.body)).toContain(`@${ZWSP}everyone`);
  });
});

describe('answer buttons', () => {
  test('Next and Previous step through the citations in place; Full paragraph is private', async () => {
    const user = someone();
    const asked = await slash('ask', { question: 'Who denied that Turkey sent fighters?' }, user, server());
    const messageId = asked.state.messageId as string;
    const [, next, paragraph] = customIds(asked.data);

    const stepped = await click(next as string, messageId, user, server());
    expect(stepped.type).toBe(7);
    expectClean(stepped.data);
    expect(stepped.data.embeds[1].footer.text).toMatch(/^Citation 2 of /);
    const [previous] = customIds(stepped.data);
    expect(previous).toMatch(/:c:1$/);
    expect(h.fake.messages.get(messageId).embeds[1].footer.text).toMatch(/^Citation 2 of /);

    const back = await click(previous as string, messageId, user, server());
    expect(back.type).toBe(7);
    expect(back.data.embeds[1].footer.text).toMatch(/^Citation 1 of /);

    const full = await click(paragraph as string, messageId, user, server());
    expect(full.type).toBe(4);
    expect(full.data.flags).toBe(EPHEMERAL);
    expectClean(full.data);
    const citation = h.engine.ask('Who denied that Turkey sent fighters?').citations[0];
    expect(full.data.embeds[0].description).toContain('**');
    expect(full.data.embeds[0].footer.text).toBe(
      [citation?.source, citation?.date, `paragraph ${citation?.paragraph}`, citation?.file]
        .filter(Boolean)
        .join(' · '),
    );
  });

  test("someone else's click opens a private copy and leaves the answer alone", async () => {
    const asker = someone();
    const asked = await slash('ask', { question: 'Who denied that Turkey sent fighters?' }, asker, server());
    const messageId = asked.state.messageId as string;
    const before = JSON.stringify(h.fake.messages.get(messageId).embeds);
    const other = await click(customIds(asked.data)[1] as string, messageId, someone(), server());
    expect(other.type).toBe(4);
    expect(other.data.flags).toBe(EPHEMERAL);
    expect(other.data.embeds[1].footer.text).toMatch(/^Citation 2 of /);
    expect(customIds(other.data)[0]).not.toBe(customIds(asked.data)[0]);
    expect(JSON.stringify(h.fake.messages.get(messageId).embeds)).toBe(before);
  });

  test('expired and forged buttons get a polite private reply', async () => {
    const user = someone();
    const asked = await slash('ask', { question: 'Who denied that Turkey sent fighters?' }, user, server());
    const messageId = asked.state.messageId as string;
    const cases = [
      [
        'ask:zzzzzzzzzz:c:2',
        'Those buttons have expired (results keep them for 30 minutes, until I restart). Ask again with /ask.',
      ],
      [
        'search:zzzzzzzzzz:2',
        'Those buttons have expired (results keep them for 30 minutes, until I restart). Run /search again.',
      ],
      ['ask:../../etc:c:2', "That button isn't one I recognise, so I did nothing."],
      [
        `${(customIds(asked.data)[1] as string).slice(0, -1)}99`,
        "That button isn't one I recognise, so I did nothing.",
      ],
      [
        `source:${user.id}:000000000000:2`,
        'That article is no longer in the corpus. /sources lists the current ones.',
      ],
    ] as const;
    for (const [customId, content] of cases) {
      const r = await click(customId, messageId, user, server());
      expect(r.type).toBe(4);
      expect(r.data).toMatchObject({ content, flags: EPHEMERAL, allowed_mentions: NO_PINGS });
    }
    const warned = h.log.entries.filter((e) => e.msg === 'unrecognised button');
    expect(warned.map((e) => e.customId)).toContain('ask:../../etc:c:2');
  });
});

describe('/search', () => {
  test('in a server: five a page, Next and Previous update the message', async () => {
    const user = someone();
    const r = await slash('search', { query: 'fighters' }, user, server());
    expect(r.type).toBe(4);
    expectClean(r.data);
    const embed = r.data.embeds[0];
    expect(embed.title).toBe('Search: fighters');
    expect(embed.fields).toHaveLength(5);
    expect(embed.fields[0].name).toMatch(/^1\. /);
    expect(embed.fields[0].value).toContain('**fighters**');
    const total = h.engine.search('fighters', { limit: 50 }).length;
    expect(embed.footer.text).toBe(`Page 1 of ${Math.ceil(total / 5)} · ${total} matching paragraphs`);
    const [previous, next] = customIds(r.data);
    expect(previous).toMatch(/^search:[a-z0-9]{10}:0$/);

    const page2 = await click(next as string, r.state.messageId as string, user, server());
    expect(page2.type).toBe(7);
    expect(page2.data.embeds[0].fields[0].name).toMatch(/^6\. /);
    expect(page2.data.embeds[0].footer.text).toMatch(/^Page 2 of /);
    expect(page2.data.components[0].components[0].disabled).toBe(false);
  });

  test('in a DM, within one article chosen by autocomplete', async () => {
    const user = someone();
    const choices = h.fake.interact(
      h.fake.autocomplete('search', { query: 'x', source: 'town hall' }, 'source', user, DM),
    );
    const ac = await choices.response;
    expect(ac).toMatchObject({
      type: 8,
      data: {
        choices: [
          { name: 'Harbour town hall called for @everyone — The @here Gazette', value: '010_town_hall' },
        ],
      },
    });
    const r = await slash('search', { query: 'bridge repairs', source: '010_town_hall' }, user, DM);
    expectClean(r.data);
    expect(r.data.flags).toBeUndefined();
    expect(r.data.embeds[0].title).toBe(
      `Search: bridge repairs in Harbour town hall called for @${ZWSP}everyone`,
    );
    expect(r.data.embeds[0].fields.map((f: Json) => f.name)).toEqual([
      `1. The @${ZWSP}here Gazette — Harbour town hall called for @${ZWSP}everyone`,
      `2. The @${ZWSP}here Gazette — Harbour town hall called for @${ZWSP}everyone`,
      `3. The @${ZWSP}here Gazette — Harbour town hall called for @${ZWSP}everyone`,
    ]);
    expect(r.data.components).toEqual([]);
  });

  test('an unknown source is a private, helpful error', async () => {
    const r = await slash('search', { query: 'fighters', source: 'The Onion' }, someone(), server());
    expect(r.data).toEqual({
      content:
        'No article matches “The Onion”. Pick one from the list that appears as you type, or see /sources.',
      flags: EPHEMERAL,
      allowed_mentions: NO_PINGS,
      embeds: [],
      components: [],
      tts: false,
      enforce_nonce: false,
    });
  });
});

describe('/sources and /source', () => {
  test('/sources in a server: ten a page, then the rest', async () => {
    const user = someone();
    const r = await slash('sources', {}, user, server());
    expectClean(r.data);
    const lines = r.data.embeds[0].description.split('\n');
    expect(lines).toHaveLength(10);
    const first = h.engine.articles[0];
    expect(lines[0]).toBe(`**1.** Al Jazeera — ${first?.title} · ${first?.paragraphs.length} paragraphs`);
    expect(lines[5]).toBe(
      `**6.** The @${ZWSP}here Gazette — Harbour town hall called for @${ZWSP}everyone · 2020-10-20 · 3 paragraphs`,
    );
    expect(r.data.embeds[0].footer.text).toBe(
      `Page 1 of 2 · 12 articles · ${h.engine.paragraphCount} paragraphs · loaded`,
    );
    expect(customIds(r.data)).toEqual([`sources:${user.id}:0`, `sources:${user.id}:2`]);
    const page2 = await click(`sources:${user.id}:2`, r.state.messageId as string, user, server());
    expect(page2.type).toBe(7);
    expect(page2.data.embeds[0].description.split('\n')).toEqual([
      '**11.** City Bulletin — Library opening hours, notice 5 · 2020-11-05 · 2 paragraphs',
      '**12.** City Bulletin — Library opening hours, notice 6 · 2020-11-06 · 2 paragraphs',
    ]);
  });

  test('/sources in a DM', async () => {
    const r = await slash('sources', {}, someone(), DM);
    expect(r.type).toBe(4);
    expect(r.data.embeds[0].title).toBe('Sources');
  });

  test('/source: details and paragraphs, five a page, from a server and a DM', async () => {
    const user = someone();
    const ac = await h.fake.interact(
      h.fake.autocomplete('source', { article: 'syria conf' }, 'article', user, server()),
    ).response;
    // Titles that start with the text come first.
    expect(ac.data.choices[0]).toEqual({
      name: 'Syria Confirms Militants Are Fighting in Nagorno-Karabakh',
      value: '004_53b2df6e0b9a668c',
    });
    const r = await slash('source', { article: '004_53b2df6e0b9a668c' }, user, server());
    expectClean(r.data);
    const embed = r.data.embeds[0];
    expect(embed.title).toBe('Syria Confirms Militants Are Fighting in Nagorno-Karabakh');
    const article = h.engine.article('004_53b2df6e0b9a668c');
    const count = article?.paragraphs.length ?? 0;
    const pages = Math.ceil(count / 5);
    expect(count).toBeGreaterThan(10);
    expect(embed.fields).toEqual([
      { name: 'Outlet', value: article?.source || 'Unknown', inline: true },
      { name: 'Date', value: article?.date || 'Unknown', inline: true },
      { name: 'Paragraphs', value: String(count), inline: true },
    ]);
    expect(embed.description.split('\n\n').map((p: string) => p.split(' ')[0])).toEqual([
      '**¶1**',
      '**¶2**',
      '**¶3**',
      '**¶4**',
      '**¶5**',
    ]);
    expect(embed.footer.text).toBe(`Page 1 of ${pages} · 004_53b2df6e0b9a668c.txt`);
    const key = articleKey('004_53b2df6e0b9a668c');
    expect(customIds(r.data)).toEqual([`source:${user.id}:${key}:0`, `source:${user.id}:${key}:2`]);
    const last = await click(
      `source:${user.id}:${key}:${pages}`,
      r.state.messageId as string,
      user,
      server(),
    );
    expect(last.type).toBe(7);
    expect(last.data.embeds[0].description.split('\n\n').at(-1).split(' ')[0]).toBe(`**¶${count}**`);
    expect(last.data.embeds[0].footer.text).toBe(`Page ${pages} of ${pages} · 004_53b2df6e0b9a668c.txt`);

    const dm = await slash('source', { article: 'Harbour town hall called for @everyone' }, someone(), DM);
    expectClean(dm.data);
    expect(dm.data.embeds[0].description).toBe(
      [
        `**¶1** Harbour residents were told that @${ZWSP}everyone must attend the town hall meeting about the bridge repairs on Friday.`,
        `**¶2** The mayor, <${ZWSP}@123456789012345678>, said the \\*\\*bridge\\*\\* repairs would take three months and cost four million dollars.`,
        `**¶3** Fishermen from the harbour district sent @${ZWSP}here complaints about the noise of the bridge repairs.`,
      ].join('\n\n'),
    );
  });

  test('/source with an article that does not exist', async () => {
    const r = await slash('source', { article: 'nothing like this' }, someone(), DM);
    expect(r.data).toMatchObject({
      content:
        'No article matches “nothing like this”. Pick one from the list that appears as you type, or see /sources.',
      flags: EPHEMERAL,
    });
  });
});

describe('/help', () => {
  test('private in a server, plain in a DM', async () => {
    const inServer = await slash('help', {}, someone(), server());
    expect(inServer.data.flags).toBe(EPHEMERAL);
    expect(inServer.data.embeds[0].title).toBe('Newsdesk');
    expectClean(inServer.data);
    const inDm = await slash('help', {}, someone(), DM);
    expect(inDm.data.flags).toBeUndefined();
    expect(inDm.data.embeds[0].fields).toHaveLength(8);
  });
});

describe('autocomplete', () => {
  test('/ask completes the last word from the corpus vocabulary', async () => {
    const r = await h.fake.interact(
      h.fake.autocomplete('ask', { question: 'who sent the merc' }, 'question', someone(), server()),
    ).response;
    expect(r.type).toBe(8);
    const values = r.data.choices.map((c: Json) => c.value);
    expect(values.length).toBeGreaterThan(0);
    expect(values.length).toBeLessThanOrEqual(25);
    for (const choice of r.data.choices) {
      expect(choice.name).toBe(choice.value);
      expect(choice.value).toMatch(/^who sent the merc/);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(values).toContain('who sent the mercenaries');
  });

  test('article choices: at most 25, names within 100 characters', async () => {
    const r = await h.fake.interact(h.fake.autocomplete('source', { article: '' }, 'article', someone(), DM))
      .response;
    expect(r.data.choices).toHaveLength(12);
    for (const choice of r.data.choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});

describe('messages', () => {
  test('a DM is a question: answered as a reply that pings no one; the echo of the reply is ignored', async () => {
    const user = someone();
    const from = h.fake.requests.length;
    const sent = h.fake.sendMessage('Who denied that Turkey sent fighters?', user, DM);
    const post = await h.fake.waitForRequest((r) => /^\/channels\/\d+\/messages$/.test(r.path), 3000, from);
    expect(post.path).toBe(`/channels/${h.fake.dmChannel(user.id)}/messages`);
    expect(post.authorization).toBe(`Bot ${h.fake.token}`);
    expect(post.body.message_reference).toMatchObject({ message_id: sent.id, fail_if_not_exists: false });
    expectClean(post.body);
    expect(post.body.embeds[0].title).toBe('Who denied that Turkey sent fighters?');
    expect(customIds(post.body)).toHaveLength(3);

    // Its buttons work like those of /ask.
    const stepped = await click(customIds(post.body)[1] as string, post.response.id, user, DM);
    expect(stepped.type).toBe(7);
    expect(stepped.data.embeds[1].footer.text).toMatch(/^Citation 2 of /);

    await sleep(150);
    expect(channelPosts(from)).toHaveLength(1);
  });

  test('a server message that mentions the bot is a question; others are left alone', async () => {
    const user = someone();
    const from = h.fake.requests.length;
    h.fake.sendMessage('did anyone say fighters?', user, server());
    const mention = h.fake.sendMessage(
      `<@${h.fake.bot.id}> Who denied that Turkey sent fighters?`,
      user,
      server(),
      {
        mention: true,
      },
    );
    const post = await h.fake.waitForRequest((r) => /^\/channels\/\d+\/messages$/.test(r.path), 3000, from);
    expect(post.path).toBe(`/channels/${h.fake.guild.channelId}/messages`);
    expect(post.body.message_reference.message_id).toBe(mention.id);
    expect(post.body.embeds[0].title).toBe('Who denied that Turkey sent fighters?');
    expectClean(post.body);

    h.fake.sendMessage(`<@${h.fake.bot.id}>`, user, server(), { mention: true });
    await until(() => channelPosts(from).length === 2, 3000, 'the hint');
    expect(channelPosts(from)[1]?.body.content).toBe(
      'Ask me about the news articles: mention me followed by a question, or use /ask. /help shows all I can do.',
    );
    await sleep(150);
    expect(channelPosts(from)).toHaveLength(2);
  });
});

describe('/reload', () => {
  test('a moderator (by role) reloads: private deferral, then the report with what changed', async () => {
    await writeFile(
      path.join(corpus.dir, '030_ferry.md'),
      '---\ntitle: Ferry timetable changes\nsource: City Bulletin\n---\nThe harbour ferry will run every twenty minutes from Monday.\n',
    );
    const r = await slash('reload', {}, someone(), server({ roles: [modRole.id] }));
    expect(r).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await h.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(r.state.token));
    expect(edit.path).toBe(`/webhooks/${h.fake.applicationId}/${r.state.token}/messages/@original`);
    expect(edit.authorization).toBeUndefined();
    expectClean(edit.body);
    expect(edit.body.embeds[0].title).toBe('Corpus reloaded');
    expect(edit.body.embeds[0].description).toMatch(
      new RegExp(
        `^13 articles, ${h.engine.paragraphCount} paragraphs in \\d+ ms\\.\\n12 unchanged, 1 file changed\\.$`,
      ),
    );
    expect(edit.body.embeds[0].fields).toEqual([{ name: 'Added (1)', value: '030\\_ferry.md' }]);
    const log = h.log.entries.find((e) => e.msg === 'corpus reloaded');
    expect(log).toMatchObject({ via: 'moderator-role', added: 1, articles: 13 });
  });

  test('Manage Server is enough; a plain member is refused privately, and it is logged', async () => {
    const admin = await slash('reload', {}, someone(), server({ permissions: MANAGE_GUILD }));
    expect(admin.type).toBe(5);
    await h.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(admin.state.token));

    const member = someone();
    const refused = await slash('reload', {}, member, server({ roles: ['999999999999999999'] }));
    expect(refused.data).toEqual({
      content: 'Reloading the corpus needs the Manage Server permission or a moderator role.',
      flags: EPHEMERAL,
      allowed_mentions: NO_PINGS,
      embeds: [],
      components: [],
      tts: false,
      enforce_nonce: false,
    });
    expect(h.log.entries.find((e) => e.msg === 'reload refused' && e.user === member.id)).toMatchObject({
      level: 40,
    });
  });

  test('in a DM: the owner may, a stranger may not', async () => {
    const ok = await slash('reload', {}, owner, DM);
    expect(ok.type).toBe(5);
    const edit = await h.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(ok.state.token));
    expect(edit.body.embeds[0].description).toMatch(/\nNothing changed\.$/);

    const stranger = await slash('reload', {}, someone(), DM);
    expect(stranger.data).toMatchObject({
      content: 'In a direct message only the bot owners can reload the corpus. Ask a moderator in a server.',
      flags: EPHEMERAL,
    });
  });

  test('one reload at a time: a second one meanwhile is told so; questions are answered throughout', async () => {
    const first = h.fake.interact(h.fake.slash('reload', {}, owner, DM));
    const second = h.fake.interact(h.fake.slash('reload', {}, owner, server()));
    const asked = h.fake.interact(
      h.fake.slash('ask', { question: 'Who must attend the town hall meeting?' }, someone(), server()),
    );
    expect((await first.response).type).toBe(5);
    expect((await second.response).data).toMatchObject({
      content: 'A reload is already running. Its report goes to whoever started it.',
      flags: EPHEMERAL,
    });
    expect((await asked.response).data.embeds[0].fields[0].name).toBe(`[1] The @${ZWSP}here Gazette`);
    const edit = await h.fake.waitForRequest(
      (q) => q.method === 'PATCH' && q.path.includes(first.state.token),
    );
    expect(edit.body.embeds[0].title).toBe('Corpus reloaded');
  });

  test('a reload that fails keeps answering from the old index', async () => {
    const moved = `${corpus.dir}-away`;
    await rename(corpus.dir, moved);
    try {
      const r = await slash('reload', {}, owner, server());
      const edit = await h.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(r.state.token));
      expect(edit.body.embeds[0].title).toBe('Reload failed');
      expect(edit.body.embeds[0].description).toMatch(
        /\n\nStill answering from the 13 articles loaded <t:\d+:R>\.$/,
      );
      const asked = await slash(
        'ask',
        { question: 'How often will the harbour ferry run?' },
        someone(),
        server(),
      );
      expect(asked.data.embeds[0].fields[0].value).toContain('Ferry timetable changes');
    } finally {
      await rename(moved, corpus.dir);
    }
  });
});

describe('failures and limits', () => {
  test('a handler that throws: a private "something went wrong" whose reference is on the log line', async () => {
    const r = await slash('explode', {}, someone(), server());
    expect(r.type).toBe(4);
    expect(r.data.flags).toBe(EPHEMERAL);
    const ref = /reference `([0-9a-f]{8})`/.exec(r.data.content)?.[1];
    expect(ref).toBeDefined();
    const line = h.log.entries.find((e) => e.msg === 'interaction failed' && e.ref === ref);
    expect(line).toMatchObject({ level: 50, name: 'explode', err: { message: 'kaboom in a handler' } });
  });

  test('a slow handler is deferred before the deadline, then its answer edits the reply', async () => {
    const r = await slash('slow', {}, someone(), server());
    expect(r.type).toBe(5);
    expect(r.latencyMs).toBeGreaterThan(1900);
    expect(r.latencyMs).toBeLessThan(3000);
    const edit = await h.fake.waitForRequest(
      (q) => q.method === 'PATCH' && q.path.includes(r.state.token),
      3000,
    );
    expect(edit.body).toMatchObject({ content: 'done at last', allowed_mentions: NO_PINGS });
  });

  test('the per-user cooldown answers privately and kindly', async () => {
    const user = someone();
    for (let i = 0; i < 3; i++) expect((await slash('help', {}, user, DM)).data.embeds).toHaveLength(1);
    const r = await slash('help', {}, user, DM);
    expect(r.data).toMatchObject({ flags: EPHEMERAL, embeds: [] });
    expect(r.data.content).toMatch(
      /^You're asking faster than I can keep up with\. Try again in (59|60) s\.$/,
    );
    // Owners are not limited.
    for (let i = 0; i < 4; i++) expect((await slash('help', {}, owner, DM)).data.embeds).toHaveLength(1);
  });

  test('a burst of 200 interactions: every one answered once, within the deadline', async () => {
    const questions = [
      'Who denied that Turkey sent fighters?',
      'How many fighters did Turkey send?',
      'What did TASS report about foreign troops?',
      'Who must attend the town hall meeting?',
    ];
    const handles = Array.from({ length: 200 }, (_, i) => {
      const user = someone();
      const place = i % 2 === 0 ? server() : DM;
      const payload =
        i % 5 === 0
          ? h.fake.slash('search', { query: 'Syrian fighters' }, user, place)
          : i % 7 === 0
            ? h.fake.slash('sources', {}, user, place)
            : i % 11 === 0
              ? h.fake.slash('help', {}, user, place)
              : h.fake.slash('ask', { question: questions[i % questions.length] as string }, user, place);
      return h.fake.interact(payload);
    });
    const responses = await Promise.all(handles.map((x) => x.response));
    expect(responses.every((r) => r.type === 4)).toBe(true);
    const latencies = responses.map((r) => r.latencyMs).sort((a, b) => a - b);
    expect(latencies.at(-1)).toBeLessThan(h.fake.deadlineMs);
    await sleep(100);
    for (const x of handles) {
      expect(x.state.refused).toEqual([]);
      expect(x.state.webhooks).toEqual([]);
    }
    const log = h.log.entries.filter(
      (e) => e.msg === 'interaction handled' && typeof e.latencyMs === 'number',
    );
    expect(log.length).toBeGreaterThanOrEqual(200);
  });
});
