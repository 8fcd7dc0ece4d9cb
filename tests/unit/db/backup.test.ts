import { describe, expect, it } from 'vitest';
import { exportAll, importAll, ImportError, saveSettings, upsertDetected } from '../../../lib/db';
import { captured, freshDb } from './helpers';

describe('export and import', () => {
  it('restores everything an export holds into an empty database', async () => {
    const source = freshDb();
    await upsertDetected([captured('A1', { clientEmail: 'a@b.fr' }), captured('A2')], { today: '2026-11-22' }, source);
    await source.events.add({ invoiceIds: ['erp.example.fr:A1'], clientId: 'boulangerie-dupont-fils', stage: 'reminder1', channel: 'email', action: 'sent', at: '2026-11-10T09:00:00.000Z', date: '2026-11-10', to: ['a@b.fr'] });
    await saveSettings({ checkHour: 8 }, source);
    const text = JSON.stringify(await exportAll(source));

    const target = freshDb();
    expect(await importAll(text, target)).toEqual({ invoices: 2, clients: 1, events: 1, templates: 0 });
    expect(await target.invoices.toArray()).toEqual(await source.invoices.toArray());
    expect((await target.settings.get('settings'))?.value).toMatchObject({ checkHour: 8 });
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another JSON file', '{"hello":1}', /not a Relance backup/],
    ['one bad invoice among good ones', 'BAD', /Nothing was imported: invoices\.1\.dueDate/],
  ])('refuses %s with a clear message and writes nothing', async (_label, text, message) => {
    const source = freshDb();
    await upsertDetected([captured('A1'), captured('A2')], { today: '2026-11-22' }, source);
    const backup = await exportAll(source);
    (backup.invoices[1] as { dueDate: string }).dueDate = '2026-13-01';
    const input = text === 'BAD' ? JSON.stringify(backup) : text;

    const target = freshDb();
    await upsertDetected([captured('KEEP')], { today: '2026-11-22' }, target);
    const error = await importAll(input, target).catch((e: unknown) => e);
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
    expect(await getSettings(db)).toMatchObject({ checkHour: 8, company: { name: 'Atelier Lumière', bic: 'AGRIFRPP' }, schedule: { reminder1DaysAfter: 7 } });
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
