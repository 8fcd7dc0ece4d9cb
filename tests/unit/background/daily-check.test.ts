import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '../../../lib/background/badge';
import { GROUP_ABOVE, runDailyCheck } from '../../../lib/background/daily-check';
import { DAILY_ALARM, ensureDailyAlarm, nextCheckTime, onNotificationButton, wakeUp } from '../../../lib/background/scheduler';
import { recordEvent, saveSettings, upsertDetected } from '../../../lib/db';
import { takePendingFill } from '../../../lib/background/pending-fills';
import { captured, freshDb } from '../db/helpers';

// Monday 9 March 2026, a working day in France.
const DAY = '2026-03-09';

async function seed(db = freshDb(), clients = ['Boulangerie Dupont', 'Garage Martin']) {
  await upsertDetected(
    clients.map((clientName, i) =>
      captured(`F${i}`, { clientName, dueDate: '2026-03-02', total: { minor: 124_000 + i, currency: 'EUR' } }),
    ),
    { today: DAY },
    db,
  );
  return db;
}

describe('daily check', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T09:00:00'));
  });

  it('notifies each due action once, with what to do, and buttons that name it', async () => {
    const db = await seed();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const result = await runDailyCheck(DAY, db);
    expect(result.groups.map((g) => [g.clientName, g.stage])).toEqual([
      ['Boulangerie Dupont', 'reminder1'],
      ['Garage Martin', 'reminder1'],
    ]);
    expect(result.created).toEqual(['relance|2026-03-09|reminder1|boulangerie-dupont', 'relance|2026-03-09|reminder1|garage-martin']);
    const [, options] = create.mock.calls[0]! as unknown as [string, { title: string; message: string; buttons: { title: string }[] }];
    expect(options.title).toMatch(/^F0 · Boulangerie Dupont · 1 ?240,00 € · 7 jours de retard$/);
    expect(options.message).toBe('Première relance');
    expect(options.buttons.map((b) => b.title)).toEqual(["Rédiger l'e-mail", 'Marquer payée']);
  });

  it('notifies one message per invoice when the user turned grouping per client off, one grouped message otherwise', async () => {
    const db = await seed(freshDb(), ['Garage Martin', 'Garage Martin']);
    const grouped = await runDailyCheck(DAY, db);
    expect(grouped.groups.map((g) => g.invoices.length)).toEqual([2]);
    expect(grouped.created).toEqual(['relance|2026-03-09|reminder1|garage-martin']);
    fakeBrowser.reset();
    await saveSettings({ schedule: { groupPerClient: false } }, db);
    const single = await runDailyCheck(DAY, db);
    expect(single.groups.map((g) => g.invoices.length)).toEqual([1, 1]);
    expect(single.created).toEqual([
      'relance|2026-03-09|reminder1|garage-martin|erp.example.fr:F0',
      'relance|2026-03-09|reminder1|garage-martin|erp.example.fr:F1',
    ]);
  });

  it('creates no duplicate when run again the same day, after a worker restart or a data change', async () => {
    const db = await seed();
    await runDailyCheck(DAY, db);
    const again = await runDailyCheck(DAY, db);
    expect(again.created).toEqual([]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(2);
  });

  it('notifies again the next day what is still to do', async () => {
    const db = await seed();
    await runDailyCheck(DAY, db);
    expect((await runDailyCheck('2026-03-10', db)).created).toHaveLength(2);
  });

  it(`groups more than ${GROUP_ABOVE} due actions into one summary`, async () => {
    const db = await seed(freshDb(), ['A', 'B', 'C', 'D', 'E']);
    const result = await runDailyCheck(DAY, db);
    expect(result.created).toEqual(['relance|2026-03-09|summary']);
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual(['relance|2026-03-09|summary']);
  });

  it('colours the badge by the most serious stage reached', async () => {
    const db = await seed();
    await recordEvent(
      {
        invoiceIds: ['erp.example.fr:F0'],
        clientId: 'boulangerie-dupont',
        stage: 'reminder1',
        channel: 'email',
        action: 'sent',
        at: '2026-03-09T10:00:00.000Z',
        date: DAY,
        to: [],
      },
      db,
    );
    expect((await runDailyCheck('2026-03-20', db)).worst).toBe('reminder2');
    await refreshBadge('2026-03-20', db);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc5, 0x22, 0x1f, 255]);
  });

  it('marks every invoice of a notification paid from its button, and clears it', async () => {
    const db = await seed();
    const { created } = await runDailyCheck(DAY, db);
    await onNotificationButton(created[0]!, 1, db);
    expect((await db.invoices.get('erp.example.fr:F0'))?.status).toBe('paid');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([created[1]]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it.each(['gmail', 'outlook'] as const)(
    'opens "Draft e-mail" in the webmail the user works in (%s), leaving the formatted reminder for that tab',
    async (webmail) => {
      const db = await seed();
      await saveSettings({ webmail }, db);
      const { created } = await runDailyCheck(DAY, db);
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      create.mockClear();
      await onNotificationButton(created[0]!, 0, db);
      const url = new URL(create.mock.calls[0]![0].url!);
      expect(url.host).toBe(webmail === 'gmail' ? 'mail.google.com' : 'outlook.office.com');
      const tab = await create.mock.results[0]!.value;
      expect(await takePendingFill(tab.id, webmail)).toMatchObject({ webmail, invoiceIds: ['erp.example.fr:F0'] });
    },
  );

  it('logs a call once even when the click is delivered twice', async () => {
    const db = await seed();
    const { created } = await runDailyCheck('2026-03-05', db);
    expect(created[0]).toBe('relance|2026-03-05|call|boulangerie-dupont');
    await onNotificationButton(created[0]!, 0, db);
    await onNotificationButton(created[0]!, 0, db);
    expect((await db.events.toArray()).filter((e) => e.stage === 'call')).toHaveLength(1);
  });
});

describe('alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['2026-03-09T08:59:00', 9, '2026-03-09T09:00:00'],
    ['2026-03-09T09:00:00', 9, '2026-03-10T09:00:00'],
    ['2026-03-28T10:00:00', 9, '2026-03-29T09:00:00'], // the night clocks go forward in Europe
  ])('after %s at hour %i the next check is %s local time', (now, hour, expected) => {
    expect(nextCheckTime(new Date(now), hour)).toBe(new Date(expected).getTime());
  });

  it('is created once and kept when armed again', async () => {
    const db = freshDb();
    const now = new Date('2026-03-09T10:00:00');
    const when = await ensureDailyAlarm(db, now);
    await ensureDailyAlarm(db, now);
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: DAILY_ALARM, scheduledTime: when })]);
  });

  it('catches up at startup a check missed while the browser was closed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T18:00:00'));
    // No portal enabled: the registered scripts are left as they are.
    fakeBrowser.permissions.getAll = async () => ({ origins: [], permissions: [] });
    fakeBrowser.scripting.getRegisteredContentScripts = async () => [];
    const db = await seed();
    await wakeUp(db);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toBeDefined();
  });
});
