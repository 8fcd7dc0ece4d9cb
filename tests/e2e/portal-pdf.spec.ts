import type { BrowserContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, ROOT, serviceWorker, test } from './fixtures';

/**
 * The copy of the invoice from its portal page (issue 14, item 4): the portal list links each
 * invoice's PDF; Track keeps the links; the desk's "Fetch from portal" has the portal tab's content
 * script download the PDF with the user's session (a cookie the route checks, as a portal would),
 * and keeps it. A link that answers the login page instead stores nothing and says why. The list is
 * tests/fixtures/portals/pdf-links/factures-fr.html, served under the e2e build's test portal.
 */
const PORTAL = 'https://erp.example.fr';
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\n%%EOF\n'),
]);
const LOGIN =
  '<!doctype html><html lang="fr"><title>Connexion</title><form action="/login"><input name="password" type="password"><button>Se connecter</button></form></html>';

/** The portal: its list, the PDF of FA2611-0101 (only with the session cookie), and a PDF link whose session "expired". */
async function servePortal(context: BrowserContext) {
  const seen: { url: string; cookie?: string }[] = [];
  const list = await readFile(path.join(ROOT, 'tests/fixtures/portals/pdf-links/factures-fr.html'), 'utf8');
  await context.route(`${PORTAL}/factures`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: list }));
  await context.route(`${PORTAL}/factures/101/document`, (route) => {
    const cookie = route.request().headers()['cookie'];
    seen.push({ url: route.request().url(), cookie });
    if (!cookie?.includes('session=s3cret')) return route.fulfill({ status: 200, contentType: 'text/html', body: LOGIN });
    return route.fulfill({
      status: 200,
      contentType: 'application/pdf',
      headers: { 'content-disposition': 'attachment; filename="FA2611-0101.pdf"' },
      body: PDF,
    });
  });
  await context.route(`${PORTAL}/documents/**`, (route) => {
    seen.push({ url: route.request().url(), cookie: route.request().headers()['cookie'] });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: LOGIN });
  });
  await context.addCookies([
    { name: 'session', value: 's3cret', domain: 'erp.example.fr', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' },
  ]);
  return seen;
}

