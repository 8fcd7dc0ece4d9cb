import type { BrowserContext } from '@playwright/test';
import { demoBackup } from './data';
import { badgeText, expect, importBackupAt, serviceWorker, test } from './fixtures';

// Monday 9 March 2026; the demo invoices are dated relative to it.
const DAY = '2026-03-09';
const DUPONT = 'relance|2026-03-09|reminder1|boulangerie-dupont-fils';
const MARTIN = 'relance|2026-03-09|reminder1|garage-martin-sarl';

/** The globals the specs read in extension contexts (reading is not a code path under test). */
type Chrome = {
  runtime: { sendMessage(m: object): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};
type E2EHooks = { notificationButton(id: string, index: number): Promise<void>; checkNow(): Promise<unknown> };

const importAt = (context: BrowserContext, extensionId: string, day: string) => importBackupAt(context, extensionId, day, demoBackup(day));

async function notifications(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorker(context);
  return Object.keys(await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll())).sort();
}

test.describe('reminders in the background', () => {
  test('the data change runs the check: what is due today is notified, catch-up included, and the badge counts the overdue', async ({
    context,
    extensionId,
  }) => {
    await importAt(context, extensionId, DAY);
    await expect.poll(() => notifications(context)).toEqual([DUPONT, MARTIN]);
    expect(await badgeText(context)).toBe('3');
  });

  test('"Mark paid" on a notification marks its invoice paid, clears it and lowers the badge', async ({ context, extensionId }) => {
    await importAt(context, extensionId, DAY);
    await expect.poll(() => notifications(context)).toContain(DUPONT);
    const worker = await serviceWorker(context);
    await worker.evaluate((id) => (globalThis as unknown as { relanceE2E: E2EHooks }).relanceE2E.notificationButton(id, 1), DUPONT);
    await expect.poll(() => notifications(context)).toEqual([MARTIN]);
    await expect.poll(() => badgeText(context)).toBe('2');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('[data-relance-invoice]')).toHaveCount(2);
    await expect(popup.locator('[data-relance-invoice="FA2611-0007"]')).toHaveCount(0);
  });

  test('stopping the service worker loses nothing and duplicates no notification', async ({ context, extensionId }) => {
    const options = await importAt(context, extensionId, DAY);
    await expect.poll(() => notifications(context)).toHaveLength(2);
    const cdp = await context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // A message from the page starts the worker again; then the check runs once more.
    await options.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'ui:refreshBadge' }));
    const worker = await serviceWorker(context);
    await worker.evaluate(() => (globalThis as unknown as { relanceE2E: E2EHooks }).relanceE2E.checkNow());
    expect(await notifications(context)).toEqual([DUPONT, MARTIN]);
    expect(await badgeText(context)).toBe('3');
  });
});
