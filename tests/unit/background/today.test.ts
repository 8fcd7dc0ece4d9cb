import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runDailyCheck } from '../../../lib/background/daily-check';
import { createHandlers } from '../../../lib/background/handlers';
import { keepScheduleReady, keptSchedule, todayReply, todaySchedule, touchesSchedule } from '../../../lib/background/today';
import { getSettings, loadScheduleItems, markPaid, openDatabase, putInvoiceFile, recordEvent, upsertDetected } from '../../../lib/db';
import { todayGroups } from '../../../lib/desk';
import { captured, freshDb } from '../db/helpers';

// Monday 9 March 2026, a working day in France.
const DAY = '2026-03-09';

/** `n` clients, client i with i + 1 overdue invoices of (i + 1) × 100 € each, due a week ago. */
async function seed(n: number, db = freshDb()) {
  const rows = Array.from({ length: n }, (_, c) =>
    Array.from({ length: c + 1 }, (_, k) =>
      captured(`F${c}-${k}`, { clientName: `Client ${c}`, dueDate: '2026-03-02', total: { minor: (c + 1) * 10_000, currency: 'EUR' } }),
    ),
  ).flat();
  await upsertDetected(rows, { today: DAY }, db);
  return db;
}

describe("today's schedule, kept by the background", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T09:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('answers the groups the desk would work out itself, the first `limit` of them, with the count of all', async () => {
    const db = await seed(5);
    const expected = todayGroups(await loadScheduleItems(DAY, 3, 60, db), await getSettings(db), DAY);
    const reply = await todayReply(DAY, 2, db);
    expect(reply.total).toBe(5);
    expect(reply.groups).toEqual(expected.slice(0, 2));
    expect(reply.groups.map((g) => [g.clientName, g.invoices.length])).toEqual([
      ['Client 4', 5],
      ['Client 3', 4],
    ]);
  });

  it('answers with the settings the schedule was worked out with, the ones stored, so the desk starts without reading them', async () => {
    const db = await seed(1);
    const stored = await getSettings(db);
    await db.settings.put({ key: 'settings', value: { ...stored, uiLanguage: 'en', webmail: 'outlook' } });
    const reply = await todayReply(DAY, 1, db);
    expect(reply.day).toBe(DAY);
    expect(reply.settings).toEqual(await getSettings(db));
    expect([reply.settings.uiLanguage, reply.settings.webmail]).toEqual(['en', 'outlook']);
  });

  it('works the schedule out once while nothing is written, and again after any write', async () => {
    const db = await seed(3);
    const first = await todaySchedule(DAY, db);
    expect(await todaySchedule(DAY, db)).toBe(first);
    await markPaid('erp.example.fr:F2-0', DAY, db);
    const after = await todaySchedule(DAY, db);
    expect(after).not.toBe(first);
    expect(after.groups.find((g) => g.clientName === 'Client 2')!.invoices.map((i) => i.number)).toEqual(['F2-1', 'F2-2']);
    expect(await todaySchedule(DAY, db)).toBe(after);
  });

  it('sees a write made through another connection to the database, as a page makes', async () => {
    const db = await seed(2);
    const first = await todaySchedule(DAY, db);
    const page = openDatabase(db.name);
    await recordEvent(
      {
        invoiceIds: ['erp.example.fr:F1-0', 'erp.example.fr:F1-1'],
        clientId: 'client-1',
        stage: 'reminder1',
        channel: 'email',
        action: 'sent',
        at: `${DAY}T09:00:00.000Z`,
        date: DAY,
        to: [],
      },
      page,
    );
    const after = await todaySchedule(DAY, db);
    expect(after).not.toBe(first);
    expect(after.groups.map((g) => g.clientName)).toEqual(['Client 0']);
    expect(after.done).toBe(1);
    page.close();
  });

  it('works it out again on another day, and asked twice at once, once', async () => {
    const db = await seed(2);
    const [a, b] = await Promise.all([todaySchedule(DAY, db), todaySchedule(DAY, db)]);
    expect(a).toBe(b);
    const tomorrow = await todaySchedule('2026-03-10', db);
    expect(tomorrow).not.toBe(a);
    expect(tomorrow.day).toBe('2026-03-10');
  });

  it('is what the daily check notifies and what ui:today answers', async () => {
    const db = await seed(2);
    const check = await runDailyCheck(DAY, db);
    const schedule = await todaySchedule(DAY, db);
    expect(check.groups.map((g) => g.clientId).sort()).toEqual(schedule.groups.map((g) => g.clientId).sort());
    const handlers = createHandlers({}, db);
    const reply = await handlers['ui:today']({ type: 'ui:today', limit: 1 }, { kind: 'extension-page' });
    expect(reply.total).toBe(2);
    expect(reply.groups.map((g) => g.clientName)).toEqual(['Client 1']);
  });

  it('keeps nothing for the data as it is after a write, nor for the next day, until worked out again', async () => {
    const db = await seed(2);
    const first = await todaySchedule(DAY, db);
    expect(keptSchedule(DAY, db)).toBe(todaySchedule(DAY, db));
    expect(keptSchedule('2026-03-10', db)).toBeUndefined();
    await markPaid('erp.example.fr:F1-0', DAY, db);
    expect(keptSchedule(DAY, db)).toBeUndefined();
    const after = await todaySchedule(DAY, db);
    expect(after).not.toBe(first);
    expect(await keptSchedule(DAY, db)).toBe(after);
  });
});

