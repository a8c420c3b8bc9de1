import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShortIdMap } from '../../src/core/short-id-map.ts';

type Step = { readonly op: 'add' } | { readonly op: 'delete' | 'get'; readonly id: number };
const steps = fc.array(
  fc.oneof(
    fc.constant<Step>({ op: 'add' }),
    fc.record({
      op: fc.constantFrom('delete' as const, 'get' as const),
      id: fc.integer({ min: -1, max: 30 }),
    }),
  ),
  { maxLength: 40 },
);

describe('ShortIdMap', () => {
  it('behaves as a Map under the changes MiniSearch makes: new ids count up, any id may go', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string(), { nil: null })), steps, (initial, changes) => {
        const map = new Map<number, string>();
        initial.forEach((value, id) => {
          if (value !== null) map.set(id, value);
        });
        const view = new ShortIdMap<string>([...initial]);
        let next = initial.length;
        for (const step of changes) {
          if (step.op === 'add') {
            expect(view.set(next, `v${next}`)).toBe(view);
            map.set(next, `v${next}`);
            next++;
          } else if (step.op === 'delete') expect(view.delete(step.id)).toBe(map.delete(step.id));
          else {
            expect(view.get(step.id)).toBe(map.get(step.id));
            expect(view.has(step.id)).toBe(map.has(step.id));
          }
          expect(view.size).toBe(map.size);
        }
        expect([...view]).toEqual([...map]);
        expect([...view.keys()]).toEqual([...map.keys()]);
        expect([...view.values()]).toEqual([...map.values()]);
        const visited: [number, string][] = [];
        view.forEach((value, id) => {
          visited.push([id, value]);
        });
        expect(visited).toEqual([...map]);
      }),
    );
  });

  it('sees an entry set while it is iterated, and forgets everything when cleared', () => {
    const view = new ShortIdMap<string>(['a', null, 'c']);
    const seen: number[] = [];
    for (const [id] of view) {
      seen.push(id);
      if (id === 2) view.set(3, 'd');
    }
    expect(seen).toEqual([0, 2, 3]);
    view.clear();
    expect(view.size).toBe(0);
    expect([...view]).toEqual([]);
  });
});
