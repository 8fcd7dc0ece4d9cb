import type { Settings } from '../../lib/core';
import { today as currentDay } from '../../lib/clock';
import type { TodayReply } from '../../lib/messaging/replies';
import { send } from '../../lib/messaging/send';
import { parseRoute } from './route';

/** The cards asked for at first: a morning's worth; the rest a click away. */
export const GROUPS_AT_FIRST = 40;

let early: Promise<TodayReply> | null = null;
/** The early answer once it has come, for the first view to draw from at once. */
let arrived: TodayReply | null = null;

/**
 * Asks the background for Today before the page has read its settings or drawn anything, when
 * Today is the view opened: its answer and the page's own start-up then overlap.
 */
export function askTodayEarly(hash: string): void {
  if (parseRoute(hash).view !== 'today') return;
  const asked = send({ type: 'ui:today', limit: GROUPS_AT_FIRST });
  early = asked;
  asked.then(
    (reply) => void (early === asked && (arrived = reply)),
    () => undefined, // the view that takes it reports a failure
  );
}

/**
 * The early answer if it has already come (it has when the desk starts from it, see
 * loadDeskBase), taken once: Today draws its cards in its first render instead of asking again.
 * Only while the desk has changed nothing (`version` 0): after a change it would be out of date.
 */
export function takeArrivedToday(version: number): TodayReply | null {
  const reply = version === 0 ? arrived : null;
  arrived = null;
  if (reply) early = null;
  return reply;
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

/**
 * Today's first `limit` groups: the early answer once, when it covers them and the desk has
 * changed nothing since (`version` 0); else a new question.
 */
export function loadToday(limit: number, version: number): Promise<TodayReply> {
  const taken = early;
  early = null;
  arrived = null;
  return taken && limit <= GROUPS_AT_FIRST && version === 0 ? taken : send({ type: 'ui:today', limit });
}
