import { INVOICE_STATUSES, STAGES } from '../core';
import { AGE_BUCKETS, type CurrencyAging } from './aging';
import { collator, prepareQuery, type InvoiceQuery, type Sort, type SortKey } from './filter';
import { stringAt, type InvoiceTable, type Strings } from './table';

// filterRows, sortRows and agingBalance over the compact table: the same answers, as row numbers
// (Int32Array) instead of arrays of objects, so a search or a sort over 100,000 invoices builds
// one typed array, not 100,000 references for the collector to trace.

/** `ok[code]` is 1 for the codes of the values in `wanted` (every code when there is no criterion). */
function allowed(values: readonly string[], wanted: ReadonlySet<string> | null): Uint8Array | null {
  if (!wanted) return null;
  return Uint8Array.from(values, (v) => (wanted.has(v) ? 1 : 0));
}

/** The rows whose codes pass every criterion set, in table order. */
function byCodes(t: InvoiceTable, q: ReturnType<typeof prepareQuery>): Int32Array {
  const status = allowed(INVOICE_STATUSES, q.statuses);
  const stage = allowed(['none', ...STAGES], q.stages);
  const host = allowed(t.hosts, q.hosts);
  const currency = allowed(t.currencies, q.currencies);
  const bucket = allowed(AGE_BUCKETS, q.buckets);
  const rows = new Int32Array(t.length);
  let m = 0;
  for (let i = 0; i < t.length; i++) {
    if (status && !status[t.status[i]!]) continue;
    if (stage && !stage[t.reached[i]!]) continue;
    if (host && !host[t.host[i]!]) continue;
    if (currency && !currency[t.dueCurrency[i]!]) continue;
    if (bucket && !bucket[t.bucket[i]!]) continue;
    rows[m++] = i;
  }
  return m === t.length ? rows : rows.slice(0, m);
}

/** The last row that starts at or before `position`. */
function rowAt(start: Int32Array, position: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The rows of `rows` (ascending) whose search text holds `needle`: indexOf over the one string,
 * from the next candidate row on, then the row of each match by binary search. A needle never
 * holds a line feed (the query is folded), so a match lies within one row.
 */
function rowsWith(h: Strings, needle: string, rows: Int32Array): Int32Array {
  if (needle.includes('\n')) return new Int32Array(0);
  const out = new Int32Array(rows.length);
  let m = 0;
  let c = 0;
  while (c < rows.length) {
    const at = h.text.indexOf(needle, h.start[rows[c]!]);
    if (at < 0) break;
    // Most often the match is in the candidate searched from (a word every row has): no binary search then.
    const from = rows[c]!;
    const row = at < h.start[from + 1]! ? from : rowAt(h.start, at);
    while (c < rows.length && rows[c]! < row) c++;
    if (rows[c] === row) out[m++] = rows[c++]!;
  }
  return out.slice(0, m);
}

/** The rows in either ascending list, ascending, once each. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let m = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[m++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[m++] = b[j++]!;
    else {
      out[m++] = a[i++]!;
      j++;
    }
  }
  return out.slice(0, m);
}

/** filterRows over the table: the rows that match, ascending. */
export function filterTable(t: InvoiceTable, query: InvoiceQuery): Int32Array {
  const q = prepareQuery(query);
  const rows = byCodes(t, q);
  if (q.words.length === 0) return rows;
  const byWords = q.words.reduce((found, word) => rowsWith(t.haystacks, word, found), rows);
  if (!q.amountDot) return byWords;
  return union(union(rowsWith(t.haystacks, q.amountDot, rows), rowsWith(t.haystacks, q.amountComma, rows)), byWords);
}

/** Ranks by the collator of `count` values (equal under it, equal ranks), distinct values ranked once. */
function ranks(count: number, value: (i: number) => string): Int32Array {
  const code = new Int32Array(count);
  const distinct: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const v = value(i);
    let c = seen.get(v);
    if (c === undefined) seen.set(v, (c = distinct.push(v) - 1));
    code[i] = c;
  }
  const order = distinct.map((_, k) => k).sort((a, b) => collator.compare(distinct[a]!, distinct[b]!));
  const rankOf = new Int32Array(distinct.length);
  for (let k = 1; k < order.length; k++)
    rankOf[order[k]!] = rankOf[order[k - 1]!]! + (collator.compare(distinct[order[k - 1]!]!, distinct[order[k]!]!) === 0 ? 0 : 1);
  for (let i = 0; i < count; i++) code[i] = rankOf[code[i]!]!;
  return code;
}

