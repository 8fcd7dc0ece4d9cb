import type { BrowserContext, Page } from '@playwright/test';
import { demoBackup } from './data';
import { expect, serviceWorker, test } from './fixtures';

const DAY = '2026-03-09';
type Chrome = { runtime: { sendMessage(m: object): Promise<unknown> } };
type Hooks = { notificationButton(id: string, index: number): Promise<void> };

async function setUp(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate((d) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'ui:debugSetToday', today: d }), DAY);
  await options.locator('[data-relance-action="import"]').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(demoBackup(DAY))) });
  await expect(options.locator('[data-relance="data-status"]')).toContainText('Imported');
  return options;
}

/**
 * A tab the extension opens starts loading before Playwright attaches to it, so its first request
 * escapes the fixture routes (and fails offline). Reloading it once attached serves the fixture
 * under the same URL.
 */
async function composeUrl(page: Page): Promise<URL> {
  await page.waitForLoadState();
  if (page.url().startsWith('chrome-error:')) await page.reload();
  await page.waitForURL(/^https:\/\/mail\.google\.com\//);
  return new URL(page.url());
}

test.describe('drafting a reminder', () => {
  test('"Draft in Gmail" opens a compose with the stage\'s reminder rendered in the extension (no eval), and "Mark sent" moves the schedule', async ({ context, extensionId, network }) => {
    await network.serve('https://mail.google.com/**', '<!doctype html><title>Gmail</title><p>compose</p>');
    await setUp(context, extensionId);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const row = popup.locator('[data-relance-invoice="FA2611-0007"]');
    await expect(row).toContainText('Next: First reminder');

    const [compose] = await Promise.all([context.waitForEvent('page'), row.locator('[data-relance-action="draft-gmail"]').click()]);
    const url = await composeUrl(compose);
    expect(url.host).toBe('mail.google.com');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('su')).toBe('Invoice FA2611-0007 awaiting payment');
    expect(url.searchParams.get('body')).toContain('Unless we are mistaken, invoice FA2611-0007 of 29 January 2026 for €1,240.00, due on 28 February 2026 is still unpaid (9 days overdue).');
    await expect(popup.locator('[data-relance="notice"]')).toContainText('The reminder is open in Gmail');

    await row.locator('[data-relance-action="mark-sent"]').click();
    await expect(row).toContainText('Next: Second reminder');
  });

  test('"Draft e-mail" on a notification opens the client\'s grouped reminder in Gmail', async ({ context, extensionId, network }) => {
    await network.serve('https://mail.google.com/**', '<!doctype html><title>Gmail</title>');
    await setUp(context, extensionId);
    const id = 'relance|2026-03-09|reminder1|garage-martin-sarl';
    const worker = await serviceWorker(context);
    await expect.poll(() => worker.evaluate(() => (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object> } } }).chrome.notifications.getAll().then(Object.keys))).toContain(id);
    const [compose] = await Promise.all([context.waitForEvent('page'), worker.evaluate((nid) => (globalThis as unknown as { relanceE2E: Hooks }).relanceE2E.notificationButton(nid, 0), id)]);
    expect((await composeUrl(compose)).searchParams.get('body')).toContain('FA2610-0031');
  });
});
