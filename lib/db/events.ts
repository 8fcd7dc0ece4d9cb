import { ReminderEventSchema, type ReminderEvent } from '../core';
import { getDb, type RelanceDb } from './database';

/** Adds one entry to the trail of evidence, validated. Events are never deleted by the schedule. */
export async function recordEvent(event: Omit<ReminderEvent, 'id'>, db: RelanceDb = getDb()): Promise<ReminderEvent> {
  const valid = ReminderEventSchema.parse(event);
  const id = await db.events.add(valid);
  return { ...valid, id: id as number };
}

export function eventsOf(invoiceId: string, db: RelanceDb = getDb()): Promise<ReminderEvent[]> {
  return db.events.where('invoiceIds').equals(invoiceId).sortBy('at');
}
