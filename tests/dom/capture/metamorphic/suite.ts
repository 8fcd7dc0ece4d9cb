import { writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { fixturePages, kinds, plan, runCase, TRANSFORMS } from './harness';

/** Runs per transform in a usual test run: bounded by count, so the suite costs the same on any machine. */
const PER_TRANSFORM = 5;
const SEED = 20261203;

/**
 * The metamorphic suite of one kind of page: each run transforms a fixture page in a way a person
 * does not notice and expects capture to read the same invoices as from the untouched page,
 * except the kinds of difference `known` still records for that transform and page (key
 * `<transform> <page id>`). `RELANCE_METAMORPHIC=full` runs every page with every transform
 * (minutes) and prints the table of differences.
 */
export function metamorphicSuite(kind: 'lists' | 'details', known: Readonly<Record<string, readonly string[]>>): void {
  const full = process.env.RELANCE_METAMORPHIC === 'full';
  const runs = plan(fixturePages(kind), full ? 'full' : PER_TRANSFORM, SEED);
  const applied = new Map(TRANSFORMS.map((t) => [t.name, 0]));
  const table: string[] = [];
  afterAll(() => {
    const total = [...applied.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `Metamorphic ${kind}: ${runs.length} runs drawn, ${total} changed a page, ${table.length} read it differently`,
      ...table.sort(),
    ];
    console.log(lines.join('\n'));
    // The full run's table is long: RELANCE_METAMORPHIC_OUT=<dir> keeps it whole in a file.
    const out = process.env.RELANCE_METAMORPHIC_OUT;
    if (out) writeFileSync(`${out}/metamorphic-${kind}.txt`, `${lines.join('\n')}\n`);
  });

  it.each(runs.map(([page, t, seed]) => [`${t.name} × ${page.id}`, page, t, seed] as const))('%s', (_, page, t, seed) => {
    const { changed, diffs } = runCase(page, t, seed);
    if (changed) applied.set(t.name, applied.get(t.name)! + 1);
    if (diffs.length)
      table.push(
        `${page.id} | ${t.name} | ${kinds(diffs).join(', ')} | ${diffs
          .slice(0, 2)
          .map((d) => d.detail)
          .join('; ')}`,
      );
    const allowed = known[`${t.name} ${page.id}`] ?? [];
    expect(
      kinds(diffs).filter((k) => !allowed.includes(k)),
      diffs.map((d) => d.detail).join('\n'),
    ).toEqual([]);
  });

  it('changed a page with every transform at least once', () => {
    expect([...applied].filter(([, n]) => n === 0).map(([name]) => name)).toEqual([]);
  });
}
