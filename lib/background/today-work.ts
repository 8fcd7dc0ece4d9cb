import { addDays, type Settings } from '../core';
import { getSettings, loadClientScheduleItems, loadScheduleItems, type RelanceDb, type ScheduleItem } from '../db';
import { doneToday, groupsOfActions, type TodayGroup } from '../desk/today';
import { planActions, type PlannedAction } from '../dunning/plan';
import type { WriteScope } from './schedule-writes';

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

/** How far back an event makes its invoice worth a look (thanks after payment); see loadScheduleItems. */
const RECENT_DAYS = 60;

/**
 * What a schedule was worked out from, kept to work the next one out after a write: the actions
 * per client (the engine plans each invoice alone and groups per client), and which client each
 * invoice and event it read belongs to, to put a later write down to its clients.
 */
export interface ScheduleBasis {
  version: number;
  day: string;
  settings: Settings;
  byClient: Map<string, PlannedAction[]>;
  invoiceClient: Map<string, string>;
  eventClient: Map<number, string>;
}

/**
 * One order for the actions whatever clients were read again: by due date, then invoice id. The
 * groups take their invoices' order and break ties by it, so a full and a partial recompute give
 * the same groups.
 */
function inScheduleOrder(actions: PlannedAction[]): PlannedAction[] {
  const key = (a: PlannedAction) => a.invoice.dueDate + '\u0000' + a.invoice.id;
  return actions.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Adds the plans of `items` (one client's or many) to the basis. */
function addPlans(basis: ScheduleBasis, items: readonly ScheduleItem[]): void {
  for (const item of items) {
    const clientId = item.invoice.clientId;
    basis.invoiceClient.set(item.invoice.id, clientId);
    for (const event of item.history) if (event.id !== undefined) basis.eventClient.set(event.id, clientId);
  }
  for (const action of planActions(items, basis.settings, basis.day)) {
    const list = basis.byClient.get(action.invoice.clientId);
    if (list) list.push(action);
    else basis.byClient.set(action.invoice.clientId, [action]);
  }
}

async function schedule(basis: ScheduleBasis, db: RelanceDb): Promise<TodaySchedule> {
  const since = `${addDays(basis.day, -2)}T00:00:00.000Z`;
  const recent = await db.events.where('at').aboveOrEqual(since).toArray();
  const actions = inScheduleOrder([...basis.byClient.values()].flat());
  const { day, settings } = basis;
  return { day, settings, actions, groups: groupsOfActions(actions, day), done: doneToday(recent, day) };
}

/** Today's schedule read and planned in full, with its basis. */
export async function workOutInFull(day: string, version: number, db: RelanceDb): Promise<[TodaySchedule, ScheduleBasis]> {
  const settings = await getSettings(db);
  const items = await loadScheduleItems(day, settings.schedule.courtesyDaysBefore, RECENT_DAYS, db);
  const basis: ScheduleBasis = { version, day, settings, byClient: new Map(), invoiceClient: new Map(), eventClient: new Map() };
  addPlans(basis, items);
  return [await schedule(basis, db), basis];
}

/**
 * The clients a write touched: named, or owning an invoice or event it wrote, as stored now or as
 * the basis read it. Null when one cannot be told: an invoice gone that the basis never read (a
 * paid one, say, counted in its client's payment record). An event gone that the basis never read
 * fed none of its schedule and can add nothing to the next.
 */
async function clientsTouched(scope: WriteScope, basis: ScheduleBasis, db: RelanceDb): Promise<Set<string> | null> {
  const clients = new Set(scope.clientIds);
  const invoiceIds = [...scope.invoiceIds];
  const eventIds = [...scope.eventIds];
  const [invoices, events] = await Promise.all([db.invoices.bulkGet(invoiceIds), db.events.bulkGet(eventIds)]);
  for (const [i, id] of invoiceIds.entries()) {
    const owners = [invoices[i]?.clientId, basis.invoiceClient.get(id)].filter((c) => c !== undefined);
    if (owners.length === 0) return null;
    for (const owner of owners) clients.add(owner);
  }
  for (const [i, id] of eventIds.entries()) {
    for (const owner of [events[i]?.clientId, basis.eventClient.get(id)]) if (owner !== undefined) clients.add(owner);
  }
  return clients;
}

/**
 * Today's schedule after writes that touched `scope` since `basis` was worked out, on the same day:
 * only the clients they touched are read and planned again, the others' actions are the basis's.
 * Null when the writes cannot be put down to clients: the caller then works it out in full.
 */
export async function workOutAgain(
  basis: ScheduleBasis,
  scope: WriteScope,
  version: number,
  db: RelanceDb,
): Promise<[TodaySchedule, ScheduleBasis] | null> {
  if (scope.full) return null;
  const clients = await clientsTouched(scope, basis, db);
  if (!clients) return null;
  const ids = [...clients];
  const lookahead = basis.settings.schedule.courtesyDaysBefore;
  const fresh = await loadClientScheduleItems(basis.day, lookahead, RECENT_DAYS, ids, db);
  const next: ScheduleBasis = {
    ...basis,
    version,
    byClient: new Map(basis.byClient),
    invoiceClient: new Map(basis.invoiceClient),
    eventClient: new Map(basis.eventClient),
  };
  for (const id of ids) next.byClient.delete(id);
  for (const items of fresh.values()) addPlans(next, items);
  return [await schedule(next, db), next];
}
