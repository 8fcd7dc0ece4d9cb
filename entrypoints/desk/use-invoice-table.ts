import { getDb } from '../../lib/db';
import { buildTable, type InvoiceTable } from '../../lib/desk';
import { useLoad } from './use-load';

/**
 * Every invoice with its events, as the desk's compact table (lib/desk/table.ts), read again after
 * every change: what the invoice list and the client list show and choose from.
 */
export function useInvoiceTable(today: string): InvoiceTable | null {
  return useLoad(async () => {
    const db = getDb();
    const [invoices, events] = await Promise.all([db.invoices.toArray(), db.events.toArray()]);
    return buildTable(invoices, events, today);
  }, []);
}
