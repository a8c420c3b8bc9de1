import { describe, expect, it } from 'vitest';
import { parseDate, parseDateLine } from '../../src/core/dates.ts';

describe('parseDate', () => {
  const cases = [
    ['30 September, 2020', '2020-09-30'],
    ['14 October 2020', '2020-10-14'],
    ['October 6, 2020', '2020-10-06'],
    ['Oct. 6, 2020', '2020-10-06'],
    ['2020-10-06', '2020-10-06'],
    ['2020-10-06T11:01:00Z', '2020-10-06'],
    ['October 3', 'October 3'],
    ['3 October', 'October 3'],
    ['31 February 2020', ''],
    ['yesterday', ''],
    ['', ''],
  ] as const;
  for (const [text, expected] of cases)
    it(`"${text}" → "${expected}"`, () => expect(parseDate(text)).toBe(expected));
});

describe('parseDateLine', () => {
  const cases = [
    ['Wednesday 14 October 2020 - 11:01', '2020-10-14'],
    ['30 September, 2020', '2020-09-30'],
    ['Published: October 6, 2020 10:30 GMT', '2020-10-06'],
    ['Updated on 2021-01-02', '2021-01-02'],
    ['October 3', ''],
    ['On 14 October 2020 the talks began.', ''],
  ] as const;
  for (const [line, expected] of cases)
    it(`"${line}" → "${expected}"`, () => expect(parseDateLine(line)).toBe(expected));
});
