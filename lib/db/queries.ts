import Dexie from 'dexie';
import { addDays, CalendarDateSchema, localToday, type Invoice } from '../core';
import { getDb, type RelanceDb } from './database';
import { dueBefore } from './due-totals';

export interface Page {
  offset?: number;
  limit?: number;
}

/** Unpaid invoices whose due date is before `today`, in the [unpaid+dueDate] index. */
function overdueRange(db: RelanceDb, today: string) {
  CalendarDateSchema.parse(today);
  return db.invoices.where('[unpaid+dueDate]').between([1, Dexie.minKey], [1, today], true, false);
}

/** From the due totals: a few hundred rows whatever the number of invoices. */
export async function countOverdue(today: string, db: RelanceDb = getDb()): Promise<number> {
  CalendarDateSchema.parse(today);
  return (await dueBefore(db, today)).count;
}

/** Invoices of one portal: their ids all start with `<host>:`. */
export async function listBySource(host: string, db: RelanceDb = getDb()): Promise<Invoice[]> {
  return db.invoices.where('id').startsWith(`${host.toLowerCase()}:`).toArray();
}

/** The most overdue first (oldest due date). */
export async function listOverdue(today: string, page: Page = {}, db: RelanceDb = getDb()): Promise<Invoice[]> {
  const { offset = 0, limit = 50 } = page;
  return overdueRange(db, today).offset(offset).limit(limit).toArray();
}

/** Unpaid invoices falling due within `days` days from `today` (today included). */
export async function listDueSoon(today: string, days: number, db: RelanceDb = getDb()): Promise<Invoice[]> {
  return db.invoices
    .where('[unpaid+dueDate]')
    .between([1, today], [1, addDays(today, days)], true, true)
    .toArray();
}

export { localToday };
