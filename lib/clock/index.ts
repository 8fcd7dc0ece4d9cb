import { localToday } from '../core/calendar';

const OVERRIDE_KEY = 'clock:today';

/** End-to-end builds let a test set the date, through storage like every other state. */
const overridable = import.meta.env.MODE === 'e2e';

/**
 * The user's calendar date. One place, so the schedule, the badge and the popup agree. In an e2e
 * build a test may pin it (see setTodayForTests); a release build ignores the override.
 */
export async function today(now: Date = new Date()): Promise<string> {
  if (overridable) {
    const stored = (await browser.storage.local.get(OVERRIDE_KEY))[OVERRIDE_KEY];
    if (typeof stored === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(stored)) return stored;
  }
  return localToday(now);
}

export async function setTodayForTests(date: string | null): Promise<void> {
  if (!overridable) throw new Error('the clock can only be set in e2e builds');
  if (date === null) await browser.storage.local.remove(OVERRIDE_KEY);
  else await browser.storage.local.set({ [OVERRIDE_KEY]: date });
}
