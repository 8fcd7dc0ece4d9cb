import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composeReminder, prepareDraft } from '../../../lib/background/drafts';
import { createHandlers } from '../../../lib/background/handlers';
import { composeForCompose, recordSentFromWebmail, retractSentFromWebmail } from '../../../lib/background/mail';
import { ClientSchema } from '../../../lib/core';
import { upsertDetected } from '../../../lib/db';
import { captured, freshDb } from '../db/helpers';

const DAY = '2026-11-22';
const A = 'erp.example.fr';
const B = 'other-portal.example';
const on = (host: string, number: string, over: Record<string, unknown> = {}) =>
  captured(number, { source: { url: `https://${host}/list`, host, method: 'table', seenAt: '2026-11-20T08:00:00.000Z' }, ...over });
const gmail = { kind: 'content-script' as const, origin: 'https://mail.google.com', tabId: 7, frameId: 0 };

describe('learned addresses and who a reminder goes to', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
  });

  it('keeps where every address came from: the portal page (host), the send (event), when', async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'Garage Martin SARL', clientEmail: 'compta@garage-martin.fr' })], { today: DAY }, db);
    const { eventId } = await recordSentFromWebmail(
      { invoiceIds: [`${A}:F1`], stage: 'reminder1', webmail: 'gmail', to: ['direction@garage-martin.fr'], subject: 's' },
      DAY,
      db,
    );
    const client = (await db.clients.get('garage-martin-sarl'))!;
    expect(client.emailSources).toEqual([
      { email: 'compta@garage-martin.fr', from: 'portal', host: A, at: '2026-11-22T10:00:00.000Z' },
      { email: 'direction@garage-martin.fr', from: 'send', eventId, at: '2026-11-22T10:00:00.000Z' },
    ]);
  });

  it('a client stored before sources existed stays valid, with no sources', () => {
    const old = ClientSchema.parse({
      id: 'c',
      name: 'C',
      emails: ['a@c.fr'],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(old.emailSources).toEqual([]);
  });

  it("one site cannot choose the recipient of another site's invoice: the same client name on site B with an attacker's address", async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'GARAGE MARTIN – sarl', clientEmail: 'compta@garage-martin.fr' })], { today: DAY }, db);
    await upsertDetected([on(B, 'X1', { clientName: 'Garage Martin SARL', clientEmail: 'attacker@evil.example' })], { today: DAY }, db);
    const client = (await db.clients.get('garage-martin-sarl'))!;
    expect(client.emails).toEqual(['compta@garage-martin.fr', 'attacker@evil.example']); // shown on the client, with its source
    const forA = await composeReminder([`${A}:F1`], DAY, db);
    expect(forA.to).toEqual(['compta@garage-martin.fr']);
    const forB = await composeReminder([`${B}:X1`], DAY, db);
    expect(forB.to).toEqual(['attacker@evil.example']); // site B's own address, for site B's own invoice
  });

  it('an address from another site is not used silently when it is the only one: To stays empty, the address is flagged with its source', async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'GARAGE MARTIN – sarl' })], { today: DAY }, db);
    await upsertDetected([on(B, 'X1', { clientName: 'Garage Martin SARL', clientEmail: 'attacker@evil.example' })], { today: DAY }, db);
    const reminder = await composeForCompose([`${A}:F1`], 'reminder1', undefined, DAY, db);
    expect(reminder.to).toEqual([]);
    expect(reminder.newAddress).toEqual({ email: 'attacker@evil.example', from: 'portal', host: B, at: '2026-11-22T10:00:00.000Z' });
    const draft = await prepareDraft([`${A}:F1`], DAY, db);
    expect(draft.to).toEqual([]);
  });

  it("a forged send cannot make the next reminder go to the address it taught, outside the client's known domains", async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'Garage Martin SARL' })], { today: DAY }, db);
    const handlers = createHandlers({}, db);
    await handlers['cs:mailSent'](
      { type: 'cs:mailSent', invoiceIds: [`${A}:F1`], stage: 'reminder1', webmail: 'gmail', to: ['attacker@evil.example'], subject: 'x' },
      gmail,
    );
    const reminder = await composeForCompose([`${A}:F1`], 'reminder2', undefined, DAY, db);
    expect(reminder.to).toEqual([]);
    expect(reminder.newAddress).toMatchObject({ email: 'attacker@evil.example', from: 'send', eventId: expect.any(Number) });
  });

  it('an address at a domain the client already has is used: a colleague the user wrote to, a second portal address', async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'Garage Martin SARL', clientEmail: 'compta@garage-martin.fr' })], { today: DAY }, db);
    await recordSentFromWebmail(
      {
        invoiceIds: [`${A}:F1`],
        stage: 'reminder1',
        webmail: 'gmail',
        to: ['direction@garage-martin.fr', 'someone@gmail.com'],
        subject: 's',
      },
      DAY,
      db,
    );
    const reminder = await composeForCompose([`${A}:F1`], 'reminder2', undefined, DAY, db);
    expect(reminder.to).toEqual(['compta@garage-martin.fr']);
    expect(reminder.newAddress).toBeUndefined();
    await db.clients.update('garage-martin-sarl', {
      emails: ['direction@garage-martin.fr', 'someone@gmail.com', 'compta@garage-martin.fr'],
    });
    expect((await composeForCompose([`${A}:F1`], 'reminder2', undefined, DAY, db)).to).toEqual(['direction@garage-martin.fr']);
  });

  it("a mailbox provider's domain confirms nothing: another gmail.com address is still new", async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'Plombier Durand', clientEmail: 'durand.plomberie@gmail.com' })], { today: DAY }, db);
    await recordSentFromWebmail(
      { invoiceIds: [`${A}:F1`], stage: 'reminder1', webmail: 'gmail', to: ['attacker@gmail.com'], subject: 's' },
      DAY,
      db,
    );
    await db.clients.update('plombier-durand', { emails: ['attacker@gmail.com', 'durand.plomberie@gmail.com'] });
    expect((await composeForCompose([`${A}:F1`], 'reminder2', undefined, DAY, db)).to).toEqual(['durand.plomberie@gmail.com']);
  });

  it('asks once: after the user confirms the address in the picker, reminders go to it', async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'Garage Martin SARL' })], { today: DAY }, db);
    await recordSentFromWebmail(
      { invoiceIds: [`${A}:F1`], stage: 'reminder1', webmail: 'gmail', to: ['martin.garage@orange.fr'], subject: 's' },
      DAY,
      db,
    );
    const handlers = createHandlers({}, db);
    await expect(
      handlers['cs:mailConfirmAddress'](
        { type: 'cs:mailConfirmAddress', clientId: 'garage-martin-sarl', email: 'never-learned@evil.example' },
        gmail,
      ),
    ).rejects.toThrow();
    await expect(
      handlers['cs:mailConfirmAddress'](
        { type: 'cs:mailConfirmAddress', clientId: 'garage-martin-sarl', email: 'martin.garage@orange.fr' },
        { ...gmail, origin: 'https://erp.example.fr' },
      ),
    ).rejects.toThrow();
    await handlers['cs:mailConfirmAddress'](
      { type: 'cs:mailConfirmAddress', clientId: 'garage-martin-sarl', email: 'martin.garage@orange.fr' },
      gmail,
    );
    const reminder = await composeForCompose([`${A}:F1`], 'reminder2', undefined, DAY, db);
    expect(reminder.to).toEqual(['martin.garage@orange.fr']);
    expect(reminder.newAddress).toBeUndefined();
    expect((await db.clients.get('garage-martin-sarl'))!.emailSources.map((s) => s.from)).toEqual(['send', 'user']);
  });

  it('an undone send forgets the address and its source', async () => {
    const db = freshDb();
    await upsertDetected([on(A, 'F1', { clientName: 'Garage Martin SARL' })], { today: DAY }, db);
    const { eventId, learned } = await recordSentFromWebmail(
      { invoiceIds: [`${A}:F1`], stage: 'reminder1', webmail: 'gmail', to: ['x@garage-martin.fr'], subject: 's' },
      DAY,
      db,
    );
    await retractSentFromWebmail({ eventId, webmail: 'gmail', learned }, db, Date.now());
    const client = (await db.clients.get('garage-martin-sarl'))!;
    expect(client.emails).toEqual([]);
    expect(client.emailSources).toEqual([]);
  });
});
