import { describe, expect, test } from 'vitest';
import { CONTESTED_OPENING, composeAnswer, type QuoteCandidate } from '../../src/core/perspectives.ts';
import type { Article } from '../../src/core/types.ts';
import { article } from '../helpers/fixtures.ts';

/** A candidate quoting `snippet` (or the whole paragraph) of paragraph `n` of an article. */
function candidate(a: Article, n: number, score: number, terms: string[], snippet?: string): QuoteCandidate {
  const paragraph = a.paragraphs[n - 1];
  if (!paragraph) throw new Error(`no paragraph ${n} in ${a.id}`);
  return { article: a, paragraph, snippet: snippet ?? paragraph.text, score, matchedTerms: new Set(terms) };
}

const valley = article('valley', {
  source: 'Valley Times',
  texts: [
    'Residents accused Aster Power of opening the dam gates at night. Aster Power has denied the accusation.',
    'River Watch estimated that 400 homes were flooded by the dam water.',
  ],
});
const coast = article('coast', {
  source: 'Coast Herald',
  texts: [
    'Aster Power later admitted that the dam gates were opened.',
    'The mayor, Ruth Olsen, said some 1,200 homes were flooded by the dam water.',
    'The library reopened on Monday.',
  ],
});
const hill = article('hill', {
  source: 'Hill Post',
  texts: ['Aster Power dismissed the accusation that it opened the dam gates as nonsense.'],
});
const options = { maxCitations: 3, yesNo: false };

describe('composeAnswer', () => {
  test('a contested yes/no question says so first and shows each side with its source', () => {
    const answer = composeAnswer(
      'did aster power open the dam gates',
      [
        candidate(coast, 1, 0.9, ['aster', 'power', 'dam', 'gate', 'open']),
        candidate(hill, 1, 0.8, ['aster', 'power', 'dam', 'gate', 'open']),
      ],
      { ...options, yesNo: true },
    );
    expect(answer.answer.startsWith(CONTESTED_OPENING)).toBe(true);
    expect(answer.citations.map((c) => [c.stance, c.attributedTo])).toEqual([
      ['confirms', 'Aster Power'],
      ['denies', 'Aster Power'],
    ]);
    expect(answer.perspectives).toEqual([
      { stance: 'confirms', citations: [1], sources: ['Aster Power'] },
      { stance: 'denies', citations: [2], sources: ['Aster Power'] },
    ]);
    expect(answer.answer).toContain('Confirmed: “Aster Power later admitted');
    expect(answer.answer).toContain(' · Denied: “Aster Power dismissed');
  });

  test('the denial in the next sentence of the quoted paragraph is cited as its own side', () => {
    const para = valley.paragraphs[0]?.text ?? '';
    const accusation = para.slice(0, para.indexOf(' Aster Power has denied'));
    const answer = composeAnswer(
      'did aster power open the dam gates',
      [candidate(valley, 1, 0.9, ['aster', 'power', 'dam', 'gate'], accusation)],
      { ...options, yesNo: true },
    );
    expect(answer.citations.map((c) => [c.snippet, c.stance, c.attributedTo])).toEqual([
      [accusation, 'asserts', 'Residents'],
      ['Aster Power has denied the accusation.', 'denies', 'Aster Power'],
    ]);
    expect(answer.perspectives.map((p) => p.stance)).toEqual(['asserts', 'denies']);
  });

  test('different figures from different outlets are shown together with who gives each', () => {
    const answer = composeAnswer(
      'how many homes were flooded',
      [candidate(valley, 2, 0.9, ['home', 'flood']), candidate(coast, 2, 0.85, ['home', 'flood'])],
      options,
    );
    expect(answer.answer).toContain(
      'The figures differ: 400 (River Watch) [1]; some 1,200 (Ruth Olsen) [2].',
    );
    expect(answer.perspectives).toEqual([
      { stance: 'asserts', citations: [1, 2], sources: ['River Watch', 'Ruth Olsen'] },
    ]);
  });

  test('the best quote of a count is kept, though its figure is told in other words', () => {
    const hall = article('hall', {
      source: 'Hall Gazette',
      texts: ['Engineers said 300 houses were under water.', 'The council counted 90 homes with damp.'],
    });
    const answer = composeAnswer(
      'how many homes were flooded',
      [
        candidate(hall, 1, 0.95, ['home', 'flood']),
        candidate(valley, 2, 0.9, ['home', 'flood']),
        candidate(coast, 2, 0.85, ['home', 'flood']),
        candidate(hall, 2, 0.8, ['home']),
      ],
      { ...options, maxCitations: 2 },
    );
    expect(answer.citations[0]?.snippet).toBe('Engineers said 300 houses were under water.');
    // then another outlet's figure
    expect(answer.citations[1]?.snippet).toBe(
      'River Watch estimated that 400 homes were flooded by the dam water.',
    );
  });

  test('quotes that agree: the plain form and no perspectives', () => {
    const answer = composeAnswer(
      'who opened the dam gates',
      [candidate(coast, 1, 0.9, ['dam', 'gate'])],
      options,
    );
    expect(answer.perspectives).toEqual([]);
    expect(answer.answer).toBe('“Aster Power later admitted that the dam gates were opened.” [1]');
  });

  test('the same text in two files is cited once, from the earlier file', () => {
    const copy = article('zz-copy', {
      file: 'b-copy.txt',
      source: 'Wire',
      texts: coast.paragraphs.map((p) => p.text),
    });
    const original = { ...coast, file: 'a-coast.txt' };
    const answer = composeAnswer(
      'who opened the dam gates',
      [
        candidate(copy, 1, 0.9, ['dam', 'gate']),
        candidate(original, 1, 0.9, ['dam', 'gate']),
        candidate(coast, 3, 0.2, ['library']),
      ],
      options,
    );
    expect(answer.citations.map((c) => c.file)).toEqual(['a-coast.txt', 'coast.txt']);
    expect(answer.chosen).toHaveLength(2);
  });

  test('at most maxCitations, none from an empty pool', () => {
    expect(composeAnswer('x', [], options)).toEqual({
      answer: '',
      citations: [],
      perspectives: [],
      chosen: [],
    });
    const many = [
      candidate(coast, 1, 0.9, ['dam']),
      candidate(hill, 1, 0.8, ['dam']),
      candidate(valley, 2, 0.7, ['dam']),
    ];
    expect(composeAnswer('dam', many, { maxCitations: 2, yesNo: false }).citations).toHaveLength(2);
  });
});

