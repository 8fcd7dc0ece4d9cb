import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { filesHandlers } from '../../../lib/background/handlers-files';
import { pdfFileName, type TabsApi } from '../../../lib/background/portal-pdf';
import type { DetectedInvoice } from '../../../lib/core';
import { getInvoiceFiles, saveSettings, type RelanceDb } from '../../../lib/db';
import { ContentMessageSchema, type ContentMessage } from '../../../lib/messaging/protocol';
import { toBase64 } from '../../../lib/format/base64';
import { freshDb } from '../db/helpers';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const found = (number: string, pdfUrl?: string): DetectedInvoice => ({
  number,
  clientName: 'Café du Port',
  total: { minor: 42_000, currency: 'EUR' },
  dueDate: '2026-11-01',
  status: 'open',
  confidence: 0.9,
  pdfUrl,
});
const context = { kind: 'content-script' as const, origin: 'https://erp.example.fr', tabId: 3, frameId: 0 };
const ID = 'erp.example.fr:F1';

async function enabledDb(): Promise<RelanceDb> {
  const db = freshDb();
  await saveSettings({ portals: [{ origin: 'https://erp.example.fr/*', autoTrack: false, addedAt: '2026-11-01T00:00:00.000Z' }] }, db);
  return db;
}

async function capture(db: RelanceDb, invoices: DetectedInvoice[], origin = context.origin) {
  await createHandlers({}, db)['cs:invoicesFound'](
    { type: 'cs:invoicesFound', url: `${origin}/factures`, track: true, invoices },
    { ...context, origin },
  );
}

/** Open tabs and what each one's content script answers (undefined: no script there). */
function tabs(open: { id: number; url: string; answer?: unknown }[]) {
  const asked: { tabId: number; message: unknown }[] = [];
  const api: TabsApi = {
    query: async ({ url }) => open.filter((t) => t.url.startsWith(url.slice(0, -1))).map(({ id }) => ({ id })),
    sendMessage: async (tabId, message) => {
      asked.push({ tabId, message });
      const answer = open.find((t) => t.id === tabId)?.answer;
      if (answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer;
    },
  };
  return { api, asked };
}

describe('the PDF link of a captured invoice', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00'));
  });

  it('is stored from its own portal only; a later capture without it keeps it; a new one replaces it', async () => {
    const db = await enabledDb();
    await capture(db, [found('F1', 'https://erp.example.fr/f/1.pdf'), found('F2', 'https://evil.example/f/2.pdf')]);
    expect((await db.invoices.get(ID))!.pdfUrl).toBe('https://erp.example.fr/f/1.pdf');
    expect((await db.invoices.get('erp.example.fr:F2'))!.pdfUrl).toBeUndefined();
    await capture(db, [found('F1')]);
    expect((await db.invoices.get(ID))!.pdfUrl).toBe('https://erp.example.fr/f/1.pdf');
    await capture(db, [found('F1', 'https://erp.example.fr/f/1-v2.pdf')]);
    expect((await db.invoices.get(ID))!.pdfUrl).toBe('https://erp.example.fr/f/1-v2.pdf');
  });

  it.each(['javascript:alert(1)', 'data:application/pdf;base64,JVBERi0=', 'ftp://erp.example.fr/f.pdf'])(
    '%s: refused by the message schema, and dropped by the handler itself',
    async (pdfUrl) => {
      const message = {
        type: 'cs:invoicesFound',
        url: 'https://erp.example.fr/f',
        track: true,
        invoices: [found('F1', pdfUrl)],
      } satisfies ContentMessage;
      expect(ContentMessageSchema.safeParse(message).success).toBe(false);
      const db = await enabledDb();
      await createHandlers({}, db)['cs:invoicesFound'](message, context);
      expect((await db.invoices.get(ID))!.pdfUrl).toBeUndefined();
    },
  );
});

