import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { filesToAttach, MAX_ATTACH_TOTAL_BYTES, readAttachment } from '../../../lib/background/attachments';
import { toBase64 } from '../../../lib/format/base64';
import { prepareDraft } from '../../../lib/background/drafts';
import { createHandlers } from '../../../lib/background/handlers';
import { setPendingFill } from '../../../lib/background/pending-fills';
import { putInvoiceFile, upsertDetected, type RelanceDb } from '../../../lib/db';
import type { AttachmentBytes, ComposedReminder, PendingFill } from '../../../lib/mail/messages';
import { createRouter } from '../../../lib/messaging';
import { captured, freshDb } from '../db/helpers';

const DAY = '2026-03-09';
const FA1 = 'erp.example.fr:FA-1';
const FA3 = 'erp.example.fr:FA-3';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00, 0x80]);

async function seed(): Promise<RelanceDb> {
  const db = freshDb();
  await upsertDetected(
    [
      captured('FA-1', { clientName: 'Boulangerie Dupont & Fils', dueDate: '2026-02-28', total: { minor: 124_000, currency: 'EUR' } }),
      captured('FA-2', { clientName: 'Boulangerie Dupont & Fils', dueDate: '2026-03-20', total: { minor: 5_000, currency: 'EUR' } }),
      captured('FA-3', {
        clientName: 'Garage Martin SARL',
        clientEmail: 'factures@garage-martin.fr',
        dueDate: '2026-01-28',
        total: { minor: 318_050, currency: 'EUR' },
      }),
    ],
    { today: DAY },
    db,
  );
  await putInvoiceFile({ invoiceId: FA1, name: 'FA-1.pdf', type: 'application/pdf', data: PDF, origin: 'dropped' }, db);
  await putInvoiceFile(
    { invoiceId: FA3, name: 'FA-3.pdf', type: 'application/pdf', data: new Uint8Array([1, 2, 3]), origin: 'einvoice' },
    db,
  );
  return db;
}

const tab7 = { kind: 'content-script' as const, origin: 'https://mail.google.com', tabId: 7, frameId: 0 };
const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

beforeEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});

