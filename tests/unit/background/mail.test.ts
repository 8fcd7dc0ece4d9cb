import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { lookupForCompose, recordSentFromWebmail, RETRACT_WINDOW_MS, retractSentFromWebmail } from '../../../lib/background/mail';
import { savePrepared, setPendingFill, takePendingFill, takePrepared } from '../../../lib/background/pending-fills';
import { getSettings, recordEvent, upsertDetected } from '../../../lib/db';
import type { ComposedReminder } from '../../../lib/mail/messages';
import { captured, freshDb } from '../db/helpers';

const DAY = '2026-03-09';

async function seed() {
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
      captured('FA-4', { clientName: 'Garage Martin SARL', dueDate: '2026-01-10', status: 'cancelled' }),
      captured('FA-5', { clientName: 'Cabinet Leroy', dueDate: '2026-03-21' }),
    ],
    { today: DAY },
    db,
  );
  return db;
}

const gmail = { kind: 'content-script' as const, origin: 'https://mail.google.com', tabId: 7, frameId: 0 };

describe('the compose picker data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds the client from a recipient, with its open invoices, their stage and the most urgent one', async () => {
    const db = await seed();
    const data = await lookupForCompose([{ email: 'compta@boulangerie-dupont.fr', name: 'Mme Dupont' }], '', DAY, db);
    expect(data.clients).toHaveLength(1);
    const client = data.clients[0]!;
    expect(client).toMatchObject({ id: 'boulangerie-dupont-fils', by: 'domain', stage: 'reminder1' });
    expect(client.invoices.map((i) => [i.number, i.stage, i.daysLate])).toEqual([
      ['FA-1', 'reminder1', 9],
      ['FA-2', null, 0],
    ]);
    expect(data.templates.some((t) => t.id === 'fr-reminder1-standard' && t.builtin)).toBe(true);
    expect(data.templates.every((t) => t.stage !== 'call' && t.stage !== 'litigation')).toBe(true);
  });

  it('leaves cancelled invoices out and searches by name or invoice number when nothing matches', async () => {
    const db = await seed();
    expect((await lookupForCompose([{ email: 'someone@gmail.com' }], '', DAY, db)).clients).toEqual([]);
    const byNumber = await lookupForCompose([], 'fa-3', DAY, db);
    expect(byNumber.clients.map((c) => [c.id, c.by, c.invoices.map((i) => i.number)])).toEqual([
      ['garage-martin-sarl', 'search', ['FA-3']],
    ]);
    expect((await lookupForCompose([], 'leroy', DAY, db)).clients.map((c) => [c.id, c.stage])).toEqual([['cabinet-leroy', 'courtesy']]);
  });

  it('only answers content scripts of Gmail and Outlook', async () => {
    const db = await seed();
    const handlers = createHandlers({}, db);
    const message = { type: 'cs:mailLookup' as const, recipients: [], query: 'leroy' };
    await expect(handlers['cs:mailLookup'](message, { ...gmail, origin: 'https://erp.example.fr' })).rejects.toThrow(
      'Gmail and Outlook only',
    );
    await expect(handlers['cs:mailLookup'](message, { ...gmail, origin: 'https://outlook.office.com' })).resolves.toMatchObject({
      clients: [{ id: 'cabinet-leroy' }],
    });
    await expect(
      handlers['cs:mailSent'](
        { type: 'cs:mailSent', invoiceIds: ['erp.example.fr:FA-5'], stage: 'courtesy', webmail: 'gmail', to: [], subject: 's' },
        { ...gmail, origin: 'https://evil.example' },
      ),
    ).rejects.toThrow();
    expect(await db.events.count()).toBe(0);
  });

  it('renders the reminder with the template the user picked, or the stage default', async () => {
    const db = await seed();
    const handlers = createHandlers({}, db);
    const picked = await handlers['cs:mailCompose'](
      { type: 'cs:mailCompose', invoiceIds: ['erp.example.fr:FA-1'], stage: 'reminder1', templateId: 'en-reminder1-firm' },
      gmail,
    );
    expect(picked).toMatchObject({ templateId: 'en-reminder1-firm', stage: 'reminder1' });
    expect((picked as ComposedReminder).subject).toMatch(/^Reminder: Invoice FA-1/);
    const fallback = await handlers['cs:mailCompose'](
      { type: 'cs:mailCompose', invoiceIds: ['erp.example.fr:FA-1'], stage: 'reminder2', templateId: 'en-reminder1-firm' },
      gmail,
    );
    expect((fallback as ComposedReminder).templateId).toMatch(/reminder2/);
  });
});

