/**
 * The elements extraction looks for across a whole page, found in one walk of it: on a list of
 * thousands of rows each walk costs about as much as reading the page's text once, and there
 * were five (grids, JSON-LD, microdata, titles, tooltips).
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
  tooltips: Element[];
}

export function indexPage(root: ParentNode): PageIndex {
  const index: PageIndex = { grids: [], jsonld: [], microdata: [], titles: [], tooltips: [] };
  for (const el of root.querySelectorAll(`${GRID_SELECTOR}, ${JSONLD_SELECTOR}, ${MICRODATA_SELECTOR}, ${TITLE_SELECTOR}, ${TOOLTIP_SELECTOR}`)) {
    // An element may be several things at once (a titled table): each list gets it.
    if (el.matches(GRID_SELECTOR)) index.grids.push(el);
    if (el.matches(JSONLD_SELECTOR)) index.jsonld.push(el);
    if (el.matches(MICRODATA_SELECTOR)) index.microdata.push(el);
    if (el.matches(TITLE_SELECTOR)) index.titles.push(el);
    if (index.tooltips.length < MAX_TOOLTIPS && el.hasAttribute('title')) index.tooltips.push(el);
  }
  return index;
}
