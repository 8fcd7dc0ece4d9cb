import { countOverdue, getDb, type RelanceDb } from '../db';
import { today as currentDay } from './clock';

export const BADGE_OVERDUE_COLOR = '#C5221F';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function actionApi(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
}

/** Shows the overdue count on the toolbar icon: hidden at 0, red otherwise. Returns the count. */
export async function refreshBadge(day: string = currentDay(), db: RelanceDb = getDb()): Promise<number> {
  const count = await countOverdue(day, db);
  const action = actionApi();
  await action.setBadgeText({ text: count === 0 ? '' : count > 999 ? '999+' : String(count) });
  if (count > 0) await action.setBadgeBackgroundColor({ color: BADGE_OVERDUE_COLOR });
  return count;
}
