// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractInvoices } from '../../../lib/capture';
import { composeReminder } from '../../../lib/background/drafts';
import { createHandlers } from '../../../lib/background/handlers';
import { CapturedInvoiceSchema, ClientSchema, InvoiceSchema } from '../../../lib/core';
import { exportBackup, importBackup, saveSettings } from '../../../lib/db';
import { freshDb } from '../../unit/db/helpers';

/** Every code point that reorders text: embeddings, overrides, isolates and the invisible marks. */
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const HAS_BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const hostileName = 'Garage Martin\u202e FDP.exe';
const hostileNumber = 'HX-\u2066003\u2069';

function page(client: string, number: string): Document {
  const doc = document.implementation.createHTMLDocument('x');
  doc.documentElement.lang = 'fr';
  const table = doc.createElement('table');
  const head = table.insertRow();
  for (const h of ['Facture', 'Client', 'Échéance', 'Montant TTC', 'Statut']) head.appendChild(doc.createElement('th')).textContent = h;
  const row = table.insertRow();
  for (const c of [number, client, '01/11/2026', '1 210,00 €', 'Impayée']) row.insertCell().textContent = c;
  doc.body.append(table);
  return doc;
}

describe('bidirectional control characters', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00'));
  });

  it('are stripped at capture, so neither the stored client nor the reminder text holds them', async () => {
    const found = extractInvoices(page(hostileName, hostileNumber), { url: 'https://erp.example.fr/list', today: '2026-11-22' });
    expect(found).toHaveLength(1);
    expect(found[0]!.clientName).toBe('Garage Martin FDP.exe');
    expect(found[0]!.number).toBe('HX-003');

    const db = freshDb();
    await saveSettings({ portals: [{ origin: 'https://erp.example.fr/*', autoTrack: false, addedAt: '2026-11-01T00:00:00.000Z' }] }, db);
    await createHandlers({}, db)['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track: true, invoices: found },
      { kind: 'content-script', origin: 'https://erp.example.fr', tabId: 1, frameId: 0 },
    );
    const [invoice] = await db.invoices.toArray();
    const reminder = await composeReminder([invoice!.id], '2026-11-22', db);
    expect(invoice!.clientName).toBe('Garage Martin FDP.exe');
    expect((await db.clients.get(invoice!.clientId))!.name).toBe('Garage Martin FDP.exe');
    expect(reminder.mail.text).toContain('HX-003');
    expect(HAS_BIDI.test(reminder.mail.text + reminder.mail.subject + reminder.mail.html)).toBe(false);
  });

  it.each(BIDI.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase(), c]))(
    'U+%s is stripped by the background from every captured string',
    (_hex, c) => {
      const parsed = CapturedInvoiceSchema.parse({
        number: `F${c}1`,
        clientName: `Acme${c} SA`,
        source: { url: 'https://erp.example.fr/', host: 'erp.example.fr', method: 'table', seenAt: '2026-11-01T00:00:00.000Z' },
      });
      expect(parsed.number).toBe('F1');
      expect(parsed.clientName).toBe('Acme SA');
    },
  );

  it('cannot come back through a backup: names, numbers and notes are cleaned on import', async () => {
    const db = freshDb();
    const backup = JSON.parse((await exportBackup(db)).join('')) as Record<string, unknown>;
    const now = '2026-11-01T00:00:00.000Z';
    const invoice = InvoiceSchema.parse({
      id: 'erp.example.fr:F1',
      number: 'F1',
      clientId: 'acme',
      clientName: 'Acme',
      total: { minor: 100, currency: 'EUR' },
      amountDue: { minor: 100, currency: 'EUR' },
      dueDate: '2026-11-01',
      status: 'open',
      kind: 'invoice',
      unpaid: 1,
      notes: 'ok',
      source: { url: 'https://erp.example.fr/', host: 'erp.example.fr', method: 'table', seenAt: now },
      createdAt: now,
      updatedAt: now,
    });
    const client = ClientSchema.parse({ id: 'acme', name: 'Acme', createdAt: now, updatedAt: now });
    const file = JSON.stringify({
      ...backup,
      invoices: [{ ...invoice, number: 'F\u202e1', clientName: hostileName, notes: 'pay\u2067 now' }],
      clients: [{ ...client, name: hostileName }],
    });
    await importBackup(file, db);
    const stored = JSON.stringify([await db.invoices.toArray(), await db.clients.toArray()]);
    expect(HAS_BIDI.test(stored)).toBe(false);
    expect(stored).toContain('Garage Martin FDP.exe');
  });
});
