import type { Recipe, RecipeField } from '../core/recipe';
import { rowCells } from './from-recipe';

/** Classes that say how an element looks now, not what it is. */
const STATE_CLASS =
  /^(active|selected|hover|focus|odd|even|highlight(ed)?|open|closed|is-.*|has-.*|ng-.*|v-.*|css-.*|sc-.*|jsx-.*)$|\d{3,}/i;

const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`));

function stableClasses(el: Element, max = 2): string {
  return [...el.classList]
    .filter((c) => !STATE_CLASS.test(c) && c.length < 40)
    .slice(0, max)
    .map((c) => `.${esc(c)}`)
    .join('');
}

function stableId(el: Element): string | null {
  return el.id && !/\d{3,}/.test(el.id) && el.id.length < 60 ? `#${esc(el.id)}` : null;
}

/** A selector for one element: anchored at the nearest stable id, tags and classes down to it. */
export function cssPath(el: Element, stopAt?: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  for (let depth = 0; node && node !== stopAt && node.tagName !== 'HTML' && depth < 8; depth++) {
    const id = stableId(node);
    if (id) {
      parts.unshift(id);
      break;
    }
    let part = node.tagName.toLowerCase() + stableClasses(node);
    const parent: Element | null = node.parentElement;
    if (parent) {
      const same = [...parent.children].filter((c) => c.tagName === node!.tagName);
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(node) + 1})`;
    }
    parts.unshift(part);
    node = parent;
  }
  return parts.join(' > ');
}

/** The repeating element around a picked cell: a table or grid row, else an element whose siblings look alike. */
export function rowOf(el: Element): Element | null {
  const row = el.closest('tr, [role="row"]');
  if (row) return row;
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
    const parent: Element = node.parentElement;
    const alike = [...parent.children].filter((c) => c.tagName === node!.tagName && c.className === node!.className);
    if (alike.length >= 2 && node !== el) return node;
    if (parent.tagName === 'BODY') break;
  }
  return null;
}

function rowSelector(row: Element): string {
  const parent = row.parentElement!;
  const base = `${cssPath(parent)} > ${row.tagName.toLowerCase()}`;
  const withClasses = base + stableClasses(row);
  const root = row.ownerDocument;
  const count = (s: string) => {
    try {
      return root.querySelectorAll(s).length;
    } catch {
      return 0;
    }
  };
  return count(withClasses) >= 2 ? withClasses : base;
}

/**
 * Turns the elements the user clicked into a recipe: a list recipe when they all sit in one row
 * of a repeating structure (rows found again by selector, fields by cell position), else a detail
 * recipe (one selector per field).
 */
export function buildRecipe(picks: Partial<Record<RecipeField, Element>>, origin: string, path: string, now: Date): Recipe {
  const id = `r${now.getTime().toString(36)}`;
  const number = picks.number!;
  const row = rowOf(number);
  const picked = Object.entries(picks) as [RecipeField, Element][];
  if (row && picked.every(([, el]) => row.contains(el))) {
    const cells = rowCells(row);
    const columns: Partial<Record<RecipeField, number>> = {};
    for (const [field, el] of picked) {
      const i = cells.findIndex((c) => c === el || c.contains(el));
      if (i >= 0) columns[field] = i;
    }
    return { kind: 'list', id, origin, path, rowSelector: rowSelector(row), columns, createdAt: now.toISOString() };
  }
  const selectors: Partial<Record<RecipeField, string>> = {};
  for (const [field, el] of picked) selectors[field] = cssPath(el);
  return { kind: 'detail', id, origin, path, selectors, createdAt: now.toISOString() };
}
