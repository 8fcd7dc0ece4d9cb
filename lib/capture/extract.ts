import type { DetectedInvoice } from '../core';
import type { Recipe } from '../core/recipe';
import type { Candidate, ReadHints } from './candidate';
import type { extractFromJsonLd, extractFromMicrodata } from './from-structured';
import type { extractFromRecords, readTableRecords } from './records';
import { titledInvoiceNumber } from './from-detail';
import { gridReport, planGrid, type GridPlan, type GridReport } from './from-grid';
import { extractWithRecipe } from './from-recipe';
import { findGrids, withDetachedHeader, type Grid } from './grid';
import { mergeInto } from './merge';
import { openModal } from './modal';
import { pageCurrency, pageLanguage } from './page';
import { indexPage } from './page-index';
import { isValidDetected } from './validate';
import { stripBidi } from '../parse/normalize';

export type { Candidate, Method } from './candidate';
export type { GridReport } from './from-grid';

/**
 * The single-invoice reader (lib/capture/detail-reader.ts): merges the page's own invoice into
 * `byNumber` when the page is one invoice's, and says whether it is.
 */
export type DetailReader = (
  root: ParentNode,
  hints: ReadHints,
  byNumber: Map<string, Candidate>,
  titled: string | undefined,
  fromTable: Map<string, Element>,
  cards: ReadonlySet<string>,
) => boolean;

/**
 * Readers only some pages need. lib/capture/index.ts registers them all (the full capture, for
 * every caller but one); the portal content script registers none, and loads one when a page
 * needs it (ChunkOptions.load), so that the script every page of a portal runs stays small.
 */
export interface Readers {
  /** A page that may be one invoice's: few or no invoices in lists, or a title naming another. */
  detail?: DetailReader;
  /** schema.org `Invoice`s (lib/capture/from-structured.ts): a page with JSON-LD that may hold one, or such microdata. */
  structured?: { jsonld: typeof extractFromJsonLd; microdata: typeof extractFromMicrodata };
  /** Repeated records (lib/capture/records.ts): a page whose tables gave nothing, or a table without a header. */
  records?: { page: typeof extractFromRecords; table: typeof readTableRecords };
}
export type ReaderName = keyof Readers;
const readers: Readers = {};

/** Registers readers (or unregisters one, given `undefined`): every extraction from now on uses them. */
export function registerReaders(more: Readers): void {
  Object.assign(readers, more);
}

const none = (): Candidate[] => [];

/** What a step of the extraction yields: nothing, or the name of a reader it needs and lacks (see ChunkOptions.load). */
type Step = ReaderName | undefined;

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

/** Beyond this many invoices a page is read in its first rows only: no portal shows more at once. */
export const MAX_INVOICES = 10_000;
/** Rows read between two chances to yield to the page. */
const ROWS_PER_STEP = 64;
/** Rows listed between two chances: listing touches each row once, reading touches its cells. */
const ROWS_PER_LISTING = 1024;
/** At most this many invoices found elsewhere, a page may still be one invoice's. */
export const FEW = 3;
/** Rows of a table that may be a single-invoice page's labels and values rather than a list. */
const SHORT_TABLE = 40;

/** How a page was read: for debugging a portal, and for the teach-mode prompt. */
export interface ExtractionReport {
  lang?: string;
  currency?: string;
  recipe?: string;
  structured: { jsonld: number; microdata: number };
  grids: GridReport[];
  detail: boolean;
  found: number;
}

/**
 * The whole extraction as steps: it yields between units of work (a grid's plan, a slice of rows,
 * a slice of the final checks), so that one driver can run it to the end at once and another can
 * give the page back its main thread between slices. Same steps, same result.
 */
function* extraction(root: ParentNode, context: CaptureContext, report?: ExtractionReport): Generator<Step, Candidate[]> {
  // An open modal dialog is what the person reads: its invoices alone, the whole page when it shows none.
  const modal = openModal(root);
  if (modal) {
    const own: ExtractionReport = { structured: { jsonld: 0, microdata: 0 }, grids: [], detail: false, found: 0 };
    const inModal = yield* readRoot(modal, { ...context, lang: pageLanguage(root, context.lang) }, own);
    if (inModal.length) {
      if (report) Object.assign(report, own);
      return inModal;
    }
  }
  return yield* readRoot(root, context, report);
}

