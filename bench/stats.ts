/** Small statistics and memory helpers for the benchmark. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Rounds to a number of significant digits, for readable JSON. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** Math.max(0, digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

export const MB = 1024 * 1024;

export interface MemorySample {
  readonly rssMb: number;
  readonly heapMb: number;
  /** Memory outside the JS heap (buffers, typed arrays). */
  readonly externalMb: number;
}

declare const gc: undefined | (() => void);

export function hasGc(): boolean {
  return typeof globalThis.gc === 'function';
}

/** Full garbage collection, repeated so that weak references and finalizers settle. */
export function collect(): void {
  const fn = (globalThis as { gc?: () => void }).gc;
  if (typeof fn !== 'function') return;
  for (let i = 0; i < 3; i++) fn();
}

export function memory(): MemorySample {
  const m = process.memoryUsage();
  return { rssMb: m.rss / MB, heapMb: m.heapUsed / MB, externalMb: m.external / MB };
}

/** Memory after a full collection. */
export function settledMemory(): MemorySample {
  collect();
  return memory();
}
