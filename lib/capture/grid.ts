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

export function gridFromTable(table: HTMLTableElement | Element): Grid {
  const rows = tableRows(table).map((tr) => {
    const cells = ownCells(tr, false);
    const inHead = tr.parentElement?.tagName === 'THEAD';
    return { element: tr, cells: expand(cells), isHeader: inHead || (cells.length > 0 && cells.every((c) => c.tagName === 'TH')) };
  });
  return { element: table, rows, method: 'table' };
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
