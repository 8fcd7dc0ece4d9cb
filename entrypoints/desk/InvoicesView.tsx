import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { INVOICE_STATUSES, STAGES, type Invoice, type InvoiceStatus, type Stage } from '../../lib/core';
import { getDb } from '../../lib/db';
import {
  AGE_BUCKETS,
  filterTable,
  idOf,
  inOrder,
  listRowOf,
  nextSlots,
  rowOfId,
  rowTextOf,
  sortTable,
  type AgeBucket,
  type InvoiceQuery,
  type InvoiceTable,
  type ListRow,
  type RowText,
  type Sort,
  type SortKey,
} from '../../lib/desk';
import { formatDate, formatMoney } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n';
import { STAGE_LABEL } from '../../lib/i18n/stages';
import { useDesk } from './context';
import { BulkBar } from './BulkBar';
import { InvoiceActions } from './InvoiceActions';
import { InvoiceFiles } from './InvoiceFiles';
import { hrefOf } from './route';
import { useInvoiceTable } from './use-invoice-table';
import { useLoad } from './use-load';

export const STATUS_LABEL: Record<InvoiceStatus, MessageKey> = {
  draft: 'deskStatusDraft',
  open: 'deskStatusOpen',
  partial: 'deskStatusPartial',
  paid: 'deskStatusPaid',
  cancelled: 'deskStatusCancelled',
  disputed: 'deskStatusDisputed',
};

export const BUCKET_LABEL: Record<AgeBucket, MessageKey> = {
  'not-due': 'deskBucketNotDue',
  '1-30': 'deskBucket1to30',
  '31-60': 'deskBucket31to60',
  '61-90': 'deskBucket61to90',
  '90+': 'deskBucket90plus',
};

// Widths are fixed (style.css, by column class) so that the table's layout never depends on the rows in view:
// a scroll that brings in new rows then lays out those rows only, not every column again.
const COLUMNS: { key: SortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'number', label: 'deskColNumber' },
  { key: 'client', label: 'deskColClient' },
  { key: 'dueDate', label: 'deskColDueDate' },
  { key: 'daysLate', label: 'deskDaysLate', numeric: true },
  { key: 'total', label: 'deskColTotal', numeric: true },
  { key: 'amountDue', label: 'deskColAmountDue', numeric: true },
  { key: 'status', label: 'deskColStatus' },
  { key: 'stage', label: 'deskStage' },
  { key: 'host', label: 'deskPortal' },
];

const ROW_HEIGHT = 36;

const NONE = new Int32Array(0);

/**
 * Every invoice, open or not: search, filters, sort, selection and bulk actions over a virtual list.
 * The invoices read are turned into a compact table (lib/desk/table.ts) and dropped: the page keeps
 * typed columns, not 100,000 invoice objects the collector would walk again while the list scrolls.
 * What is shown is a list of row numbers; a row becomes an object only while it is in view.
 */