describe('which writes the kept schedule outlives', () => {
  const part = (name: string) => ({ [name]: { d: 0 as const } });

  it.each([
    ['an invoice', 'idb://relance/invoices/', true],
    ["an invoice's client index", 'idb://relance/invoices/[clientId+dueDate]', true],
    ['an event deleted', 'idb://relance/events/:dels', true],
    ['a client', 'idb://relance/clients/', true],
    ['the settings', 'idb://relance/settings/', true],
    ['in a database whose name has a slash', 'idb://a/b/events/clientId', true],
    ['a part named in a way not known', 'dexie-cloud://relance/files/', true],
    ['a kept PDF', 'idb://relance/files/', false],
    ["a kept PDF's invoice index", 'idb://relance/files/invoiceId', false],
    ['a template', 'idb://relance/templates/[stage+language]', false],
    ['the due totals', 'idb://relance/dueTotals/dueDate', false],
  ])('%s (%s): %s', (_what, name, touches) => {
    expect(touchesSchedule(part(name))).toBe(touches);
  });

  it('counts a write that touches a PDF and an invoice at once, and a report naming nothing', () => {
    expect(touchesSchedule({ ...part('idb://relance/files/'), ...part('idb://relance/invoices/') })).toBe(true);
    expect(touchesSchedule({})).toBe(true);
  });

  it('keeps the schedule when a PDF is kept on an invoice, and not when the invoice changes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T09:00:00'));
    try {
      const db = await seed(1);
      const first = await todaySchedule(DAY, db);
      const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
      await putInvoiceFile(
        { invoiceId: 'erp.example.fr:F0-0', name: 'F0-0.pdf', type: 'application/pdf', data: pdf, origin: 'dropped' },
        db,
      );
      expect(keptSchedule(DAY, db)).toBe(todaySchedule(DAY, db));
      expect(await todaySchedule(DAY, db)).toBe(first);
      await markPaid('erp.example.fr:F0-0', DAY, db);
      expect(keptSchedule(DAY, db)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("today's schedule, kept ready after each write", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T09:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  /** Lets the worker's queued tasks run, at most `turns` of them, until `done` holds. */
  async function turnsUntil(done: () => boolean, turns = 20): Promise<void> {
    for (let i = 0; i < turns && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it("works Today out again after a page's write, unasked, and that is what the desk then gets", async () => {
    const db = await seed(2);
    const stop = keepScheduleReady(async () => DAY, db);
    try {
      const before = await todaySchedule(DAY, db);
      expect(before.done).toBe(0);
      const page = openDatabase(db.name);
      await recordEvent(
        {
          invoiceIds: ['erp.example.fr:F1-0', 'erp.example.fr:F1-1'],
          clientId: 'client-1',
          stage: 'reminder1',
          channel: 'email',
          action: 'sent',
          at: `${DAY}T09:00:00.000Z`,
          date: DAY,
          to: [],
        },
        page,
      );
      page.close();
      await turnsUntil(() => keptSchedule(DAY, db) !== undefined);
      const kept = keptSchedule(DAY, db);
      expect(kept).toBeDefined();
      const ready = await kept!;
      expect(ready).not.toBe(before);
      expect(ready.done).toBe(1);
      expect(ready.groups.map((g) => g.clientName)).toEqual(['Client 0']);
      const reply = await todayReply(DAY, 5, db);
      expect(reply.groups).toEqual(ready.groups);
    } finally {
      stop();
    }
  });

  it('works it out once more for writes made while it runs, and never answers from before them', async () => {
    const db = await seed(3);
    const stop = keepScheduleReady(async () => DAY, db);
    try {
      await todaySchedule(DAY, db);
      await markPaid('erp.example.fr:F2-0', DAY, db);
      // A second write before the first one's schedule is done.
      await markPaid('erp.example.fr:F2-1', DAY, db);
      await turnsUntil(() => keptSchedule(DAY, db) !== undefined);
      const ready = await keptSchedule(DAY, db)!;
      expect(ready.groups.find((g) => g.clientName === 'Client 2')!.invoices.map((i) => i.number)).toEqual(['F2-2']);
      expect(await todaySchedule(DAY, db)).toBe(ready);
    } finally {
      stop();
    }
  });

  it('stops when told: a write then leaves the schedule to the next ask', async () => {
    const db = await seed(1);
    keepScheduleReady(async () => DAY, db)();
    await todaySchedule(DAY, db);
    await markPaid('erp.example.fr:F0-0', DAY, db);
    await turnsUntil(() => keptSchedule(DAY, db) !== undefined, 5);
    expect(keptSchedule(DAY, db)).toBeUndefined();
  });
});
