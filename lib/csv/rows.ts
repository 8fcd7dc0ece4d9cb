import type { CapturedInvoice, InvoiceStatus } from '../core/invoice';
import { toMoney, type Money } from '../core/minor-units';
import { isIsoCurrency } from '../parse/currencies';
import { detectDateOrder, detectDecimalSeparator } from '../parse/page-hints';
import { parseAmount } from '../parse/parse-amount';
import { parseDate, type DateOrder } from '../parse/parse-date';
import { parseStatus } from '../parse/parse-status';
import type { ImportField } from './mapping';

export interface CsvFormats {
  decimal: ',' | '.';
  dateOrder: DateOrder;
  /** False when no value could tell (every day ≤ 12, every amount a whole number): the user should check. */
  decimalSure: boolean;
  dateOrderSure: boolean;
}

const column = (rows: readonly string[][], mapping: readonly ImportField[], fields: readonly ImportField[]) =>
  mapping.flatMap((f, i) => (fields.includes(f) ? rows.map((r) => r[i] ?? '') : [])).filter((v) => v.trim() !== '');

/**
 * The file's decimal separator and numeric date order, from every value of its amount and date
 * columns (one file, one convention): `1 234,56` says comma, `13/02/2026` says day first. When
 * nothing decides, the separator of the file does (`;` is the comma-decimal world's).
 */
export function detectFormats(rows: readonly string[][], mapping: readonly ImportField[], delimiter = ','): CsvFormats {
  const amounts = column(rows, mapping, ['total', 'amountDue']);
  const dates = column(rows, mapping, ['issueDate', 'dueDate']);
  const decimal = detectDecimalSeparator(amounts);
  const order = detectDateOrder(dates);
  const allYearFirst = dates.length > 0 && dates.every((d) => /^\s*\d{4}\D/.test(d));
  const fallback = delimiter === ';' ? ',' : '.';
  return {
    decimal: decimal ?? fallback,
    decimalSure: decimal !== null,
    dateOrder: allYearFirst ? 'YMD' : (order ?? (fallback === ',' ? 'DMY' : 'MDY')),
    dateOrderSure: allYearFirst || (order !== null && order !== 'YMD'),
  };
}

export type RowProblem = 'columns' | 'number' | 'client' | 'amount' | 'date' | 'email' | 'currency' | 'too-long';
export type ImportRow =
  { line: number; invoice: Omit<CapturedInvoice, 'source'> & { host?: string } } | { line: number; problem: RowProblem; value?: string };

// Bidi controls reorder what a reader sees ("Trojan Source"): a client name must read as stored.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A text cell as stored: no bidi controls, trimmed, and the `'` that neutralised a formula (ours, on export) taken off again. */
export function cellText(raw: string): string {
  const t = raw.replace(BIDI, '').trim();
  return /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
}

const STATUSES: ReadonlySet<string> = new Set(['draft', 'open', 'partial', 'paid', 'cancelled', 'disputed']);

function statusOf(text: string): { status?: InvoiceStatus; kind?: 'invoice' | 'credit-note' } {
  const t = text.trim().toLowerCase();
  if (STATUSES.has(t)) return { status: t as InvoiceStatus };
  const parsed = parseStatus(text);
  return { status: parsed?.status, kind: parsed?.kind };
}

interface RowContext {
  mapping: readonly ImportField[];
  formats: CsvFormats;
  defaultCurrency: string;
  width: number;
}

/** One row to an invoice to import, or the reason it is refused. `line` is the file's line (header = 1). */
export function readRow(cells: readonly string[], line: number, ctx: RowContext): ImportRow {
  if (cells.length !== ctx.width) return { line, problem: 'columns', value: String(cells.length) };
  const get = (f: ImportField) => {
    const i = ctx.mapping.indexOf(f);
    return i < 0 ? '' : cellText(cells[i] ?? '');
  };
  const number = get('number');
  const clientName = get('client');
  if (!number) return { line, problem: 'number' };
  if (!clientName) return { line, problem: 'client' };
  if (number.length > 64 || clientName.length > 200)
    return { line, problem: 'too-long', value: `${(number.length > 64 ? number : clientName).slice(0, 40)}…` };
  const currencyCell = get('currency').toUpperCase();
  if (currencyCell && !isIsoCurrency(currencyCell)) return { line, problem: 'currency', value: currencyCell };
  const money = (f: 'total' | 'amountDue'): Money | undefined | null => {
    const text = get(f);
    if (!text) return undefined;
    const parsed = parseAmount(text, { decimal: ctx.formats.decimal, currency: currencyCell || ctx.defaultCurrency });
    return parsed ? toMoney(parsed.value, currencyCell || parsed.currency || ctx.defaultCurrency) : null;
  };
  const total = money('total');
  const amountDue = money('amountDue');
  if (total === null || amountDue === null || (!total && !amountDue))
    return { line, problem: 'amount', value: (total === null ? get('total') : get('amountDue')).slice(0, 40) };
  const date = (f: 'issueDate' | 'dueDate'): string | undefined | null => {
    const text = get(f);
    return text ? parseDate(text, { order: ctx.formats.dateOrder }) : undefined;
  };
  const issueDate = date('issueDate');
  const dueDate = date('dueDate');
  if (issueDate === null || dueDate === null)
    return { line, problem: 'date', value: (issueDate === null ? get('issueDate') : get('dueDate')).slice(0, 40) };
  const email = get('email').toLowerCase();
  if (email && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email)) return { line, problem: 'email', value: email.slice(0, 40) };
  const fromStatus = statusOf(get('status'));
  const kindCell = get('kind');
  const kind = kindCell === 'invoice' || kindCell === 'credit-note' ? kindCell : (statusOf(kindCell).kind ?? fromStatus.kind);
  const host = get('portal').toLowerCase();
  return {
    line,
    invoice: {
      number,
      clientName,
      ...(email && { clientEmail: email }),
      ...(total && { total }),
      ...(amountDue && { amountDue }),
      ...(issueDate && { issueDate }),
      ...(dueDate && { dueDate }),
      ...(fromStatus.status && { status: fromStatus.status }),
      ...(kind && { kind }),
      ...(/^[a-z0-9.-]{1,253}(:\d{1,5})?$/.test(host) && { host }),
    },
  };
}

/** Every row of a file, read with one mapping and one set of formats. */
export function readRows(
  rows: readonly string[][],
  options: { mapping: readonly ImportField[]; formats: CsvFormats; defaultCurrency?: string; width?: number },
): ImportRow[] {
  const ctx: RowContext = {
    mapping: options.mapping,
    formats: options.formats,
    defaultCurrency: options.defaultCurrency ?? 'EUR',
    width: options.width ?? options.mapping.length,
  };
  return rows.map((cells, i) => readRow(cells, i + 2, ctx));
}
