/**
 * The one way every entry point starts: --help and -h before anything is loaded, a NewsdeskError said
 * as it is with its exit status, anything else one JSON line with a reference.
 */
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { type EntryPoint, EXIT, exitCodeOf, reportFailure, runMain, wantsHelp } from '../../src/cli/entry.ts';
import { NewsdeskError } from '../../src/core/errors.ts';
import { tempDir } from '../helpers/bot-harness.ts';
import { killEntryProcesses, runEntry, SPAWN_TIMEOUT_MS } from '../helpers/entry-process.ts';

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  };
  return { out, io };
}

const entry = (main: EntryPoint['main']): EntryPoint => ({
  usage: ['npm run thing -- [--loud] word'],
  summary: 'Does the thing.',
  options: ['  --loud      say it loudly'],
  settings: ['CORPUS_DIR', 'LOG_LEVEL'],
  main,
});

describe('runMain', () => {
  for (const argv of [['--help'], ['-h'], ['word', '--loud', '-h']] as const) {
    test(`${argv.join(' ')}: the help on stdout, exit 0, main never runs`, async () => {
      const { out, io } = capture();
      let ran = false;
      const code = await runMain(
        entry(async () => {
          ran = true;
          return 0;
        }),
        argv,
        io,
      );
      expect([code, ran, out.stderr]).toEqual([EXIT.ok, false, '']);
      expect(out.stdout).toBe(
        [
          'usage: npm run thing -- [--loud] word',
          '',
          'Does the thing.',
          '',
          'options:',
          '  --loud      say it loudly',
          '  -h, --help  this text',
          '',
          'environment (also read from a .env file in the working folder):',
          '  CORPUS_DIR  the folder of articles (default: corpus)',
          '  LOG_LEVEL   fatal, error, warn, info, debug, trace, silent (default: info)',
          '',
        ].join('\n'),
      );
    });
  }

  test('a question that merely contains -h is not a help request', () => {
    expect(wantsHelp(['what', 'is', 'co-host'])).toBe(false);
    expect(wantsHelp(['-help'])).toBe(false);
  });

  const failures = [
    { error: new NewsdeskError('invalid-config', 'Invalid configuration:\n  - X'), code: 2 },
    { error: new NewsdeskError('discord-unreachable', 'Could not reach Discord.'), code: 1 },
    { error: new NewsdeskError('corpus-unreadable', 'cannot read the corpus folder /x (EACCES)'), code: 1 },
  ] as const;
  for (const { error, code } of failures) {
    test(`a NewsdeskError ${error.code}: its message alone, exit ${code}`, async () => {
      const { out, io } = capture();
      expect(
        await runMain(
          entry(async () => {
            throw error;
          }),
          [],
          io,
        ),
      ).toBe(code);
      expect(exitCodeOf(error)).toBe(code);
      expect(out).toEqual({ stdout: '', stderr: `${error.message}\n` });
    });
  }

  test('an unexpected failure: one JSON line with a reference, no bare stack trace', async () => {
    const { out, io } = capture();
    const code = await runMain(
      entry(async () => {
        throw new TypeError('x is not a function');
      }),
      [],
      io,
    );
    expect(code).toBe(EXIT.failure);
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '');
    expect(line).toMatchObject({
      level: 60,
      msg: 'unexpected failure',
      err: { type: 'TypeError', message: 'x is not a function' },
    });
    expect(line.ref).toMatch(/^[0-9a-f]{8}$/);
  });

  test('reportFailure on something that is not an Error', () => {
    const { out, io } = capture();
    expect(reportFailure('boom', io)).toBe(EXIT.failure);
    expect(JSON.parse(out.stderr).err).toEqual({ type: 'string', message: 'boom' });
  });
});

afterAll(killEntryProcesses);

/** Runs an entry point as `npm` would, from an empty folder, with no token and no corpus. */
const runWithoutCorpus = (file: string, args: readonly string[], cwd: string) =>
  runEntry(file, { cwd, args, env: { CORPUS_DIR: path.join(cwd, 'no-such-corpus') } });

describe('--help and -h on every entry point', { timeout: SPAWN_TIMEOUT_MS }, () => {
  // No token and a corpus folder that does not exist: help must need neither.
  const entryPoints = [
    { file: 'src/main.ts', usage: 'usage: npm start', reads: ['DISCORD_TOKEN', 'CORPUS_DIR', 'INDEX_DIR'] },
    { file: 'src/cli/ask.ts', usage: 'usage: npm run ask --', reads: ['CORPUS_DIR', 'SYNONYMS_FILE'] },
    { file: 'src/cli/eval.ts', usage: 'usage: npm run eval --', reads: ['CORPUS_DIR', 'STOPWORDS_FILE'] },
    {
      file: 'src/discord/deploy-commands.ts',
      usage: 'usage: npm run deploy-commands',
      reads: ['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'DISCORD_API_URL'],
    },
  ] as const;
  for (const { file, usage, reads } of entryPoints) {
    for (const flag of ['--help', '-h']) {
      test.concurrent(`${file} ${flag}`, async () => {
        const cwd = await tempDir('newsdesk-help-');
        try {
          const run = await runWithoutCorpus(file, [flag], cwd.dir);
          expect(run.code).toBe(0);
          expect(run.stderr).toBe('');
          expect(run.stdout.startsWith(usage)).toBe(true);
          expect(run.stdout).toContain('  -h, --help  this text');
          for (const name of reads) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
          // Nothing started: no console greeting, no log line, no index written.
          expect(run.stdout).not.toContain('DISCORD_TOKEN is not set');
          expect(run.stdout).not.toContain('"level"');
        } finally {
          await cwd.remove();
        }
      });
    }
  }

  test.concurrent('npm start with an unknown argument: the help on stderr, exit 2', async () => {
    const cwd = await tempDir('newsdesk-help-');
    try {
      const run = await runWithoutCorpus('src/main.ts', ['--verbose'], cwd.dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith('unknown argument --verbose\nusage: npm start\n')).toBe(true);
    } finally {
      await cwd.remove();
    }
  });
});
