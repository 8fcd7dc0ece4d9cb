import type { Recipe, RecipeField } from '../core/recipe';
import { detectDateOrder, detectDecimalSeparator } from '../parse';
import { toCandidate, type Candidate, type RawInvoice, type ReadHints } from './candidate';
import { numberIn, textOf } from './text';

/** The cells of a row: table cells, grid cells, else its element children. */
export function rowCells(row: Element): Element[] {
  const kids = [...row.children];
  const cells = kids.filter(
    (c) => c.tagName === 'TD' || c.tagName === 'TH' || /^(gridcell|cell|columnheader)$/.test(c.getAttribute('role') ?? ''),
  );
  return cells.length ? cells : kids;
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)].slice(0, 10_000);
  } catch {
    return []; // a selector the page's markup no longer supports
  }
}

function toRaw(get: (f: RecipeField) => Element | undefined): RawInvoice | null {
  const number = numberIn(get('number')) ?? (textOf(get('number')) || undefined);
  if (!number || number.length > 64) return null;
  const text = (f: RecipeField) => textOf(get(f)) || undefined;
  return {
    number,
    client: text('client'),
    total: text('total'),
    dueDate: text('dueDate'),
    issueDate: text('issueDate'),
    status: text('status'),
    amountDue: text('amountDue'),
  };
}

/** Applies a taught recipe; nothing when the page no longer has that shape. */
export function extractWithRecipe(root: ParentNode, recipe: Recipe, page: ReadHints): Candidate[] {
  if (recipe.kind === 'detail') {
    const el = (f: RecipeField) => (recipe.selectors[f] ? safeQueryAll(root, recipe.selectors[f]!)[0] : undefined);
    const raw = toRaw(el);
    const c = raw && toCandidate(raw, page, 'detail', 0.75);
    return c ? [{ ...c, method: 'recipe' }] : [];
  }
  const rows = safeQueryAll(root, recipe.rowSelector).map(rowCells);
  const col = (f: RecipeField) =>
    recipe.columns[f] === undefined ? [] : rows.slice(0, 200).map((cells) => textOf(cells[recipe.columns[f]!]));
  const hints: ReadHints = {
    ...page,
    order: detectDateOrder([...col('dueDate'), ...col('issueDate')], page.lang) ?? undefined,
    decimal: detectDecimalSeparator([...col('total'), ...col('amountDue')], page.lang) ?? undefined,
  };
  const out: Candidate[] = [];
  for (const cells of rows) {
    const raw = toRaw((f) => (recipe.columns[f] === undefined ? undefined : cells[recipe.columns[f]!]));
    const c = raw && toCandidate(raw, hints, 'table', 0.75);
    if (c) out.push({ ...c, method: 'recipe' });
  }
  return out;
}
