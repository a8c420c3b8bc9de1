import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateSet, type SetEvaluation } from '../../src/eval/evaluate.ts';
import { DEFAULT_CORPUS_DIR, findQuestionSets, QUALITY_DIR, readQuestionSet } from '../../src/eval/sets.ts';

// The development question sets are quality benchmarks: the suite holds the method to each set's bar as a
// whole, never to a particular answer for a particular question.

type FloorMetric = 'hit1' | 'hit3' | 'term' | 'reject';
type CeilingMetric = 'falseReject';

/** One set's bar in bar.json: floors, ceilings, and whether it must match stock MiniSearch at least. */
interface SetBar {
  readonly atLeast: Readonly<Partial<Record<FloorMetric, number>>>;
  readonly atMost: Readonly<Partial<Record<CeilingMetric, number>>>;
  /** hit@1 and hit@3 no lower than stock MiniSearch's on the same set and paragraphs. */
  readonly atLeastStock: boolean;
}

const FLOOR_METRICS: readonly string[] = ['hit1', 'hit3', 'term', 'reject'] satisfies FloorMetric[];
const CEILING_METRICS: readonly string[] = ['falseReject'] satisfies CeilingMetric[];

const bars = (
  JSON.parse(readFileSync(new URL('bar.json', import.meta.url), 'utf8')) as { sets: Record<string, SetBar> }
).sets;
const sets = findQuestionSets(QUALITY_DIR, DEFAULT_CORPUS_DIR);
const REFERENCE_SCORER = fileURLToPath(new URL('../../../shared/qa/score.mjs', import.meta.url));

describe('bar.json', () => {
  it('gives every development set a bar, and names no other set', () => {
    expect(Object.keys(bars).sort()).toEqual(sets.map((set) => set.name).sort());
  });

  it('names only metrics the scorer reports, each in the direction it improves', () => {
    for (const bar of Object.values(bars)) {
      expect(FLOOR_METRICS).toEqual(expect.arrayContaining(Object.keys(bar.atLeast)));
      expect(CEILING_METRICS).toEqual(expect.arrayContaining(Object.keys(bar.atMost)));
      expect(typeof bar.atLeastStock).toBe('boolean');
    }
  });
});

for (const set of sets) {
  describe(`answer quality on the ${set.name} set`, () => {
    const bar = bars[set.name];
    let evaluation: SetEvaluation;
    beforeAll(async () => {
      evaluation = await evaluateSet(set.name, readQuestionSet(set.questionsFile), {
        corpusDir: set.corpusDir,
      });
    });

    it.skipIf(!existsSync(REFERENCE_SCORER))('scores exactly as the reference scorer does', async () => {
      const reference = (await import(REFERENCE_SCORER)) as {
        score: (questions: unknown, answers: unknown) => Record<string, number>;
      };
      expect(evaluation.metrics).toEqual(reference.score(evaluation.questions, evaluation.answers));
      expect(evaluation.stock).toEqual(reference.score(evaluation.questions, evaluation.stockAnswers));
    });

    const floors = Object.entries(bar?.atLeast ?? {}) as [FloorMetric, number][];
    for (const [metric, floor] of floors) {
      it(`${metric} is at least ${floor}`, () => {
        expect(evaluation.metrics[metric]).toBeGreaterThanOrEqual(floor);
      });
    }
    const ceilings = Object.entries(bar?.atMost ?? {}) as [CeilingMetric, number][];
    for (const [metric, ceiling] of ceilings) {
      it(`${metric} is at most ${ceiling}`, () => {
        expect(evaluation.metrics[metric]).toBeLessThanOrEqual(ceiling);
      });
    }

    it.skipIf(!bar?.atLeastStock)('ranks no worse than stock MiniSearch (hit@1 and hit@3)', () => {
      expect(evaluation.metrics.hit1).toBeGreaterThanOrEqual(evaluation.stock.hit1);
      expect(evaluation.metrics.hit3).toBeGreaterThanOrEqual(evaluation.stock.hit3);
    });
  });
}
