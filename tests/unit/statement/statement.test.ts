import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { defaultSettings, type Invoice, type Settings } from '../../../lib/core';
import { saveSettings, upsertDetected } from '../../../lib/db';
import { buildStatement, statementLines } from '../../../lib/statement';
import { htmlToText } from '../../../lib/templates';
import { freshDb } from '../db/helpers';

const at = '2026-01-01T00:00:00.000Z';
const inv = (number: string, over: Partial<Invoice> = {}): Invoice => ({
  id: `erp.example.fr:${number}`,
  number,
  clientId: 'dupont',
  clientName: 'Boulangerie Dupont',
  total: { minor: 124_000, currency: 'EUR' },
  amountDue: { minor: 124_000, currency: 'EUR' },
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
  dueDateInferred: false,
  status: 'open',
  statusSetBy: 'capture',
  kind: 'invoice',
  source: { url: 'https://erp.example.fr/', host: 'erp.example.fr', method: 'table', seenAt: at },
  notes: '',
  unpaid: 1,
  createdAt: at,
  updatedAt: at,
  ...over,
});
const settings = (over: Partial<Settings['company']> = {}, legal: Partial<Settings['legal']> = {}): Settings => ({
  ...defaultSettings(),
  company: {
    ...defaultSettings().company,
    name: 'Atelier Lumière SARL',
    address: '12 rue des Arts\n69001 Lyon',
    phone: '04 72 00 00 00',
    email: 'compta@atelier.fr',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    chequePayee: 'Atelier Lumière SARL',
    ...over,
  },
  legal: { ...defaultSettings().legal, ...legal },
});
const INVOICES = [
  inv('FA1'),
  inv('FA2', { dueDate: '2026-04-15', amountDue: { minor: 50_000, currency: 'EUR' }, status: 'partial' }),
  inv('FA3', { status: 'paid', amountDue: { minor: 0, currency: 'EUR' }, unpaid: 0 }),
  inv('AV1', {
    kind: 'credit-note',
    total: { minor: -10_000, currency: 'EUR' },
    amountDue: { minor: -10_000, currency: 'EUR' },
    unpaid: 0,
  }),
  inv('FA4', { total: { minor: 80_000, currency: 'GBP' }, amountDue: { minor: 80_000, currency: 'GBP' }, dueDate: '2026-03-10' }),
  inv('FA5', { status: 'cancelled', unpaid: 0 }),
];

