import { performance } from 'node:perf_hooks';

/** Median, 95th percentile and max of a list of timings in milliseconds. */
export function summarize(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN };
}

/** Wall time of an async action, in milliseconds. */
export async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Timings of `times` runs of an action, one after the other (never overlapping, so none waits on another). */
export async function repeat(times: number, action: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) samples.push(await timed(action));
  return samples;
}

/** One row of the printed table. */
export interface BenchRow {
  what: string;
  figure: string;
  note: string;
}

/** Prints rows as an aligned table. */
export function printTable(rows: BenchRow[]): void {
  const header: BenchRow = { what: 'measure', figure: 'figure', note: 'note' };
  const width = (key: keyof BenchRow) => Math.max(...[header, ...rows].map((row) => row[key].length));
  const line = (row: BenchRow) => `${row.what.padEnd(width('what'))}  ${row.figure.padStart(width('figure'))}  ${row.note}`;
  console.log(line(header));
  console.log(`${'-'.repeat(width('what'))}  ${'-'.repeat(width('figure'))}  ${'-'.repeat(width('note'))}`);
  for (const row of rows) console.log(line(row));
}
