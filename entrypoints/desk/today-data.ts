import type { Settings } from '../../lib/core';
import { today as currentDay } from '../../lib/clock';
import type { TodayReply } from '../../lib/messaging/replies';
import { send } from '../../lib/messaging/send';
import { parseRoute } from './route';

/** The cards asked for at first: a morning's worth; the rest a click away. */
export const GROUPS_AT_FIRST = 40;

let early: Promise<TodayReply> | null = null;

/**
 * Asks the background for Today before the page has read its settings or drawn anything, when
 * Today is the view opened: its answer and the page's own start-up then overlap.
 */
export function askTodayEarly(hash: string): void {
  if (parseRoute(hash).view !== 'today') return;
  early = send({ type: 'ui:today', limit: GROUPS_AT_FIRST });
  early.catch(() => undefined); // the view that takes it reports a failure
}

/** What every view needs before it draws: the settings and the user's date. */
export interface DeskBase {
  settings: Settings;
  today: string;
}

/**
 * The settings and the date: from Today's early answer when there is one (the background read
 * them to work the schedule out, for that very day), so the first view never waits on the page
 * opening the database itself; else read here, Dexie and the schemas loaded only then.
 */
export async function loadDeskBase(): Promise<DeskBase> {
  const asked = early;
  if (asked) {
    const reply = await asked.catch(() => null);
    if (reply) return { settings: reply.settings, today: reply.day };
  }
  const [{ getSettings }, today] = await Promise.all([import('../../lib/db'), currentDay()]);
  return { settings: await getSettings(), today };
}

/** Today's first `limit` groups: the early answer once, when it covers them; else a new question. */
export function loadToday(limit: number): Promise<TodayReply> {
  const taken = early;
  early = null;
  return taken && limit <= GROUPS_AT_FIRST ? taken : send({ type: 'ui:today', limit });
}
