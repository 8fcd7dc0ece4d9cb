import type { BrowserContext, Page } from '@playwright/test';
import { demoBackup } from './data';
import { expect, importBackupAt, serviceWorker, test } from './fixtures';

const DAY = '2026-03-09';
type Hooks = { notificationButton(id: string, index: number): Promise<void> };

const setUp = (context: BrowserContext, extensionId: string) => importBackupAt(context, extensionId, DAY, demoBackup(DAY));

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
  test('"Draft in Gmail" opens a compose with the stage\'s reminder rendered in the extension (no eval), and "Mark sent" moves the schedule', async ({
    context,
    extensionId,
    network,
  }) => {
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
    expect(url.searchParams.get('body')).toContain(
      'Unless we are mistaken, invoice FA2611-0007 of 29 January 2026 for €1,240.00, due on 28 February 2026 is still unpaid (9 days overdue).',
    );
    await expect(popup.locator('[data-relance="notice"]')).toContainText('The reminder is open in Gmail');

    await row.locator('[data-relance-action="mark-sent"]').click();
    await expect(row).toContainText('Next: Second reminder');
  });

  test('"Draft e-mail" on a notification opens the client\'s grouped reminder in Gmail', async ({ context, extensionId, network }) => {
    await network.serve('https://mail.google.com/**', '<!doctype html><title>Gmail</title>');
    await setUp(context, extensionId);
    const id = 'relance|2026-03-09|reminder1|garage-martin-sarl';
    const worker = await serviceWorker(context);
    await expect
      .poll(() =>
        worker.evaluate(() =>
          (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object> } } }).chrome.notifications
            .getAll()
            .then(Object.keys),
        ),
      )
      .toContain(id);
    const [compose] = await Promise.all([
      context.waitForEvent('page'),
      worker.evaluate((nid) => (globalThis as unknown as { relanceE2E: Hooks }).relanceE2E.notificationButton(nid, 0), id),
    ]);
    expect((await composeUrl(compose)).searchParams.get('body')).toContain('FA2610-0031');
  });
});

test.describe('more of the schedule from the popup', () => {
  test('"Snooze 3 days" stops the chase of an invoice until then', async ({ context, extensionId }) => {
    await setUp(context, extensionId);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const row = popup.locator('[data-relance-invoice="FA2611-0007"]');
    await expect(row).toContainText('Next: First reminder');
    await row.locator('[data-relance-action="snooze"]').click();
    await expect(popup.locator('[data-relance="notice"]')).toContainText('Not chased until 11/03/2026');
    await expect(row).not.toContainText('Next:');
  });

  test('the formal notice prints as a letter, and printing it is recorded and moves the schedule on', async ({ context, extensionId }) => {
    const options = await setUp(context, extensionId);
    // Reminders 1 and 2 of FA2610-0031 were sent: the formal notice is next.
    const backup = demoBackup(DAY);
    const id = 'erp.example.fr:FA2610-0031';
    const events = [
      {
        id: 1,
        invoiceIds: [id],
        clientId: 'garage-martin-sarl',
        stage: 'reminder1',
        channel: 'email',
        action: 'sent',
        at: '2026-02-10T09:00:00.000Z',
        date: '2026-02-10',
        to: [],
      },
      {
        id: 2,
        invoiceIds: [id],
        clientId: 'garage-martin-sarl',
        stage: 'reminder2',
        channel: 'email',
        action: 'sent',
        at: '2026-02-20T09:00:00.000Z',
        date: '2026-02-20',
        to: [],
      },
    ];
    await options
      .locator('[data-relance-action="import"]')
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...backup, events })) });
    await expect(options.locator('[data-relance="data-status"]')).toContainText('2 reminders');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const row = popup.locator('[data-relance-invoice="FA2610-0031"]');
    await expect(row).toContainText('Next: Formal notice');
    const [letter] = await Promise.all([context.waitForEvent('page'), row.locator('[data-relance-action="print-letter"]').click()]);
    await expect(letter.locator('[data-relance="letter"]')).toContainText('Formal notice to pay (mise en demeure)');
    await expect(letter.locator('[data-relance="letter"]')).toContainText('Despite our reminders, the latest on 20 February 2026');
    await expect(letter.locator('[data-relance="letter"] table')).toContainText('FA2610-0031');
    expect(await letter.locator('[data-relance="letter"] script, [data-relance="letter"] img').count()).toBe(0);
    await letter.evaluate(() => {
      window.print = () => undefined;
    }); // no print dialog headless
    await letter.locator('[data-relance-action="print"]').click();
    await expect(letter.locator('[data-relance="letter-status"]')).toContainText('Recorded as printed');
    await popup.reload();
    await expect(popup.locator('[data-relance-invoice="FA2610-0031"]')).toContainText('Next: Litigation');
  });

  test('a copied template is validated (line and column) and then used for drafts', async ({ context, extensionId, network }) => {
    await network.serve('https://mail.google.com/**', '<!doctype html><title>Gmail</title>');
    const options = await setUp(context, extensionId);
    await options.locator('[data-relance-template="en-reminder1-standard"] [data-relance-action="copy-template"]').click();
    const editor = options.locator('[data-relance="template-editor"]');
    await editor.locator('[data-relance="template-subject"]').fill('Our invoice {{invoice.number}}');
    await editor.locator('[data-relance="template-body"]').fill('<p>Hello {{client.name}},</p>\n<p>{{#if multiple}}several{{/if}</p>');
    await editor.locator('[data-relance-action="save-template"]').click();
    await expect(options.locator('[data-relance="template-status"]')).toContainText('line 2');
    await editor
      .locator('[data-relance="template-body"]')
      .fill('<p>Hello {{client.name}},</p><p>Invoice {{invoice.number}} is {{invoice.daysLate}} days late.</p>');
    await editor.locator('[data-relance-action="save-template"]').click();
    await expect(options.locator('[data-relance="template-status"]')).toContainText('Template saved.');

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [compose] = await Promise.all([
      context.waitForEvent('page'),
      popup.locator('[data-relance-invoice="FA2611-0007"] [data-relance-action="draft-gmail"]').click(),
    ]);
    const url = await composeUrl(compose);
    expect(url.searchParams.get('su')).toBe('Our invoice FA2611-0007');
    expect(url.searchParams.get('body')).toBe('Hello Boulangerie Dupont & Fils,\n\nInvoice FA2611-0007 is 9 days late.');
  });
});
