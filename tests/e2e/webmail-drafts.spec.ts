import { serviceWorker, test } from './fixtures';
import { exported, expect, fixtureState, GMAIL_CSP, HOSTS, insertFromPicker, openWebmail, serveWebmail, setUp } from './webmail';
import type { Page } from '@playwright/test';

/** A tab the extension opens starts loading before Playwright routes it: reload it once attached. */
async function attached(page: Page, host: string): Promise<void> {
  await page.waitForLoadState();
  if (!page.url().startsWith(host)) await page.reload();
}

test.describe('drafts opened from Relance fill the webmail compose', () => {
  test('"Draft in Gmail" from the popup: the compose link opens, the formatted reminder replaces its plain text, and sending it is recorded', async ({
    context,
    extensionId,
  }) => {
    await serveWebmail(context, HOSTS.gmail, 'gmail/fullscreen-en.html', GMAIL_CSP);
    const options = await setUp(context, extensionId);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      popup.locator('[data-relance-invoice="FA2610-0031"] [data-relance-action="draft-gmail"]').click(),
    ]);
    await attached(page, HOSTS.gmail);
    expect(new URL(page.url()).searchParams.get('view')).toBe('cm');
    const compose = page.locator('.aSs .M9');
    const body = compose.locator('[g_editable="true"]');
    await expect(page.locator('[data-relance="toast"]')).toContainText('the formatted reminder is in the e-mail');
    await expect(body.locator('p').first()).toHaveText('Hello,');
    // The link's plain text was replaced, not kept beside the formatted copy.
    expect(await body.evaluate((e) => (e.textContent!.match(/FA2610-0031/g) ?? []).length)).toBe(1);
    expect(await body.evaluate((e) => e.querySelectorAll(':scope > div').length)).toBe(0);
    await expect(compose.locator('[role="option"][data-hovercard-id="factures@garage-martin.fr"]')).toHaveCount(1);
    expect((await fixtureState(page)).violations).toEqual([]);
    await compose.locator('.IZ .Up [role="button"]').first().click();
    await expect(page.locator('[data-relance="toast"]')).toContainText('recorded as sent');
    const sent = (await exported(options)).events.filter((e) => e.action === 'sent');
    expect(sent).toMatchObject([{ stage: 'reminder1', to: ['factures@garage-martin.fr'], invoiceIds: ['erp.example.fr:FA2610-0031'] }]);
  });

  test("with an automatic signature, the reminder replaces only the link's text: the signature stays below it", async ({
    context,
    extensionId,
  }) => {
    await serveWebmail(context, HOSTS.gmail, 'gmail/fullscreen-signature-en.html', GMAIL_CSP);
    await setUp(context, extensionId);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      popup.locator('[data-relance-invoice="FA2610-0031"] [data-relance-action="draft-gmail"]').click(),
    ]);
    await attached(page, HOSTS.gmail);
    const body = page.locator('.aSs .M9 [g_editable="true"]');
    await expect(page.locator('[data-relance="toast"]')).toContainText('the formatted reminder is in the e-mail');
    await expect(body.locator('p').first()).toHaveText('Hello,');
    // Nothing of the link's plain text is left (it also named the invoice and said "Hello,")…
    expect(
      await body.evaluate((e) => [(e.textContent!.match(/FA2610-0031/g) ?? []).length, (e.textContent!.match(/Hello,/g) ?? []).length]),
    ).toEqual([1, 1]);
    // …and the signature is whole, once, and last.
    await expect(body.locator('.gmail_signature')).toHaveCount(1);
    await expect(body.locator('.gmail_signature')).toHaveText(/^-- Claire Morel · Atelier Morel01 23 45 67 89$/);
    expect(await body.evaluate((e) => e.lastElementChild?.className)).toBe('gmail_signature');
    // A blank line between "Kind regards," and "-- " (Chromium's insertHTML swallows the link's one).
    expect(
      await body.evaluate((e) => [
        e.lastElementChild?.previousSibling?.nodeName,
        !!e.lastElementChild?.previousSibling?.previousSibling?.textContent?.trim().endsWith('Kind regards,'),
      ]),
    ).toEqual(['BR', true]);
  });

  test('"Draft e-mail" on a notification fills the Gmail compose the same way', async ({ context, extensionId }) => {
    await serveWebmail(context, HOSTS.gmail, 'gmail/fullscreen-en.html', GMAIL_CSP);
    await setUp(context, extensionId);
    const id = 'relance|2026-03-09|reminder1|boulangerie-dupont-fils';
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
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      worker.evaluate(
        (nid) =>
          (
            globalThis as unknown as { relanceE2E: { notificationButton(id: string, i: number): Promise<void> } }
          ).relanceE2E.notificationButton(nid, 0),
        id,
      ),
    ]);
    await attached(page, HOSTS.gmail);
    await expect(page.locator('[data-relance="toast"]')).toContainText('the formatted reminder is in the e-mail');
    await expect(page.locator('.M9 [g_editable="true"] p').first()).toHaveText('Hello,');
  });

  test('"Draft in Outlook" from the popup fills the deeplink compose', async ({ context, extensionId }) => {
    await serveWebmail(context, HOSTS.office, 'outlook/deeplink-en.html');
    await setUp(context, extensionId);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      popup.locator('[data-relance-invoice="FA2611-0007"] [data-relance-action="draft-outlook"]').click(),
    ]);
    await attached(page, HOSTS.office);
    expect(new URL(page.url()).pathname).toBe('/mail/deeplink/compose');
    await expect(page.locator('[data-relance="toast"]')).toContainText('the formatted reminder is in the e-mail');
    const body = page.locator('[id^="editorParent_"] [contenteditable="true"]');
    await expect(body.locator('p').first()).toHaveText('Hello,');
    expect(await body.evaluate((e) => (e.textContent!.match(/FA2611-0007/g) ?? []).length)).toBe(1);
  });

  test('when the editor never appears, the user is told and can copy the formatted reminder', async ({ context, extensionId }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HOSTS.gmail });
    await context.route(`${HOSTS.gmail}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Gmail</title><p>Loading…</p>' }),
    );
    await setUp(context, extensionId);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      popup.locator('[data-relance-invoice="FA2611-0007"] [data-relance-action="draft-gmail"]').click(),
    ]);
    await attached(page, HOSTS.gmail);
    const toast = page.locator('[data-relance="toast"]');
    await expect(toast).toContainText('could not find the editor in time', { timeout: 25_000 });
    await toast.locator('[data-relance-action="toast-action"]').click();
    await expect(toast).toContainText('Copied');
    expect(
      await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return item ? (await item.getType('text/html')).text() : '';
      }),
    ).toContain('FA2611-0007');
  });

  test('where Gmail allows only its own Trusted Types policies, the reminder is built from nodes and the draft still saves', async ({
    context,
    extensionId,
  }) => {
    const { page } = await openWebmail(
      context,
      extensionId,
      `${HOSTS.gmail}/mail/u/0/#inbox/FMfcg`,
      'gmail/conversation-fr.html',
      `${GMAIL_CSP}; trusted-types goog#html`,
    );
    const compose = page.locator('.AO .M9');
    await insertFromPicker(page, compose);
    const body = compose.locator('[g_editable="true"]');
    await expect(body.locator('p').first()).toHaveText('Hello,');
    expect(await body.evaluate((e) => e.lastElementChild?.className)).toBe('gmail_quote');
    await expect(compose.locator('[data-fixture="draft-status"]')).toHaveText('Brouillon enregistré');
    await expect(compose).toHaveAttribute('data-relance-inserted', 'nodes');
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  });
});
