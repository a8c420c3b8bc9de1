import { describe, expect, it } from 'vitest';
import { describeArticle, renderSourcesForTerminal } from '../../src/cli/terminal.ts';
import { article } from '../helpers/fixtures.ts';

const plain = { color: false };

describe('names with control and bidirectional characters', () => {
  const cases = [
    [{ source: 'Out\u202Elet', title: 'Two\nlines', date: '' }, 'Out\\u202Elet · “Two\\nlines”'],
    [{ source: '', title: 'Tab\there', date: 'May\u0085 3' }, '“Tab\\there” · May\\u0085 3'],
    [{ source: 'TASS', title: 'Troops', date: 'October 3' }, 'TASS · “Troops” · October 3'],
  ] as const;
  for (const [meta, expected] of cases) {
    it(`describeArticle(${JSON.stringify(meta)})`, () => expect(describeArticle(meta)).toBe(expected));
  }

  it('shows file names escaped in the sources', () => {
    const file = 'invoice\u202Efdp.exe';
    expect(renderSourcesForTerminal([article('a', { file, title: '' })], plain)).toBe(
      '1. (untitled) invoice\\u202Efdp.exe, 1 paragraphs',
    );
  });
});
