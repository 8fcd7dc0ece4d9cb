import { addDays, localToday } from '../../lib/core';

/** A backup as the options page imports it, with due dates relative to the real today. */
export function demoBackup(today = localToday()) {
  const at = `${today}T08:00:00.000Z`;
  const invoice = (number: string, clientName: string, minor: number, dueIn: number, over: Record<string, unknown> = {}) => ({
    id: `erp.example.fr:${number}`,
    number,
    clientId: clientName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    clientName,
    total: { minor, currency: 'EUR' },
    amountDue: { minor, currency: 'EUR' },
    issueDate: addDays(today, dueIn - 30),
    dueDate: addDays(today, dueIn),
    dueDateInferred: false,
    status: 'open',
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/compta/facture/list.php', host: 'erp.example.fr', method: 'table', seenAt: at },
    notes: '',
    unpaid: 1,
    createdAt: at,
    updatedAt: at,
    ...over,
  });
  return {
    format: 'relance-backup',
    version: 1,
    exportedAt: at,
    invoices: [
      invoice('FA2611-0007', 'Boulangerie Dupont & Fils', 124_000, -9),
      invoice('FA2610-0031', 'Garage Martin SARL', 318_050, -40),
      invoice('FA2611-0012', '<img src=x onerror=alert(1)>', 9_900, -2),
      invoice('FA2611-0015', 'Cabinet Leroy', 55_000, 12),
      invoice('FA2609-0002', 'Hôtel des Voyageurs', 210_000, -70, { status: 'paid', amountDue: { minor: 0, currency: 'EUR' }, unpaid: 0 }),
    ],
    clients: [],
    events: [],
    templates: [],
  };
}

/**
 * A backup of `size` invoices as stored, of every status, due over the year before `today` and
 * after it, and how many of them are overdue on `today`.
 */
export function largeBackup(size: number, today: string) {
  const statuses = ['open', 'open', 'partial', 'paid', 'cancelled', 'disputed'] as const;
  const at = `${today}T08:00:00.000Z`;
  let overdue = 0;
  const invoices = Array.from({ length: size }, (_, i) => {
    const status = statuses[i % statuses.length]!;
    const minor = 1_000 + ((i * 7919) % 900_000);
    const dueDate = addDays(today, (i % 400) - 300);
    const unpaid = status === 'open' || status === 'partial' ? 1 : 0;
    if (unpaid && dueDate < today) overdue += 1;
    return {
      id: `erp.example.fr:FA-${i}`,
      number: `FA-${i}`,
      clientId: `client-${i % 800}`,
      clientName: `Client ${i % 800}`,
      total: { minor, currency: 'EUR' },
      amountDue: { minor: status === 'paid' ? 0 : status === 'partial' ? Math.floor(minor / 2) : minor, currency: 'EUR' },
      issueDate: addDays(dueDate, -30),
      dueDate,
      dueDateInferred: false,
      status,
      statusSetBy: 'capture',
      kind: 'invoice',
      source: { url: 'https://erp.example.fr/compta/facture/list.php', host: 'erp.example.fr', method: 'table', seenAt: at },
      notes: '',
      unpaid,
      createdAt: at,
      updatedAt: at,
    };
  });
  return { backup: { format: 'relance-backup', version: 1, exportedAt: at, invoices, clients: [], events: [], templates: [] }, overdue };
}
