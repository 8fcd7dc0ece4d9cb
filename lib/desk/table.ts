import { fromDayNumber, toDayNumber } from '../core/calendar';
import {
  INVOICE_STATUSES,
  STAGES,
  type Invoice,
  type InvoiceKind,
  type InvoiceStatus,
  type Money,
  type ReminderEvent,
  type Stage,
} from '../core';
import { bucketOf, AGE_BUCKETS } from './aging';
import { haystackOf, reachedStages } from './rows';

/**
 * Many strings kept as one: their text end to end, and where each starts (`start[i]` to
 * `start[i + 1]`). One string and one typed array on the heap, whatever the count: the garbage
 * collector has two objects to visit, not 100,000.
 */
export interface Strings {
  text: string;
  start: Int32Array;
}

function stringsOf(count: number, value: (i: number) => string): Strings {
  const parts = new Array<string>(count);
  const start = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    parts[i] = value(i);
    start[i + 1] = start[i]! + parts[i]!.length;
  }
  return { text: parts.join(''), start };
}

export const stringAt = (s: Strings, i: number): string => s.text.slice(s.start[i], s.start[i + 1]);

export const INVOICE_KINDS = ['invoice', 'credit-note'] as const satisfies readonly InvoiceKind[];

/**
 * The desk's invoice list, compact: one column per field, numbers in typed arrays, strings end to
 * end, a status, stage, portal or currency as a small code into its table. 100,000 invoices make
 * a few dozen objects, so scrolling the list does not leave the collector 100,000 invoices to walk
 * at every major collection. Rows are made as objects (`listRowOf`) only when they are shown.
 */
export interface InvoiceTable {
  length: number;
  today: string;
  ids: Strings;
  numbers: Strings;
  clientIds: Strings;
  clientNames: Strings;
  /** Each row's search text (haystackOf) followed by a line feed, which no search text holds: a match never spans two rows. */
  haystacks: Strings;
  /** Index into INVOICE_STATUSES. */
  status: Uint8Array;
  /** Index into INVOICE_KINDS. */
  kind: Uint8Array;
  /** 0 when never chased, else 1 + the index in STAGES of the last stage reached. */
  reached: Uint8Array;
  /** Index into AGE_BUCKETS. */
  bucket: Uint8Array;
  dueDay: Int32Array;
  /** NO_DAY when the invoice has no issue date. */
  issueDay: Int32Array;
  daysLate: Int32Array;
  /** Minor units: exact as doubles up to 2^53. */
  total: Float64Array;
  amountDue: Float64Array;
  /** Indexes into `currencies`. */
  totalCurrency: Int32Array;
  dueCurrency: Int32Array;
  currencies: string[];
  /** Index into `hosts`. */
  host: Int32Array;
  hosts: string[];
  /** Open addressing over `ids`: the row of an id without a Map of 100,000 strings (rowOfId). */
  idSlots: Int32Array;
  /** Sort keys worked out when first asked (collation of 100,000 numbers is not free), then kept. */
  ranks: Map<string, Int32Array>;
}

export const NO_DAY = -2_147_483_648;

/** Codes for the values of one field, and the values in the order first met. */
function coder(): { code(value: string): number; values: string[] } {
  const values: string[] = [];
  const known = new Map<string, number>();
  return {
    values,
    code(value) {
      let c = known.get(value);
      if (c === undefined) known.set(value, (c = values.push(value) - 1));
      return c;
    },
  };
}

const STATUS_CODE = new Map<InvoiceStatus, number>(INVOICE_STATUSES.map((s, i) => [s, i]));
const STAGE_CODE = new Map<Stage, number>(STAGES.map((s, i) => [s, i + 1]));
const KIND_CODE = new Map<InvoiceKind, number>(INVOICE_KINDS.map((k, i) => [k, i]));

