import { describe, expect, test } from 'vitest';
import { articleKey, type CustomId, formatCustomId, parseCustomId } from '../../src/discord/custom-id.ts';

const OWNER = '123456789012345678';

describe('custom ids', () => {
  const cases: readonly { id: CustomId; text: string }[] = [
    { id: { view: 'ask', session: 'abcdefghij', action: 'cite', n: 2 }, text: 'ask:abcdefghij:c:2' },
    { id: { view: 'ask', session: 'abcdefghij', action: 'paragraph', n: 12 }, text: 'ask:abcdefghij:p:12' },
    { id: { view: 'ask', session: '0123456789', action: 'cite', n: 0 }, text: 'ask:0123456789:c:0' },
    { id: { view: 'search', session: 'k3j2a9x0zz', page: 3 }, text: 'search:k3j2a9x0zz:3' },
    { id: { view: 'sources', owner: OWNER, page: 1 }, text: `sources:${OWNER}:1` },
    {
      id: { view: 'source', owner: OWNER, article: '0123456789ab', page: 4 },
      text: `source:${OWNER}:0123456789ab:4`,
    },
  ];
  for (const { id, text } of cases) {
    test(text, () => {
      expect(formatCustomId(id)).toBe(text);
      expect(parseCustomId(text)).toEqual(id);
      expect(text.length).toBeLessThanOrEqual(100);
    });
  }

  const forged = [
    '',
    'ask',
    'ask:abcdefghij:c',
    'ask:abcdefghij:x:1',
    'ask:ABCDEFGHIJ:c:1',
    'ask:abcdefghi:c:1',
    'ask:abcdefghij:c:-1',
    'ask:abcdefghij:c:01',
    'ask:abcdefghij:c:123456',
    'ask:abcdefghij:c:1:extra',
    'search:abcdefghij:',
    'search:abcdefghij:1.5',
    'sources:1234:1',
    `sources:${OWNER}:one`,
    `source:${OWNER}:not-a-key!!:1`,
    `source:${OWNER}:0123456789AB:1`,
    'something-else-entirely',
    `ask:abcdefghij:c:1${' '.repeat(90)}`,
  ];
  for (const text of forged) {
    test(`rejects ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(parseCustomId(text)).toBeNull();
    });
  }

  test('article keys are 12 hex digits, stable and distinct', () => {
    expect(articleKey('000_22c7b1c67e53fed6')).toMatch(/^[0-9a-f]{12}$/);
    expect(articleKey('000_22c7b1c67e53fed6')).toBe(articleKey('000_22c7b1c67e53fed6'));
    expect(articleKey('a')).not.toBe(articleKey('b'));
    expect(articleKey('x'.repeat(500))).toHaveLength(12);
  });
});
