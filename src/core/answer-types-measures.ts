import { words } from './text.ts';

// How a number or a time is measured: the unit of time a duration is told in, and whether a time is one
// on the clock. General English, as news copy writes it; all words folded.

// Units of time from the shortest to the longest, each with the forms news copy writes it in (a night
// is the span of a day, a fortnight that of weeks). Neighbours differ by a factor of 4 to 60.
const TIME_UNIT_SCALE: readonly string[] = [
  'second seconds sec secs',
  'minute minutes min mins',
  'hour hours hr hrs',
  'day days night nights',
  'week weeks fortnight fortnights',
  'month months',
  'year years yr yrs',
  'decade decades',
  'century centuries',
];
const TIME_UNIT_RANKS: ReadonlyMap<string, number> = new Map(
  TIME_UNIT_SCALE.flatMap((forms, rank) => forms.split(' ').map((form) => [form, rank] as const)),
);
// A duration answers "how many X" when told in X or in the unit next to it either way ("18 months" for
// "how many years", "48 hours" for "how many days"); one told in hours does not say how many years.
const MAX_UNIT_STEPS = 1;

/** Where a word stands among the units of time (seconds first), if it is one. */
export function timeUnitRank(word: string): number | undefined {
  return TIME_UNIT_RANKS.get(word);
}

/** The largest unit of time a text is told in ("2hrs 23mins" → hours), as a rank; digits joined to it are read past. */
function largestTimeUnit(text: string): number | undefined {
  let largest: number | undefined;
  for (const word of words(text)) {
    const rank = TIME_UNIT_RANKS.get(word.replace(/^[\d.,]+/, ''));
    if (rank !== undefined && (largest === undefined || rank > largest)) largest = rank;
  }
  return largest;
}

/**
 * Whether a duration can answer "how many <unit>": it is told in that unit or the next one either way.
 * A duration with no unit of its own ("since 1990") or a unit that is not one of time is not judged.
 * @example durationInUnit('years', '23 hours') // false
 */
export function durationInUnit(askedUnit: string, duration: string): boolean {
  const asked = TIME_UNIT_RANKS.get(askedUnit);
  const told = largestTimeUnit(duration);
  return asked === undefined || told === undefined || Math.abs(asked - told) <= MAX_UNIT_STEPS;
}
