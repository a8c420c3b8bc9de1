import { describe, expect, it } from 'vitest';
import { articleTermsOf, factsIn, sentencesOf, termsOf } from '../../src/core/evidence-cache.ts';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { NewsIndex } from '../../src/core/search-index.ts';
import type { Article } from '../../src/core/types.ts';
import { article } from '../helpers/fixtures.ts';

const ferry = article('ferry', {
  title: 'Ferry strike ends',
  texts: ['The ferry strike ended on Monday. Crews went back to work.', 'Fares will rise by 5% in May.'],
});
const index = NewsIndex.build([ferry], loadLexicon());

describe('the texts read for question after question', () => {
  it('gives a text its index terms, once worked out', () => {
    const terms = termsOf(index, 'The ferry strike ended on Monday.');
    expect([...terms]).toEqual(index.lexicon.termsOf('The ferry strike ended on Monday.'));
    expect(termsOf(index, 'The ferry strike ended on Monday.')).toBe(terms);
  });

  it('gives a paragraph its sentences', () => {
    expect(sentencesOf(index, 'The ferry strike ended on Monday. Crews went back to work.')).toEqual([
      'The ferry strike ended on Monday.',
      'Crews went back to work.',
    ]);
  });

  it('gives a sentence its facts', () => {
    const facts = factsIn(index, 'Fares will rise by 5% in May.');
    expect(facts.some((fact) => fact.kind === 'number')).toBe(true);
    expect(factsIn(index, 'Fares will rise by 5% in May.')).toBe(facts);
  });

  it('gives an article every term of its headline and paragraphs, a changed article its own', () => {
    const terms = articleTermsOf(index, ferry);
    for (const word of ['ends', 'crews', 'fares'])
      expect(terms.has(index.lexicon.term(word) ?? '')).toBe(true);
    const changed: Article = { ...ferry, title: 'Ferry fares rise' };
    expect(articleTermsOf(index, changed)).not.toBe(terms);
  });

  it('keeps caches apart per index', () => {
    const other = NewsIndex.build([ferry], loadLexicon());
    expect(termsOf(other, 'Crews went back to work.')).not.toBe(termsOf(index, 'Crews went back to work.'));
  });
});
