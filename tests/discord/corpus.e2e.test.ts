/**
 * `/corpus` end to end: the real discord.js client logged in to the fake Discord on 127.0.0.1, a
 * temporary corpus and index folder, and attachments served by the fake. Moderators add, remove and
 * restore articles and read the status; everyone else is refused; the audit log names who did what.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Newsdesk } from '../../src/core/engine.ts';
import { type Harness, startHarness, tempDir } from '../helpers/bot-harness.ts';
import { limitViolations, PING, visibleText } from '../helpers/discord-limits.ts';
import type { FakeRole, FakeUser, OptionValue, Place, RecordedRequest } from '../helpers/fake-discord.ts';
import { guardLoopback, loopbackFetch } from '../helpers/loopback-guard.ts';

// biome-ignore lint/suspicious/noExplicitAny: API JSON
type Json = any;

const EPHEMERAL = 64;
const NO_PINGS = { parse: [], replied_user: false };
const MANAGE_GUILD = 1n << 5n;
const MAX_BYTES = 20_000;
const HARBOUR = path.resolve(import.meta.dirname, '../fixtures/harbour');
const NEWS_PAGE = path.resolve(import.meta.dirname, '../core/fixtures/news-page.html');

const FERRY = `Ferry timetable changes from Monday

Source: City Bulletin

The harbour ferry will run every twenty minutes from Monday, the port authority said.

Night sailings will stop at eleven in the evening instead of midnight.
`;

const MARKET = `# Stalls return to the old quay

The covered market on the old quay reopened on Saturday after a winter of repairs to its roof.

Forty stalls sold fish, bread and vegetables, and the harbour master said the queues reached the ferry steps.
`;

const guard = guardLoopback();
const downloads = loopbackFetch();
let h: Harness;
let corpus: { dir: string; remove(): Promise<void> };
let index: { dir: string; remove(): Promise<void> };
let owner: FakeUser;
let mia: FakeUser;
let admin: FakeUser;
let member: FakeUser;
let modRole: FakeRole;
const DM: Place = { dm: true };
const asMia = (): Place => ({ guild: h.fake.guild, member: { roles: [modRole.id] } });
const asAdmin = (): Place => ({ guild: h.fake.guild, member: { permissions: MANAGE_GUILD } });
const asMember = (): Place => ({ guild: h.fake.guild, member: { roles: [] } });

async function slash(name: string, options: Record<string, OptionValue>, user: FakeUser, place: Place) {
  const handle = h.fake.interact(h.fake.slash(name, options, user, place));
  const response = await handle.response;
  return { ...response, state: handle.state };
}

/** Runs `/corpus …` and returns the first response and the reply's final body (after a deferral, the edit). */
async function corpusCommand(
  subcommand: string,
  options: Record<string, OptionValue>,
  user: FakeUser,
  place: Place,
) {
  const first = await slash(`corpus ${subcommand}`, options, user, place);
  if (first.type !== 5) return { first, body: first.data };
  const edit = await h.fake.waitForRequest(
    (q) => q.method === 'PATCH' && q.path.includes(first.state.token),
    10_000,
  );
  return { first, body: edit.body };
}

async function autocomplete(
  name: string,
  options: Record<string, OptionValue>,
  focused: string,
  user: FakeUser,
  place: Place,
) {
  const handle = h.fake.interact(h.fake.autocomplete(name, options, focused, user, place));
  return (await handle.response).data.choices as { name: string; value: string }[];
}

const fields = (body: Json): Record<string, string> =>
  Object.fromEntries((body.embeds[0].fields ?? []).map((f: Json) => [f.name, f.value]));

const citedTitles = (question: string) => h.engine.ask(question).citations.map((c) => c.title);

const corpusFiles = async () => (await readdir(corpus.dir)).filter((name) => !name.startsWith('.')).sort();

beforeAll(async () => {
  corpus = await tempDir('newsdesk-curation-');
  await cp(HARBOUR, corpus.dir, { recursive: true });
  index = await tempDir('newsdesk-index-');
  h = await startHarness({
    corpusDir: corpus.dir,
    engine: { indexDir: index.dir, maxArticleBytes: MAX_BYTES },
    fetch: downloads.fetch,
    beforeLogin: (fake) => {
      modRole = fake.role('Moderators');
      owner = fake.user('owner');
      mia = fake.user('mia');
      admin = fake.user('admin');
      member = fake.user('member');
    },
    config: () => ({ ownerIds: [owner.id], moderatorRoleIds: [modRole.id] }),
  });
});

