import { parseAmount, parseDate, parseStatus } from '../parse';
import type { ReadHints } from './candidate';
import type { ColumnMap } from './columns';
import type { GridRow } from './grid';
import { looksLikeNumber, numberIn, shownText } from './text';

type CellKind = 'empty' | 'number' | 'date' | 'amount' | 'status' | 'text' | 'other';

/** Buttons, menus and form fields: a column of these is an action column, whatever its words say. */
const CONTROLS = 'button, select, input, textarea, [role="menu"], [role="button"], [aria-haspopup]';
const SAMPLE = 40;
const MAJORITY = 0.6;

function kindOf(cell: Element | undefined, h: ReadHints): CellKind {
  if (!cell) return 'empty';
  const text = shownText(cell);
  if (!text) return cell.querySelector(CONTROLS) ? 'other' : 'empty';
  if (cell.querySelector(CONTROLS)) return 'other';
  if (text.length <= 40 && numberIn(cell, text) === text) return 'number';
  if (text.length <= 30 && /\d/.test(text) && parseDate(text, { lang: h.lang, order: h.order }) !== null) return 'date';
  // An amount has cents or a currency mark, and hardly any letters: not "22", not "3 items".
  // Whether a text is an amount does not depend on the page's currency, which is left unread.
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (text.length <= 40 && letters <= 3 && /\d/.test(text) && parseAmount(text, { lang: h.lang, decimal: h.decimal }) !== null) {
    if (/\d[.,]\d{2}(?!\d)/.test(text) || letters > 0 || /[€$£¥₹]/.test(text)) return 'amount';
  }
  if (text.length <= 40 && parseStatus(text)?.status) return 'status';
  if (text.length <= 120 && /\p{L}{2}/u.test(text) && !looksLikeNumber(text)) return 'text';
  return 'other';
}

/** The kind most of a column's filled cells share, or undefined when none has a clear majority. */
export function columnKind(rows: readonly GridRow[], col: number, h: ReadHints): CellKind | undefined {
  const counts = new Map<CellKind, number>();
  let filled = 0;
  for (const row of rows) {
    const kind = kindOf(row.cells[col], h);
    if (kind === 'other') return undefined;
    if (kind === 'empty') continue;
    filled++;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  if (filled === 0 || filled < rows.length / 2) return undefined;
  for (const [kind, n] of counts) if (n / filled >= MAJORITY) return kind;
  return undefined;
}

/** The column whose cells most often hold an invoice number, when no header names one. */
export function inferNumberColumn(rows: readonly GridRow[], width: number, taken: ReadonlySet<number>): number | undefined {
  let best: { col: number; score: number } | undefined;
  const sample = rows.slice(0, SAMPLE);
  for (let col = 0; col < width; col++) {
    if (taken.has(col)) continue;
    const numbers = sample.map((r) => numberIn(r.cells[col])).filter((n) => n !== undefined);
    // One code on every row (an account "1310 - Debtors") names no invoice: each invoice has its own.
    const score = new Set(numbers).size > numbers.length / 2 ? numbers.length / Math.max(1, sample.length) : 0;
    if (score >= MAJORITY && (!best || score > best.score)) best = { col, score };
  }
  return best?.col;
}

/**
 * Fills fields that no header names from what unnamed columns hold: the first column of names is
 * the client, the first of status words the status, the first of amounts the total when no amount
 * column is named. Dates are never guessed: an unnamed date may be the last modification.
 */
export function inferColumns(
  rows: readonly GridRow[],
  map: ColumnMap,
  named: readonly boolean[],
  width: number,
  h: ReadHints,
): (keyof ColumnMap)[] {
  const sample = rows.slice(0, SAMPLE);
  const taken = new Set(Object.values(map));
  const inferred: (keyof ColumnMap)[] = [];
  const hasAmount = map.total !== undefined || map.totalExcl !== undefined || map.amountDue !== undefined;
  for (let col = 0; col < width; col++) {
    if (named[col] || taken.has(col)) continue;
    const kind = columnKind(sample, col, h);
    const field = kind === 'text' ? 'client' : kind === 'status' ? 'status' : kind === 'amount' && !hasAmount ? 'total' : undefined;
    if (!field || map[field] !== undefined) continue;
    map[field] = col;
    taken.add(col);
    inferred.push(field);
  }
  return inferred;
}
