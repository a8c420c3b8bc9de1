import { describe, expect, test } from 'vitest';
import { questionFromMessage } from '../../src/discord/messages.ts';

const BOT = '111111111111111111';

describe('questionFromMessage', () => {
  const cases = [
    { content: 'Who denied it?', inGuild: false, mentionsBot: false, expected: 'Who denied it?' },
    { content: '  who   denied\nit? ', inGuild: false, mentionsBot: false, expected: 'who denied it?' },
    { content: `<@${BOT}> who denied it?`, inGuild: true, mentionsBot: true, expected: 'who denied it?' },
    { content: `who denied it, <@!${BOT}>?`, inGuild: true, mentionsBot: true, expected: 'who denied it, ?' },
    { content: `<@${BOT}>`, inGuild: true, mentionsBot: true, expected: '' },
    { content: 'who denied it?', inGuild: true, mentionsBot: false, expected: null },
    { content: '@everyone look', inGuild: true, mentionsBot: false, expected: null },
    { content: `<@222222222222222222> hi`, inGuild: true, mentionsBot: false, expected: null },
    { content: '', inGuild: false, mentionsBot: false, expected: '' },
  ] as const;
  for (const { content, inGuild, mentionsBot, expected } of cases) {
    test(`${inGuild ? 'server' : 'DM'}: ${JSON.stringify(content)}`, () => {
      expect(questionFromMessage({ content, inGuild, mentionsBot }, BOT)).toBe(expected);
    });
  }
});
