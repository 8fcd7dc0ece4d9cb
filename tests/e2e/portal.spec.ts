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
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }
    ).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? Math.max(...tabs.filter((t) => t.url === undefined).map((t) => t.id));
  }, tab.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&site=${encodeURIComponent(new URL(tab.url()).origin)}`);
  return popup;
}

test.describe('capture on a portal', () => {
  test('enabling the site from the popup registers capture: the pill appears, Track stores, badge and popup follow', async ({
    context,
    extensionId,
    network,
  }) => {
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
    // The first Track on a site shows what would be stored; "Track N invoices" stores it.
    await pill.locator('[data-relance-action="track"]').click();
    const preview = pill.locator('[data-relance="track-preview"]');
    await expect(preview).toContainText('9 invoices will be tracked');
    await expect(preview.locator('tbody tr')).toHaveCount(5);
    await expect(preview.locator('tbody tr').first().locator('td')).toHaveCount(5);
    expect(await badgeText(context)).toBe('');
    await preview.locator('[data-relance-action="confirm-track"]').click();
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

  test('a site the user did not grant stays untouched: the request stays pending and nothing is injected', async ({
    context,
    extensionId,
    network,
  }) => {
    await network.serve('https://other-erp.example.com/**', invoiceList());
    const portal = await context.newPage();
    await portal.goto('https://other-erp.example.com/factures');
    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="enable-site"]').click();
    await portal.waitForTimeout(1500);
    await expect(portal.locator('[data-relance="pill"]')).toHaveCount(0);
    const registered = await context
      .serviceWorkers()[0]!
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }
        ).chrome.scripting.getRegisteredContentScripts(),
      );
    expect(registered).toEqual([]);
  });
});

/** The same list, where one invoice has since been paid in full. */
function withPaid(html: string, number: string): string {
  return html.replace(new RegExp(`(<tr>\\s*<td><a href="/factures/${number}">[\\s\\S]*?</tr>)`), (row) =>
    row
      .replace(/(<td class="num">[^<]*<\/td>\s*)<td class="num">[^<]*<\/td>/, '$1<td class="num">0,00 €</td>')
      .replace(/<span class="badge[^"]*">[^<]*<\/span>/, '<span class="badge b-paid">Payée</span>'),
  );
}

const SOUP = `<!doctype html><html lang="fr"><body><h1>Devis et factures</h1><div id="feed">
  <div class="card"><span class="ref">Q-1001</span><b>Boulangerie Dupont</b><em>1 240,00 €</em><i>15/10/2026</i></div>
  <div class="card"><span class="ref">Q-1002</span><b>Garage Martin</b><em>318,50 €</em><i>02/11/2026</i></div>
  <div class="card"><span class="ref">Q-1003</span><b>Cabinet Leroy</b><em>99,00 €</em><i>30/12/2026</i></div></div></body></html>`;

test.describe('capture over time', () => {
  async function enableAndTrack(context: BrowserContext, extensionId: string, portal: Page) {
    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="enable-site"]').click();
    await portal.locator('[data-relance="pill"] [data-relance-action="track"]').click();
    await portal.locator('[data-relance="pill"] [data-relance-action="confirm-track"]').click();
    await expect(portal.locator('[data-relance="pill"]')).toContainText('Tracked');
    await popup.close();
  }

  test('a later visit where an invoice was paid updates it silently: it leaves the overdue list', async ({
    context,
    extensionId,
    network,
  }) => {
    let html = invoiceList();
    await context.route('https://erp.example.fr/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    void network;
    const portal = await context.newPage();
    await portal.goto('https://erp.example.fr/factures');
    await enableAndTrack(context, extensionId, portal);
    await expect.poll(() => badgeText(context)).toBe('4');

    html = withPaid(html, 'FA2611-0012');
    expect(html).toContain('Payée');
    const later = await context.newPage();
    await later.goto('https://erp.example.fr/factures');
    await expect(later.locator('[data-relance="pill"]')).toContainText('invoices');
    await expect.poll(() => badgeText(context)).toBe('3');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('[data-relance-invoice]')).toHaveCount(3);
    await expect(popup.locator('[data-relance-invoice="FA2611-0012"]')).toHaveCount(0);
  });

  test('teach mode: on a page the capture cannot read, the user shows one invoice and the pill appears', async ({
    context,
    extensionId,
    network,
  }) => {
    await network.serve('https://erp.example.fr/**', SOUP);
    const page = await context.newPage();
    await page.goto('https://erp.example.fr/devis');
    const popup = await popupFor(context, extensionId, page);
    await popup.locator('[data-relance-action="enable-site"]').click();
    await expect(popup.locator('[data-relance="site"]')).toContainText('Invoices are detected');
    await expect(page.locator('[data-relance="pill"]')).toHaveCount(0);
    await popup.locator('[data-relance-action="teach"]').click();

    const panel = page.locator('[data-relance="teach"]');
    await expect(panel.locator('[data-relance-step="number"]')).toBeVisible();
    await page.locator('.card >> nth=0').locator('.ref').click();
    await expect(panel.locator('[data-relance-step="client"]')).toBeVisible();
    await page.locator('.card >> nth=0').locator('b').click();
    await page.locator('.card >> nth=0').locator('em').click();
    await page.locator('.card >> nth=0').locator('i').click();
    await panel.locator('[data-relance-action="teach-save"]').click();

    await expect(page.locator('[data-relance="pill"]')).toContainText('3 invoices');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('[data-relance="recipes"]')).toContainText('erp.example.fr/devis');
    await expect(options.locator('[data-relance="recipes"]')).toContainText('number, client, total, dueDate');
  });

  // Chrome refuses to remove a permission the (e2e) manifest requires, so the browser-side revocation
  // (permissions.onRemoved → unregister) is covered by a unit test; here the user removes the site in Relance.
  test('removing the site in the settings stops capture: the registered script is removed', async ({ context, extensionId, network }) => {
    await network.serve('https://erp.example.fr/**', invoiceList());
    const portal = await context.newPage();
    await portal.goto('https://erp.example.fr/factures');
    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="enable-site"]').click();
    await expect(portal.locator('[data-relance="pill"]')).toBeVisible();
    const registered = () =>
      context
        .serviceWorkers()[0]!
        .evaluate(() =>
          (
            globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }
          ).chrome.scripting
            .getRegisteredContentScripts()
            .then((s) => s.map((x) => x.id)),
        );
    expect(await registered()).toEqual(['portal:https://erp.example.fr/*']);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('[data-relance-site="https://erp.example.fr"] [data-relance-action="remove-site"]').click();
    await expect(options.locator('[data-relance="sites"]')).not.toContainText('erp.example.fr');
    await expect.poll(registered).toEqual([]);
    const again = await context.newPage();
    await again.goto('https://erp.example.fr/factures');
    await again.waitForTimeout(1500);
    await expect(again.locator('[data-relance="pill"]')).toHaveCount(0);
  });
});

test.describe('the pill on a hostile page', () => {
  test('a page that hides the pill (opacity: 0 on its host) cannot make a real click track anything', async ({
    context,
    extensionId,
    network,
  }) => {
    await network.serve(
      'https://erp.example.fr/**',
      invoiceList().replace('</head>', '<style>relance-pill { opacity: 0 !important; }</style></head>'),
    );
    const portal = await context.newPage();
    await portal.goto('https://erp.example.fr/factures');
    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="enable-site"]').click();
    const pill = portal.locator('[data-relance="pill"]');
    await expect(pill).toContainText('invoices');
    await pill.locator('[data-relance-action="track"]').click(); // a real (trusted) click, where the user saw the page
    await expect(pill.locator('[data-relance="pill-covered"]')).toBeVisible();
    await expect(pill.locator('[data-relance="track-preview"]')).toHaveCount(0);
    const list = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(list.locator('[data-relance-invoice]')).toHaveCount(0);
    expect(await badgeText(context)).toBe('');
  });

  test('"Not right? Teach this page" in the Track preview starts teach mode on that page, and nothing is tracked', async ({
    context,
    extensionId,
    network,
  }) => {
    await network.serve('https://erp.example.fr/**', invoiceList());
    const portal = await context.newPage();
    await portal.goto('https://erp.example.fr/factures');
    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="enable-site"]').click();
    const pill = portal.locator('[data-relance="pill"]');
    await pill.locator('[data-relance-action="track"]').click();
    await pill.locator('[data-relance-action="teach-page"]').click();
    await expect(portal.locator('[data-relance="teach"] [data-relance-step="number"]')).toBeVisible();
    await portal.locator('[data-relance="teach"] [data-relance-action="teach-cancel"]').click();
    expect(await badgeText(context)).toBe('');
  });
});

test.describe('scan this page', () => {
  // activeTab cannot be granted headless (see the README's checklist); the e2e build's test origin
  // is granted up front, so the popup's "Scan this page" runs the same injection path here.
  test('reads a page once without enabling the site: the pill appears, nothing is registered', async ({
    context,
    extensionId,
    network,
  }) => {
    await network.serve('https://erp.example.fr/**', invoiceList());
    const portal = await context.newPage();
    await portal.goto('https://erp.example.fr/factures');
    const popup = await popupFor(context, extensionId, portal);
    await popup.locator('[data-relance-action="scan-page"]').click();
    await expect(portal.locator('[data-relance="pill"][data-relance-state="found"]')).toContainText('invoices');
    const registered = await context
      .serviceWorkers()[0]!
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }
        ).chrome.scripting.getRegisteredContentScripts(),
      );
    expect(registered).toEqual([]);
    // A second scan does not start a second capture on the page.
    await popup.locator('[data-relance-action="scan-page"]').click();
    await portal.waitForTimeout(500);
    await expect(portal.locator('[data-relance="pill"]')).toHaveCount(1);
  });
});