describe('buildStatement', () => {
  it('lists the open invoices and the credit notes, not the paid or cancelled ones, oldest due date first', () => {
    expect(statementLines(INVOICES).map((i) => i.number)).toEqual(['AV1', 'FA1', 'FA4', 'FA2']);
  });

  it('totals per currency, credit notes deducted, with what is overdue', () => {
    const s = buildStatement({
      client: { name: 'Boulangerie Dupont' },
      invoices: INVOICES,
      settings: settings(),
      today: '2026-03-20',
      lang: 'fr',
    });
    expect(s.totals).toEqual([
      { currency: 'EUR', due: { minor: 164_000, currency: 'EUR' }, overdue: { minor: 124_000, currency: 'EUR' } },
      { currency: 'GBP', due: { minor: 80_000, currency: 'GBP' }, overdue: { minor: 80_000, currency: 'GBP' } },
    ]);
  });

  it('writes the French statement: letterhead, title, table, balance, L441-10 mentions and how to pay', () => {
    const { html, title } = buildStatement({
      client: { name: 'Boulangerie Dupont' },
      invoices: INVOICES,
      settings: settings(),
      today: '2026-03-20',
      lang: 'fr',
    });
    expect(title).toBe('Relevé de compte – Boulangerie Dupont');
    expect(html).toContain('<strong>Atelier Lumière SARL</strong><br>12 rue des Arts<br>69001 Lyon<br>04 72 00 00 00 · compta@atelier.fr');
    expect(html).toContain('Le 20 mars 2026');
    expect(html).toContain('>Avoir<');
    expect(html).toContain('1 640,00 €');
    expect(html).toContain('dont échu');
    expect(htmlToText(html)).toContain(
      "pénalités de retard au taux de 12,15 % l'an (article L441-10 du Code de commerce) et une indemnité forfaitaire pour frais de recouvrement de 40 €",
    );
    expect(htmlToText(html)).toContain('Vous pouvez régler ces factures par chèque');
    expect(htmlToText(html)).toContain(
      "par chèque à l'ordre de Atelier Lumière SARL ou par virement sur notre compte (RIB) IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP)",
    );
  });

  it.each([
    ['UK', 'en', 'Late Payment of Commercial Debts (Interest) Act 1998'],
    ['EU', 'en', 'Directive 2011/7/EU'],
    ['EU', 'fr', 'directive 2011/7/UE'],
  ] as const)('quotes the %s regime in %s', (regime, lang, basis) => {
    const { html } = buildStatement({
      client: { name: 'X' },
      invoices: INVOICES,
      settings: settings({}, { regime }),
      today: '2026-03-20',
      lang,
    });
    expect(html).toContain(basis);
    expect(html).toContain(lang === 'en' ? 'Statement of account' : 'Relevé de compte');
  });

  it('escapes what came from pages: a client or invoice number with markup stays text', () => {
    const { html } = buildStatement({
      client: { name: '<img src=x onerror=alert(1)>' },
      invoices: [inv('<b>FA9</b>')],
      settings: settings(),
      today: '2026-03-20',
      lang: 'en',
    });
    expect(html).not.toMatch(/<img|<b>FA9/);
    expect(html).toContain('&#60;b&#62;FA9');
  });

  it('says so when nothing is open', () => {
    expect(
      buildStatement({ client: { name: 'X' }, invoices: [INVOICES[2]!], settings: settings(), today: '2026-03-20', lang: 'en' }).html,
    ).toContain('No open invoice or credit note to date.');
  });
});

describe('ui:prepareStatement and ui:importInvoices', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-20T10:00:00'));
  });

  it('prepares a client’s statement from stored invoices, in the default client language', async () => {
    const db = freshDb();
    const handlers = createHandlers({}, db);
    await saveSettings({ defaultClientLanguage: 'en', company: { name: 'Atelier' } }, db);
    const seenAt = '2026-03-01T00:00:00.000Z';
    await upsertDetected(
      [
        {
          number: 'FA1',
          clientName: 'Café du Port',
          total: { minor: 42_000, currency: 'EUR' },
          dueDate: '2026-03-01',
          source: { url: 'https://erp.example.fr/', host: 'erp.example.fr', method: 'table', seenAt },
        },
      ],
      { today: '2026-03-20' },
      db,
    );
    const s = (await handlers['ui:prepareStatement'](
      { type: 'ui:prepareStatement', clientId: 'cafe-du-port' },
      { kind: 'extension-page' },
    )) as { html: string };
    expect(s).toMatchObject({ clientId: 'cafe-du-port', title: 'Statement of account – Café du Port', lang: 'en' });
    expect(s.html).toContain('FA1');
    await expect(
      handlers['ui:prepareStatement']({ type: 'ui:prepareStatement', clientId: 'nobody' }, { kind: 'extension-page' }),
    ).rejects.toThrow(/not found/);
  });

  it('imports invoices: a dry run writes nothing, the import writes them and updates the badge', async () => {
    const db = freshDb();
    const handlers = createHandlers({}, db);
    const invoices = [{ number: 'F1', clientName: 'Café du Port', total: { minor: 42_000, currency: 'EUR' }, dueDate: '2026-03-01' }];
    const dry = (await handlers['ui:importInvoices'](
      { type: 'ui:importInvoices', invoices, host: 'csv-import', dryRun: true },
      { kind: 'extension-page' },
    )) as { added: string[] };
    expect(dry.added).toEqual(['csv-import:F1']);
    expect(await db.invoices.count()).toBe(0);
    await handlers['ui:importInvoices'](
      { type: 'ui:importInvoices', invoices, host: 'csv-import', dryRun: false },
      { kind: 'extension-page' },
    );
    expect(await db.invoices.count()).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
