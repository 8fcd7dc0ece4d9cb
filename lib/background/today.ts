import Dexie from 'dexie';
import { addDays, type Settings } from '../core';
import { getDb, getSettings, loadScheduleItems, type RelanceDb } from '../db';
import { doneToday, groupsOfActions, type TodayGroup } from '../desk/today';
import { planActions, type PlannedAction } from '../dunning/plan';
import type { TodayReply } from '../messaging/replies';

/** Today's schedule, worked out once per day and per state of the data. */
export interface TodaySchedule {
  day: string;
  settings: Settings;
  /** The next action of every invoice that has one: the badge colour and the notifications. */
  actions: PlannedAction[];
  /** The desk's Today (and the popup's first actions): due actions per client and stage, largest first. */
  groups: TodayGroup[];
  /** What the user did today (see doneToday). */
  done: number;
}

let version = 0;
let listening = false;

/**
 * The data changed: the schedule is worked out again when next asked. Dexie reports every write
 * made in this worker and, through a BroadcastChannel, in any extension page (a backup imported
 * by the settings page), so a write nobody announced still counts.
 */
export function scheduleDataChanged(): void {
  version += 1;
}

const cache = new WeakMap<RelanceDb, { key: string; value: Promise<TodaySchedule> }>();

/**
 * Today's schedule from the cache while no write happened since it was worked out (and it is still
 * the same day); otherwise worked out again, once however many ask at the same time.
 */
export function todaySchedule(day: string, db: RelanceDb = getDb()): Promise<TodaySchedule> {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', scheduleDataChanged);
  }
  const key = `${version}|${day}`;
  const hit = cache.get(db);
  if (hit?.key === key) return hit.value;
  const value = workOut(day, db);
  cache.set(db, { key, value });
  // A failed read is not remembered: the next ask tries again.
  value.catch(() => cache.get(db)?.value === value && cache.delete(db));
  return value;
}

async function workOut(day: string, db: RelanceDb): Promise<TodaySchedule> {
  const settings = await getSettings(db);
  const since = `${addDays(day, -2)}T00:00:00.000Z`;
  const [items, recent] = await Promise.all([
    loadScheduleItems(day, settings.schedule.courtesyDaysBefore, 60, db),
    db.events.where('at').aboveOrEqual(since).toArray(),
  ]);
  const actions = planActions(items, settings, day);
  return { day, settings, actions, groups: groupsOfActions(actions, day), done: doneToday(recent, day) };
}

/** The first `limit` groups of today (the desk's first screen, the popup's first actions), with the counts. */
export async function todayReply(day: string, limit: number, db: RelanceDb = getDb()): Promise<TodayReply> {
  const schedule = await todaySchedule(day, db);
  return { day, groups: schedule.groups.slice(0, limit), total: schedule.groups.length, done: schedule.done, settings: schedule.settings };
}
