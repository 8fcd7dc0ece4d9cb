import Dexie, { type ObservabilitySet } from 'dexie';
import { getDb, type RelanceDb } from '../db';
import { SCHEDULE_TABLES, WriteLog, writeScopes, type WriteScope } from './schedule-writes';
import { workOutAgain, workOutInFull, type ScheduleBasis, type TodaySchedule } from './today-work';
import type { TodayReply } from '../messaging/replies';

export type { TodaySchedule } from './today-work';

/** Every write the background has been told of: the data's version, and what each write touched. */
const writes = new WriteLog();
let listening = false;
/** What keepScheduleReady works out again after each write, if anything. */
let ready: { day(): Promise<string>; db: RelanceDb; running: boolean; queued: boolean } | null = null;

/**
 * The data changed: the schedule is worked out again when next asked (or at once, see
 * keepScheduleReady). Dexie reports every write made in this worker and, through a
 * BroadcastChannel, in any extension page (a backup imported by the settings page), so a write
 * nobody announced still counts. `scopes`: what the write touched, per database; without them
 * (a page saying it wrote), anything may have changed and the schedule is worked out in full.
 */
export function scheduleDataChanged(scopes: Map<string, WriteScope> | null = null): void {
  writes.add(scopes);
  if (ready && !ready.queued) {
    ready.queued = true;
    // After the writes of this task, not in the middle of them.
    setTimeout(() => void workOutWhenWritten(), 0);
  }
}

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
    if (touchesSchedule(parts)) scheduleDataChanged(writeScopes(parts));
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

async function workOutWhenWritten(): Promise<void> {
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
/** How many schedules were worked out, and how many of those from the last one (for the tests). */
export const scheduleRuns = { full: 0, partial: 0 };
/** What the last schedule worked out was worked out from, per database: the next one starts from it. */
const bases = new WeakMap<RelanceDb, ScheduleBasis>();

/**
 * Today's schedule from the cache while no write happened since it was worked out (and it is still
 * the same day); otherwise worked out again, once however many ask at the same time.
 */
export function todaySchedule(day: string, db: RelanceDb = getDb()): Promise<TodaySchedule> {
  listen();
  const key = `${writes.version}|${day}`;
  const hit = cache.get(db);
  if (hit?.key === key) return hit.value;
  const value = workOut(day, writes.version, db);
  cache.set(db, { key, value });
  // A failed read is not remembered: the next ask tries again.
  value.catch(() => cache.get(db)?.value === value && cache.delete(db));
  return value;
}

/**
 * The schedule for the data at `version`: from the last one worked out, reading again only the
 * clients the writes since touched (and after a settings change planning every kept input again),
 * when that one is of the same day and the writes can be told; otherwise in full (the first time,
 * a new day, an import or any bulk change, a page's ui:dataChanged).
 */
async function workOut(day: string, version: number, db: RelanceDb): Promise<TodaySchedule> {
  const basis = bases.get(db);
  const again =
    basis && basis.day === day && basis.version <= version
      ? await workOutAgain(basis, writes.since(basis.version, version, db.name), version, db)
      : null;
  scheduleRuns[again ? 'partial' : 'full'] += 1;
  const [schedule, next] = again ?? (await workOutInFull(day, version, db));
  // Two runs may end out of order: the basis is the newest data's.
  if ((bases.get(db)?.version ?? -1) <= version) bases.set(db, next);
  return schedule;
}

/** The schedule kept for `day`, if one is (being) worked out from the data as it is now; else undefined. */
export function keptSchedule(day: string, db: RelanceDb = getDb()): Promise<TodaySchedule> | undefined {
  const hit = cache.get(db);
  return hit?.key === `${writes.version}|${day}` ? hit.value : undefined;
}

/** The first `limit` groups of today (the desk's first screen, the popup's first actions), with the counts. */
export async function todayReply(day: string, limit: number, db: RelanceDb = getDb()): Promise<TodayReply> {
  const schedule = await todaySchedule(day, db);
  return { day, groups: schedule.groups.slice(0, limit), total: schedule.groups.length, done: schedule.done, settings: schedule.settings };
}
