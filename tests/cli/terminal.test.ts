import { describe, expect, it } from 'vitest';
import {
  describeArticle,
  renderReportForTerminal,
  renderSourcesForTerminal,
} from '../../src/cli/terminal.ts';
import type { LoadReport } from '../../src/core/types.ts';
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

  it('shows file names escaped in the sources and the load report', () => {
    const file = 'invoice\u202Efdp.exe';
    expect(renderSourcesForTerminal([article('a', { file, title: '' })], plain)).toBe(
      '1. (untitled) invoice\\u202Efdp.exe, 1 paragraphs',
    );
    const report: LoadReport = {
      loaded: [],
      skipped: [{ file: 'two\nlines.txt', reason: 'empty file' }],
      articles: 0,
      paragraphs: 0,
      tookMs: 3,
    };
    expect(renderReportForTerminal(report, plain)).toBe(
      'Loaded 0 articles, 0 paragraphs in 3 ms.\nskipped two\\nlines.txt: empty file',
    );
  });
});
