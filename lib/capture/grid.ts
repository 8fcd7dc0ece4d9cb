import { GRID_SELECTOR } from './page-index';
import { textOf } from './text';

/**
 * A table or an ARIA grid as rows of cells, each cell at its column position (colspans expanded),
 * without the cells of tables nested inside (Dolibarr nests one in every reference cell).
 */
export interface GridRow {
  element: Element;
  /** cells[i] is the cell that starts at column i; undefined where a spanning cell covers it. */
  cells: (Element | undefined)[];
  isHeader: boolean;
}

export interface Grid {
  element: Element;
  /** The rows listed so far: all of them once `more` has said none are left. */
  rows: GridRow[];
  /**
   * Lists up to `max` more rows; whether any are left. A list of thousands is listed over several
   * steps: touching a row for the first time costs the browser a wrapper for it.
   */
  more(max: number): boolean;
  method: 'table' | 'grid';
  /** Inside a `hidden`, `aria-hidden` or inline `display: none` subtree: a mobile copy, a closed tab. */
  hidden: boolean;
  /** What the grid says about itself: `<caption>`, `aria-label(ledby)`, the nearest heading before it. */
  caption(): string;
}

const HEADER_ROLES = new Set(['columnheader', 'rowheader']);
/** Cells read per row: a hostile row of 100,000 cells costs no more than this. */
const MAX_CELLS = 200;
const CELL_ROLES = new Set(['gridcell', 'cell', 'columnheader', 'rowheader']);

/**
 * Hidden by markup alone. Layout (getComputedStyle, offsetParent) would be exact but forces a
 * style recalculation per call; a duplicate that is hidden by a stylesheet is instead merged by
 * its invoice number.
 */
export const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend';

// Children, not `row.cells`: some DOM implementations (happy-dom) return nested tables' cells
// there too, and the children walk costs the same.
/** The row's own cells at their column positions: one array, spans expanded as they come. */
function ownCells(row: Element, aria: boolean, spans: boolean): (Element | undefined)[] {
  const out: (Element | undefined)[] = [];
  let count = 0;
  // Sibling pointers rather than iterating the live `children` collection: half the cost per row.
  for (let child = row.firstElementChild; child && count < MAX_CELLS; child = child.nextElementSibling) {
    if (aria ? !CELL_ROLES.has(child.getAttribute('role') ?? '') : child.localName !== 'td' && child.localName !== 'th') continue;
    count++;
    out.push(child);
    if (spans) for (let i = aria ? spanOf(child) : cellSpan(child as HTMLTableCellElement); i > 1; i--) out.push(undefined);
  }
  return out;
}

/** A td's or th's span, read from the property without asking whether it has one. */
function cellSpan(cell: HTMLTableCellElement): number {
  const n = cell.colSpan;
  return n > 1 ? Math.min(50, Math.trunc(n)) : n === undefined ? spanOf(cell) : 1;
}

export function spanOf(cell: Element): number {
  // The `colSpan` property: one native read instead of two attribute lookups per cell.
  const n = 'colSpan' in cell ? (cell as HTMLTableCellElement).colSpan : Number(cell.getAttribute('aria-colspan') ?? 1);
  return n > 1 ? Math.min(50, Math.trunc(n)) : 1;
}

/**
 * Rows that belong to this table itself (thead/tbody/tfoot or direct), not to a nested one, one at
 * a time: `rows` is the browser's own list (thead first, tfoot last), read by index so that only
 * the rows asked for are touched. Some DOM implementations (happy-dom) put nested tables' rows in
 * it too, hence the parent check.
 */
function* tableRows(table: Element): Generator<Element> {
  const rows = (table as HTMLTableElement).rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const parent = row.parentElement;
    if (parent === table || parent?.parentElement === table) yield row;
  }
}

