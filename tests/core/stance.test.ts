import { describe, expect, test } from 'vitest';
import { analyzeStatement } from '../../src/core/stance.ts';

const article = { source: 'Coast Herald' };

describe('analyzeStatement', () => {
  const cases = [
    // Each stance, with its speaker named in the sentence.
    { sentence: 'Aster Power denied the report.', stance: 'denies', by: 'Aster Power' },
    { sentence: '“The claim is baseless,” said Dana Whitlock.', stance: 'denies', by: 'Dana Whitlock' },
    {
      sentence: 'Both the mayor and the county have rejected the claim.',
      stance: 'denies',
      by: 'the mayor and the county',
    },
    {
      sentence: 'Aster Power later admitted that the gates were opened.',
      stance: 'confirms',
      by: 'Aster Power',
    },
    {
      sentence: '“The county can confirm this,” Ruth Olsen told reporters.',
      stance: 'confirms',
      by: 'Ruth Olsen',
    },
    {
      sentence: 'Engineers questioned whether the gates caused the flooding.',
      stance: 'doubts',
      by: 'Engineers',
    },
    {
      sentence: 'Analysts cautioned that the flood figures were unverified.',
      stance: 'doubts',
      by: 'Analysts',
    },
    // A judgment with no one named is the outlet's own.
    { sentence: 'The residents have so far failed to show evidence.', stance: 'doubts', by: 'Coast Herald' },
    {
      sentence: 'Residents accused Aster Power of opening the dam gates at night.',
      stance: 'asserts',
      by: 'Residents',
    },
    {
      sentence: 'Water was released on Saturday, according to the Valley Times.',
      stance: 'asserts',
      by: 'the Valley Times',
    },
    {
      sentence: 'The mayor, Ruth Olsen, said some 1,200 homes were flooded.',
      stance: 'asserts',
      by: 'Ruth Olsen',
    },
    // Negation and structure.
    {
      sentence: 'Aster Power did not deny that the gates were opened.',
      stance: 'asserts',
      by: 'Aster Power',
    },
    { sentence: 'The county could not verify the figures.', stance: 'doubts', by: 'The county' },
    {
      sentence: 'Aster Power denied that it had not warned residents.',
      stance: 'asserts',
      by: 'Aster Power',
    },
    {
      sentence: 'The river operator said the report was not true.',
      stance: 'denies',
      by: 'The river operator',
    },
    // No speaker: the outlet.
    { sentence: 'The flood figures are false.', stance: 'denies', by: 'Coast Herald' },
  ] as const;

  for (const { sentence, stance, by } of cases) {
    test(sentence, () => {
      expect(analyzeStatement(sentence, undefined, article)).toMatchObject({ stance, attributedTo: by });
    });
  }

  test('a pronoun is the person named in the sentence before', () => {
    const previous = 'Aster Power engineer Tom Reyes spoke to reporters on Sunday.';
    expect(
      analyzeStatement('“We opened the gates to save the dam,” he said.', previous, article),
    ).toMatchObject({
      stance: 'asserts',
      attributedTo: 'Tom Reyes',
    });
  });

  test('a quote that goes on in the next sentence keeps its speaker', () => {
    const previous = '“The gates were opened at night,” Dana Whitlock said.';
    expect(analyzeStatement('“Nobody denies that.”', previous, article).attributedTo).toBe('Dana Whitlock');
  });

  test('an unknown outlet and no speaker: attributed to no one', () => {
    expect(analyzeStatement('The gates were opened.', undefined, { source: '' })).toEqual({
      stance: 'asserts',
      attributedTo: '',
      cue: '',
    });
  });
});
