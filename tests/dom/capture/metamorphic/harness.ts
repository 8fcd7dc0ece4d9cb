import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { extractInvoices } from '../../../../lib/capture';
import type { DetectedInvoice } from '../../../../lib/core';
import { loadPage, OWN_FIXTURES, SHARED_FIXTURES } from '../load-fixture';
import { DECORATIONS } from './decorate';
import { Rng, type PageFacts, type Transform } from './dom';
import { FORMATS } from './formats';
import { STRUCTURES } from './structure';

export const TRANSFORMS: readonly Transform[] = [...DECORATIONS, ...STRUCTURES, ...FORMATS];

/** A fixture page: its id (path under the fixtures, `shared/…` for the shared ones), its file, the day its tests read it on. */
export interface PageCase {
  id: string;
  file: string;
  today: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
    });
}

/** The day each folder's own test reads its pages on (relative dates and plausibility depend on it). */
const todayOf = (id: string) => (/blind[3-9]/.test(id) ? '2026-12-03' : '2026-11-22');

/** Every fixture page: single-invoice pages (`details`) or the rest (`lists`: lists, cards, statements, real ERP pages). */
export function fixturePages(kind: 'lists' | 'details'): PageCase[] {
  const own = htmlFiles(OWN_FIXTURES).map((file) => ({ id: path.relative(OWN_FIXTURES, file), file }));
  const shared = htmlFiles(SHARED_FIXTURES).map((file) => ({ id: `shared/${path.relative(SHARED_FIXTURES, file)}`, file }));
  return [...own, ...shared]
    .filter((p) => /(^|\/)details?[-/]/.test(p.id) === (kind === 'details'))
    .map((p) => ({ ...p, today: todayOf(p.id) }));
}

/** What capture reads from a page untouched, read once per page. */
export interface LoadedPage {
  facts: PageFacts;
  today: string;
}

const loaded = new Map<string, LoadedPage>();
export function loadCase(page: PageCase): LoadedPage {
  let hit = loaded.get(page.id);
  if (!hit) {
    const doc = loadPage(page.file);
    const locale = doc.documentElement.getAttribute('lang') ?? 'en';
    const invoices = extractInvoices(doc, { today: page.today });
    hit = { today: page.today, facts: { lang: locale.slice(0, 2).toLowerCase() || 'en', locale, invoices } };
    loaded.set(page.id, hit);
  }
  return hit;
}

export const FIELDS = ['clientName', 'clientEmail', 'total', 'amountDue', 'issueDate', 'dueDate', 'status', 'kind'] as const;

/** One way the transformed page reads differently: an invoice missing or extra, or a field of one changed. */
export interface Difference {
  /** `missing`, `extra`, or the field. */
  what: string;
  detail: string;
}

/** What a transformed page reads differently from the untouched one, invoices matched by number. */
export function differences(before: readonly DetectedInvoice[], after: readonly DetectedInvoice[]): Difference[] {
  const out: Difference[] = [];
  const byNumber = new Map(after.map((i) => [i.number, i]));
  for (const b of before) {
    const a = byNumber.get(b.number);
    if (!a) {
      out.push({ what: 'missing', detail: b.number });
      continue;
    }
    for (const f of FIELDS) {
      if (JSON.stringify(a[f]) !== JSON.stringify(b[f]))
        out.push({ what: f, detail: `${b.number}.${f}: ${JSON.stringify(b[f])} → ${JSON.stringify(a[f])}` });
    }
  }
  const numbers = new Set(before.map((i) => i.number));
  for (const a of after) if (!numbers.has(a.number)) out.push({ what: 'extra', detail: a.number });
  return out;
}

/**
 * One run: the page parsed afresh, the transform applied with the seed's choices, the copy read.
 * Parsed, not cloned: happy-dom's `Document.cloneNode` gives a document capture reads differently
 * from the parsed one (wrong columns on a third of the list pages).
 */
export function runCase(page: PageCase, transform: Transform, seed: number): { changed: number; diffs: Difference[] } {
  const { facts, today } = loadCase(page);
  const copy = loadPage(page.file);
  const changed = transform.apply(copy, new Rng(seed), facts);
  const diffs = changed ? differences(facts.invoices, extractInvoices(copy, { today })) : [];
  // happy-dom keeps parsed documents reachable: emptied, a thousand runs fit in a worker's heap.
  copy.documentElement.replaceChildren();
  return { changed, diffs };
}

/** The kinds of difference of a run, sorted and unique: what the known-failures list records. */
export const kinds = (diffs: readonly Difference[]) => [...new Set(diffs.map((d) => d.what))].sort();

/**
 * The runs of a suite, drawn by fast-check from a fixed seed: every page with every transform once
 * (`full`), or for each transform `perTransform` of those runs. A run's choices depend only on its
 * transform and page, so a usual run is a subset of the full one, whose differences
 * known-failures.ts records.
 */
export function plan(pages: readonly PageCase[], perTransform: number | 'full', seed: number): [PageCase, Transform, number][] {
  return TRANSFORMS.flatMap((t, i) => {
    const seeds = fc.sample(fc.integer(), { seed: seed + i, numRuns: pages.length });
    const chosen =
      perTransform === 'full'
        ? pages.map((_, j) => j)
        : [...new Set(fc.sample(fc.nat(pages.length - 1), { seed: seed + 1000 + i, numRuns: perTransform }))];
    return chosen.map((j): [PageCase, Transform, number] => [pages[j]!, t, seeds[j]!]);
  });
}
