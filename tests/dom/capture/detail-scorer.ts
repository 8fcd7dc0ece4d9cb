import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The scorer of the held-out single-invoice sets (details-blind3, details-blind4): each page
 * `<page>.html` has `<page>.json` beside it with `expected` (fields the page shows) and `absent`
 * (fields it does not show, which must stay empty); fields the page leaves ambiguous are in neither.
 * `expected: null` is a page that shows no invoice to chase (a pro-forma): it must give nothing.
 */
export interface Expectation {
  expected: Record<string, unknown> | null;
  absent: string[];
}

/** Every page of a set with its expectation, sorted by name. */
export function readCases(dir: string): [page: string, expectation: Expectation][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((page) => [page, JSON.parse(readFileSync(path.join(dir, page.replace(/\.html$/, '.json')), 'utf8')) as Expectation]);
}

/** Fields right (shown ones equal, absent ones empty) of the invoice whose number is the page's, and which are wrong. */
export function score(found: Record<string, unknown>[], { expected, absent }: Expectation) {
  if (!expected) return { total: 0, wrong: found.length ? ['should give nothing'] : [] };
  const invoice = found.find((f) => f.number === expected.number) ?? {};
  const wrong = [
    ...Object.keys(expected).filter((k) => JSON.stringify(invoice[k]) !== JSON.stringify(expected[k])),
    ...absent.filter((k) => invoice[k] !== undefined),
  ];
  return { total: Object.keys(expected).length + absent.length, wrong };
}

export interface RoundTotals {
  pages: number;
  exact: number;
  found: number;
  fields: number;
  right: number;
  /** Pages that must give nothing (no invoice expected of them). */
  none?: number;
}

/** Adds one page's result to its round's totals and returns the row to print. */
export function tally(totals: RoundTotals, page: string, found: Record<string, unknown>[], expectation: Expectation): string {
  const { total, wrong } = score(found, expectation);
  const { expected } = expectation;
  if (!expected) {
    totals.pages++;
    totals.none = (totals.none ?? 0) + 1;
    totals.found += found.length;
    return `${page} | ${found.map((f) => f.number).join(', ') || '—'} | 0/0 | ${wrong.join(' ')}`;
  }
  const hit = found.some((f) => f.number === expected.number);
  totals.pages++;
  totals.found += found.length;
  totals.exact += hit ? 1 : 0;
  totals.fields += total;
  const right = hit ? total - wrong.length : 0;
  totals.right += right;
  return `${page} | ${found.map((f) => f.number).join(', ') || '—'} | ${right}/${total} | ${hit ? wrong.join(' ') : 'not found'}`;
}

/** A round's line: invoices F1 (one expected invoice a page, none on a page that shows none) and the share of fields right. */
export function roundLine(round: string, t: RoundTotals): string {
  const f1 = (2 * t.exact) / (t.found + t.pages - (t.none ?? 0));
  return `round ${round} | pages ${t.pages} | invoices F1 ${f1.toFixed(2)} | fields ${t.right}/${t.fields} (${(t.right / t.fields).toFixed(2)})`;
}