describe('the copy of the invoice chosen for a reminder', () => {
  it('is, per invoice, its most recent PDF, else its most recent file', async () => {
    const db = await seed();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-03-10T10:00:00Z'));
    await putInvoiceFile({ invoiceId: FA1, name: 'FA-1.xml', type: 'application/xml', data: new Uint8Array([60]), origin: 'einvoice' }, db);
    vi.setSystemTime(new Date('2030-03-11T10:00:00Z'));
    await putInvoiceFile(
      { invoiceId: FA1, name: 'FA-1 corrigée.pdf', type: 'application/pdf', data: new Uint8Array([1]), origin: 'dropped' },
      db,
    );
    await putInvoiceFile(
      { invoiceId: 'erp.example.fr:FA-2', name: 'FA-2.xml', type: 'application/xml', data: new Uint8Array([2]), origin: 'einvoice' },
      db,
    );
    expect((await filesToAttach([FA1, 'erp.example.fr:FA-2', 'nowhere:1'], db)).map((f) => f.name)).toEqual([
      'FA-1 corrigée.pdf',
      'FA-2.xml',
    ]);
  });

  it('leaves out files past what a webmail sends in one message', async () => {
    const db = await seed();
    const big = new Uint8Array(MAX_ATTACH_TOTAL_BYTES / 2 + 1);
    await putInvoiceFile({ invoiceId: FA1, name: 'FA-1.pdf', type: 'application/pdf', data: big, origin: 'dropped' }, db);
    await putInvoiceFile({ invoiceId: 'erp.example.fr:FA-2', name: 'FA-2.pdf', type: 'application/pdf', data: big, origin: 'dropped' }, db);
    expect((await filesToAttach([FA1, 'erp.example.fr:FA-2'], db)).map((f) => f.name)).toEqual(['FA-1.pdf']);
  });

  it('goes with the first reminder by default, and the text says so; not with a courtesy note unless asked; never when there is no file', async () => {
    const db = await seed();
    const handlers = createHandlers({}, db);
    const compose = (over: Record<string, unknown>) =>
      handlers['cs:mailCompose'](
        { type: 'cs:mailCompose', invoiceIds: [FA1], stage: 'reminder1', ...over },
        tab7,
      ) as Promise<ComposedReminder>;
    const first = await compose({});
    expect(first).toMatchObject({
      attachable: 1,
      attachments: [{ fileId: `${FA1}|FA-1.pdf`, name: 'FA-1.pdf', size: PDF.length, type: 'application/pdf' }],
    });
    expect(first.text).toMatch(/pièce jointe|find the invoice attached/);
    const without = await compose({ attach: false });
    expect([without.attachments, without.attachable, /pièce jointe|attached/.test(without.text)]).toEqual([[], 1, false]);
    const courtesy = await compose({ stage: 'courtesy' });
    expect(courtesy.attachments).toEqual([]);
    expect((await compose({ stage: 'courtesy', attach: true })).attachments).toHaveLength(1);
    const none = (await handlers['cs:mailCompose'](
      { type: 'cs:mailCompose', invoiceIds: ['erp.example.fr:FA-2'], stage: 'reminder1', attach: true },
      tab7,
    )) as ComposedReminder;
    expect([none.attachments, none.attachable, /pièce jointe|attached/.test(none.text)]).toEqual([[], 0, false]);
  });

  it('the popup learns which invoices have a copy to offer "Attach the invoice" for', async () => {
    const db = await seed();
    const next = (await createHandlers({}, db)['ui:nextActions'](
      { type: 'ui:nextActions', invoiceIds: [FA1, FA3] },
      { kind: 'extension-page' },
    )) as Record<string, { files: number } | null>;
    expect([next[FA1]?.files, next[FA3]?.files]).toEqual([1, 1]);
    await putInvoiceFile({ invoiceId: FA1, name: 'FA-1 bis.pdf', type: 'application/pdf', data: PDF, origin: 'dropped' }, db);
    await db.files.delete(`${FA3}|FA-3.pdf`);
    const after = (await createHandlers({}, db)['ui:nextActions'](
      { type: 'ui:nextActions', invoiceIds: [FA1, FA3] },
      { kind: 'extension-page' },
    )) as Record<string, { files: number } | null>;
    expect([after[FA1]?.files, after[FA3]?.files]).toEqual([2, 0]);
  });

  it('"Draft in Gmail / Outlook" attaches it by default for the first reminder, or as the popup says', async () => {
    const db = await seed();
    expect((await prepareDraft([FA1], DAY, db)).attachments.map((a) => a.name)).toEqual(['FA-1.pdf']);
    expect((await prepareDraft([FA1], DAY, db, false)).attachments).toEqual([]);
  });
});

