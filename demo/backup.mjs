// The demo portal's invoices as a Relance backup, until capture reads them from the page itself.
import { loadInvoices, isoDate } from './server.mjs';

export function demoBackup(portalUrl, today = new Date()) {
  const at = new Date().toISOString();
  const host = new URL(portalUrl).host;
  const invoices = loadInvoices(today)
    .filter((i) => !i.draft)
    .map((i) => {
      const status = i.status === 'paid' ? 'paid' : i.status === 'partial' ? 'partial' : 'open';
      const kind = i.creditNote ? 'credit-note' : 'invoice';
      return {
        id: `${host}:${i.ref}`,
        number: i.ref,
        clientId: i.client.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
        clientName: i.client,
        total: { minor: i.ttc, currency: 'EUR' },
        amountDue: { minor: i.remaining, currency: 'EUR' },
        issueDate: isoDate(i.issued),
        dueDate: isoDate(i.due),
        dueDateInferred: false,
        status,
        statusSetBy: 'capture',
        kind,
        source: { url: `${portalUrl}/factures`, host, method: 'import', seenAt: at },
        notes: '',
        unpaid: kind === 'invoice' && status !== 'paid' ? 1 : 0,
        createdAt: at,
        updatedAt: at,
      };
    });
  return { format: 'relance-backup', version: 1, exportedAt: at, invoices, clients: [], events: [], templates: [] };
}
