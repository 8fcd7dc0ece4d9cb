import { chromium, test as base, expect, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, extensionArgs } from '../../scripts/chromium.mjs';

export const EXTENSION_ID = 'gmoaffimfjliijnlhikcbbgciklmbjop';
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const E2E_BUILD = path.join(ROOT, '.output/chrome-mv3-e2e');
export { CHROMIUM };

// Lets context.route() see the extension service worker's own requests.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface Network {
  /** Serves `body` for every URL matching `pattern`, under its real hostname. */
  serve(pattern: string, body: string, options?: { contentType?: string; headers?: Record<string, string> }): Promise<void>;
  /** Requests that no fixture served: aborted, as the machine is offline. */
  unserved: { url: string; fromExtension: boolean }[];
}

export async function launchWithExtension(extensionPath = E2E_BUILD, options: { lang?: string } = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), 'relance-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.lang ?? 'en-GB',
    args: extensionArgs(extensionPath, [`--lang=${options.lang ?? 'en-GB'}`]),
  });
  return { context, profile };
}

function isFromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

export async function offline(context: BrowserContext): Promise<Network> {
  const unserved: Network['unserved'] = [];
  // Registered first, so fixture routes registered later take precedence.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    unserved.push({ url, fromExtension: isFromExtension(route.request()) });
    return route.abort('internetdisconnected');
  });
  return {
    unserved,
    async serve(pattern, body, { contentType = 'text/html; charset=utf-8', headers = {} } = {}) {
      await context.route(pattern, (route) => route.fulfill({ status: 200, contentType, headers, body }));
    },
  };
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The slice of the `chrome` global the specs read inside the service worker. */
export interface ChromeGlobal {
  chrome: { action: { getBadgeText(details: object): Promise<string> } };
}

/** Reads the toolbar badge the way the user sees it (reading is not a code path under test). */
export async function badgeText(context: BrowserContext): Promise<string> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({}));
}

export const test = base.extend<{
  context: BrowserContext;
  extensionId: string;
  network: Network;
  openPage(p: 'popup' | 'options'): Promise<Page>;
}>({
  context: async ({}, use) => {
    const { context, profile } = await launchWithExtension();
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
  network: async ({ context }, use) => {
    const network = await offline(context);
    await use(network);
    const leaks = network.unserved.filter((r) => r.fromExtension);
    expect(leaks, 'the extension must never reach the network').toEqual([]);
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorker(context);
    await use(new URL(worker.url()).host);
  },
  openPage: async ({ context, extensionId, network }, use) => {
    void network;
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      return page;
    });
  },
});

export { expect };

/**
 * Pins "today" through the extension's own message path (accepted by e2e builds only) and
 * imports a backup through the options page. Returns the options page.
 */
export async function importBackupAt(context: BrowserContext, extensionId: string, day: string, backup: unknown): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(
    (d) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'ui:debugSetToday',
        today: d,
      }),
    day,
  );
  await options
    .locator('[data-relance-action="import"]')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(options.locator('[data-relance="data-status"]')).toContainText('Imported');
  return options;
}
