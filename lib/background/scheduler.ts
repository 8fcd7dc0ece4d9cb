import type { Stage } from '../core';
import { getDb, getSettings, markPaid, recordEvent, type RelanceDb } from '../db';
import { refreshBadge } from './badge';
import { today } from '../clock';
import { composedOf, prepareDraft } from './drafts';
import { openDraftTab } from './mail';
import { syncPortalScripts } from './portals';
import { LAST_CHECK_KEY, notificationTarget, runDailyCheck } from './daily-check';

export const DAILY_ALARM = 'relance:daily-check';

/** The next time the local clock shows `hour`:00, strictly after `now` (DST-safe: local fields). */
export function nextCheckTime(now: Date, hour: number): number {
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** Creating an alarm with the same name replaces it, so this can run at every wake-up. */
export async function ensureDailyAlarm(db: RelanceDb = getDb(), now = new Date()): Promise<number> {
  const { checkHour } = await getSettings(db);
  const when = nextCheckTime(now, checkHour);
  const existing = await browser.alarms.get(DAILY_ALARM);
  if (!existing || existing.scheduledTime !== when) await browser.alarms.create(DAILY_ALARM, { when });
  return when;
}

/** The daily check, then the badge; what every trigger (alarm, startup, data change) runs. */
export async function checkNow(db: RelanceDb = getDb()) {
  const day = await today();
  const result = await runDailyCheck(day, db);
  await refreshBadge(day, db);
  return result;
}

/** At startup: catch up a check missed while the browser was closed, and re-arm the alarm. */
export async function wakeUp(db: RelanceDb = getDb()): Promise<void> {
  await syncPortalScripts(db);
  const day = await today();
  const last = (await browser.storage.local.get(LAST_CHECK_KEY))[LAST_CHECK_KEY];
  if (last !== day) await checkNow(db);
  else await refreshBadge(day, db);
  await ensureDailyAlarm(db);
}

export async function onAlarm(name: string, db: RelanceDb = getDb()): Promise<void> {
  if (name !== DAILY_ALARM) return;
  await checkNow(db);
  await ensureDailyAlarm(db);
}

/**
 * Clicking a notification's body opens the desk: on the client it names (`relance|day|stage|client`),
 * or on today's actions for a summary.
 */
export async function openForNotification(id = ''): Promise<void> {
  const [prefix, , stage, clientId] = id.split('|');
  const hash = prefix === 'relance' && stage && clientId ? `client/${encodeURIComponent(clientId)}` : 'today';
  await browser.tabs.create({ url: browser.runtime.getURL(`/desk.html#${hash}`) });
}

/**
 * A notification button. Handlers may run twice (a click delivered again after a restart):
 * marking paid twice is harmless, and a logged call is recorded once per notification.
 */
export async function onNotificationButton(id: string, index: number, db: RelanceDb = getDb()): Promise<void> {
  const target = await notificationTarget(id);
  const action = target?.buttons[index];
  if (!target || !action) return;
  const day = await today();
  if (action === 'mark-paid') {
    for (const invoiceId of target.invoiceIds) await markPaid(invoiceId, day, db).catch(() => undefined);
  } else if (action === 'log-call') {
    const already = await db.events
      .where('invoiceIds')
      .anyOf(target.invoiceIds)
      .filter((e) => e.stage === 'call' && e.note === id)
      .count();
    if (!already)
      await recordEvent(
        {
          invoiceIds: target.invoiceIds,
          clientId: target.clientId,
          stage: 'call' satisfies Stage,
          channel: 'phone',
          action: 'called',
          at: new Date().toISOString(),
          date: day,
          to: [],
          note: id,
        },
        db,
      );
  } else {
    // No clipboard in a service worker: the compose link carries the plain text, and the webmail
    // content script puts the formatted reminder in when the editor appears. The webmail is the
    // one the user last drafted or sent from.
    const draft = await prepareDraft(target.invoiceIds, day, db);
    await openDraftTab(composedOf(draft), (await getSettings(db)).webmail);
  }
  await browser.notifications.clear(id);
  await refreshBadge(day, db);
}