/** A row whose cells are read only when asked: a 10,000-row table costs nothing until read. */
class LazyRow implements GridRow {
  #cells?: (Element | undefined)[];
  #header?: boolean;
  /** The same row's other pieces, in document order: grids with pinned columns draw each row in two or three panes. */
  #more?: Element[];
  constructor(
    readonly element: Element,
    private readonly aria: boolean,
    /** Whether any cell of the grid spans columns: most tables have none, and reading each cell's span costs. */
    private readonly spans: boolean,
  ) {}
  get cells(): (Element | undefined)[] {
    if (!this.#cells) {
      this.#cells = ownCells(this.element, this.aria, this.spans);
      for (const piece of this.#more ?? []) this.#cells.push(...ownCells(piece, this.aria, this.spans));
    }
    return this.#cells;
  }
  /**
   * The cells with those that rows above span down into (`rowspan`: a client's name once beside
   * each of its invoices) placed at their columns, as the table model places them; `carry` holds,
   * per column, the cell spanning down and how many rows it still covers, and is updated for the next row.
   */
  placeRowSpans(carry: ({ cell: Element | undefined; left: number } | undefined)[]): void {
    const own = this.cells;
    const out: (Element | undefined)[] = [];
    for (let col = 0, k = 0; (k < own.length || carry[col]) && col < MAX_CELLS; col++) {
      const above = carry[col];
      if (above) {
        out.push(above.cell);
        carry[col] = --above.left > 0 ? above : undefined;
        continue;
      }
      const cell = own[k++];
      out.push(cell);
      const down = cell ? Math.min(1000, Math.trunc(Number(cell.getAttribute('rowspan')))) : 0;
      if (cell && down > 1) {
        carry[col] = { cell, left: down - 1 };
        // The columns a spanning cell also covers to its right are covered below it too.
        for (let c = col + 1; own[k] === undefined && k < own.length; c++, k++) carry[c] = { cell: undefined, left: down - 1 };
      }
    }
    this.#cells = out;
  }
  /** Another piece of this row (the pinned pane's cells before, the scrolling pane's after). */
  join(piece: Element): void {
    (this.#more ??= []).push(piece);
    this.#cells = undefined;
    this.#header = undefined;
  }
  /** In a thead, or made of header cells only (stops at the first data cell: most rows have one first). */
  get isHeader(): boolean {
    if (this.#header === undefined) {
      let header = !this.aria && this.element.parentElement?.tagName === 'THEAD';
      if (!header) {
        let seen = 0;
        header = true;
        for (const c of this.cells) {
          if (c === undefined) continue;
          seen++;
          if (this.aria ? !HEADER_ROLES.has(c.getAttribute('role') ?? '') : c.tagName !== 'TH') {
            header = false;
            break;
          }
        }
        header &&= seen > 0;
      }
      this.#header = header;
    }
    return this.#header;
  }
}

/** The nearest heading before an element: its previous siblings, then its ancestors' (a few steps each). */
export function headingBefore(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    let sib = node.previousElementSibling;
    for (let step = 0; sib && step < 4; step++, sib = sib.previousElementSibling) {
      if (sib.matches(HEADING)) return textOf(sib);
      const inner = sib.querySelectorAll(HEADING);
      const last = inner[inner.length - 1];
      if (last) return textOf(last);
    }
  }
  return '';
}

function captionOf(el: Element): string {
  const parts: string[] = [];
  // `caption` is the table's own: a query would walk the whole table for it.
  const caption = el.tagName === 'TABLE' ? [...el.children].find((c) => c.tagName === 'CAPTION') : undefined;
  if (caption) parts.push(textOf(caption));
  const label = el.getAttribute('aria-label');
  if (label) parts.push(label.slice(0, 200));
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = el.ownerDocument;
    for (const id of labelledBy.split(/\s+/).slice(0, 3)) parts.push(textOf(doc.getElementById(id)).slice(0, 200));
  }
  parts.push(headingBefore(el).slice(0, 200));
  return parts.filter(Boolean).join(' · ');
}

