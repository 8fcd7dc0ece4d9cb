import { z } from 'zod';
import { StageSchema, type Stage } from '../core';
import { getDb, type RelanceDb } from '../db';
import { groupDueActions, worstStage, type ActionGroup } from '../dunning/plan';
import { uiLanguage } from '../i18n';
import { buttonsFor, describeGroup, summaryContent, type NotificationTarget } from './notify';
import { todaySchedule } from './today';

/** Above this many due actions, one summary notification instead of one each. */
export const GROUP_ABOVE = 3;
const NOTIFIED_KEY = 'check:notified';
const TARGETS_KEY = 'notify:targets';
export const LAST_CHECK_KEY = 'check:last';
export const WORST_KEY = 'badge:worst';

const TargetsSchema = z.record(
  z.string(),
  z.object({
    stage: StageSchema,
    clientId: z.string(),
    invoiceIds: z.array(z.string()),
    buttons: z.array(z.enum(['draft-email', 'log-call', 'mark-paid'])),
  }),
);

export interface CheckResult {
  day: string;
  groups: ActionGroup[];
  /** Notification ids created by this run (none when everything was already notified today). */
  created: string[];
  worst: Stage | null;
}

export function notificationId(day: string, group: Pick<ActionGroup, 'stage' | 'clientId' | 'invoices'>, perClient = true): string {
  // One notification per invoice when the user turned grouping off.
  return `relance|${day}|${group.stage}|${group.clientId}${perClient ? '' : `|${group.invoices[0]?.id ?? ''}`}`;
}

/** Storage is the only memory of a service worker that may be stopped at any moment. */
async function readStore<T>(key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const parsed = schema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : fallback;
}

export async function notificationTarget(id: string): Promise<NotificationTarget | undefined> {
  return (await readStore(TARGETS_KEY, TargetsSchema, {}))[id];
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Works out today's actions and notifies each once a day. Safe to run any number of times, in
 * any order, and to be cut off anywhere: notification ids are deterministic (creating one again
 * replaces it), and what was shown is read back from storage and from the notification centre.
 */
export function runDailyCheck(day: string, db: RelanceDb = getDb()): Promise<CheckResult> {
  const next = running.then(() => check(day, db));
  running = next.catch(() => undefined);
  return next;
}

async function check(day: string, db: RelanceDb): Promise<CheckResult> {
  // The same schedule as the desk's Today: worked out once, here after each change.
  const { settings, actions } = await todaySchedule(day, db);
  const lang = uiLanguage(settings.uiLanguage);
  const perClient = settings.schedule.groupPerClient;
  const groups = groupDueActions(actions, { perClient });
  // The badge colour: the most serious stage reached by an overdue invoice, due today or not.
  const worst = worstStage(actions.filter((a) => a.daysLate > 0).map((a) => a.stage));

  const notified = await readStore(NOTIFIED_KEY, z.record(z.string(), z.string()), {});
  const shown = new Set(Object.keys(await browser.notifications.getAll()));
  const fresh = groups.filter((g) => !notified[notificationId(day, g, perClient)] && !shown.has(notificationId(day, g, perClient)));
  const created: string[] = [];
  const targets = await readStore(TARGETS_KEY, TargetsSchema, {});
  const withButtons = !import.meta.env.FIREFOX; // Firefox notifications have no buttons

  if (fresh.length > GROUP_ABOVE) {
    const id = `relance|${day}|summary`;
    if (!notified[id] && !shown.has(id)) {
      const content = summaryContent(groups.length, lang);
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: content.title,
        message: content.message,
        priority: 1,
      });
      created.push(id);
    }
    for (const g of fresh) notified[notificationId(day, g, perClient)] = day;
    notified[id] = day;
  } else {
    for (const g of fresh) {
      const id = notificationId(day, g, perClient);
      const content = describeGroup(g, day, lang);
      targets[id] = { stage: g.stage, clientId: g.clientId, invoiceIds: g.invoices.map((i) => i.id), buttons: buttonsFor(g.stage) };
      await browser.storage.local.set({ [TARGETS_KEY]: targets });
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: content.title,
        message: content.message,
        ...(withButtons && content.buttons.length > 0 && { buttons: content.buttons }),
        priority: g.stage === 'formal-notice' || g.stage === 'litigation' ? 2 : 1,
      });
      notified[id] = day;
      created.push(id);
    }
  }
  // Forget earlier days: every key carries its day.
  for (const key of Object.keys(notified)) if (key.split('|')[1]! < day) delete notified[key];
  for (const key of Object.keys(targets)) if (key.split('|')[1]! < day) delete targets[key];
  await browser.storage.local.set({ [NOTIFIED_KEY]: notified, [TARGETS_KEY]: targets, [LAST_CHECK_KEY]: day, [WORST_KEY]: worst });
  return { day, groups, created, worst };
}