/** Enables the site from the popup, as a user does (the e2e build already holds its permission). */
async function enableSite(context: BrowserContext, extensionId: string, tab: Page): Promise<void> {
  const tabId = await (
    await serviceWorker(context)
  ).evaluate(async (url) => {
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }
    ).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)!.id;
  }, tab.url());
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&site=${encodeURIComponent(PORTAL)}`);
  await popup.locator('[data-relance-action="enable-site"]').click();
  await expect(popup.locator('[data-relance="site"]')).toContainText('erp.example.fr');
  await popup.close();
}

/** The stored copies of an invoice, read from the extension's own database. */
async function storedFiles(context: BrowserContext, invoiceId: string): Promise<{ name: string; origin: string; data: number[] }[]> {
  return (await serviceWorker(context)).evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relance');
        open.onerror = () => reject(open.error);
        // Never make the database here: that is the background's (Dexie's) job.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const request = open.result.transaction('files').objectStore('files').index('invoiceId').getAll(id);
          request.onsuccess = () =>
            resolve(
              (request.result as { name: string; origin: string; data: Uint8Array }[]).map((f) => ({
                name: f.name,
                origin: f.origin,
                data: [...f.data],
              })),
            );
          request.onerror = () => reject(request.error);
        };
      }),
    invoiceId,
  );
}

test("an invoice tracked from its portal list gets its PDF from the open portal tab, with the user's session, into the desk's files panel", async ({
  context,
  extensionId,
  network,
}) => {
  void network;
  const seen = await servePortal(context);
  const portal = await context.newPage();
  await portal.goto(`${PORTAL}/factures`);
  await enableSite(context, extensionId, portal);
  const pill = portal.locator('[data-relance="pill"]');
  await pill.locator('[data-relance-action="track"]').click();
  await pill.locator('[data-relance-action="confirm-track"]').click();
  await expect(pill).toContainText('Tracked');
  // Tracking fetched nothing: the PDFs come on request only.
  expect(seen).toEqual([]);

  const desk = await context.newPage();
  await desk.goto(`chrome-extension://${extensionId}/desk.html#invoices`);
  const panel = desk.locator('[data-relance="invoice-panel"] [data-relance="invoice-files"]');
  await desk.locator('[data-relance-invoice="FA2611-0101"] [data-relance-action="open-invoice"]').click();
  await expect(panel.locator('[data-relance-file]')).toHaveCount(0);
  await panel.locator('[data-relance-action="fetch-portal-pdf"]').click();
  await expect(desk.locator('[data-relance="notice"]')).toContainText('FA2611-0101.pdf fetched from the portal');
  await expect(panel.locator('[data-relance-file="FA2611-0101.pdf"]')).toBeVisible();
  expect(seen).toEqual([{ url: `${PORTAL}/factures/101/document`, cookie: expect.stringContaining('session=s3cret') }]);
  expect(await storedFiles(context, 'erp.example.fr:FA2611-0101')).toEqual([{ name: 'FA2611-0101.pdf', origin: 'portal', data: [...PDF] }]);

  // The portal answers its login page for this one: a clear message, nothing kept.
  await desk.locator('[data-relance-invoice="FA2611-0102"] [data-relance-action="open-invoice"]').click();
  await panel.locator('[data-relance-action="fetch-portal-pdf"]').click();
  await expect(desk.locator('[data-relance="notice"]')).toContainText('erp.example.fr sent a web page instead of the PDF');
  await expect(panel.locator('[data-relance-file]')).toHaveCount(0);
  expect(await storedFiles(context, 'erp.example.fr:FA2611-0102')).toEqual([]);

  // A PDF on another site was never recorded: nothing is offered.
  await desk.locator('[data-relance-invoice="FA2611-0104"] [data-relance-action="open-invoice"]').click();
  await expect(panel.locator('[data-relance-action="fetch-portal-pdf"], [data-relance="portal-pdf-hint"]')).toHaveCount(0);

  // With no tab of the portal open, the panel says where to go instead.
  await portal.close();
  await desk.reload();
  await desk.locator('[data-relance-invoice="FA2611-0103"] [data-relance-action="open-invoice"]').click();
  await expect(panel.locator('[data-relance="portal-pdf-hint"]')).toContainText('open erp.example.fr in a tab');
  await expect(panel.locator('[data-relance-action="fetch-portal-pdf"]')).toHaveCount(0);
});

test('a backup holds the copies of invoices only when "Include invoice copies (PDF)" is ticked', async ({ openPage }) => {
  // The options page first: once its settings show, the background has opened (and made) the database.
  const options = await openPage('options');
  const checkbox = options.locator('[data-relance-action="export-files"]');
  await expect(checkbox).not.toBeChecked();
  // Stored straight into IndexedDB, as a fetched copy is; tried again until the background has made the database.
  const store = (bytes: number[]) =>
    new Promise<boolean>((resolve) => {
      const open = indexedDB.open('relance');
      open.onerror = () => resolve(false);
      // Never make the database here: that is the background's (Dexie's) job.
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('files')) return (db.close(), resolve(false));
        const tx = db.transaction('files', 'readwrite');
        const data = new Uint8Array(bytes);
        tx.objectStore('files').put({
          id: 'erp.example.fr:FA-1|FA-1.pdf',
          invoiceId: 'erp.example.fr:FA-1',
          name: 'FA-1.pdf',
          type: 'application/pdf',
          size: data.length,
          data,
          origin: 'portal',
          addedAt: new Date().toISOString(),
        });
        tx.oncomplete = () => (db.close(), resolve(true));
        tx.onerror = () => (db.close(), resolve(false));
      };
    });
  await expect.poll(() => options.evaluate(store, [...PDF]), { timeout: 20_000 }).toBe(true);
  const exportFile = async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-relance-action="export"]').click()]);
    return JSON.parse(await readFile((await download.path())!, 'utf8')) as { files?: { name: string; data: string }[] };
  };
  expect(await exportFile()).not.toHaveProperty('files');
  await checkbox.check();
  const withFiles = await exportFile();
  expect(withFiles.files?.map((f) => [f.name, Buffer.from(f.data, 'base64').equals(PDF)])).toEqual([['FA-1.pdf', true]]);
});