describe('composeAnswer with fillers', () => {
  const answering = [candidate(coast, 2, 0.9, ['home', 'flood'])];
  const cases = [
    {
      name: 'fill the places left, after the quotes that answer, in their order',
      fillers: [candidate(valley, 2, 0.8, ['home']), candidate(hill, 1, 0.7, ['dam'])],
      max: 3,
      cited: ['coast#2', 'valley#2', 'hill#1'],
    },
    {
      name: 'never take a place a quote that answers holds',
      fillers: [candidate(valley, 2, 0.95, ['home'])],
      max: 1,
      cited: ['coast#2'],
    },
    {
      name: 'are not cited twice for the same text',
      fillers: [candidate(coast, 2, 0.8, ['home']), candidate(hill, 1, 0.7, ['dam'])],
      max: 3,
      cited: ['coast#2', 'hill#1'],
    },
  ];
  for (const { name, fillers, max, cited } of cases) {
    test(name, () => {
      const answer = composeAnswer(
        'how many homes were flooded',
        answering,
        { maxCitations: max, yesNo: false },
        fillers,
      );
      expect(answer.citations.map((c) => `${c.file.replace('.txt', '')}#${c.paragraph}`)).toEqual(cited);
      expect(answer.citations.map((c) => c.n)).toEqual(cited.map((_, i) => i + 1));
    });
  }
});

describe('composeAnswer with a quote that holds its own reply', () => {
  test('the reply inside the quote becomes its own side', () => {
    const answer = composeAnswer(
      'did aster power open the dam gates',
      [candidate(valley, 1, 0.9, ['aster', 'power', 'dam', 'gate'])],
      { maxCitations: 3, yesNo: true },
    );
    expect(answer.citations.map((c) => [c.stance, c.attributedTo])).toEqual([
      ['asserts', 'Residents'],
      ['denies', 'Aster Power'],
    ]);
    expect(answer.citations[0]?.snippet).toBe(
      'Residents accused Aster Power of opening the dam gates at night.',
    );
    expect(answer.answer.startsWith(CONTESTED_OPENING)).toBe(true);
  });
});