describe('Fetch from portal', () => {
  beforeEach(() => fakeBrowser.reset());

  async function withLink(url = 'https://erp.example.fr/factures/1/document') {
    const db = await enabledDb();
    await capture(db, [found('F1', url)]);
    return db;
  }

  it('says whether a portal tab is open, and nothing when no link is known', async () => {
    const db = await withLink();
    await capture(db, [found('F2')]);
    expect(
      await filesHandlers({ db, changed: async (r) => r }, tabs([]).api)['ui:portalPdfStatus']({
        type: 'ui:portalPdfStatus',
        invoiceId: ID,
      }),
    ).toEqual({ host: 'erp.example.fr', tabOpen: false });
    const open = tabs([{ id: 7, url: 'https://erp.example.fr/factures' }]).api;
    expect(
      await filesHandlers({ db, changed: async (r) => r }, open)['ui:portalPdfStatus']({ type: 'ui:portalPdfStatus', invoiceId: ID }),
    ).toEqual({ host: 'erp.example.fr', tabOpen: true });
    expect(
      await filesHandlers({ db, changed: async (r) => r }, open)['ui:portalPdfStatus']({
        type: 'ui:portalPdfStatus',
        invoiceId: 'erp.example.fr:F2',
      }),
    ).toBeNull();
  });

  it("asks the portal tab that has the script for that one link, and keeps the PDF it answers under the portal's file name", async () => {
    const db = await withLink();
    const { api, asked } = tabs([
      { id: 4, url: 'https://erp.example.fr/old-tab' },
      {
        id: 9,
        url: 'https://erp.example.fr/factures',
        answer: { ok: true, data: toBase64(PDF), size: PDF.byteLength, name: 'Facture F1.pdf' },
      },
      { id: 5, url: 'https://mail.google.com/' },
    ]);
    const reply = await filesHandlers({ db, changed: async (r) => r }, api)['ui:fetchPortalPdf']({
      type: 'ui:fetchPortalPdf',
      invoiceId: ID,
    });
    expect(reply).toEqual({ ok: true, name: 'Facture F1.pdf', size: PDF.byteLength });
    expect(asked).toEqual([
      { tabId: 4, message: { type: 'bg:fetchPdf', url: 'https://erp.example.fr/factures/1/document' } },
      { tabId: 9, message: { type: 'bg:fetchPdf', url: 'https://erp.example.fr/factures/1/document' } },
    ]);
    const [file] = await getInvoiceFiles(ID, db);
    expect(file).toMatchObject({ name: 'Facture F1.pdf', origin: 'portal', type: 'application/pdf', size: PDF.byteLength });
    expect([...file!.data]).toEqual([...PDF]);
  });

  it.each([
    ['the tab found a login page', { ok: false, reason: 'login' }, { ok: false, reason: 'login', host: 'erp.example.fr' }],
    [
      'the portal answered 404',
      { ok: false, reason: 'http', status: 404 },
      { ok: false, reason: 'http', status: 404, host: 'erp.example.fr' },
    ],
    ['the file is too big', { ok: false, reason: 'too-big' }, { ok: false, reason: 'too-big', host: 'erp.example.fr' }],
    [
      'the tab claims a PDF that is not one',
      { ok: true, data: btoa('<html>login</html>'), size: 18 },
      { ok: false, reason: 'not-pdf', host: 'erp.example.fr' },
    ],
    ['the tab answers garbage', { ok: true, data: 'not base64!!', size: 3 }, { ok: false, reason: 'not-pdf', host: 'erp.example.fr' }],
    ['the tab answers an unknown reason', { ok: false, reason: 'pwned' }, { ok: false, reason: 'not-pdf', host: 'erp.example.fr' }],
  ])('%s: a clear reason, and nothing stored', async (_label, answer, expected) => {
    const db = await withLink();
    const { api } = tabs([{ id: 9, url: 'https://erp.example.fr/factures', answer }]);
    expect(
      await filesHandlers({ db, changed: async (r) => r }, api)['ui:fetchPortalPdf']({ type: 'ui:fetchPortalPdf', invoiceId: ID }),
    ).toEqual(expected);
    expect(await db.files.count()).toBe(0);
  });

  it('no open tab of the portal, or the portal no longer enabled: "no-tab", nobody asked', async () => {
    const db = await withLink();
    const none = tabs([{ id: 5, url: 'https://mail.google.com/' }]);
    expect(
      await filesHandlers({ db, changed: async (r) => r }, none.api)['ui:fetchPortalPdf']({ type: 'ui:fetchPortalPdf', invoiceId: ID }),
    ).toEqual({ ok: false, reason: 'no-tab', host: 'erp.example.fr' });
    await saveSettings({ portals: [] }, db);
    const open = tabs([{ id: 9, url: 'https://erp.example.fr/factures', answer: { ok: true, data: toBase64(PDF), size: PDF.byteLength } }]);
    expect(
      await filesHandlers({ db, changed: async (r) => r }, open.api)['ui:fetchPortalPdf']({ type: 'ui:fetchPortalPdf', invoiceId: ID }),
    ).toEqual({ ok: false, reason: 'no-tab', host: 'erp.example.fr' });
    expect(none.asked.length + open.asked.length).toBe(0);
    expect(await db.files.count()).toBe(0);
  });

  it('an invoice with no link, or unknown: "no-link"', async () => {
    const db = await enabledDb();
    await capture(db, [found('F1')]);
    const { api } = tabs([
      { id: 9, url: 'https://erp.example.fr/factures', answer: { ok: true, data: toBase64(PDF), size: PDF.byteLength } },
    ]);
    for (const invoiceId of [ID, 'erp.example.fr:nope']) {
      expect(
        await filesHandlers({ db, changed: async (r) => r }, api)['ui:fetchPortalPdf']({ type: 'ui:fetchPortalPdf', invoiceId }),
      ).toEqual({ ok: false, reason: 'no-link' });
    }
  });
});

describe('pdfFileName', () => {
  const url = new URL('https://erp.example.fr/factures/FA-1.pdf');
  it.each([
    ['Facture FA-1.pdf', url, 'Facture FA-1.pdf'],
    ['../../etc/passwd.pdf', url, 'FA-1.pdf'],
    ['C:\\x\\Facture 7.pdf', url, 'C__x_Facture 7.pdf'],
    ['evil\u202Efdp.exe', url, 'FA-1.pdf'],
    [undefined, url, 'FA-1.pdf'],
    [undefined, new URL('https://erp.example.fr/factures/1/document'), 'FA/1.pdf'.replace('/', '_')],
  ])('%j → %s', (given, from, expected) => {
    expect(pdfFileName(given, from, 'FA/1')).toBe(expected);
  });
});
