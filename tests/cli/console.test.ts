import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONSOLE_HELP,
  type ConsoleSession,
  handleConsoleLine,
  MAX_SEARCH_HITS,
  renderReloadForTerminal,
  runConsole,
} from '../../src/cli/console.ts';
import { Newsdesk } from '../../src/core/engine.ts';
import { SEARCH_PAGE_SIZE } from '../../src/discord/limits.ts';

// The real warm-up loads the language resources (about a second): here only its calls are counted.
const { warmUp } = vi.hoisted(() => ({ warmUp: vi.fn(() => 0) }));
vi.mock('../../src/core/warm-up.ts', () => ({ warmUp }));

let engine: Newsdesk;
beforeAll(async () => {
  engine = await Newsdesk.open({ corpusDir: fileURLToPath(new URL('../fixtures/harbour', import.meta.url)) });
});
const plain = { color: false };

describe('console commands', () => {
  const cases = [
    { line: '/help', starts: 'Ask a question about the articles' },
    {
      line: '/sources',
      starts: '1. Coast Herald · “Dock workers strike at Port Selden” coast-herald.txt, 4 paragraphs',
    },
    { line: '/search', starts: 'usage: /search <words>' },
    { line: '/search flood barrier', starts: '1. ' },
    { line: '/reload', starts: 'Reloaded in ' },
    { line: '/more', starts: 'No more results. Search with /search <words>.' },
    { line: '/frobnicate', starts: 'Unknown command /frobnicate. Type /help for the list.' },
    { line: 'who offered to mediate', starts: '“The government *offered* to *mediate* between the union' },
    { line: 'what is the capital of Peru', starts: 'The articles don’t answer that.' },
    { line: '   ', starts: '' },
  ] as const;
  for (const { line, starts } of cases) {
    it(JSON.stringify(line), async () => {
      expect(await handleConsoleLine(engine, line, plain)).toMatch(
        new RegExp(`^${starts.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    });
  }
  it('/quit ends the chat', async () => expect(await handleConsoleLine(engine, '/quit', plain)).toBeNull());
  it('colours highlights only on a terminal', async () => {
    expect(await handleConsoleLine(engine, 'who offered to mediate', { color: true })).toContain(
      '\x1b[1m\x1b[33mmediate\x1b[0m',
    );
  });
});

describe('runConsole', () => {
  it('greets, answers each line and stops at /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += String(chunk);
    });
    const done = runConsole(engine, { input, output });
    input.write('/help\n');
    input.write('/quit\n');
    await done;
    expect(printed).toContain('Newsdesk: 4 articles, 13 paragraphs, indexed in ');
    expect(printed).toContain('Type /help for commands.');
    expect(printed).toContain(CONSOLE_HELP);
  });
});

describe('with a folder of its own', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-console-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const lighthouse = (i: number) =>
    `Lighthouse notice ${i}\n\nThe lighthouse keeper number ${i} logged ${i} ships passing the reef.\n`;

  it('pages search results five at a time, with /more or Enter, numbered across pages', async () => {
    const total = 2 * SEARCH_PAGE_SIZE + 2;
    for (let i = 1; i <= total; i++)
      await writeFile(join(dir, `notice-${String(i).padStart(2, '0')}.txt`), lighthouse(i));
    const engine = await Newsdesk.open({ corpusDir: dir });
    const session: ConsoleSession = {};
    const numbers = (reply: string | null) =>
      [...(reply ?? '').matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    const footer = (reply: string | null) => (reply ?? '').split('\n').at(-1);
    const steps = [
      {
        line: '/search lighthouse keeper',
        numbers: [1, 2, 3, 4, 5],
        footer: `Results 1–5 of ${total}. /more or Enter for the next 5.`,
      },
      {
        line: '',
        numbers: [6, 7, 8, 9, 10],
        footer: `Results 6–10 of ${total}. /more or Enter for the next 2.`,
      },
      { line: '/more', numbers: [11, 12], footer: `Results 11–12 of ${total}.` },
    ] as const;
    for (const step of steps) {
      const reply = await handleConsoleLine(engine, step.line, plain, session);
      expect(numbers(reply), step.line).toEqual(step.numbers);
      expect(footer(reply), step.line).toBe(step.footer);
    }
    expect(await handleConsoleLine(engine, '', plain, session)).toBe('');
    expect(await handleConsoleLine(engine, '/more', plain, session)).toBe(
      'No more results. Search with /search <words>.',
    );
    // A new search starts again at its first page.
    expect(numbers(await handleConsoleLine(engine, '/search reef', plain, session))).toEqual([1, 2, 3, 4, 5]);
    expect(MAX_SEARCH_HITS).toBeGreaterThan(total);
  });

  it('/reload lists the articles added, changed and removed, and the skipped files', async () => {
    await writeFile(join(dir, 'a.txt'), 'Alpha headline\n\nThe alpha article mentions zebras crossing.\n');
    await writeFile(join(dir, 'b.txt'), 'Beta headline\n\nThe beta article mentions giraffes eating.\n');
    const engine = await Newsdesk.open({ corpusDir: dir });
    expect((await handleConsoleLine(engine, '/reload', plain))?.replace(/\d+ ms/, 'N ms')).toBe(
      'Reloaded in N ms: 2 articles, 2 paragraphs.\nNo article was added, changed or removed.',
    );
    await writeFile(
      join(dir, 'b.txt'),
      'Beta headline\n\nThe beta article now mentions penguins swimming.\n',
    );
    await writeFile(join(dir, 'c.txt'), 'Gamma headline\n\nThe gamma article mentions owls hunting.\n');
    await writeFile(join(dir, 'd.txt'), 'Delta headline\n\nThe delta article mentions herons fishing.\n');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'photo.png'), 'not text');
    await rm(join(dir, 'a.txt'));
    expect((await handleConsoleLine(engine, '/reload', plain))?.replace(/\d+ ms/, 'N ms')).toBe(
      [
        'Reloaded in N ms: 3 articles, 3 paragraphs.',
        'Added: c.txt, d.txt',
        'Changed: b.txt',
        'Removed: a.txt',
        'skipped photo.png: not an article file (expected .txt or .md)',
        'skipped empty.txt: empty file',
      ].join('\n'),
    );
  });

  it('says at start what it loaded and every file it skipped, with the reason', async () => {
    await writeFile(join(dir, 'a.txt'), 'Alpha headline\n\nThe alpha article mentions zebras crossing.\n');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'photo.png'), 'not text');
    const engine = await Newsdesk.open({ corpusDir: dir });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += String(chunk);
    });
    const done = runConsole(engine, { input, output });
    input.end('/quit\n');
    await done;
    expect(printed.replace(/\d+ ms/, 'N ms')).toMatch(
      /^Newsdesk: 1 articles, 1 paragraphs, indexed in N ms\.\nSkipped 2 files:\n {2}photo\.png: not an article file \(expected \.txt or \.md\)\n {2}empty\.txt: empty file\nType \/help for commands\./,
    );
  });
});

describe('runConsole warm-up', () => {
  beforeEach(() => warmUp.mockClear());
  const cases = [
    { input: 'a terminal', isTTY: true, warmUps: 1 },
    { input: 'a pipe', isTTY: undefined, warmUps: 0 },
  ] as const;
  for (const { input: from, isTTY, warmUps } of cases) {
    it(`from ${from}: loads the language resources ${warmUps} time(s), after the greeting, before any answer`, async () => {
      const input = Object.assign(new PassThrough(), { isTTY });
      let printed = '';
      const output = new Writable({
        write(chunk, _encoding, done) {
          printed += String(chunk);
          done();
        },
      });
      const printedAtWarmUp: string[] = [];
      warmUp.mockImplementation(() => {
        printedAtWarmUp.push(printed);
        return 0;
      });
      const done = runConsole(engine, { input, output });
      input.write('/help\n');
      input.end('/quit\n');
      await done;
      expect(warmUp).toHaveBeenCalledTimes(warmUps);
      for (const before of printedAtWarmUp) {
        expect(before).toContain('Type /help for commands.');
        expect(before).not.toContain(CONSOLE_HELP);
      }
      expect(printed).toContain(CONSOLE_HELP);
    });
  }
});

describe('file names in the reload report', () => {
  it('shows control and bidirectional characters as escapes', () => {
    const report = {
      loaded: [],
      skipped: [{ file: 'two\nlines.txt', reason: 'empty file' }],
      articles: 1,
      paragraphs: 2,
      tookMs: 5,
      added: ['invoice\u202Efdp.exe'],
      changed: [],
      removed: [],
      unchanged: 0,
    };
    expect(renderReloadForTerminal(report, { color: false })).toBe(
      [
        'Reloaded in 5 ms: 1 articles, 2 paragraphs.',
        'Added: invoice\\u202Efdp.exe',
        'skipped two\\nlines.txt: empty file',
      ].join('\n'),
    );
  });
});
