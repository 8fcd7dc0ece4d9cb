import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { daysBetween, type Invoice } from '../core';
import { LATE_AFTER_DAYS } from '../dunning/tone';

/**
 * Of a paid invoice (with its payment date): 1 if it was paid late, 0 if on time; otherwise none.
 * Stored on the row and indexed with its client (`[clientId+paidLate]`), so a client's payment
 * record is counted from index keys alone instead of reading every invoice it ever had.
 */
export function paidLateFlag(invoice: Pick<Invoice, 'status' | 'paidAt' | 'dueDate'>): 0 | 1 | undefined {
  if (invoice.status !== 'paid' || !invoice.paidAt) return undefined;
  return daysBetween(invoice.dueDate, invoice.paidAt) > LATE_AFTER_DAYS ? 1 : 0;
}

/** The row as it must be stored: the same object when its flag is already right, else a copy. */
export function withPaidLate<T extends Invoice & { paidLate?: 0 | 1 }>(row: T): T {
  const flag = paidLateFlag(row);
  if (row.paidLate === flag && (flag !== undefined || !('paidLate' in row))) return row;
  const { paidLate: _stale, ...rest } = row;
  return (flag === undefined ? rest : { ...rest, paidLate: flag }) as T;
}

/**
 * Sets the derived flag on every invoice written, whatever writes it (putInvoices, an import, a
 * test's bulkPut, Dexie's modify): a flag set by each writer would be missed by the next one.
 * It depends on the row alone, so no stored row is read.
 */
export const paidLateMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'relancePaidLate',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'invoices') return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest) {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          return table.mutate({ ...req, values: req.values.map((v: Invoice) => withPaidLate(v)) } as DBCoreMutateRequest);
        },
      };
    },
  }),
};
