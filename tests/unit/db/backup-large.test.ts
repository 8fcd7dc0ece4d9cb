import { describe, expect, it } from 'vitest';
import type { Invoice, ReminderEvent } from '../../../lib/core';
import {
  BACKUP_SLICE,
  dueBefore,
  exportBackup,
  importBackup,
  ImportError,
  putInvoices,
  type BackupProgress,
  type RelanceDb,
} from '../../../lib/db';
import { freshDb } from './helpers';

const today = '2026-11-22';
const SIZE = Number(process.env.RELANCE_BACKUP_SIZE ?? 10_000);
const STATUSES = ['open', 'open', 'partial', 'paid', 'cancelled', 'disputed', 'draft'] as const;

/** Invoices of every status, in two currencies, due over a year and a half. */
function invoice(i: number): Invoice {
  const status = STATUSES[i % STATUSES.length]!;
  const currency = i % 5 === 0 ? 'GBP' : 'EUR';
  const minor = 1_000 + ((i * 7919) % 900_000);
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    id: `erp.example.fr:FA-${i}`,
    number: `FA-${i}`,
    clientId: `client-${i % 700}`,
    clientName: `Client ${i % 700} "<b>&amp;</b>"`,
    total: { minor, currency },
    amountDue: { minor: status === 'paid' ? 0 : status === 'partial' ? Math.floor(minor / 3) : minor, currency },
    dueDate: `${2026 - (i % 2)}-${month}-${day}`,
    dueDateInferred: false,
    status,
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt: '2026-11-20T08:00:00.000Z' },
    notes: i % 97 === 0 ? 'Line one\nline two, "quoted" \u2028 and é' : '',
    unpaid: status === 'open' || status === 'partial' ? 1 : 0,
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
  };
}

function event(i: number): ReminderEvent {
  return {
    invoiceIds: [`erp.example.fr:FA-${i}`],
    clientId: `client-${i % 700}`,
    stage: 'reminder1',
    channel: 'email',
    action: 'sent',
    at: '2026-11-10T09:00:00.000Z',
    date: '2026-11-10',
    to: [],
  };
}

async function seed(db: RelanceDb, size: number): Promise<void> {
  await db.transaction('rw', db.invoices, db.dueTotals, async () => {
    for (let start = 0; start < size; start += 10_000) {
      await putInvoices(
        db,
        Array.from({ length: Math.min(10_000, size - start) }, (_, k) => ({ after: invoice(start + k) })),
      );
    }
  });
  await db.events.bulkAdd(Array.from({ length: size / 10 }, (_, k) => event(k * 10)));
}

/** The totals must equal a recount of the invoices table. */
async function recount(db: RelanceDb, date: string) {
  const sums = new Map<string, number>();
  let count = 0;
  await db.invoices.each((i) => {
    if (i.unpaid !== 1 || i.dueDate >= date) return;
    count += 1;
    sums.set(i.amountDue.currency, (sums.get(i.amountDue.currency) ?? 0) + i.amountDue.minor);
  });
  return { count, totals: [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency })) };
}

describe(`a backup of ${SIZE.toLocaleString('en')} invoices`, () => {
  it('round-trips through a compact file written in slices, reporting progress by counts', { timeout: 120_000 }, async () => {
    const source = freshDb();
    await seed(source, SIZE);
    const read: BackupProgress[] = [];
    const parts = await exportBackup(source, (p) => read.push(p));
    // Slices of records, never one string for the whole file, and no indentation.
    expect(parts.length).toBeGreaterThan(SIZE / BACKUP_SLICE);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(parts.join('').length / 2);
    const text = parts.join('');
    expect(text).not.toMatch(/\n\s/);
    expect(read.at(-1)).toEqual({ step: 'read', done: SIZE + SIZE / 10, total: SIZE + SIZE / 10 });

    const target = freshDb();
    const seen: BackupProgress[] = [];
    expect(await importBackup(text, target, (p) => seen.push(p))).toEqual({ invoices: SIZE, clients: 0, events: SIZE / 10, templates: 0 });
    expect(await target.invoices.count()).toBe(SIZE);
    expect(await target.invoices.get('erp.example.fr:FA-97')).toEqual(invoice(97));
    for (const date of [today, '2026-03-01', '2025-06-15']) expect(await dueBefore(target, date)).toEqual(await recount(target, date));
    expect(await dueBefore(target, today)).toEqual(await dueBefore(source, today));
    // Every record checked, then written, each step counting up to its total.
    for (const step of ['check', 'write'] as const) {
      const steps = seen.filter((p) => p.step === step);
      expect(steps.length).toBeGreaterThan(SIZE / BACKUP_SLICE);
      expect(steps.map((p) => p.done)).toEqual([...steps.map((p) => p.done)].sort((a, b) => a - b));
      expect(steps.at(-1)!.done).toBe(steps.at(-1)!.total);
    }
    // A second import of the same file adds no event and leaves the totals exact.
    expect((await importBackup(text, target)).events).toBe(0);
    expect(await target.events.count()).toBe(SIZE / 10);
    expect(await dueBefore(target, today)).toEqual(await recount(target, today));
  });
});

describe('importing a large backup', () => {
  it('reports a bad record deep in the file by its place, and writes nothing', async () => {
    const source = freshDb();
    await seed(source, 6_000);
    const backup = JSON.parse((await exportBackup(source)).join('')) as { invoices: Invoice[] };
    backup.invoices[5_321]!.dueDate = '2026-02-30';
    const target = freshDb();
    await putInvoices(target, [{ after: invoice(5) }]);
    const error = await importBackup(JSON.stringify(backup), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^Nothing was imported: invoices\.5321\.dueDate: /);
    expect(await target.invoices.count()).toBe(1);
  });

  it('loses nothing when a write fails halfway: one transaction', async () => {
    const source = freshDb();
    await seed(source, 6_000);
    const text = (await exportBackup(source)).join('');
    const target = freshDb();
    await target.transaction('rw', target.invoices, target.dueTotals, () =>
      putInvoices(target, [{ after: invoice(5) }, { after: invoice(1) }]),
    );
    const totals = await target.dueTotals.toArray();
    // The events are written after every invoice: make that step fail, as a full disk would.
    Object.assign(target.events, { bulkAdd: () => Promise.reject(new Error('QuotaExceededError')) });
    await expect(importBackup(text, target)).rejects.toThrow('QuotaExceededError');
    expect(await target.invoices.count()).toBe(2);
    expect(await target.dueTotals.toArray()).toEqual(totals);
    expect(await target.events.count()).toBe(0);
  });

  it('still reads an indented backup, as earlier versions wrote it', async () => {
    const source = freshDb();
    await seed(source, 30);
    const backup = JSON.parse((await exportBackup(source)).join('')) as object;
    const target = freshDb();
    expect(await importBackup(JSON.stringify(backup, null, 1), target)).toEqual({ invoices: 30, clients: 0, events: 3, templates: 0 });
    expect(await dueBefore(target, today)).toEqual(await recount(target, today));
  });
});
