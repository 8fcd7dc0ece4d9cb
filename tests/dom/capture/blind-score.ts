import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The scorer of the held-out list rounds (blind3, blind4): shared, so every round is measured alike. */
export type Expected = Record<string, unknown> & { number: string };

/** Each page of a round with the invoices written down beside it (`page.json`), sorted by name. */
export function readBlindPages(dir: string): [page: string, expected: Expected[]][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((page) => [page, JSON.parse(readFileSync(path.join(dir, page.replace(/\.html$/, '.json')), 'utf8')) as Expected[]]);
}

export interface Score {
  found: number;
  right: number;
  expected: number;
  fields: number;
  fieldsRight: number;
  misses: string[];
}

/** Invoices matched by number; every field written down for an invoice counts, its number included. */
export function score(found: Record<string, unknown>[], expected: Expected[]): Score {
  const byNumber = new Map(found.map((f) => [f.number as string, f]));
  const s: Score = { found: found.length, right: 0, expected: expected.length, fields: 0, fieldsRight: 0, misses: [] };
  for (const e of expected) {
    const f = byNumber.get(e.number);
    if (f) s.right++;
    for (const [key, want] of Object.entries(e)) {
      s.fields++;
      if (f && JSON.stringify(f[key]) === JSON.stringify(want)) s.fieldsRight++;
      else s.misses.push(`${e.number}.${key}: want ${JSON.stringify(want)} got ${f ? JSON.stringify(f[key]) : 'no invoice'}`);
    }
  }
  const wanted = new Set(expected.map((e) => e.number));
  for (const f of found) if (!wanted.has(f.number as string)) s.misses.push(`extra ${String(f.number)}`);
  return s;
}

export const f1 = (s: { found: number; right: number; expected: number }) => (s.right === 0 ? 0 : (2 * s.right) / (s.found + s.expected));
