import { StageSchema, type Stage } from '../core';
import { countOverdue, getDb, type RelanceDb } from '../db';
import { today as currentDay } from '../clock';
import { WORST_KEY } from './daily-check';

/** Badge colour by the most serious stage an overdue invoice has reached. */
export const BADGE_COLORS: Readonly<Record<Stage | 'overdue', string>> = {
  courtesy: '#1A73E8',
  call: '#E37400',
  reminder1: '#E37400',
  overdue: '#C5221F',
  reminder2: '#C5221F',
  'formal-notice': '#8E0F0A',
  litigation: '#5F0A87',
  'thank-you': '#188038',
};
export const BADGE_OVERDUE_COLOR = BADGE_COLORS.overdue;

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function actionApi(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * Shows the overdue count on the toolbar icon: hidden at 0; otherwise coloured by the most
 * serious stage the last daily check found (red until a check has run). Returns the count.
 */
export async function refreshBadge(day?: string, db: RelanceDb = getDb()): Promise<number> {
  day ??= await currentDay();
  const count = await countOverdue(day, db);
  const action = actionApi();
  await action.setBadgeText({ text: count === 0 ? '' : count > 999 ? '999+' : String(count) });
  if (count > 0) {
    const worst = StageSchema.safeParse((await browser.storage.local.get(WORST_KEY))[WORST_KEY]);
    await action.setBadgeBackgroundColor({ color: BADGE_COLORS[worst.success ? worst.data : 'overdue'] });
  }
  return count;
}
