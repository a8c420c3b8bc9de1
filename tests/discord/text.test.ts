import { describe, expect, test } from 'vitest';
import {
  escapeMarkdown,
  escapeText,
  joinWithin,
  neutralizeMentions,
  plural,
  quoteLines,
  squashWhitespace,
  truncate,
} from '../../src/discord/text.ts';

const ZWSP = '\u200b';

describe('truncate', () => {
  const cases = [
    { text: 'Nagorno-Karabakh', max: 100, expected: 'Nagorno-Karabakh' },
    { text: 'Nagorno-Karabakh', max: 16, expected: 'Nagorno-Karabakh' },
    { text: 'Nagorno-Karabakh', max: 15, expected: 'Nagorno-Karaba…' },
    { text: 'Nagorno-Karabakh', max: 8, expected: 'Nagorno…' },
    { text: 'two words', max: 5, expected: 'two…' },
    { text: 'abc', max: 1, expected: '…' },
    { text: 'abc', max: 0, expected: '' },
    // A surrogate pair is never split.
    { text: 'ab😀cd', max: 4, expected: 'ab…' },
    // An escaping backslash is not left to escape the ellipsis.
    { text: 'ab\\*cd', max: 4, expected: 'ab…' },
    { text: 'ab\\\\cd', max: 5, expected: 'ab\\\\…' },
  ] as const;
  for (const { text, max, expected } of cases) {
    test(`${JSON.stringify(text)} to ${max}`, () => {
      expect(truncate(text, max)).toBe(expected);
      expect(truncate(text, max).length).toBeLessThanOrEqual(max);
    });
  }
});

describe('joinWithin', () => {
  const cases = [
    { items: [], max: 10, expected: '' },
    { items: ['a.txt', 'b.txt'], max: 100, expected: 'a.txt\nb.txt' },
    // The first item is shortened rather than left out when even it does not fit with the count.
    { items: ['a.txt', 'b.txt', 'c.txt'], max: 16, expected: 'a.t…\n…and 2 more' },
    { items: ['a.txt', 'b.txt', 'c.txt', 'd.txt'], max: 17, expected: 'a.txt\n…and 3 more' },
    { items: ['a.txt', 'b.txt', 'c.txt'], max: 17, expected: 'a.txt\nb.txt\nc.txt' },
    { items: ['a.txt', 'b.txt', 'c.txt'], max: 18, sep: ', ', expected: 'a.txt, …and 2 more' },
    { items: ['a.txt', 'b.txt', 'c.txt'], max: 19, sep: ', ', expected: 'a.txt, b.txt, c.txt' },
    { items: ['a-very-long-file-name.txt', 'b.txt'], max: 20, expected: 'a-very-…\n…and 1 more' },
    { items: ['a-very-long-file-name.txt'], max: 10, expected: 'a-very-lo…' },
  ] as const;
  for (const { items, max, expected, ...rest } of cases) {
    const separator = 'sep' in rest ? rest.sep : '\n';
    test(`${items.length} items within ${max}`, () => {
      const out = joinWithin(items, max, separator);
      expect(out).toBe(expected);
      expect(out.length).toBeLessThanOrEqual(max);
    });
  }
});

describe('escapeText', () => {
  const cases = [
    { text: 'plain words', expected: 'plain words' },
    {
      text: '**bold** _it_ ~~gone~~ `code` ||spoiler||',
      expected: '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|',
    },
    { text: '[click](https://evil.example)', expected: '\\[click\\](https://evil.example)' },
    {
      text: '# Heading\n> quote\n- item\n1. first\n-# small',
      expected: '\\# Heading\n\\> quote\n\\- item\n1\\. first\n\\-# small',
    },
    { text: 'In 2020. Then', expected: 'In 2020. Then' },
    { text: 'back\\slash', expected: 'back\\\\slash' },
    { text: 'hey @everyone and @here', expected: `hey @${ZWSP}everyone and @${ZWSP}here` },
    {
      text: 'ping <@123456789012345678> <@&123456789012345678> <#123456789012345678>',
      expected: `ping <${ZWSP}@123456789012345678> <${ZWSP}@&123456789012345678> <${ZWSP}#123456789012345678>`,
    },
    { text: 'a < b and <t:0:R>', expected: `a < b and <${ZWSP}t:0:R>` },
  ] as const;
  for (const { text, expected } of cases) {
    test(JSON.stringify(text), () => {
      expect(escapeText(text)).toBe(expected);
    });
  }

  test('escapeMarkdown and neutralizeMentions are the two halves', () => {
    expect(escapeMarkdown('@everyone *x*')).toBe('@everyone \\*x\\*');
    expect(neutralizeMentions('@everyone *x*')).toBe(`@${ZWSP}everyone *x*`);
  });
});

describe('plural, quoteLines, squashWhitespace', () => {
  test.each([
    [0, 'article', '0 articles'],
    [1, 'article', '1 article'],
    [2, 'paragraph', '2 paragraphs'],
  ] as const)('plural(%i, %s)', (count, word, expected) => {
    expect(plural(count, word)).toBe(expected);
  });

  test('quoteLines and squashWhitespace', () => {
    expect(quoteLines('one\ntwo')).toBe('> one\n> two');
    expect(squashWhitespace('  a \n\t b  ')).toBe('a b');
  });
});