/** Ranks of a coded column, through the ranks of its few values. */
function codedRanks(codes: ArrayLike<number>, values: readonly string[]): Int32Array {
  const rankOf = ranks(values.length, (k) => values[k]!);
  return Int32Array.from(codes, (c) => rankOf[c]!);
}

/** What sortRows compares for `key`, one number per row: strings as their rank under the same collator. */
function keyOf(t: InvoiceTable, key: SortKey): ArrayLike<number> {
  switch (key) {
    case 'issueDate':
      return t.issueDay;
    case 'dueDate':
      return t.dueDay;
    case 'daysLate':
      return t.daysLate;
    case 'total':
      return t.total;
    case 'amountDue':
      return t.amountDue;
  }
  let kept = t.ranks.get(key);
  if (!kept) {
    if (key === 'number') kept = ranks(t.length, (i) => stringAt(t.numbers, i));
    else if (key === 'client') kept = ranks(t.length, (i) => stringAt(t.clientNames, i).toLowerCase());
    else if (key === 'status') kept = codedRanks(t.status, INVOICE_STATUSES);
    else if (key === 'stage') kept = codedRanks(t.reached, ['', ...STAGES]);
    else kept = codedRanks(t.host, t.hosts);
    t.ranks.set(key, kept);
  }
  return kept;
}

/** sortRows over the whole table: every row, by one column, ties by due date then by table order. */
export function sortTable(t: InvoiceTable, sort: Sort): Int32Array {
  const key = keyOf(t, sort.key);
  const due = t.dueDay;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const order = new Int32Array(t.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => sign * (key[a]! - key[b]!) || due[a]! - due[b]! || a - b);
}

/** The rows of `order` that are in `found` (ascending), in the order of `order`: a filter on a sorted list, no sort again. */
export function inOrder(t: InvoiceTable, order: Int32Array, found: Int32Array): Int32Array {
  if (found.length === t.length) return order;
  const keep = new Uint8Array(t.length);
  for (let i = 0; i < found.length; i++) keep[found[i]!] = 1;
  const out = new Int32Array(found.length);
  let m = 0;
  for (let i = 0; i < order.length; i++) if (keep[order[i]!]) out[m++] = order[i]!;
  return out;
}

const OPEN = INVOICE_STATUSES.indexOf('open');
const PARTIAL = INVOICE_STATUSES.indexOf('partial');
const DISPUTED = INVOICE_STATUSES.indexOf('disputed');

/** agingBalance over the table: sums per currency code and bucket in two typed arrays, one pass. */
export function tableAging(t: InvoiceTable): CurrencyAging[] {
  const width = AGE_BUCKETS.length;
  const sums = new Float64Array(t.currencies.length * width);
  const counts = new Int32Array(t.currencies.length * width);
  for (let i = 0; i < t.length; i++) {
    const s = t.status[i];
    if (t.kind[i] !== 0 || (s !== OPEN && s !== PARTIAL && s !== DISPUTED)) continue;
    const cell = t.dueCurrency[i]! * width + t.bucket[i]!;
    sums[cell]! += t.amountDue[i]!;
    counts[cell]! += 1;
  }
  const out: CurrencyAging[] = [];
  t.currencies.forEach((currency, c) => {
    if (!counts.subarray(c * width, (c + 1) * width).some((n) => n > 0)) return;
    const row: CurrencyAging = {
      currency,
      buckets: {} as CurrencyAging['buckets'],
      counts: {} as CurrencyAging['counts'],
      total: 0,
      overdue: 0,
    };
    AGE_BUCKETS.forEach((bucket, b) => {
      row.buckets[bucket] = sums[c * width + b]!;
      row.counts[bucket] = counts[c * width + b]!;
      row.total += sums[c * width + b]!;
    });
    row.overdue = row.total - row.buckets['not-due'];
    out.push(row);
  });
  return out.sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency));
}
