import { describe, expect, it } from 'vitest';
import { clippedName } from '../../src/core/clipped-names.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { analyzeQuestion } from '../../src/core/question.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import { article } from '../helpers/fixtures.ts';

const index = NewsIndex.build(
  [
    article('tax', {
      title: 'Councils warned over tax rises',
      texts: [
        'The Liberal Democrats called for council tax to be replaced by a local income tax.',
        'A liberal approach to democracy was demanded by the Labour Party.',
      ],
    }),
  ],
  loadLexicon(),
);

describe('clippedName', () => {
  const cases = [
    // each word starts a word of a name the articles write together, capitalised
    { first: 'lib', second: 'dems', name: 'Liberal Democrats' },
    { first: 'lib', second: 'dem', name: 'Liberal Democrats' },
    { first: 'lab', second: 'par', name: 'Labour Party' },
    // written together but not as a name: "a liberal approach"
    { first: 'lib', second: 'appr', name: undefined },
    // both words used, but never together
    { first: 'demo', second: 'inc', name: undefined },
    // two letters cut too short to tell
    { first: 'li', second: 'de', name: undefined },
    { first: 'asdf', second: 'qwer', name: undefined },
  ] as const;
  for (const { first, second, name } of cases) {
    it(`${first} ${second} → ${name ?? 'nothing'}`, () => {
      expect(clippedName(index, first, second)).toBe(name);
    });
  }
});

describe('a question with a clipped name', () => {
  it('reads it as the name the articles write, found in the passage', () => {
    const concept = analyzeQuestion(index, 'what do the lib dems want instead of council tax').concepts[0];
    expect(concept?.word).toBe('lib dems');
    expect(concept?.known).toBe(true);
    expect(concept?.wordings.map((wording) => wording.terms.join(' '))).toContain(
      index.lexicon.termsOf('Liberal Democrats').join(' '),
    );
  });

  it('leaves words the articles use as they are', () => {
    const words = analyzeQuestion(index, 'liberal democrats council tax').concepts.map((c) => c.word);
    expect(words).not.toContain('liberal democrats');
  });
});
