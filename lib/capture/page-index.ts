/**
 * The elements extraction looks for across a whole page, found once per extraction with the
 * queries the browser answers fastest: on a list of thousands of rows a slow query costs as much
 * as reading the whole page's text.
 */
export const GRID_SELECTOR = 'table, [role="grid"], [role="treegrid"], [role="table"]';
export const JSONLD_SELECTOR = 'script[type="application/ld+json"]';
export const MICRODATA_SELECTOR = '[itemscope][itemtype$="/Invoice"]';
export const TITLE_SELECTOR = 'h1, [role="heading"][aria-level="1"]';
export const TOOLTIP_SELECTOR = '[title]';
/** Tooltips read for the page's currency: enough to count marks, not a page's worth. */
export const MAX_TOOLTIPS = 300;

export interface PageIndex {
  grids: Element[];
  jsonld: Element[];
  microdata: Element[];
  titles: Element[];
}

const ARIA_GRIDS = new Set(['grid', 'treegrid', 'table']);
const byPosition = (a: Element, b: Element) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1);

/**
 * Blink answers a tag name, or a bare attribute, from a fast path; a list of attribute values
 * walks the page testing each of them on every element (measured on a 2,000-row list: `table`
 * 0.1 ms, `[role]` 0.3 ms, the three grid roles 0.8 ms, all the selectors above in one list 2 ms).
 * So: the cheap queries, then the roles sorted out here.
 */
export function indexPage(root: ParentNode): PageIndex {
  const grids: Element[] = [];
  const ariaGrids: Element[] = [];
  const titles: Element[] = [...root.querySelectorAll('h1')];
  const h1s = titles.length;
  for (const table of root.querySelectorAll('table')) grids.push(table);
  for (const el of root.querySelectorAll('[role]')) {
    const role = el.getAttribute('role')!;
    if (ARIA_GRIDS.has(role) && el.tagName !== 'TABLE') ariaGrids.push(el);
    else if (role === 'heading' && el.getAttribute('aria-level') === '1' && el.tagName !== 'H1') titles.push(el);
  }
  if (titles.length > h1s && h1s > 0) titles.sort(byPosition);
  return {
    grids: [...grids, ...ariaGrids],
    jsonld: [...root.querySelectorAll(JSONLD_SELECTOR)],
    microdata: [...root.querySelectorAll(MICRODATA_SELECTOR)],
    titles,
  };
}