/** The table of `invoices` as buildRows sees them on `today`: the same days late, buckets, stages and search text. */
export function buildTable(invoices: readonly Invoice[], events: readonly ReminderEvent[], today: string): InvoiceTable {
  const n = invoices.length;
  const day = toDayNumber(today);
  const reached = reachedStages(events);
  const currencies = coder();
  const hosts = coder();
  const t: InvoiceTable = {
    length: n,
    today,
    ids: stringsOf(n, (i) => invoices[i]!.id),
    numbers: stringsOf(n, (i) => invoices[i]!.number),
    clientIds: stringsOf(n, (i) => invoices[i]!.clientId),
    clientNames: stringsOf(n, (i) => invoices[i]!.clientName),
    haystacks: stringsOf(n, (i) => `${haystackOf(invoices[i]!)}\n`),
    status: new Uint8Array(n),
    kind: new Uint8Array(n),
    reached: new Uint8Array(n),
    bucket: new Uint8Array(n),
    dueDay: new Int32Array(n),
    issueDay: new Int32Array(n),
    daysLate: new Int32Array(n),
    total: new Float64Array(n),
    amountDue: new Float64Array(n),
    totalCurrency: new Int32Array(n),
    dueCurrency: new Int32Array(n),
    currencies: currencies.values,
    host: new Int32Array(n),
    hosts: hosts.values,
    idSlots: new Int32Array(0),
    ranks: new Map(),
  };
  for (let i = 0; i < n; i++) {
    const inv = invoices[i]!;
    t.status[i] = STATUS_CODE.get(inv.status)!;
    t.kind[i] = KIND_CODE.get(inv.kind)!;
    const stage = reached.get(inv.id)?.stage;
    t.reached[i] = stage ? STAGE_CODE.get(stage)! : 0;
    t.dueDay[i] = toDayNumber(inv.dueDate);
    t.issueDay[i] = inv.issueDate ? toDayNumber(inv.issueDate) : NO_DAY;
    t.daysLate[i] = day - t.dueDay[i]!;
    t.bucket[i] = AGE_BUCKETS.indexOf(bucketOf(t.daysLate[i]!));
    t.total[i] = inv.total.minor;
    t.amountDue[i] = inv.amountDue.minor;
    t.totalCurrency[i] = currencies.code(inv.total.currency);
    t.dueCurrency[i] = currencies.code(inv.amountDue.currency);
    t.host[i] = hosts.code(inv.source.host);
  }
  t.idSlots = slotsOf(t.ids, n);
  return t;
}

/** FNV-1a over `text` from `from` to `to`, as an unsigned 32-bit number. */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** A power of two at least twice the count: probes stay short. Each slot holds row + 1, 0 when free. */
function slotsOf(ids: Strings, n: number): Int32Array {
  let size = 16;
  while (size < n * 2) size *= 2;
  const slots = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    let s = hash(ids.text, ids.start[i]!, ids.start[i + 1]!) & (size - 1);
    while (slots[s] !== 0) s = (s + 1) & (size - 1);
    slots[s] = i + 1;
  }
  return slots;
}

/** The row of the invoice `id`, or -1: what a Map from ids would answer. */
export function rowOfId(t: InvoiceTable, id: string): number {
  const { text, start } = t.ids;
  const size = t.idSlots.length;
  for (let s = hash(id, 0, id.length) & (size - 1); t.idSlots[s] !== 0; s = (s + 1) & (size - 1)) {
    const row = t.idSlots[s]! - 1;
    if (start[row + 1]! - start[row]! === id.length && text.startsWith(id, start[row])) return row;
  }
  return -1;
}

export const idOf = (t: InvoiceTable, row: number): string => stringAt(t.ids, row);

/** One line of the list as an object, made for the rows in view only. */
export interface ListRow {
  /** Its row in the table. */
  row: number;
  id: string;
  number: string;
  clientId: string;
  clientName: string;
  host: string;
  dueDate: string;
  daysLate: number;
  total: Money;
  amountDue: Money;
  status: InvoiceStatus;
  kind: InvoiceKind;
  reached: Stage | null;
}

export function listRowOf(t: InvoiceTable, row: number): ListRow {
  const stage = t.reached[row]!;
  return {
    row,
    id: stringAt(t.ids, row),
    number: stringAt(t.numbers, row),
    clientId: stringAt(t.clientIds, row),
    clientName: stringAt(t.clientNames, row),
    host: t.hosts[t.host[row]!]!,
    dueDate: fromDayNumber(t.dueDay[row]!),
    daysLate: t.daysLate[row]!,
    total: { minor: t.total[row]!, currency: t.currencies[t.totalCurrency[row]!]! },
    amountDue: { minor: t.amountDue[row]!, currency: t.currencies[t.dueCurrency[row]!]! },
    status: INVOICE_STATUSES[t.status[row]!]!,
    kind: INVOICE_KINDS[t.kind[row]!]!,
    reached: stage ? STAGES[stage - 1]! : null,
  };
}
