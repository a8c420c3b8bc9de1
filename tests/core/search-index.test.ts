import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/core/lexicon.ts';
import { NewsIndex, TermIds } from '../../src/core/search-index.ts';
import type { Article } from '../../src/core/types.ts';
import { article } from '../helpers/fixtures.ts';

const lexicon = loadLexicon();

const articles: readonly Article[] = [
  article('port', {
    title: 'Dock strike',
    texts: [
      'Dock workers at the port walked out on Monday over pay.',
      'The union said the strike would last until the port authority talks again.',
    ],
  }),
  article('flood', {
    title: 'River flood',
    texts: [
      'The river burst its banks and flooded the old town.',
      'The mayor said a new flood barrier would be built by the port.',
    ],
  }),
  article('vote', {
    title: 'Council vote',
    texts: ['The council voted to close the old bridge.', 'Workers will rebuild the bridge next year.'],
  }),
];

const questions = [
  ['port', 'strike'],
  ['flood', 'barrier'],
  ['worker'],
  ['bridg', 'council'],
  ['mayor', 'port', 'river'],
] as const;

/** Every question's hits, terms weighted 1, as index terms (the way answering asks). */
function hitsOf(index: NewsIndex) {
  return questions.map((words) => {
    const terms = new Map(words.flatMap((word) => lexicon.termsOf(word).map((term) => [term, 1] as const)));
    return index.query(terms, { limit: 10 });
  });
}

describe('NewsIndex', () => {
  it('ranks the same whether built at once, article by article, or restored from a snapshot', () => {
    const atOnce = NewsIndex.build(articles, lexicon);
    const oneByOne = NewsIndex.build([], lexicon);
    for (const a of articles) oneByOne.add(a);
    const restored = NewsIndex.fromJSON(atOnce.toJSON(), articles, lexicon);
    const expected = hitsOf(atOnce);
    expect(expected.every((hits) => hits.length > 0)).toBe(true);
    expect(hitsOf(oneByOne)).toEqual(expected);
    expect(hitsOf(restored)).toEqual(expected);
    expect(hitsOf(NewsIndex.fromJSON(restored.toJSON(), articles, lexicon))).toEqual(expected);
  });

  it('restores an index saved after changes: same hits, term counts and headline words', () => {
    const changed = NewsIndex.build(articles, lexicon);
    changed.remove('port');
    changed.add(article('port', { title: 'Dock strike ends', texts: ['The port reopened on Friday.'] }));
    const corpus = [...articles.slice(1), changed.article('port') as Article];
    const restored = NewsIndex.fromJSON(changed.toJSON(), corpus, lexicon);
    expect(hitsOf(restored)).toEqual(hitsOf(changed));
    expect(restored.paragraphCount).toBe(changed.paragraphCount);
    for (const word of ['port', 'strike', 'end', 'dock', 'flood', 'reopen', 'monday', 'friday']) {
      for (const term of lexicon.termsOf(word)) {
        expect(restored.frequency(term)).toBe(changed.frequency(term));
        expect(restored.uses(term)).toBe(changed.uses(term));
      }
    }
    const again = NewsIndex.fromJSON(restored.toJSON(), corpus, lexicon);
    expect(hitsOf(again)).toEqual(hitsOf(changed));
  });

  it('finds a paragraph by its key, and takes no article whose keys are not its id, # and position', () => {
    const index = NewsIndex.build(articles, lexicon);
    expect(index.paragraph('flood#2')).toBe(articles[1]?.paragraphs[1]);
    for (const key of ['flood#3', 'flood#0', 'flood', 'flood#1.5', '#1', 'port#2#1', ''])
      expect(index.paragraph(key)).toBeUndefined();
    expect(index.paragraphCount).toBe(6);
    const odd = article('odd', { texts: ['One.', 'Two.'] });
    const swapped = { ...odd, paragraphs: [...odd.paragraphs].reverse() };
    expect(() => index.add(swapped)).toThrow('paragraph odd#2 of article odd is not keyed odd#1');
    expect(() => NewsIndex.fromJSON(index.toJSON(), [...articles.slice(1), swapped], lexicon)).toThrow();
  });

  it('finds what is added and no longer finds what is removed, between queries', () => {
    const index = NewsIndex.build(articles.slice(0, 2), lexicon);
    const bridge = new Map(lexicon.termsOf('bridge').map((term) => [term, 1]));
    expect(index.query(bridge, { limit: 5 })).toEqual([]);
    index.add(articles[2] as Article);
    expect(index.query(bridge, { limit: 5 }).map((hit) => hit.key)).toEqual(['vote#1', 'vote#2']);
    index.remove('vote');
    expect(index.query(bridge, { limit: 5 })).toEqual([]);
    const keys = hitsOf(index).flatMap((hits) => hits.map((hit) => hit.key));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.startsWith('vote#'))).toEqual([]);
  });

  it('gives each paragraph its distinct index terms in order, built or restored', () => {
    const built = NewsIndex.build(articles, lexicon);
    const restored = NewsIndex.fromJSON(built.toJSON(), articles, lexicon);
    for (const a of articles) {
      for (const paragraph of a.paragraphs) {
        const expected = [...new Set(lexicon.termsOf(paragraph.text))];
        expect([...built.paragraphTerms(paragraph)]).toEqual(expected);
        expect([...restored.paragraphTerms(paragraph)]).toEqual(expected);
      }
    }
  });

  it('offers the corpus words for spelling and completion, built, restored or after changes', () => {
    const built = NewsIndex.build(articles, lexicon);
    const lookups = (index: NewsIndex) => ({
      completions: index.wordsWithPrefix('b', 10),
      spellings: ['councel', 'brige', 'wurkers'].map((word) => index.spellingVariants(word, 2)),
    });
    const expected = {
      completions: ['bridge', 'banks', 'barrier', 'built', 'burst'],
      spellings: [['council'], ['bridge'], ['workers']],
    };
    expect(lookups(built)).toEqual(expected);
    expect(lookups(NewsIndex.fromJSON(built.toJSON(), articles, lexicon))).toEqual(expected);
    const restored = NewsIndex.fromJSON(built.toJSON(), articles, lexicon);
    for (const index of [built, restored]) {
      index.remove('vote');
      expect(lookups(index)).toEqual({
        completions: ['banks', 'barrier', 'built', 'burst'],
        spellings: [[], [], ['workers']],
      });
      expect(lookups(NewsIndex.fromJSON(index.toJSON(), articles.slice(0, 2), lexicon))).toEqual(
        lookups(index),
      );
    }
  });
});

describe('TermIds', () => {
  it('decodes every list of terms it encoded, also past the ids that fit one unit', () => {
    const ids = new TermIds();
    // Enough terms that later ones need two units each.
    const many = Array.from({ length: 40_000 }, (_, i) => `t${i}`);
    expect([...ids.decode(ids.encode(many))]).toEqual(many);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60_000 }), { maxLength: 50 }), (picked) => {
        const terms = picked.map((i) => `t${i}`);
        expect([...ids.decode(ids.encode(terms))]).toEqual(terms);
      }),
    );
    expect(ids.decode(ids.encode([]))).toEqual(new Set());
  });
});
