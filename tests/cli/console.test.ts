import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_HELP, handleConsoleLine, runConsole } from '../../src/cli/console.ts';
import { Newsdesk } from '../../src/core/engine.ts';

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
    { line: '/reload', starts: 'Loaded 4 articles, 13 paragraphs' },
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
    expect(printed).toContain('Newsdesk: 4 articles, 13 paragraphs. Type /help for commands.');
    expect(printed).toContain(CONSOLE_HELP);
  });
});
