/**
 * A table or an ARIA grid as rows of cells, each cell at its column position (colspans expanded),
 * without the cells of tables nested inside (Dolibarr nests one in every reference cell).
 */
export interface GridRow {
  element: Element;
  /** cells[i] is the cell covering column i. */
  cells: (Element | undefined)[];
  isHeader: boolean;
}

export interface Grid {
  element: Element;
  rows: GridRow[];
  method: 'table' | 'grid';
}

const HEADER_ROLES = new Set(['columnheader', 'rowheader']);

function ownCells(row: Element, aria: boolean): Element[] {
  const out: Element[] = [];
  for (const child of row.children) {
    const tag = child.tagName;
    if (aria) {
      const role = child.getAttribute('role');
      if (role === 'gridcell' || role === 'cell' || role === 'columnheader' || role === 'rowheader') out.push(child);
    } else if (tag === 'TD' || tag === 'TH') out.push(child);
  }
  return out;
}

function expand(cells: Element[]): (Element | undefined)[] {
  const out: (Element | undefined)[] = [];
  for (const c of cells) {
    const span = Math.min(50, Math.max(1, Number(c.getAttribute('colspan')) || Number(c.getAttribute('aria-colspan')) || 1));
    for (let i = 0; i < span; i++) out.push(i === 0 ? c : undefined);
  }
  return out;
}

/** Rows that belong to this table itself (thead/tbody/tfoot or direct), not to a nested one. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const r of child.children) if (r.tagName === 'TR') rows.push(r);
    }
  }
  return rows;
}

/** A row whose cells are read only when asked: a 10,000-row table costs nothing until read. */
class LazyRow implements GridRow {
  #cells?: (Element | undefined)[];
  #header?: boolean;
  constructor(readonly element: Element) {}
  get cells(): (Element | undefined)[] {
    return (this.#cells ??= expand(ownCells(this.element, false)));
  }
  get isHeader(): boolean {
    if (this.#header === undefined) {
      const own = this.cells.filter((c): c is Element => c !== undefined);
      this.#header = this.element.parentElement?.tagName === 'THEAD' || (own.length > 0 && own.every((c) => c.tagName === 'TH'));
    }
    return this.#header;
  }
}

export function gridFromTable(table: HTMLTableElement | Element): Grid {
  return { element: table, rows: tableRows(table).map((tr) => new LazyRow(tr)), method: 'table' };
}

export function gridFromAria(grid: Element): Grid {
  const rows: GridRow[] = [];
  for (const row of grid.querySelectorAll('[role="row"]')) {
    if (row.closest('[role="grid"], [role="table"], [role="treegrid"]') !== grid) continue;
    const cells = ownCells(row, true);
    rows.push({ element: row, cells: expand(cells), isHeader: cells.length > 0 && cells.every((c) => HEADER_ROLES.has(c.getAttribute('role') ?? '')) });
  }
  return { element: grid, rows, method: 'grid' };
}

/** Every table and ARIA grid of the page, outermost first. */
export function findGrids(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  for (const t of root.querySelectorAll('table')) {
    if (t.getAttribute('role') === 'presentation') continue;
    grids.push(gridFromTable(t));
  }
  for (const g of root.querySelectorAll('[role="grid"], [role="treegrid"], [role="table"]')) {
    if (g.tagName !== 'TABLE') grids.push(gridFromAria(g));
  }
  return grids;
}
