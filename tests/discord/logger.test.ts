import { describe, expect, test } from 'vitest';
import { createLogger, escapeLogLine, scrubSecrets, tokenSecrets } from '../../src/discord/logger.ts';
import { MemoryLog } from '../helpers/bot-harness.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkEx.secret-signature-abcdefghijkl';

describe('log scrubbing', () => {
  test('tokenSecrets: the token and its signature', () => {
    expect(tokenSecrets(TOKEN)).toEqual([TOKEN, 'secret-signature-abcdefghijkl']);
    expect(tokenSecrets(undefined)).toEqual([]);
  });

  const cases = [
    { line: `token=${TOKEN}`, expected: 'token=[redacted]' },
    { line: 'sig secret-signature-abcdefghijkl', expected: 'sig [redacted]' },
    {
      line: '"url":"http://x/api/v10/interactions/123/aW50ZXJhY3Rpb24tdG9rZW4/callback?with_response=false"',
      expected: '"url":"http://x/api/v10/interactions/123/[redacted]/callback?with_response=false"',
    },
    {
      line: 'PATCH /webhooks/456/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original',
      expected: 'PATCH /webhooks/456/[redacted]/messages/@original',
    },
    { line: 'nothing secret', expected: 'nothing secret' },
  ] as const;
  for (const { line, expected } of cases) {
    test(line.slice(0, 40), () => {
      expect(scrubSecrets(line, tokenSecrets(TOKEN))).toBe(expected);
    });
  }

  test('the logger never writes the token, whatever is logged', () => {
    const log = new MemoryLog();
    const logger = createLogger({ level: 'trace', token: TOKEN, destination: log });
    logger.info({ token: TOKEN, headers: { authorization: `Bot ${TOKEN}` } }, 'fields');
    logger.error({ err: new Error(`failed with ${TOKEN}`) }, `message ${TOKEN}`);
    logger.child({ config: { discord: { token: TOKEN } } }).warn('child');
    expect(log.lines).toHaveLength(3);
    expect(log.text).not.toContain(TOKEN);
    expect(log.text).not.toContain('secret-signature');
    expect(log.entries[0]).toMatchObject({
      token: '[redacted]',
      headers: { authorization: '[redacted]' },
      msg: 'fields',
    });
    expect(log.entries[1]).toMatchObject({ msg: 'message [redacted]', level: 50 });
  });
});

describe('file names in logs', () => {
  const cases = [
    { file: 'invoice\u202Efdp.exe', shown: 'invoice\\u202Efdp.exe' },
    { file: 'two\nlines.txt', shown: 'two\\nlines.txt' },
    { file: 'c1\u0085 and \u2028 separator', shown: 'c1\\u0085 and \\u2028 separator' },
    { file: 'plain.txt', shown: 'plain.txt' },
  ] as const;
  for (const { file, shown } of cases) {
    test(JSON.stringify(file), () => {
      const log = new MemoryLog();
      createLogger({ level: 'info', destination: log }).info({ file }, 'article removed');
      // One line, escaped where it could mislead a reader, and still the same value once parsed.
      expect(log.lines).toHaveLength(1);
      expect(log.text.slice(0, -1)).not.toMatch(/[\n\u202E\u0085\u2028]/);
      expect(log.text).toContain(`"file":"${shown}"`);
      expect(log.entries[0]?.file).toBe(file);
    });
  }

  test('escapeLogLine keeps the line end', () => {
    expect(escapeLogLine('{"a":"x\u202Ey"}\n')).toBe('{"a":"x\\u202Ey"}\n');
  });
});
