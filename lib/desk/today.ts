import { localToday } from '../core/calendar';
import type { ReminderEvent, Settings } from '../core';
import type { ScheduleItem } from '../db/schedule-inputs';
import { groupDueActions, planActions, type ActionGroup, type PlannedAction } from '../dunning/plan';

export interface TodayGroup extends ActionGroup {
  /** Invoices of the group whose promised payment date has passed without payment. */
  brokenPromises: string[];
}

/**
 * What the schedule proposes today, catch-up included, one entry per client and stage (several
 * invoices of a client go in one reminder), the largest amount first.
 */
export function todayGroups(items: readonly ScheduleItem[], settings: Settings, today: string): TodayGroup[] {
  return groupsOfActions(planActions(items, settings, today), today);
}

/** todayGroups from the actions already planned (the background plans them once for the badge, the notifications and the desk). */
export function groupsOfActions(actions: readonly PlannedAction[], today: string): TodayGroup[] {
  const largest = (g: ActionGroup) => Math.max(...g.amountDue.map((m) => m.minor));
  return groupDueActions(actions)
    .map((g) => ({ ...g, brokenPromises: g.invoices.filter((i) => i.promiseDate !== undefined && i.promiseDate < today).map((i) => i.id) }))
    .sort((a, b) => largest(b) - largest(a) || a.clientName.localeCompare(b.clientName));
}

/** Actions that count as done for the day: reminders sent, calls, letters, and what the user recorded. */
const DONE_TODAY = new Set<ReminderEvent['action']>([
  'sent',
  'called',
  'printed',
  'done',
  'payment',
  'promise',
  'dispute',
  'pause',
  'cancel',
]);

/**
 * How many things the user did today (a reminder to three invoices counts once). A payment is dated
 * the day the money came, so what counts is also the day it was recorded, in the user's time zone.
 */
export function doneToday(events: readonly ReminderEvent[], today: string): number {
  return events.filter((e) => DONE_TODAY.has(e.action) && (e.date === today || localToday(new Date(e.at)) === today)).length;
}