/** The extraction of one root: the page, or the modal dialog open on it. */
function* readRoot(root: ParentNode, context: CaptureContext, report?: ExtractionReport): Generator<Step, Candidate[]> {
  const lang = pageLanguage(root, context.lang);
  const index = indexPage(root);
  const grids = findGrids(root, index.grids);
  // The first rows of the page's grids as they are now, in the same step as the walk that found
  // them (all of a usual page's): a header the page removes later was still seen.
  for (let budget = ROWS_PER_LISTING, i = 0; i < grids.length && budget > 0; i++) {
    const before = grids[i]!.rows.length;
    grids[i]!.more(budget);
    budget -= grids[i]!.rows.length - before;
  }
  yield;
  // The page's currency only when an amount shows no mark (a memo: `null` until it is counted).
  let counted: string | undefined | null = null;
  const hints: ReadHints = {
    lang,
    today: context.today,
    currency: context.currency,
    pageCurrency: () => (counted === null ? (counted = pageCurrency(root, lang)) : counted),
  };
  if (report) Object.assign(report, { lang, currency: context.currency ?? hints.pageCurrency!() });
  const byNumber = new Map<string, Candidate>();
  const fromTable = new Map<string, Element>();
  const finish = function* (): Generator<Step, Candidate[]> {
    const out: Candidate[] = [];
    let i = 0;
    for (const c of byNumber.values()) {
      if (isValidDetected(c)) out.push(c);
      if ((++i & 511) === 0) yield;
    }
    if (report) report.found = out.length;
    return out;
  };

  for (const recipe of context.recipes ?? []) {
    for (const c of extractWithRecipe(root, recipe, hints)) if (byNumber.size < MAX_INVOICES) mergeInto(byNumber, c);
    const taught = yield* finish();
    if (taught.length) {
      if (report) report.recipe = recipe.id;
      return taught;
    }
    byNumber.clear();
  }
  yield;
  // A JSON-LD block names an Invoice type in letters or in JSON's \u escapes; microdata's selector names it.
  const structured = index.microdata.length > 0 || index.jsonld.some((s) => /Invoice|\\u/.test(s.textContent ?? ''));
  if (structured && !readers.structured) yield 'structured';
  const jsonld = (structured && readers.structured?.jsonld(root, hints, index.jsonld)) || [];
  const microdata = (structured && readers.structured?.microdata(root, hints, index.microdata)) || [];
  if (report) report.structured = { jsonld: jsonld.length, microdata: microdata.length };
  for (const c of [...jsonld, ...microdata]) mergeInto(byNumber, c);
  const state: GridsState = { byNumber, fromTable, listed: false, hints, report };
  for (let g = 0; g < grids.length && byNumber.size < MAX_INVOICES; g++) yield* readGrid(grids[g]!, grids[g - 1], state);
  // Repeated records beyond tables (cards, list items, rows that label their own cells).
  const cards = new Set<string>();
  if (byNumber.size === 0) {
    yield readers.records ? undefined : 'records';
    for (const c of readers.records?.page(root, hints) ?? []) {
      mergeInto(byNumber, c);
      cards.add(c.number);
    }
  }
  // A single-invoice page: nothing else found, its title names an invoice the lists do not hold,
  // so few found that they may be the page's own invoice and its references read as a table, or
  // all found in short tables that may be its line items and totals read as a list.
  const titled = byNumber.size === 0 ? undefined : titledInvoiceNumber(root, index.titles);
  const short = byNumber.size > 0 && [...byNumber.keys()].every((n) => fromTable.has(n) || cards.has(n));
  if (((byNumber.size <= FEW || short) && !state.listed) || (titled && !byNumber.has(titled))) {
    yield readers.detail ? undefined : 'detail';
    if (readers.detail?.(root, hints, byNumber, titled, fromTable, cards) && report) report.detail = true;
  }
  return yield* finish();
}

/** What reading the page's grids builds up: the invoices, the short tables they came from, whether a real list was seen. */
interface GridsState {
  byNumber: Map<string, Candidate>;
  fromTable: Map<string, Element>;
  listed: boolean;
  hints: ReadHints;
  report?: ExtractionReport;
}

/** One grid read into `s`, in slices: its rows as records when they label their own cells, else by its column plan. */
function* readGrid(start: Grid, previous: Grid | undefined, s: GridsState): Generator<Step, void> {
  const { byNumber, fromTable, hints, report } = s;
  // Rows listed in steps; rows the page adds or removes meanwhile are read or skipped as they come.
  while (start.more(ROWS_PER_LISTING)) yield;
  yield;
  const grid = withDetachedHeader(start, previous) ?? start;
  const gr = gridReport(grid);
  let plan = planGrid(grid, hints, gr);
  // A table with no header whose rows label their own cells ("échéance 30/09/2026") is read as records.
  if (gr.headerless && !readers.records) yield 'records';
  const records = gr.headerless
    ? (readers.records?.table ?? none)(
        grid.element,
        grid.rows.map((r) => r.element),
        grid.hidden,
        hints,
      )
    : [];
  if (records.length) {
    for (const c of records) mergeInto(byNumber, c);
    if (grid.rows.length <= SHORT_TABLE) for (const c of records) fromTable.set(c.number, grid.element);
    [plan, gr.found, gr.rejected] = [null, records.length, 'no header: rows read as records'];
    // Several rows that each say what their cells hold: a list too.
    if (records.length >= 2) s.listed = true;
  }
  if (plan) {
    // The plan and the table-wide walks in separate slices: each alone is long on a long list.
    yield;
    plan.prepare();
  }
  let found = 0;
  const before = byNumber.size;
  for (let i = 0; plan && i < plan.rows.length && byNumber.size < MAX_INVOICES; i += ROWS_PER_STEP) {
    found += readRows(plan, i, i + ROWS_PER_STEP, byNumber);
    if (i + ROWS_PER_STEP < plan.rows.length) yield;
  }
  // Invoices from a short table: maybe a single-invoice page's table of labels (see mergeDetail).
  if (found > 0 && plan!.rows.length <= SHORT_TABLE && byNumber.size <= 4 * SHORT_TABLE)
    for (const n of [...byNumber.keys()].slice(before)) fromTable.set(n, grid.element);
  if (plan) gr.found = found;
  // Several invoices under a header that names four fields or more: a list, not a detail page's layout.
  if (found >= 2 && (gr.headerRow ?? -1) >= 0 && Object.keys(gr.columns ?? {}).length >= 4) s.listed = true;
  // One-row tables (Dolibarr nests one in every reference cell) are noise in a report.
  if (report && grid.rows.length > 1) report.grids.push(gr);
}