export function InvoicesView() {
  const desk = useDesk();
  const { t, today } = desk;
  const table = useInvoiceTable(today);
  const [query, setQuery] = useState<InvoiceQuery>({});
  const [sort, setSort] = useState<Sort>({ key: 'dueDate', dir: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  // Sorted once per sort, not on every keystroke: a search then keeps the sorted rows that match.
  const order = useMemo(() => (table ? sortTable(table, sort) : NONE), [table, sort]);
  const found = useMemo(() => (table ? filterTable(table, query) : NONE), [table, query]);
  const shown = useMemo(() => (table ? inOrder(table, order, found) : NONE), [table, order, found]);
  const picked = useMemo(() => (table ? rowsOf(table, selected) : NONE), [table, selected]);
  // Once per load, not on every keystroke in the search box.
  const hosts = useMemo(() => (table ? [...table.hosts].sort() : []), [table]);
  const currencies = useMemo(() => (table ? dueCurrencies(table) : []), [table]);

  if (!table) return <section data-relance-view="invoices" aria-busy="true" />;
  const set = (patch: Partial<InvoiceQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const one = <T,>(value: string) => (value ? [value as T] : undefined);
  return (
    <section data-relance-view="invoices" aria-labelledby="invoices-title" className="invoices">
      <h1 id="invoices-title">{t('deskInvoices')}</h1>
      <div className="filters" role="search">
        <label>
          {t('deskSearch')}
          <input
            type="search"
            data-relance="search"
            placeholder={t('deskSearchHint')}
            aria-keyshortcuts="/"
            onChange={(e) => set({ text: e.target.value })}
          />
        </label>
        <Choice
          label={t('deskColStatus')}
          all={t('deskAll')}
          options={INVOICE_STATUSES.map((s) => [s, t(STATUS_LABEL[s])])}
          onChange={(v) => set({ statuses: one<InvoiceStatus>(v) })}
          name="status"
        />
        <Choice
          label={t('deskStage')}
          all={t('deskAll')}
          options={[
            ['none', t('deskNeverChased')],
            ...STAGES.filter((s) => s !== 'thank-you').map((s): [string, string] => [s, t(STAGE_LABEL[s])]),
          ]}
          onChange={(v) => set({ stages: one<Stage | 'none'>(v) })}
          name="stage"
        />
        <Choice
          label={t('deskPortal')}
          all={t('deskAll')}
          options={hosts.map((h) => [h, h])}
          onChange={(v) => set({ hosts: one<string>(v) })}
          name="portal"
        />
        <Choice
          label={t('deskCurrency')}
          all={t('deskAll')}
          options={currencies.map((c) => [c, c])}
          onChange={(v) => set({ currencies: one<string>(v) })}
          name="currency"
        />
        <Choice
          label={t('deskAge')}
          all={t('deskAll')}
          options={AGE_BUCKETS.map((b) => [b, t(BUCKET_LABEL[b])])}
          onChange={(v) => set({ buckets: one<AgeBucket>(v) })}
          name="age"
        />
      </div>
      <p className="summary" data-relance="result-count" aria-live="polite">
        {t('deskShownCount', shown.length, table.length)}
      </p>
      {picked.length > 0 && <BulkBar table={table} rows={picked} onClear={() => setSelected(new Set())} />}
      <div className="list-and-panel">
        <VirtualTable
          table={table}
          rows={shown}
          sort={sort}
          onSort={setSort}
          selected={selected}
          onSelect={setSelected}
          onFocus={setFocused}
        />
        {focused && <FocusedPanel id={focused} onClose={() => setFocused(null)} />}
      </div>
    </section>
  );
}

/** The rows of the selected invoices still in the table (an action may have removed one), in table order. */
function rowsOf(table: InvoiceTable, ids: ReadonlySet<string>): Int32Array {
  const rows = Int32Array.from(ids, (id) => rowOfId(table, id)).filter((r) => r >= 0);
  return rows.sort();
}

/** The currencies of the amounts due, for the currency filter. */
function dueCurrencies(table: InvoiceTable): string[] {
  const used = new Uint8Array(table.currencies.length);
  for (let i = 0; i < table.length; i++) used[table.dueCurrency[i]!] = 1;
  return table.currencies.filter((_, c) => used[c]).sort();
}

/** The panel of the invoice clicked, read from the database: the list keeps no invoice objects. */
function FocusedPanel({ id, onClose }: { id: string; onClose(): void }) {
  const invoice = useLoad(() => getDb().invoices.get(id), [id]);
  // Until the new one is read, the one read before is not shown as if it were it.
  return invoice?.id === id ? <InvoicePanel invoice={invoice} onClose={onClose} /> : null;
}

function Choice({
  label,
  all,
  options,
  onChange,
  name,
}: {
  label: string;
  all: string;
  options: [string, string][];
  onChange(v: string): void;
  name: string;
}) {
  return (
    <label>
      {label}
      <select data-relance-filter={name} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

interface TableProps {
  table: InvoiceTable;
  /** The table's rows shown, in their order. */
  rows: Int32Array;
  sort: Sort;
  onSort(sort: Sort): void;
  selected: ReadonlySet<string>;
  onSelect(next: ReadonlySet<string>): void;
  onFocus(id: string): void;
}

function VirtualTable({ table, rows, sort, onSort, selected, onSelect, onFocus }: TableProps) {
  const { t, locale } = useDesk();
  const scroller = useRef<HTMLDivElement>(null);
  // Every row is ROW_HEIGHT tall (style.css keeps its text on one line): nothing is measured, the
  // positions of 100,000 rows are arithmetic. A small overscan: each row in the DOM costs layout on every scroll.
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
  });
  const textOf = useMemo(
    () => rowTextOf({ locale, select: (n) => t('deskSelect', n), status: (s) => t(STATUS_LABEL[s]), stage: (s) => t(STAGE_LABEL[s]) }),
    [locale, t],
  );
  const inView = useInView(table);
  const items = virtual.getVirtualItems();
  const lines = inView(items.map((item) => rows[item.index]!));
  // Keyed by place, not by invoice: a row that leaves the view hands its elements to the one that comes
  // in, which React fills with new text instead of building and dropping elements on every scroll, jumps
  // of the scroll bar included (nextSlots). Kept from render to render; the same rows give the same keys.
  const slots = useRef(new Map<number, number>());
  const keys = nextSlots(
    slots.current,
    items.map((item) => item.index),
  );
  slots.current = keys;
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  // Worked out when the rows or the selection change, not on every scroll: with everything selected,
  // it is a walk of 100,000 rows.
  const allSelected = useMemo(
    () => rows.length > 0 && selected.size >= rows.length && rows.every((r) => selected.has(idOf(table, r))),
    [table, rows, selected],
  );
  const current = useRef(selected);
  current.current = selected;
  // Stable, so that rows kept in view are not rendered again on every scroll.
  const [toggle] = useState(() => (id: string) => {
    const next = new Set(current.current);
    if (!next.delete(id)) next.add(id);
    onSelect(next);
  });
  const sortBy = (key: SortKey) => onSort({ key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' });
  return (
    <div ref={scroller} className="scroller" data-relance="invoice-list" tabIndex={-1}>
      <table className="invoice-table">
        <colgroup>
          <col className="col-select" />
          {COLUMNS.map((c) => (
            <col key={c.key} className={`col-${c.key}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('deskSelectAll')}
                checked={allSelected}
                onChange={() => onSelect(allSelected ? new Set() : new Set(Array.from(rows, (r) => idOf(table, r))))}
              />
            </th>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button type="button" data-relance-sort={c.key} onClick={() => sortBy(c.key)}>
                  {t(c.label)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item, k) => {
            const row = lines[k]!;
            return (
              <Row
                key={keys.get(item.index)}
                row={row}
                text={textOf(row)}
                selected={selected.has(row.id)}
                onToggle={toggle}
                onFocus={onFocus}
                scroller={scroller}
              />
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The rows in view as objects, made when they come into view and the same objects while they stay
 * (so their memoised line is not rendered again); those out of view are let go at once.
 */
function useInView(table: InvoiceTable): (rows: readonly number[]) => ListRow[] {
  return useMemo(() => {
    let made = new Map<number, ListRow>();
    return (rows: readonly number[]) => {
      const next = new Map<number, ListRow>();
      for (const r of rows) next.set(r, made.get(r) ?? listRowOf(table, r));
      made = next;
      return rows.map((r) => next.get(r)!);
    };
  }, [table]);
}

interface RowProps {
  row: ListRow;
  text: RowText;
  selected: boolean;
  onToggle(id: string): void;
  onFocus(id: string): void;
  scroller: RefObject<HTMLDivElement | null>;
}

/** One line of the list; kept while it stays in view, so a scroll renders only the rows that come in. */
const Row = memo(function Row({ row, text, selected, onToggle, onFocus, scroller }: RowProps) {
  const { id, daysLate } = row;
  const line = useRef<HTMLTableRowElement>(null);
  const shown = useRef(row);
  // These elements now show another invoice: the keyboard focus must not stay on them and act on it
  // (a Space on the checkbox would select the wrong invoice). It goes back to the list, as it did
  // when the row's own elements left the page.
  useLayoutEffect(() => {
    if (shown.current !== row && line.current?.contains(document.activeElement)) scroller.current?.focus({ preventScroll: true });
    shown.current = row;
  }, [row, scroller]);
  return (
    <tr ref={line} data-relance-invoice={row.number}>
      <td>
        <input type="checkbox" aria-label={text.select} checked={selected} onChange={() => onToggle(id)} />
      </td>
      <td>
        <button type="button" className="linkish" data-relance-action="open-invoice" onClick={() => onFocus(id)}>
          {row.number}
        </button>
      </td>
      <td className="client">
        <a href={hrefOf({ view: 'client', clientId: row.clientId })}>{row.clientName}</a>
      </td>
      <td>{text.dueDate}</td>
      <td className={daysLate > 0 ? 'num late' : 'num'}>{text.daysLate}</td>
      <td className="num">{text.total}</td>
      <td className="num">{text.amountDue}</td>
      <td>{text.status}</td>
      <td>{text.stage}</td>
      <td className="host">{row.host}</td>
    </tr>
  );
});

/** One invoice's details and every action on it, beside the list. */
export function InvoicePanel({ invoice, onClose }: { invoice: Invoice; onClose(): void }) {
  const desk = useDesk();
  const { t, locale } = desk;
  return (
    <aside className="panel" aria-label={invoice.number} data-relance="invoice-panel">
      <button type="button" className="close" aria-label={t('pillClose')} onClick={onClose}>
        ×
      </button>
      <h2>{invoice.number}</h2>
      <p>
        <a href={hrefOf({ view: 'client', clientId: invoice.clientId })}>{invoice.clientName}</a>
      </p>
      <dl>
        <dt>{t('deskColAmountDue')}</dt>
        <dd>{formatMoney(invoice.amountDue, locale)}</dd>
        <dt>{t('deskColTotal')}</dt>
        <dd>{formatMoney(invoice.total, locale)}</dd>
        <dt>{t('deskColDueDate')}</dt>
        <dd>{formatDate(invoice.dueDate, locale)}</dd>
        <dt>{t('deskColStatus')}</dt>
        <dd>{t(STATUS_LABEL[invoice.status])}</dd>
        {invoice.promiseDate && (
          <>
            <dt>{t('deskPromiseDate')}</dt>
            <dd>{formatDate(invoice.promiseDate, locale)}</dd>
          </>
        )}
        {invoice.pausedUntil && (
          <>
            <dt>{t('deskPauseUntil')}</dt>
            <dd>{formatDate(invoice.pausedUntil, locale)}</dd>
          </>
        )}
        <dt>{t('deskPortal')}</dt>
        <dd>
          <a href={invoice.source.url} target="_blank" rel="noreferrer noopener">
            {invoice.source.host}
          </a>
        </dd>
      </dl>
      {invoice.notes && <p className="notes">{invoice.notes}</p>}
      <InvoiceActions invoice={invoice} />
      <InvoiceFiles invoice={invoice} />
    </aside>
  );
}
