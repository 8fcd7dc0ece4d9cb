import type { DetectedInvoice } from '../../../../lib/core';

/**
 * What every transform may know of a page: its language and what capture read from it untouched
 * (so that a transform can find the client names, dates and amounts a person reads there).
 */
export interface PageFacts {
  /** The page's language, two letters (`fr`), `en` when it does not say. */
  lang: string;
  /** Its whole tag (`en-GB`). */
  locale: string;
  invoices: readonly DetectedInvoice[];
}

/**
 * A change to a page that leaves what a person reads as it was. `apply` changes the document in
 * place, every choice taken from `rng`, and returns how many places it changed (0: the page has
 * nothing it applies to, and the run is not counted).
 */
export interface Transform {
  name: string;
  apply(doc: Document, rng: Rng, facts: PageFacts): number;
}

/** A seeded choice maker (mulberry32): fast-check gives the seed, so a failing run replays exactly. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  /** Every item, or a random half of them: a redesign changes a whole column, a partial one some cells. */
  some<T>(list: readonly T[]): T[] {
    if (this.next() < 0.5) return [...list];
    const out = list.filter(() => this.next() < 0.5);
    return out.length || !list.length ? out : [this.pick(list)];
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

const NOT_READ = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'OPTION', 'TEXTAREA']);

/** The text nodes a person reads in the body: not code, not blank. */
export function readTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!node.nodeValue?.trim()) continue;
    if (node.parentElement?.closest('script,style,noscript,template,title,option,textarea,[hidden],[aria-hidden="true"]')) continue;
    if (NOT_READ.has(node.parentElement?.tagName ?? '')) continue;
    out.push(node);
  }
  return out;
}

const spaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The text nodes that carry a field a person reads: a figure (amounts, dates, numbers) or a client
 * name capture found. Transforms aim at them, not at the page's chrome.
 */
export function valueTextNodes(doc: Document, facts: PageFacts): Text[] {
  const names = clientNames(facts);
  return readTextNodes(doc).filter((t) => {
    const text = spaces(t.nodeValue!);
    return /\d/.test(text) || names.some((n) => text.includes(n));
  });
}

/** The client names capture read, longest first. */
export function clientNames(facts: PageFacts): string[] {
  const names = new Set(facts.invoices.map((i) => i.clientName).filter((n): n is string => !!n && n.length > 1));
  return [...names].sort((a, b) => b.length - a.length);
}

/** A new element of `doc` with attributes and children (text or elements): no HTML string is parsed. */
export function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return el;
}

/**
 * Tables of rows under a header row of column headers: not the layout tables single-invoice pages
 * nest, nor label/value tables (a label in each row's first cell), whose columns cannot move.
 */
export function dataTables(doc: Document): Element[] {
  return [...doc.querySelectorAll('table')].filter((t) => {
    if (t.querySelector('table') || t.closest('[hidden],[aria-hidden="true"]')) return false;
    const rows = ownRows(t);
    const head = rows[0] ? cellsOf(rows[0]) : [];
    return rows.length >= 3 && head.length >= 2 && head.every((c) => c.localName === 'th');
  });
}

/** Header cells of tables and ARIA grids. */
export function headerCells(doc: Document): Element[] {
  return [...doc.querySelectorAll('th, [role="columnheader"]')].filter((c) => !c.closest('[hidden],[aria-hidden="true"]'));
}

/** The rows of a table that are its own (not a nested table's), read from the markup (happy-dom's `rows` is not reliable). */
export function ownRows(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table);
}

/** A row's cells. */
export const cellsOf = (row: Element): Element[] => [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th');

const spans = (c: Element) => (c.getAttribute('colspan') ?? '1') !== '1' || (c.getAttribute('rowspan') ?? '1') !== '1';

/** A table whose rows all have the same number of cells and no spans: its columns can move. */
export function isRectangular(table: Element): boolean {
  const rows = ownRows(table);
  const n = rows[0] ? cellsOf(rows[0]).length : 0;
  return n > 1 && rows.every((r) => cellsOf(r).length === n && !cellsOf(r).some(spans));
}
