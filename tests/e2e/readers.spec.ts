import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

/**
 * The readers few pages need (entrypoints/readers) are not in the portal script: it asks the
 * background for them on a page that needs one. A single-invoice page must still give its invoice.
 */
const facture = () => readFileSync(path.join(ROOT, 'tests', 'fixtures', 'portals', 'detail-fr', 'facture.html'), 'utf8');

async function scan(context: BrowserContext, extensionId: string, tab: Page): Promise<void> {
  const tabId = await context.serviceWorkers()[0]!.evaluate(async (url) => {
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }
    ).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)!.id;
  }, tab.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&site=${encodeURIComponent(new URL(tab.url()).origin)}`);
  await popup.locator('[data-relance-action="scan-page"]').click();
}

test('a single-invoice page loads the readers script and gives its one invoice', async ({ context, extensionId, network }) => {
  await network.serve('https://erp.example.fr/**', facture());
  const portal = await context.newPage();
  await portal.goto('https://erp.example.fr/facture/118');
  await scan(context, extensionId, portal);
  const pill = portal.locator('[data-relance="pill"]');
  await expect(pill).toContainText('1');
  await pill.locator('[data-relance-action="track"]').click();
  await expect(pill.locator('[data-relance="track-preview"] tbody tr')).toHaveCount(1);
  await expect(pill.locator('[data-relance="track-preview"] tbody tr').first()).toContainText('FA-2026-118');
});
