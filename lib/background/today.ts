import Dexie, { type ObservabilitySet } from 'dexie';
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
/** What keepScheduleReady works out again after each write, if anything. */
let ready: { day(): Promise<string>; db: RelanceDb; running: boolean; queued: boolean } | null = null;

/**
 * The data changed: the schedule is worked out again when next asked (or at once, see
 * keepScheduleReady). Dexie reports every write made in this worker and, through a
 * BroadcastChannel, in any extension page (a backup imported by the settings page), so a write
 * nobody announced still counts.
 */
export function scheduleDataChanged(): void {
  version += 1;
  if (ready && !ready.queued) {
    ready.queued = true;
    // After the writes of this task, not in the middle of them.
    setTimeout(() => void workOutAgain(), 0);
  }
}

/** The tables the schedule is worked out from (workOut, loadScheduleItems). */
const SCHEDULE_TABLES = new Set(['settings', 'invoices', 'events', 'clients']);

/**
 * Whether a write Dexie reports may change the schedule: any that touches one of its tables.
 * Parts are named `idb://<database>/<table>/<index>`; a part named otherwise counts, to be safe.
 * A PDF kept on an invoice or a template edited leaves the schedule as it is.
 */
export function touchesSchedule(parts: ObservabilitySet): boolean {
  const names = Object.keys(parts);
  if (names.length === 0) return true;
  return names.some((part) => {
    const segments = part.split('/');
    return !part.startsWith('idb://') || segments.length < 5 || SCHEDULE_TABLES.has(segments.at(-2)!);
  });
}

function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    if (touchesSchedule(parts)) scheduleDataChanged();
  });
}

/**
 * After every write, works today's schedule out again without waiting to be asked, so that the
 * desk opened next finds it done (or under way) rather than starting it. One at a time: writes
 * that come in while it runs are taken by one more run after it. The kept schedule is never
 * shown stale either way: it is keyed by the data's version and the day (todaySchedule).
 */
export function keepScheduleReady(day: () => Promise<string>, db: RelanceDb = getDb()): () => void {
  const keep = { day, db, running: false, queued: false };
  ready = keep;
  listen();
  return () => {
    if (ready === keep) ready = null;
  };
}

async function workOutAgain(): Promise<void> {
  const keep = ready;
  if (!keep || keep.running) return; // the run under way runs once more when it ends
  keep.running = true;
  try {
    while (keep.queued) {
      keep.queued = false;
      await todaySchedule(await keep.day(), keep.db).catch(() => undefined); // the next ask tries again
    }
  } finally {
    keep.running = false;
  }
}

const cache = new WeakMap<RelanceDb, { key: string; value: Promise<TodaySchedule> }>();

/**
 * Today's schedule from the cache while no write happened since it was worked out (and it is still
 * the same day); otherwise worked out again, once however many ask at the same time.
 */
export function todaySchedule(day: string, db: RelanceDb = getDb()): Promise<TodaySchedule> {
  listen();
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

/** The schedule kept for `day`, if one is (being) worked out from the data as it is now; else undefined. */
export function keptSchedule(day: string, db: RelanceDb = getDb()): Promise<TodaySchedule> | undefined {
  const hit = cache.get(db);
  return hit?.key === `${version}|${day}` ? hit.value : undefined;
}

/** The first `limit` groups of today (the desk's first screen, the popup's first actions), with the counts. */
export async function todayReply(day: string, limit: number, db: RelanceDb = getDb()): Promise<TodayReply> {
  const schedule = await todaySchedule(day, db);
  return { day, groups: schedule.groups.slice(0, limit), total: schedule.groups.length, done: schedule.done, settings: schedule.settings };
}
