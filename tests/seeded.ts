/**
 * A small seeded generator (mulberry32) for generated test cases: the same cases on every run, and
 * a failing seed replays exactly. With the little helpers the generators share.
 */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Two digits: a day or a month. */
export const pad = (n: number) => String(n).padStart(2, '0');
/** An integer with `sep` between its groups of three digits. */
export const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** A calendar date `days` later. */
export const isoPlus = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
