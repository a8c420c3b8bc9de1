import { describe, expect, it } from 'vitest';
import { type EvalRow, formatTable, meanRow } from '../../src/eval/report.ts';

const small: EvalRow = {
  set: 'small',
  questions: 4,
  hit1: 1,
  hit3: 1,
  term: 0.5,
  reject: 1,
  falseReject: 0,
  stockHit1: 0.5,
  stockHit3: 0.75,
};
const large: EvalRow = {
  set: 'large-set',
  questions: 100,
  hit1: 0.5,
  hit3: 0.75,
  term: 0.25,
  reject: 0,
  falseReject: 0.125,
  stockHit1: 0.25,
  stockHit3: 0.5,
};

describe('meanRow', () => {
  it('averages each metric over the sets, each set once, and totals the questions', () => {
    expect(meanRow([small, large])).toEqual({
      set: 'mean',
      questions: 104,
      hit1: 0.75,
      hit3: 0.875,
      term: 0.375,
      reject: 0.5,
      falseReject: 0.0625,
      stockHit1: 0.375,
      stockHit3: 0.625,
    });
  });
});

describe('formatTable', () => {
  it('aligns names left and numbers right, metrics to three decimals', () => {
    expect(formatTable([small, large])).toBe(
      [
        'set        questions  hit@1  hit@3   term  reject  falseReject  stock hit@1  stock hit@3',
        'small              4  1.000  1.000  0.500   1.000        0.000        0.500        0.750',
        'large-set        100  0.500  0.750  0.250   0.000        0.125        0.250        0.500',
      ].join('\n'),
    );
  });
});