describe('a reminder sent from a webmail', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T10:00:00'));
  });

  it('is recorded with its recipients and subject, moves the schedule on, and teaches the client its addresses', async () => {
    const db = await seed();
    const before = await lookupForCompose([{ email: 'compta@boulangerie-dupont.fr' }], '', DAY, db);
    expect(before.clients[0]!.invoices[0]!.stage).toBe('reminder1');
    const result = await recordSentFromWebmail(
      {
        invoiceIds: ['erp.example.fr:FA-1'],
        stage: 'reminder1',
        webmail: 'gmail',
        to: ['Compta@Boulangerie-Dupont.fr', 'not an address', 'compta@boulangerie-dupont.fr'],
        subject: 'Invoice FA-1 awaiting payment',
      },
      DAY,
      db,
    );
    expect(result.learned).toEqual(['compta@boulangerie-dupont.fr']);
    await createHandlers({}, db)['cs:mailSent'](
      { type: 'cs:mailSent', invoiceIds: ['erp.example.fr:FA-5'], stage: 'courtesy', webmail: 'outlook', to: [], subject: 'x' },
      { ...gmail, origin: 'https://outlook.live.com' },
    );
    expect((await getSettings(db)).webmail).toBe('outlook'); // notifications now open Outlook
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({
      action: 'sent',
      channel: 'email',
      stage: 'reminder1',
      date: DAY,
      to: ['compta@boulangerie-dupont.fr'],
      subject: 'Invoice FA-1 awaiting payment',
      note: 'Gmail',
    });
    expect((await db.clients.get('boulangerie-dupont-fils'))?.emails).toEqual(['compta@boulangerie-dupont.fr']);
    const after = await lookupForCompose([{ email: 'compta@boulangerie-dupont.fr' }], '', DAY, db);
    expect(after.clients[0]!.by).toBe('email');
    expect(after.clients[0]!.invoices[0]!.stage).toBeNull(); // reminder 2 waits its gap
  });

  it("records the client's known address for a recipient shown by name only (an Outlook chip), and nothing for another name or an unknown address", async () => {
    const db = await seed();
    await recordSentFromWebmail(
      { invoiceIds: ['erp.example.fr:FA-3'], stage: 'reminder1', webmail: 'outlook', to: [], names: ['Garage Martin SARL'], subject: 'x' },
      DAY,
      db,
    );
    await recordSentFromWebmail(
      { invoiceIds: ['erp.example.fr:FA-3'], stage: 'reminder1', webmail: 'outlook', to: [], names: ['Paul Durand'], subject: 'y' },
      DAY,
      db,
    );
    await recordSentFromWebmail(
      { invoiceIds: ['erp.example.fr:FA-5'], stage: 'courtesy', webmail: 'outlook', to: [], names: ['Cabinet Leroy'], subject: 'z' },
      DAY,
      db,
    );
    expect((await db.events.orderBy('id').toArray()).map((e) => [e.subject, e.to])).toEqual([
      ['x', ['factures@garage-martin.fr']],
      ['y', []],
      ['z', []],
    ]);
  });

  it('keeps the addresses already known and refuses invoices that do not exist', async () => {
    const db = await seed();
    await recordEvent(
      {
        invoiceIds: ['erp.example.fr:FA-3'],
        clientId: 'garage-martin-sarl',
        stage: 'reminder1',
        channel: 'email',
        action: 'sent',
        at: '2026-02-05T09:00:00.000Z',
        date: '2026-02-05',
        to: [],
      },
      db,
    );
    const result = await recordSentFromWebmail(
      { invoiceIds: ['erp.example.fr:FA-3'], stage: 'reminder2', webmail: 'outlook', to: ['factures@garage-martin.fr'], subject: 'x' },
      DAY,
      db,
    );
    expect(result.learned).toEqual([]);
    expect((await db.clients.get('garage-martin-sarl'))?.emails).toEqual(['factures@garage-martin.fr']);
    await expect(
      recordSentFromWebmail({ invoiceIds: ['nowhere:1'], stage: 'reminder1', webmail: 'gmail', to: [], subject: '' }, DAY, db),
    ).rejects.toThrow('invoice not found');
  });
});

