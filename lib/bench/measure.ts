export interface Measurement {
  name: string;
  runs: number;
  median: number;
  min: number;
  max: number;
  target?: number;
  note?: string;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; times in milliseconds. */
export async function measure(
  name: string,
  fn: (run: number) => unknown,
  { runs = 7, warmup = 1, target, note }: { runs?: number; warmup?: number; target?: number; note?: string } = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { name, runs, median, min: times[0]!, max: times.at(-1)!, target, note };
}
