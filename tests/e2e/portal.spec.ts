import type { BrowserContext, Page } from '@playwright/test';
// @ts-expect-error the demo portal is plain JavaScript
import { render } from '../../demo/server.mjs';
import { badgeText, expect, test } from './fixtures';

/**
 * Capture on a portal, end to end. The e2e build holds `https://erp.example.fr/*` up front
 * (see TOOLCHAIN.md): the popup's click still calls permissions.request, which resolves at
 * once because the permission is held, and the real registerContentScripts path runs. The
 * browser's permission prompt itself is on the README's manual checklist.
 */
/** The demo portal's invoice list (French, dates relative to today), as `npm start` serves it. */
const invoiceList = (): string => render(new URL('https://erp.example.fr/factures')).body;

async function popupFor(context: BrowserContext, extensionId: string, tab: Page): Promise<Page> {
  // The worker sees the URL only of tabs on granted sites; a tab of another site is the newest one without.
  const tabId = await context.serviceWorkers()[0]!.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? Math.max(...tabs.filter((t) => t.url === undefined).map((t) => t.id));
  }, tab.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&site=${encodeURIComponent(new URL(tab.url()).origin)}`);
  return popup;
}

test.describe('capture on a portal', () => {
  test('enabling the site from the popup registers capture: the pill appears, Track stores, badge and popup follow', async ({ context, extensionId, network }) => {
    await network.serve('https://erp.example.fr/**', invoiceList());
    const portal = await context.newPage();
    await portal.goto('https://erp.example.fr/factures');
    await expect(portal.locator('[data-relance="pill"]')).toHaveCount(0);

    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="enable-site"]').click();
    await expect(popup.locator('[data-relance="site"]')).toContainText('Invoices are detected on erp.example.fr');

    // The already open tab was scanned at once.
    const pill = portal.locator('[data-relance="pill"]');
    await expect(pill).toContainText('invoices');
    expect(await badgeText(context)).toBe('');
    await pill.locator('[data-relance-action="track"]').click();
    await expect(pill).toContainText('Tracked');
    await expect.poll(() => badgeText(context)).not.toBe('');

    // A new visit runs the registered content script by itself.
    const again = await context.newPage();
    await again.goto('https://erp.example.fr/factures?page=1');
    await expect(again.locator('[data-relance="pill"]')).toContainText('invoices');

    const list = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(list.locator('[data-relance-invoice]').first()).toBeVisible();
  });

  test('a site the user did not grant stays untouched: the request stays pending and nothing is injected', async ({ context, extensionId, network }) => {
    await network.serve('https://other-erp.example.com/**', invoiceList());
    const portal = await context.newPage();
    await portal.goto('https://other-erp.example.com/factures');
    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="enable-site"]').click();
    await portal.waitForTimeout(1500);
    await expect(portal.locator('[data-relance="pill"]')).toHaveCount(0);
    const registered = await context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
  });
});