function makeGrid(element: Element, source: Iterator<Element>, method: 'table' | 'grid'): Grid {
  let caption: string | undefined;
  const rows: GridRow[] = [];
  // ARIA rows by `aria-rowindex`: two row elements at one index are one row drawn in several panes.
  const byIndex = method === 'grid' ? new Map<string, LazyRow>() : undefined;
  let done = false;
  // One query for the whole grid (for a table, a bare attribute: Blink answers it from a fast path).
  const spans = element.querySelector(method === 'grid' ? '[aria-colspan], [colspan]' : '[colspan]') !== null;
  // Cells spanning rows, carried from row to row: only tables that have one pay for it.
  const carry = method === 'table' && element.querySelector('[rowspan]') !== null ? [] : undefined;
  return {
    element,
    rows,
    more(max: number): boolean {
      for (let n = 0; !done && n < max; n++) {
        const next = source.next();
        if (next.done) done = true;
        else {
          const index = byIndex && next.value.getAttribute('aria-rowindex');
          const same = index ? byIndex!.get(index) : undefined;
          if (same) same.join(next.value);
          else {
            const row = new LazyRow(next.value, method === 'grid', spans);
            // A header's stacked rows are laid out by headerLayout, which reads their spans itself.
            if (carry && next.value.parentElement?.tagName !== 'THEAD') row.placeRowSpans(carry);
            if (index && byIndex!.size < 100_000) byIndex!.set(index, row);
            rows.push(row);
          }
        }
      }
      return !done;
    },
    method,
    hidden: element.closest(HIDDEN) !== null,
    caption: () => (caption ??= captionOf(element)),
  };
}

/** A table as a grid; its rows are listed by `more`. */
export function gridFromTable(table: Element): Grid {
  return makeGrid(table, tableRows(table), 'table');
}

/** The rows of an ARIA grid, not of a grid nested in it: one query, whose rows are touched only when listed. */
function* ariaRows(grid: Element): Generator<Element> {
  const all = grid.querySelectorAll('[role="row"]');
  for (let i = 0; i < all.length; i++) {
    const row = all[i]!;
    if (row.closest('[role="grid"], [role="table"], [role="treegrid"]') === grid) yield row;
  }
}

/** An ARIA grid (`role=grid`, `treegrid`, `table`) as a grid; its rows are listed by `more`. */
export function gridFromAria(grid: Element): Grid {
  return makeGrid(grid, ariaRows(grid), 'grid');
}

/** Every table and ARIA grid of the page, in document order within each kind. */
export function findGrids(root: ParentNode, candidates: Iterable<Element> = root.querySelectorAll(GRID_SELECTOR)): Grid[] {
  const tables: Grid[] = [];
  const aria: Grid[] = [];
  // One walk of the page for both kinds; tables first, as before.
  for (const el of candidates) {
    const role = el.getAttribute('role');
    if (el.tagName === 'TABLE') {
      if (role !== 'presentation' && role !== 'none') tables.push(gridFromTable(el));
    } else aria.push(gridFromAria(el));
  }
  return [...tables, ...aria];
}

/** How far up a header drawn apart and its body may meet: a scroll wrapper or two. */
const DETACHED_DEPTH = 4;

/**
 * A grid whose header is drawn as a table of its own just before it (fixed headers: Ant Design,
 * Element, PrimeNG draw the head and the scrolling body as two tables): the body with the head's
 * rows on top, so that its columns get their names. Undefined when `head` is not only header rows,
 * does not come right before `body`, or `body` has a header of its own.
 */
export function withDetachedHeader(body: Grid, head: Grid | undefined): Grid | undefined {
  if (!head || head.rows.length === 0 || head.rows.length > 3 || !head.rows.every((r) => r.isHeader)) return undefined;
  if (body.rows.slice(0, 3).some((r) => r.isHeader)) return undefined;
  if (!(head.element.compareDocumentPosition(body.element) & 4 /* FOLLOWING */)) return undefined;
  let shared: Element | null = body.element.parentElement;
  for (let depth = 1; shared && depth < DETACHED_DEPTH && !shared.contains(head.element); depth++) shared = shared.parentElement;
  if (!shared?.contains(head.element)) return undefined;
  return { ...body, rows: [...head.rows, ...body.rows] };
}
