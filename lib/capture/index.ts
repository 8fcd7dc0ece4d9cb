import type { DetectedInvoice } from '../core';
import type { Recipe } from '../core/recipe';
import { extractWithRecipe } from './from-recipe';
import type { Candidate, ReadHints } from './candidate';
import { extractFromDetail } from './from-detail';
import { extractFromGrid, planGrid } from './from-grid';
import { extractFromJsonLd, extractFromMicrodata } from './from-structured';
import { findGrids } from './grid';
import { pageCurrency, pageLanguage } from './page';
import { isValidDetected } from './validate';

export type { Candidate, Method } from './candidate';

export interface CaptureContext {
  url?: string;
  lang?: string;
  /** `YYYY-MM-DD`: for relative dates ("overdue by 9 days") and plausibility. */
  today?: string;
  /** The currency of amounts shown without a mark, when the page itself does not tell. */
  currency?: string;
  /** Recipes the user taught for this site: tried first, the generic capture when they find nothing. */
  recipes?: readonly Recipe[];
}

/** Beyond this many rows a page is read in its first rows only: no portal shows more at once. */
export const MAX_INVOICES = 10_000;

/**
 * Merges what several places of a page say about one invoice (a list row and a hidden mobile
 * copy, JSON-LD and a table): the most confident source first, the others fill its gaps.
 */
function mergeByNumber(candidates: Candidate[]): Candidate[] {
  const byNumber = new Map<string, Candidate>();
  for (const c of [...candidates].sort((a, b) => b.confidence - a.confidence)) {
    const seen = byNumber.get(c.number);
    if (!seen) byNumber.set(c.number, { ...c });
    else for (const [k, v] of Object.entries(c)) if ((seen as unknown as Record<string, unknown>)[k] === undefined) (seen as unknown as Record<string, unknown>)[k] = v;
  }
  // Keep the page's order.
  const order = new Map<string, number>();
  candidates.forEach((c, i) => order.has(c.number) || order.set(c.number, i));
  return [...byNumber.values()].sort((a, b) => order.get(a.number)! - order.get(b.number)!);
}

/**
 * Every customer invoice a page shows, from schema.org data, tables and ARIA grids, or, when
 * those give nothing, from the label/value pairs of a single-invoice page. Reads text only;
 * never runs or inserts anything. Each result has the shape DetectedInvoiceSchema accepts.
 */
export function extractInvoicesDetailed(root: ParentNode, context: CaptureContext = {}): Candidate[] {
  const lang = pageLanguage(root, context.lang);
  const hints: ReadHints = { lang, today: context.today, currency: context.currency ?? pageCurrency(root, lang) };
  for (const recipe of context.recipes ?? []) {
    const taught = extractWithRecipe(root, recipe, hints).filter(isValidDetected);
    if (taught.length) return mergeByNumber(taught).slice(0, MAX_INVOICES);
  }
  const found: Candidate[] = [...extractFromJsonLd(root, hints), ...extractFromMicrodata(root, hints)];
  for (const grid of findGrids(root)) {
    found.push(...extractFromGrid(grid, hints));
    if (found.length > MAX_INVOICES) break;
  }
  if (found.length === 0) {
    const detail = extractFromDetail(root, hints);
    if (detail) found.push(detail);
  }
  return mergeByNumber(found)
    .slice(0, MAX_INVOICES)
    .filter(isValidDetected);
}

/** The capture contract of DESIGN.md: `DetectedInvoice`s without the internals. */
export function extractInvoices(root: ParentNode, context: CaptureContext = {}): DetectedInvoice[] {
  return strip(extractInvoicesDetailed(root, context));
}

export interface ChunkOptions {
  /** Longest stretch of work before yielding to the page, in ms. */
  budgetMs?: number;
  /** How to give the event loop back; `setTimeout(0)` by default. */
  yieldToPage?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same result as extractInvoices, read in slices of at most `budgetMs` so that the page
 * stays responsive on lists of thousands of rows (no main-thread task over 50 ms).
 */
export async function extractInvoicesChunked(root: ParentNode, context: CaptureContext = {}, options: ChunkOptions = {}): Promise<DetectedInvoice[]> {
  const { budgetMs = 25, yieldToPage = defaultYield } = options;
  let sliceStart = performance.now();
  const maybeYield = async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await yieldToPage();
    sliceStart = performance.now();
  };
  const lang = pageLanguage(root, context.lang);
  const hints: ReadHints = { lang, today: context.today, currency: context.currency ?? pageCurrency(root, lang) };
  for (const recipe of context.recipes ?? []) {
    const taught = extractWithRecipe(root, recipe, hints).filter(isValidDetected);
    if (taught.length) return strip(mergeByNumber(taught).slice(0, MAX_INVOICES));
  }
  await maybeYield();
  const found: Candidate[] = [...extractFromJsonLd(root, hints), ...extractFromMicrodata(root, hints)];
  for (const grid of findGrids(root)) {
    await maybeYield();
    const plan = planGrid(grid, hints);
    if (!plan) continue;
    for (let i = 0; i < plan.rows.length && found.length <= MAX_INVOICES; i++) {
      const c = plan.read(plan.rows[i]!);
      if (c) found.push(c);
      if ((i & 63) === 63) await maybeYield();
    }
  }
  if (found.length === 0) {
    const detail = extractFromDetail(root, hints);
    if (detail) found.push(detail);
  }
  return strip(mergeByNumber(found).slice(0, MAX_INVOICES).filter(isValidDetected));
}

function strip(candidates: Candidate[]): DetectedInvoice[] {
  return candidates.map(({ method: _m, ...invoice }) => invoice);
}