describe("cs:mailAttachment: the file's bytes for a webmail tab", () => {
  it('are given only to the tab whose compose Relance wrote for that invoice, as base64 that decodes to the stored bytes', async () => {
    const db = await seed();
    const handlers = createHandlers({}, db);
    const ask = (fileId: string, context = tab7) =>
      handlers['cs:mailAttachment']({ type: 'cs:mailAttachment', fileId }, context) as Promise<AttachmentBytes>;
    await expect(ask(`${FA1}|FA-1.pdf`)).rejects.toThrow('does not belong');
    await handlers['cs:mailCompose']({ type: 'cs:mailCompose', invoiceIds: [FA1], stage: 'reminder1' }, tab7);
    const file = await ask(`${FA1}|FA-1.pdf`);
    expect([file.name, file.type]).toEqual(['FA-1.pdf', 'application/pdf']);
    expect(decode(file.data)).toEqual(PDF);
    // Another tab, another client's invoice, a file that does not exist, a page that is not a webmail.
    await expect(ask(`${FA1}|FA-1.pdf`, { ...tab7, tabId: 8 })).rejects.toThrow('does not belong');
    await expect(ask(`${FA3}|FA-3.pdf`)).rejects.toThrow('does not belong');
    await expect(ask(`${FA1}|other.pdf`)).rejects.toThrow('does not belong');
    await expect(ask(`${FA1}|FA-1.pdf`, { ...tab7, origin: 'https://erp.example.fr' })).rejects.toThrow('Gmail and Outlook only');
    await expect(ask(`${FA1}|FA-1.pdf`, { ...tab7, tabId: undefined as unknown as number })).rejects.toThrow();
  });

  it('are given to the tab a "Draft in" link opened, once it has taken its reminder', async () => {
    const db = await seed();
    const handlers = createHandlers({}, db);
    const draft = await prepareDraft([FA3], DAY, db);
    await setPendingFill(9, { ...draft, webmail: 'outlook' } as PendingFill);
    const outlook = { ...tab7, origin: 'https://outlook.office.com', tabId: 9 };
    await expect(readAttachment(`${FA3}|FA-3.pdf`, 9, db)).rejects.toThrow();
    await handlers['cs:mailTakeFill']({ type: 'cs:mailTakeFill', webmail: 'outlook' }, outlook);
    expect(decode((await readAttachment(`${FA3}|FA-3.pdf`, 9, db)).data)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('expire two hours after the compose', async () => {
    const db = await seed();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T10:00:00Z'));
    await createHandlers({}, db)['cs:mailCompose']({ type: 'cs:mailCompose', invoiceIds: [FA1], stage: 'reminder1' }, tab7);
    await expect(readAttachment(`${FA1}|FA-1.pdf`, 7, db, Date.now() + 2 * 3_600_000 - 1)).resolves.toMatchObject({ name: 'FA-1.pdf' });
    await expect(readAttachment(`${FA1}|FA-1.pdf`, 7, db, Date.now() + 2 * 3_600_000 + 1)).rejects.toThrow();
  });

  it('are refused by the router when malformed or from an extension page', async () => {
    const db = await seed();
    const route = createRouter(createHandlers({}, db), { id: 'relance', origin: 'chrome-extension://relance' });
    const cs = { id: 'relance', origin: 'https://mail.google.com', tab: { id: 7 }, frameId: 0 };
    expect(await route({ type: 'cs:mailAttachment', fileId: 'x'.repeat(601) }, cs)).toEqual({ ok: false, error: 'malformed message' });
    expect(await route({ type: 'cs:mailAttachment' }, cs)).toEqual({ ok: false, error: 'malformed message' });
    expect(
      await route({ type: 'cs:mailAttachment', fileId: `${FA1}|FA-1.pdf` }, { id: 'relance', origin: 'chrome-extension://relance' }),
    ).toEqual({ ok: false, error: 'not allowed' });
  });

  it("encodes any byte, and a 10 MB file within Chrome's message cap", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decode(toBase64(all))).toEqual(all);
    expect(toBase64(new Uint8Array(10 * 1024 * 1024)).length).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('a reminder sent with its invoice attached', () => {
  it('records which file went with it; a file of another invoice is not recorded', async () => {
    const db = await seed();
    await createHandlers({}, db)['cs:mailSent'](
      {
        type: 'cs:mailSent',
        invoiceIds: [FA1],
        stage: 'reminder1',
        webmail: 'gmail',
        to: ['compta@boulangerie-dupont.fr'],
        subject: 'S',
        attachments: [
          { fileId: `${FA1}|FA-1.pdf`, name: 'FA-1.pdf' },
          { fileId: `${FA3}|FA-3.pdf`, name: 'FA-3.pdf' },
          { fileId: `${FA1}|FA-1.pdf`, name: 'FA-1.pdf' },
        ],
      },
      tab7,
    );
    await createHandlers({}, db)['cs:mailSent'](
      { type: 'cs:mailSent', invoiceIds: [FA3], stage: 'reminder1', webmail: 'gmail', to: [], subject: 'T' },
      tab7,
    );
    const events = await db.events.orderBy('id').toArray();
    expect(events.map((e) => [e.subject, e.attachments])).toEqual([
      ['S', [{ fileId: `${FA1}|FA-1.pdf`, name: 'FA-1.pdf' }]],
      ['T', undefined],
    ]);
  });
});
