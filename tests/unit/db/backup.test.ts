import { describe, expect, it } from 'vitest';
import type { ReminderEvent } from '../../../lib/core';
import { countOverdue, dueBefore, importBackup, ImportError, saveSettings, upsertDetected } from '../../../lib/db';
import { captured, exported, freshDb } from './helpers';

function sentEvent(invoiceId: string, stage: ReminderEvent['stage'], at: string): ReminderEvent {
  return {
    invoiceIds: [invoiceId],
    clientId: 'boulangerie-dupont-fils',
    stage,
    channel: 'email',
    action: 'sent',
    at,
    date: at.slice(0, 10),
    to: [],
  };
}

describe('export and import', () => {
  it('restores everything an export holds into an empty database', async () => {
    const source = freshDb();
    await upsertDetected([captured('A1', { clientEmail: 'a@b.fr' }), captured('A2')], { today: '2026-11-22' }, source);
    await source.events.add({
      invoiceIds: ['erp.example.fr:A1'],
      clientId: 'boulangerie-dupont-fils',
      stage: 'reminder1',
      channel: 'email',
      action: 'sent',
      at: '2026-11-10T09:00:00.000Z',
      date: '2026-11-10',
      to: ['a@b.fr'],
    });
    await saveSettings({ checkHour: 8 }, source);
    const text = JSON.stringify(await exported(source));

    const target = freshDb();
    expect(await importBackup(text, target)).toEqual({ invoices: 2, clients: 1, events: 1, templates: 0 });
    expect(await target.invoices.toArray()).toEqual(await source.invoices.toArray());
    expect((await target.settings.get('settings'))?.value).toMatchObject({ checkHour: 8 });
  });

  it('counts an invoice that a file holds twice once, the last copy winning', async () => {
    const source = freshDb();
    await upsertDetected(
      [captured('A1', { dueDate: '2026-11-01' }), captured('A2', { dueDate: '2026-11-02' })],
      { today: '2026-11-22' },
      source,
    );
    const backup = await exported(source);
    backup.invoices.push({ ...backup.invoices[0]!, amountDue: { minor: 40_000, currency: 'EUR' }, status: 'partial' });

    const target = freshDb();
    expect((await importBackup(JSON.stringify(backup), target)).invoices).toBe(2);
    const recount = (await target.invoices.toArray()).filter((i) => i.unpaid === 1 && i.dueDate < '2026-11-22');
    expect(await countOverdue('2026-11-22', target)).toBe(recount.length);
    expect(await dueBefore(target, '2026-11-22')).toEqual({ count: 2, totals: [{ minor: 190_000, currency: 'EUR' }] });
    expect((await target.invoices.get('erp.example.fr:A1'))?.amountDue.minor).toBe(40_000);
  });

  it('adds the events of a backup from another device under new ids, never replacing the local history', async () => {
    const other = freshDb();
    await upsertDetected([captured('A1')], { today: '2026-11-22' }, other);
    await other.events.add(sentEvent('erp.example.fr:A1', 'reminder1', '2026-11-10T09:00:00.000Z'));
    const text = JSON.stringify(await exported(other));

    const local = freshDb();
    await upsertDetected([captured('A1')], { today: '2026-11-22' }, local);
    const mine = await local.events.add(sentEvent('erp.example.fr:A1', 'reminder2', '2026-11-20T09:00:00.000Z'));
    expect(mine).toBe(1); // the same id as the file's event
    expect((await importBackup(text, local)).events).toBe(1);
    const events = await local.events.orderBy('at').toArray();
    expect(events.map((e) => [e.stage, e.at])).toEqual([
      ['reminder1', '2026-11-10T09:00:00.000Z'],
      ['reminder2', '2026-11-20T09:00:00.000Z'],
    ]);
    expect((await local.events.get(mine))?.stage).toBe('reminder2');
  });

  it('adds nothing when the same backup is imported twice, nor for an event the file holds twice', async () => {
    const source = freshDb();
    await upsertDetected([captured('A1'), captured('A2')], { today: '2026-11-22' }, source);
    await source.events.add(sentEvent('erp.example.fr:A1', 'reminder1', '2026-11-10T09:00:00.000Z'));
    await source.events.add(sentEvent('erp.example.fr:A2', 'reminder1', '2026-11-10T09:00:00.000Z'));
    const backup = await exported(source);
    backup.events.push({ ...backup.events[0]!, id: 99 });
    const text = JSON.stringify(backup);

    const target = freshDb();
    expect((await importBackup(text, target)).events).toBe(2);
    expect((await importBackup(text, target)).events).toBe(0);
    expect(await target.events.count()).toBe(2);
    expect(await target.invoices.count()).toBe(2);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another JSON file', '{"hello":1}', /not a Relance backup/],
    ['one bad invoice among good ones', 'BAD', /Nothing was imported: invoices\.1\.dueDate/],
  ])('refuses %s with a clear message and writes nothing', async (_label, text, message) => {
    const source = freshDb();
    await upsertDetected([captured('A1'), captured('A2')], { today: '2026-11-22' }, source);
    const backup = await exported(source);
    (backup.invoices[1] as { dueDate: string }).dueDate = '2026-13-01';
    const input = text === 'BAD' ? JSON.stringify(backup) : text;

    const target = freshDb();
    await upsertDetected([captured('KEEP')], { today: '2026-11-22' }, target);
    const error = await importBackup(input, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect((await target.invoices.toArray()).map((i) => i.number)).toEqual(['KEEP']);
  });
});

describe('settings', () => {
  it('merges a change into what is stored, one level deep, without resetting other keys', async () => {
    const { getSettings } = await import('../../../lib/db');
    const db = freshDb();
    await saveSettings({ checkHour: 8, company: { name: 'Atelier Lumière', iban: 'FR76 3000 6000 0112 3456 7890 189' } }, db);
    await saveSettings({ company: { bic: 'AGRIFRPP' } }, db);
    expect(await getSettings(db)).toMatchObject({
      checkHour: 8,
      company: { name: 'Atelier Lumière', bic: 'AGRIFRPP' },
      schedule: { reminder1DaysAfter: 7 },
    });
  });

  it('refuses an invalid value and keeps the stored settings', async () => {
    const { getSettings } = await import('../../../lib/db');
    const db = freshDb();
    await saveSettings({ checkHour: 8 }, db);
    await expect(saveSettings({ checkHour: 25 }, db)).rejects.toThrow();
    await expect(saveSettings({ company: { paymentLinkPattern: 'javascript:alert(1)' } }, db)).rejects.toThrow();
    expect((await getSettings(db)).checkHour).toBe(8);
  });
});
