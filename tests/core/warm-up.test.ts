import { describe, expect, it } from 'vitest';
import { createWarmUp, type LanguageResource } from '../../src/core/warm-up.ts';

describe('createWarmUp', () => {
  it('loads every resource once, in order, on the first call only', () => {
    const loaded: string[] = [];
    const resource = (name: string): LanguageResource => ({ name, load: () => loaded.push(name) });
    const warmUp = createWarmUp([resource('model'), resource('dictionary')]);
    expect(warmUp()).toBeGreaterThanOrEqual(0);
    expect(loaded).toEqual(['model', 'dictionary']);
    expect([warmUp(), warmUp()]).toEqual([0, 0]);
    expect(loaded).toEqual(['model', 'dictionary']);
  });

  it('says how long the loading took', () => {
    const busyFor = (ms: number) => () => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    expect(createWarmUp([{ name: 'slow', load: busyFor(20) }])()).toBeGreaterThanOrEqual(20);
  });
});