afterAll(async () => {
  try {
    for (const state of h.fake.interactions.values()) {
      expect(state.ack, `interaction ${state.payload.data?.name}`).toBeDefined();
      expect(state.refused).toEqual([]);
      expect((state.ack?.at ?? Number.POSITIVE_INFINITY) - state.dispatchedAt).toBeLessThan(
        h.fake.deadlineMs,
      );
    }
    const bodies = h.fake.requests.flatMap(messageBody);
    expect(bodies.length).toBeGreaterThan(15);
    for (const body of bodies) {
      expect(limitViolations(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual(NO_PINGS);
      expect(visibleText(body)).not.toMatch(PING);
    }
  } finally {
    await h.stop();
    await corpus.remove();
    await index.remove();
    guard.restore();
  }
  expect(guard.attempts).toEqual([]);
  for (const url of downloads.urls) expect(new URL(url).hostname).toBe('127.0.0.1');
});

function messageBody(r: RecordedRequest): Json[] {
  if (r.status >= 300) return [];
  if (/\/callback$/.test(r.path) && r.body.type === 4) return [r.body.data];
  if (/^\/webhooks\//.test(r.path) && (r.method === 'PATCH' || r.method === 'POST')) return [r.body];
  return [];
}

describe('/corpus add', () => {
  test('a .txt by a moderator (role): deferred privately, then what was understood; /ask finds it', async () => {
    expect(citedTitles('How often will the harbour ferry run?')).not.toContain(
      'Ferry timetable changes from Monday',
    );
    const { first, body } = await corpusCommand(
      'add',
      { file: h.fake.attachment('ferry.txt', FERRY) },
      mia,
      asMia(),
    );
    expect(first).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(body.embeds[0].title).toBe('Article added');
    expect(body.embeds[0].description).toBe(
      '> The harbour ferry will run every twenty minutes from Monday, the port authority said.\n> Night sailings will stop at eleven in the evening instead of midnight.',
    );
    expect(fields(body)).toEqual({
      Title: 'Ferry timetable changes from Monday',
      Outlet: 'City Bulletin',
      Date: 'Not given',
      Paragraphs: '2',
      'Saved as': 'ferry.txt',
    });
    expect(await readFile(path.join(corpus.dir, 'ferry.txt'), 'utf8')).toBe(FERRY);
    expect(h.fake.downloads).toContain('ferry.txt');
    expect(citedTitles('How often will the harbour ferry run?')[0]).toBe(
      'Ferry timetable changes from Monday',
    );
    expect(h.log.entries.find((e) => e.msg === 'article added')).toMatchObject({
      user: mia.id,
      via: 'moderator-role',
      file: 'ferry.txt',
    });
  });

  test('a .md with every option by a Manage Server member: the options win, the odd name is made safe', async () => {
    const { body } = await corpusCommand(
      'add',
      {
        file: h.fake.attachment('Quay Market.md', MARKET, { type: 'text/markdown' }),
        title: 'Quay market reopens',
        source: 'Harbour Post',
        date: '2024-03-02',
        url: 'https://harbourpost.example/quay-market',
      },
      admin,
      asAdmin(),
    );
    expect(fields(body)).toEqual({
      Title: 'Quay market reopens',
      Outlet: 'Harbour Post',
      Date: '2024-03-02',
      Paragraphs: '2',
      URL: 'https://harbourpost.example/quay-market',
      'Saved as': 'quay-market.md',
      Notes: 'The name "Quay Market.md" was changed to quay-market.md.',
    });
    // The file's own heading is a heading, not text, even when the title option replaces it.
    expect(body.embeds[0].description.split('\n')[0]).toBe(
      '> The covered market on the old quay reopened on Saturday after a winter of repairs to its roof.',
    );
    const saved = await readFile(path.join(corpus.dir, 'quay-market.md'), 'utf8');
    expect(saved.startsWith('---\ntitle: "Quay market reopens"\nsource: "Harbour Post"\n')).toBe(true);
    expect(citedTitles('When did the covered market reopen?')[0]).toBe('Quay market reopens');
  });

  test('an .html page by the owner in a DM: reduced to the article, saved as text', async () => {
    const page = await readFile(NEWS_PAGE);
    const { first, body } = await corpusCommand(
      'add',
      { file: h.fake.attachment('ferry-fares.html', page, { type: 'text/html' }) },
      owner,
      DM,
    );
    expect(first.type).toBe(5);
    expect(fields(body)).toEqual({
      Title: 'Harbour ferry fares to rise in March',
      Outlet: 'The Coast Herald',
      Date: '2024-02-14',
      Paragraphs: '6',
      URL: 'https://coastherald.example/news/harbour-ferry-fares',
      'Saved as': 'ferry-fares.txt',
      Notes: "Converted from HTML: 6 paragraphs of the article's text kept.",
    });
    expect(body.embeds[0].description.split('\n')).toHaveLength(3);
    expect(citedTitles('How much will a single ferry ticket cost?')[0]).toBe(
      'Harbour ferry fares to rise in March',
    );
  });

  test('a name that climbs out of the folder is saved inside it', async () => {
    const text =
      'Lighthouse keeper retires\n\nThe last keeper of the north lighthouse retired on Friday after thirty years.\n';
    const { body } = await corpusCommand(
      'add',
      { file: h.fake.attachment('../../x.txt', text) },
      mia,
      asMia(),
    );
    expect(fields(body)).toMatchObject({
      'Saved as': 'x.txt',
      Notes: 'The name "../../x.txt" was changed to x.txt.',
    });
    expect(await readFile(path.join(corpus.dir, 'x.txt'), 'utf8')).toBe(text);
    for (const outside of [path.resolve(corpus.dir, '../../x.txt'), path.resolve(corpus.dir, '../x.txt')]) {
      await expect(readFile(outside)).rejects.toMatchObject({ code: 'ENOENT' });
    }
  });

  const refusals = [
    {
      what: 'too large by its declared size: never downloaded',
      name: 'big.txt',
      body: 'Small, but says it is not.\n',
      options: { size: 50_000 },
      message: 'Cannot add "big.txt": too large (50000 bytes, limit 20000).',
      downloaded: false,
    },
    {
      what: 'larger than it says: the download stops at the limit',
      name: 'liar.txt',
      body: `Liar\n\n${'A paragraph that goes on. '.repeat(2000)}\n`,
      options: { size: 100, chunked: true },
      message: 'Cannot add "liar.txt": too large (over 20000 bytes, the limit).',
      downloaded: true,
    },
    {
      what: 'binary',
      name: 'photo.txt',
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      options: {},
      message: 'Cannot add "photo.txt": binary file (contains NUL bytes).',
      downloaded: true,
    },
    {
      what: 'a duplicate of an article already there',
      name: 'ferry-again.txt',
      body: FERRY,
      options: {},
      message: 'Cannot add "ferry-again.txt": same text as ferry.txt, which is already in the corpus.',
      downloaded: true,
    },
    {
      what: 'another type of file',
      name: 'report.pdf',
      body: '%PDF-1.4',
      options: {},
      message: 'Cannot add "report.pdf": not an article file (expected .txt, .md, .html, .htm).',
      downloaded: true,
    },
  ] as const;
  for (const { what, name, body: content, options, message, downloaded } of refusals) {
    test(`refused: ${what}`, async () => {
      const before = await corpusFiles();
      const { first, body } = await corpusCommand(
        'add',
        { file: h.fake.attachment(name, content, options) },
        mia,
        asMia(),
      );
      expect(first).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
      expect(body.embeds).toEqual([{ color: 0xc53030, title: 'Article not added', description: message }]);
      expect(h.fake.downloads.includes(name)).toBe(downloaded);
      expect(await corpusFiles()).toEqual(before);
    });
  }

  test('a plain member is refused at once, privately, and nothing is downloaded; so is a stranger in a DM', async () => {
    const refused = await slash(
      'corpus add',
      { file: h.fake.attachment('sneaky.txt', FERRY) },
      member,
      asMember(),
    );
    expect(refused.data).toMatchObject({
      content: 'Managing the corpus needs the Manage Server permission or a moderator role.',
      flags: EPHEMERAL,
      embeds: [],
    });
    const stranger = await slash('corpus status', {}, h.fake.user('stranger'), DM);
    expect(stranger.data).toMatchObject({
      content: 'In a direct message only the bot owners can manage the corpus. Ask a moderator in a server.',
      flags: EPHEMERAL,
    });
    // A moderator role counts in a server only.
    const modInDm = await slash('corpus status', {}, mia, DM);
    expect(modInDm.data.content).toBe(
      'In a direct message only the bot owners can manage the corpus. Ask a moderator in a server.',
    );
    expect(h.fake.downloads).not.toContain('sneaky.txt');
    expect(await autocomplete('corpus remove', { article: 'ferry' }, 'article', member, asMember())).toEqual(
      [],
    );
    expect(
      h.log.entries
        .filter((e) => e.msg === 'corpus command refused')
        .map((e) => [e.user, e.subcommand, e.level]),
    ).toEqual([
      [member.id, 'add', 40],
      [expect.any(String), 'status', 40],
      [mia.id, 'status', 40],
    ]);
  });
});

describe('/corpus remove and restore', () => {
  test('remove: pick from autocomplete; the file goes to the trash and /ask no longer finds it', async () => {
    const choices = await autocomplete('corpus remove', { article: 'ferry tim' }, 'article', mia, asMia());
    expect(choices[0]).toEqual({
      name: 'Ferry timetable changes from Monday — City Bulletin',
      value: 'ferry',
    });
    const { first, body } = await corpusCommand('remove', { article: 'ferry' }, mia, asMia());
    expect(first).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(body.embeds[0].title).toBe('Article removed');
    expect(body.embeds[0].description).toBe(
      'City Bulletin — Ferry timetable changes from Monday is no longer in the index; its file is in the trash. /corpus restore brings it back.',
    );
    const trash = await readdir(path.join(corpus.dir, '.trash'));
    expect(trash).toHaveLength(1);
    expect(fields(body)['In the trash as']).toBe(`.trash/${trash[0]}`);
    expect(await corpusFiles()).not.toContain('ferry.txt');
    expect(citedTitles('How often will the harbour ferry run?')).not.toContain(
      'Ferry timetable changes from Monday',
    );
  });

  test('remove: an article that is not there', async () => {
    const { body } = await corpusCommand('remove', { article: 'bananas' }, mia, asMia());
    expect(body.embeds[0]).toMatchObject({
      title: 'Article not removed',
      description: 'No article "bananas" in the corpus.',
    });
  });

  test('restore: the trash in autocomplete; back in the folder and in the answers', async () => {
    const choices = await autocomplete('corpus restore', { article: 'ferry' }, 'article', owner, DM);
    expect(choices).toHaveLength(1);
    expect(choices[0]?.name).toMatch(
      /^Ferry timetable changes from Monday \(ferry\.txt\) · removed \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
    );
    const { body } = await corpusCommand('restore', { article: choices[0]?.value as string }, owner, DM);
    expect(body.embeds[0].title).toBe('Article restored');
    expect(fields(body)).toMatchObject({ Title: 'Ferry timetable changes from Monday', File: 'ferry.txt' });
    expect(await readFile(path.join(corpus.dir, 'ferry.txt'), 'utf8')).toBe(FERRY);
    expect(await readdir(path.join(corpus.dir, '.trash'))).toEqual([]);
    expect(citedTitles('How often will the harbour ferry run?')[0]).toBe(
      'Ferry timetable changes from Monday',
    );
  });
});

describe('/reload and /corpus status', () => {
  test('a reload by a moderator is on record under their name; status shows it all', async () => {
    const reload = await slash('reload', {}, admin, asAdmin());
    expect(reload.type).toBe(5);
    await h.fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(reload.state.token));

    const { first, body } = await corpusCommand('status', {}, mia, asMia());
    expect(first.type).toBe(4);
    expect(first.data.flags).toBe(EPHEMERAL);
    const [embed] = body.embeds;
    expect(embed.title).toBe('Corpus status');
    expect(embed.description).toBe(
      `8 articles, ${h.engine.paragraphCount} paragraphs; no files skipped; the trash is empty.`,
    );
    const shown = fields(body);
    expect(shown['Last reload']).toMatch(
      /^<t:\d+:R> by \*\*admin\*\* in \d+ ms: 0 added, 0 changed, 0 removed\.$/,
    );
    expect(shown['Index snapshot']).toMatch(
      /^Rebuilt at start-up in \d+ ms: no snapshot[^\n]*\.\nSaved <t:\d+:R> \(/,
    );
    const recent = (shown['Recent changes'] ?? '').split('\n').map((line) => line.replace(/^<t:\d+:R> /, ''));
    expect(recent).toHaveLength(10);
    expect(recent.slice(0, 3)).toEqual([
      '**admin** reloaded (0 added, 0 changed, 0 removed)',
      expect.stringMatching(/^\*\*owner\*\* restored ferry\.txt \(from \.trash\/\d{8}T\d{9}Z--ferry\.txt\)$/),
      '✗ **mia** could not remove bananas: no article "bananas" in the corpus',
    ]);
  });

  test('the audit log on disk names the moderator of every change, refusals included', async () => {
    await h.engine.flush();
    const lines = (await readFile(path.join(index.dir, 'audit.jsonl'), 'utf8')).trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Json);
    expect(entries.map((e) => [e.moderator.name, e.action, e.article, e.result])).toEqual([
      ['mia', 'add', 'ferry.txt', 'ok'],
      ['admin', 'add', 'quay-market.md', 'ok'],
      ['owner', 'add', 'ferry-fares.txt', 'ok'],
      ['mia', 'add', 'x.txt', 'ok'],
      ['mia', 'add', 'photo.txt', 'error'],
      ['mia', 'add', 'ferry-again.txt', 'error'],
      ['mia', 'add', 'report.pdf', 'error'],
      ['mia', 'remove', 'ferry.txt', 'ok'],
      ['mia', 'remove', 'bananas', 'error'],
      ['owner', 'restore', 'ferry.txt', 'ok'],
      ['admin', 'reload', '', 'ok'],
    ]);
    const ids = new Map([
      ['mia', mia.id],
      ['admin', admin.id],
      ['owner', owner.id],
    ]);
    for (const entry of entries) expect(entry.moderator.id).toBe(ids.get(entry.moderator.name));
    expect(entries[4].error).toBe('cannot add "photo.txt": binary file (contains NUL bytes)');
  });

  test('two moderators adding under one name at the same moment: both kept, under different names', async () => {
    const notice = (text: string) => h.fake.attachment('notice.txt', `Harbour notice\n\n${text}\n`);
    const replies = await Promise.all([
      corpusCommand('add', { file: notice('The north quay closes on Sunday for cleaning.') }, mia, asMia()),
      corpusCommand(
        'add',
        { file: notice('The south quay opens late on Monday after the holiday.') },
        admin,
        asAdmin(),
      ),
    ]);
    const saved = replies.map(({ body }) => fields(body));
    expect(saved.map((f) => f['Saved as']).sort()).toEqual(['notice-2.txt', 'notice.txt']);
    expect(saved.find((f) => f['Saved as'] === 'notice-2.txt')?.Notes).toBe(
      'notice.txt exists already, so the article was saved as notice-2.txt.',
    );
    expect(await corpusFiles()).toEqual(expect.arrayContaining(['notice.txt', 'notice-2.txt']));
    expect(h.engine.articles).toHaveLength(10);
  });

  test('a restart after all that starts from the saved index, with the same articles', async () => {
    await h.engine.flush();
    const again = await Newsdesk.open({
      corpusDir: corpus.dir,
      indexDir: index.dir,
      maxArticleBytes: MAX_BYTES,
    });
    expect(again.status().snapshot.startup.state).toBe('loaded');
    expect(again.articles.map((a) => a.file)).toEqual(h.engine.articles.map((a) => a.file));
    expect(again.ask('How often will the harbour ferry run?').citations[0]?.title).toBe(
      'Ferry timetable changes from Monday',
    );
    await again.flush();
  });
});