/**
 * Rows `from` to `to` of a grid, merged into `byNumber`; how many were invoices. A plain function,
 * not a loop inside the generator: V8 optimises it while it runs, where the generator's own loop
 * stayed slow for the first slices of a long list.
 */
function readRows(plan: GridPlan, from: number, to: number, byNumber: Map<string, Candidate>): number {
  let found = 0;
  for (let i = from; i < to && i < plan.rows.length && byNumber.size < MAX_INVOICES; i++) {
    const c = plan.read(plan.rows[i]!);
    if (c) {
      mergeInto(byNumber, c);
      found++;
    }
  }
  return found;
}

function runToEnd<T>(steps: Generator<Step, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Candidates without `method`, copied key by key: a rest spread per invoice costs more on 10,000 of
 * them. Every text leaves without bidirectional controls, whichever reader (JSON-LD, attributes,
 * cells) it came from.
 */
function strip(candidates: Candidate[]): DetectedInvoice[] {
  return candidates.map((c) => {
    const invoice: Record<string, unknown> = {};
    for (const key in c) {
      if (key === 'method') continue;
      const value = c[key as keyof Candidate];
      invoice[key] = typeof value === 'string' ? stripBidi(value) : value;
    }
    return invoice as unknown as DetectedInvoice;
  });
}

/**
 * Every customer invoice a page shows, with how each was read (`method`): schema.org data,
 * tables and ARIA grids, or, when those give nothing, the label/value pairs of a single-invoice
 * page. Reads text only; never runs or inserts anything. Each result has the shape
 * DetectedInvoiceSchema accepts.
 */
export function extractInvoicesDetailed(root: ParentNode, context: CaptureContext = {}): Candidate[] {
  return runToEnd(extraction(root, context));
}

/** The capture contract of DESIGN.md: `DetectedInvoice`s without the internals. */
export function extractInvoices(root: ParentNode, context: CaptureContext = {}): DetectedInvoice[] {
  return strip(extractInvoicesDetailed(root, context));
}

/** The same extraction, with what was decided about every grid: columns, captions, rejections. */
export function explainExtraction(root: ParentNode, context: CaptureContext = {}): { invoices: Candidate[]; report: ExtractionReport } {
  const report: ExtractionReport = { structured: { jsonld: 0, microdata: 0 }, grids: [], detail: false, found: 0 };
  const invoices = runToEnd(extraction(root, context, report));
  return { invoices, report };
}

export interface ChunkOptions {
  /** Longest stretch of work before yielding to the page, in ms (a long task is > 50 ms). */
  budgetMs?: number;
  /** How to give the page its main thread back; an idle callback by default (see defaultYield). */
  yieldToPage?: () => Promise<void>;
  /** The clock slices are measured with; `performance.now` by default. */
  now?: () => number;
  /**
   * Registers a reader the page needs and that is not registered yet (registerReaders), then resolves;
   * the extraction goes on with it, or without it if it is still missing. Unset: without it.
   */
  load?: (reader: ReaderName) => Promise<void>;
}

/**
 * Idle time, not just a turn of the event loop: on a page of 10,000 rows the browser finishes its
 * garbage collection there, where it would otherwise stop one of our slices for 150 ms (measured
 * in Chromium: slices of ≤ 45 ms with idle yields, up to 290 ms with `setTimeout(0)`). The timeout
 * keeps a page that is never idle from stalling the capture.
 */
function defaultYield(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}

/**
 * The same result as extractInvoices, computed in slices of about `budgetMs` so that the page
 * stays responsive on lists of thousands of rows: the content script's entry point. If the page
 * changes between slices, rows already read are kept and rows removed are simply not read.
 */
export async function extractInvoicesChunked(
  root: ParentNode,
  context: CaptureContext = {},
  options: ChunkOptions = {},
): Promise<DetectedInvoice[]> {
  const { budgetMs = 15, yieldToPage = defaultYield, now = () => performance.now(), load } = options;
  const steps = extraction(root, context);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return strip(step.value);
    if (step.value && load) {
      await load(step.value);
      sliceStart = now();
    } else if (now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
}
