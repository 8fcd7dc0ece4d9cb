import { addDays, type ReminderEvent, type Settings } from '../core';
import { getSettings, loadClientScheduleItems, loadScheduleInputs, type RelanceDb, type ScheduleItem } from '../db';
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
 * What a schedule was worked out from, kept to work the next one out after a write: the inputs and
 * actions per client (the engine plans each invoice alone and groups per client), the settings and
 * the courtesy window the inputs were read for, and which client each invoice and event read
 * belongs to, to put a later write down to its clients.
 */
export interface ScheduleBasis {
  version: number;
  day: string;
  settings: Settings;
  items: Map<string, ScheduleItem[]>;
  byClient: Map<string, PlannedAction[]>;
  invoiceClient: Map<string, string>;
  eventClient: Map<number, string>;
}

const lookaheadOf = (settings: Settings) => settings.schedule.courtesyDaysBefore;

/**
 * One order for the actions whatever clients were read again: by due date, then invoice id. The
 * groups take their invoices' order and break ties by it, so a full and a partial recompute give
 * the same groups.
 */
function inScheduleOrder(actions: PlannedAction[]): PlannedAction[] {
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return actions.sort((a, b) => order(a.invoice.dueDate, b.invoice.dueDate) || order(a.invoice.id, b.invoice.id));
}

/** Sets one client's inputs in the basis, and plans them with the basis's settings. */
function setClient(basis: ScheduleBasis, clientId: string, items: ScheduleItem[]): void {
  for (const item of items) {
    basis.invoiceClient.set(item.invoice.id, clientId);
    for (const event of item.history) if (event.id !== undefined) basis.eventClient.set(event.id, clientId);
  }
  const actions = planActions(items, basis.settings, basis.day);
  if (items.length) basis.items.set(clientId, items);
  else basis.items.delete(clientId);
  if (actions.length) basis.byClient.set(clientId, actions);
  else basis.byClient.delete(clientId);
}

/**
 * The schedule of a basis. What was done today is counted from the events of the last two days:
 * `read`, events of at least those days read already (the full read's recent events), or read here.
 */
async function schedule(basis: ScheduleBasis, db: RelanceDb, read?: ReminderEvent[]): Promise<TodaySchedule> {
  const since = `${addDays(basis.day, -2)}T00:00:00.000Z`;
  const recent = read ? read.filter((e) => e.at >= since) : await db.events.where('at').aboveOrEqual(since).toArray();
  const actions = inScheduleOrder([...basis.byClient.values()].flat());
  const { day, settings } = basis;
  return { day, settings, actions, groups: groupsOfActions(actions, day), done: doneToday(recent, day) };
}

/** Today's schedule read and planned in full, with its basis. */
export async function workOutInFull(day: string, version: number, db: RelanceDb): Promise<[TodaySchedule, ScheduleBasis]> {
  const settings = await getSettings(db);
  const { items, recent } = await loadScheduleInputs(day, lookaheadOf(settings), RECENT_DAYS, db);
  const basis: ScheduleBasis = {
    version,
    day,
    settings,
    items: new Map(),
    byClient: new Map(),
    invoiceClient: new Map(),
    eventClient: new Map(),
  };
  const perClient = new Map<string, ScheduleItem[]>();
  for (const item of items) {
    const list = perClient.get(item.invoice.clientId);
    if (list) list.push(item);
    else perClient.set(item.invoice.clientId, [item]);
  }
  for (const [clientId, list] of perClient) setClient(basis, clientId, list);
  return [await schedule(basis, db, recent), basis];
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
 * After a settings change, what of the basis's inputs still holds. The inputs depend on the
 * settings through the courtesy window alone (loadScheduleItems' lookahead): a narrower one drops
 * the unpaid invoices now past it (but those chased lately, which stay for their thanks); a wider
 * one takes in the unpaid invoices falling due in the days added, whose clients are read again.
 */
async function newWindow(basis: ScheduleBasis, settings: Settings, clients: Set<string>, db: RelanceDb): Promise<void> {
  const before = addDays(basis.day, lookaheadOf(basis.settings));
  const after = addDays(basis.day, lookaheadOf(settings));
  if (after > before) {
    const added = await db.invoices.where('[unpaid+dueDate]').between([1, before], [1, after], false, true).toArray();
    for (const invoice of added) clients.add(invoice.clientId);
  } else if (after < before) {
    const since = `${addDays(basis.day, -RECENT_DAYS)}T00:00:00.000Z`;
    const stays = ({ invoice, history }: ScheduleItem) =>
      (invoice.unpaid === 1 && invoice.dueDate <= after) || history.some((e) => e.at >= since);
    for (const [clientId, items] of basis.items) if (!items.every(stays)) clients.add(clientId);
  }
}

/**
 * Today's schedule after writes that touched `scope` since `basis` was worked out, on the same day:
 * only the clients they touched are read again; the others' inputs are the basis's, their actions
 * too unless the settings changed, when every input is planned again (no read: see newWindow).
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
  const settings = scope.settings ? await getSettings(db) : basis.settings;
  if (scope.settings) await newWindow(basis, settings, clients, db);
  const ids = [...clients];
  const fresh = await loadClientScheduleItems(basis.day, lookaheadOf(settings), RECENT_DAYS, ids, db);
  const next: ScheduleBasis = {
    ...basis,
    version,
    settings,
    items: new Map(basis.items),
    byClient: new Map(basis.byClient),
    invoiceClient: new Map(basis.invoiceClient),
    eventClient: new Map(basis.eventClient),
  };
  if (scope.settings) for (const [clientId, items] of basis.items) if (!clients.has(clientId)) setClient(next, clientId, items);
  for (const [clientId, items] of fresh) setClient(next, clientId, items);
  return [await schedule(next, db), next];
}