describe('a send the user undid in the webmail', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T10:00:00'));
  });
  const send = {
    invoiceIds: ['erp.example.fr:FA-1'],
    stage: 'reminder1' as const,
    webmail: 'gmail' as const,
    to: ['compta@boulangerie-dupont.fr'],
    subject: 'Relance FA-1',
  };

  it('leaves the history and the schedule as they were before it, and forgets the address it taught', async () => {
    const db = await seed();
    const { eventId, learned } = await recordSentFromWebmail(send, DAY, db);
    expect((await lookupForCompose([], 'fa-1', DAY, db)).clients[0]!.invoices[0]!.stage).toBeNull();
    await createHandlers({}, db)['cs:mailUnsent']({ type: 'cs:mailUnsent', eventId, learned }, gmail);
    expect(await db.events.count()).toBe(0);
    expect((await lookupForCompose([], 'fa-1', DAY, db)).clients[0]!.invoices[0]!.stage).toBe('reminder1');
    expect((await db.clients.get('boulangerie-dupont-fils'))?.emails).toEqual([]);
  });

  it('can only take back a recent send recorded from the same webmail, and only the addresses it went to', async () => {
    const db = await seed();
    const { eventId } = await recordSentFromWebmail(send, DAY, db);
    await expect(retractSentFromWebmail({ eventId, webmail: 'outlook', learned: [] }, db)).rejects.toThrow('can no longer be taken back');
    await expect(retractSentFromWebmail({ eventId: eventId + 1, webmail: 'gmail', learned: [] }, db)).rejects.toThrow(
      'can no longer be taken back',
    );
    await expect(
      retractSentFromWebmail({ eventId, webmail: 'gmail', learned: [] }, db, Date.now() + RETRACT_WINDOW_MS + 1),
    ).rejects.toThrow('can no longer be taken back');
    const call = await recordEvent(
      {
        invoiceIds: ['erp.example.fr:FA-3'],
        clientId: 'garage-martin-sarl',
        stage: 'call',
        channel: 'phone',
        action: 'done',
        at: new Date().toISOString(),
        date: DAY,
        to: [],
      },
      db,
    );
    await expect(retractSentFromWebmail({ eventId: call.id!, webmail: 'gmail', learned: [] }, db)).rejects.toThrow(
      'can no longer be taken back',
    );
    // An address the send did not go to stays, whatever the page asks.
    await retractSentFromWebmail({ eventId, webmail: 'gmail', learned: ['factures@garage-martin.fr', 'compta@boulangerie-dupont.fr'] }, db);
    expect((await db.clients.get('garage-martin-sarl'))?.emails).toEqual(['factures@garage-martin.fr']);
    expect((await db.events.toArray()).map((e) => e.id)).toEqual([call.id]);
  });
});

describe('reminders waiting for a webmail tab', () => {
  const fill: ComposedReminder = {
    invoiceIds: ['a:1'],
    numbers: ['1'],
    clientId: 'c',
    stage: 'reminder1',
    templateId: 't',
    to: [],
    subject: 'S',
    html: '<p>x</p>',
    text: 'x',
    attachments: [],
    attachable: 0,
  };
  beforeEach(() => fakeBrowser.reset());

  it('are taken once, by the tab they were opened in, for the webmail they were opened in', async () => {
    await setPendingFill(4, { ...fill, webmail: 'gmail' }, 1_000);
    expect(await takePendingFill(5, 'gmail', 2_000)).toBeNull();
    expect(await takePendingFill(4, 'gmail', 2_000)).toMatchObject({ subject: 'S', webmail: 'gmail' });
    expect(await takePendingFill(4, 'gmail', 2_000)).toBeNull();
    await setPendingFill(4, { ...fill, webmail: 'outlook' }, 1_000);
    expect(await takePendingFill(4, 'gmail', 2_000)).toBeNull();
  });

  it('expire after a few minutes, and a prepared draft opens once', async () => {
    await setPendingFill(4, { ...fill, webmail: 'gmail' }, 0);
    expect(await takePendingFill(4, 'gmail', 10 * 60_000)).toBeNull();
    const token = await savePrepared(fill, 0);
    expect(await takePrepared(token, 1_000)).toEqual(fill);
    expect(await takePrepared(token, 1_000)).toBeNull();
  });
});
