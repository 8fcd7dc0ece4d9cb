import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the demo portal is plain JavaScript
import { render } from '../../demo/server.mjs';
import { demoBackup } from '../e2e/data';
import { readStores } from '../e2e/idb';

/**
 * Relance in a real Firefox: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core
 * (Playwright cannot drive a stock Firefox), the built add-on installed temporarily, fixture pages
 * served under their real hostnames by request interception, nothing else reachable.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const ADDON = path.join(ROOT, '.output/firefox-mv2-e2e');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'relance@relance.app';
/** Firefox gives each add-on a random moz-extension host; this pref pins ours for the profile. */
const UUID = '5b0b6d2e-0f1c-4c6a-9d7e-3a1f2b4c5d6e';
const EXT = `moz-extension://${UUID}`;
const DAY = '2026-03-09';
const GMAIL_FIXTURES = path.join(ROOT, 'tests/fixtures/webmail/gmail');

let browser: Browser;
let profile: string;
/** Requests no fixture answered: aborted, as this machine is offline. */
const unserved: string[] = [];

beforeAll(async () => {
  profile = await mkdtemp(path.join(tmpdir(), 'relance-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Lets BiDi open moz-extension:// pages, which it refuses by default.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.locale.requested': 'en-GB',
      'intl.accept_languages': 'en-GB',
    },
  });
  expect(await browser.installExtension(ADDON)).toBe(ADDON_ID);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

type Fixture = (url: URL) => { body: string; contentType?: string; headers?: Record<string, string> } | null;

/** A tab whose every request is answered by `fixture` or aborted (extension pages load as usual). */
async function tab(fixture: Fixture = () => null): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return void request.continue();
    const served = fixture(url);
    if (!served) {
      unserved.push(url.href);
      return void request.abort();
    }
    return void request.respond({
      status: 200,
      contentType: served.contentType ?? 'text/html; charset=utf-8',
      headers: served.headers ?? {},
      body: served.body,
    });
  });
  return page;
}

/**
 * Opens an extension page. BiDi's navigate to moz-extension:// never reports its load event, so the
 * page is awaited by its title instead.
 */
async function extensionPage(name: 'popup' | 'options'): Promise<Page> {
  const page = await tab();
  await page.goto(`${EXT}/${name}.html`, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => {});
  await until(() => page.evaluate(() => document.readyState === 'complete' && document.title !== ''), `${name}.html to load`);
  return page;
}

/** Polls `check` (bounded: 100 tries, 100 ms apart) until it returns something truthy. */
async function until<T>(check: () => Promise<T | null | undefined | false | ''>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await check().catch(() => undefined);
    if (value) return value as T;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox: timed out waiting for ${what}`);
}

type RuntimeGlobal = {
  browser: {
    runtime: { sendMessage(m: object): Promise<{ ok: boolean; data?: unknown; error?: string }> };
    browserAction: { getBadgeText(d: object): Promise<string> };
  };
};
const send = (page: Page, message: object) =>
  page.evaluate((m) => (globalThis as unknown as RuntimeGlobal).browser.runtime.sendMessage(m), message);
/** What the user reads in an element, its shadow root included. */
const shownText = (handle: ElementHandle) => handle.evaluate((e) => `${e.textContent ?? ''} ${e.shadowRoot?.textContent ?? ''}`);
const badge = (page: Page) => page.evaluate(() => (globalThis as unknown as RuntimeGlobal).browser.browserAction.getBadgeText({}));

describe('Firefox (firefox-esr, the built MV2 add-on)', () => {
  it('starts its background page, which answers the popup', async () => {
    const popup = await extensionPage('popup');
    expect(await send(popup, { type: 'ui:refreshBadge' })).toEqual({ ok: true, data: 0 });
    await popup.close();
  });

  it('imports a backup from the options page; the popup lists it as text and the badge counts the overdue invoices', async () => {
    const options = await extensionPage('options');
    expect((await send(options, { type: 'ui:debugSetToday', today: DAY })).ok).toBe(true);
    const file = path.join(profile, 'backup.json');
    await writeFile(file, JSON.stringify(demoBackup(DAY)));
    const input = await options.waitForSelector('[data-relance-action="import"]');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    await until(() => options.$eval('[data-relance="data-status"]', (e) => e.textContent?.includes('Imported')), 'the import to finish');
    await options.close();

    const popup = await extensionPage('popup');
    const rows = await until(async () => {
      const found = await popup.$$eval('[data-relance-invoice]', (els) =>
        els.map((e) => [e.getAttribute('data-relance-invoice'), e.textContent]),
      );
      return found.length >= 3 ? found : null;
    }, 'the popup rows');
    expect(rows.map(([number]) => number)).toEqual(['FA2610-0031', 'FA2611-0007', 'FA2611-0012']);
    // A hostile client name is shown as text, never parsed as markup.
    expect(rows[2]![1]).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.$$('img[src="x"]')).toHaveLength(0);
    expect(await until(() => badge(popup), 'the badge')).toBe('3');
    await popup.close();
  });

  it('captures a portal page: enabling the site registers the script, the pill appears, Track previews and stores the invoices', async () => {
    const portal = await tab((url) => (url.hostname === 'erp.example.fr' ? (render(url) as { body: string }) : null));
    await portal.goto('https://erp.example.fr/factures');
    const popup = await extensionPage('popup');
    const enabled = await send(popup, { type: 'ui:enableSite', origin: 'https://erp.example.fr' });
    expect(enabled).toMatchObject({ ok: true });
    await popup.close();

    await portal.reload();
    const pill = await until(() => portal.$('>>> [data-relance="pill"]'), 'the pill');
    expect(
      await until(() => shownText(pill).then((t) => /\d+ (factures|invoices)/.test(t) && t), 'the pill to count the invoices'),
    ).toMatch(/9 (factures|invoices)/);
    const track = await portal.$('>>> [data-relance-action="track"]');
    await track!.click();
    // The first Track on a site opens the preview of what will be stored.
    const confirm = await until(() => portal.$('>>> [data-relance-action="confirm-track"]'), 'the Track preview');
    await confirm!.click();
    await until(() => shownText(pill).then((t) => /tracked|suivies/i.test(t)), 'the pill to say the invoices are tracked');

    const check = await extensionPage('popup');
    const stored = (await check.evaluate(readStores, ['invoices'])) as { invoices: { id: string }[] };
    // The demo portal lists 9 invoices; the backup imported above held 5 of the same site.
    expect(stored.invoices.length).toBeGreaterThan(5);
    await check.close();
    await portal.close();
  });

  // split: the single-invoice reader is a script the portal script asks the background for (cs:loadReader).
  it('reads a single-invoice page of the enabled site, with the readers script injected on demand', async () => {
    const facture = readFileSync(path.join(import.meta.dirname, '../fixtures/portals/detail-fr/facture.html'), 'utf8');
    const portal = await tab((url) => (url.hostname === 'erp.example.fr' ? { body: facture } : null));
    await portal.goto('https://erp.example.fr/facture/118');
    const pill = await until(() => portal.$('>>> [data-relance="pill"]'), 'the pill');
    expect(
      await until(() => shownText(pill).then((t) => /(?<!\d)1 (facture|invoice)/.test(t) && t), 'the pill to count the invoice'),
    ).toMatch(/(?<!\d)1 (facture|invoice)/);
    await portal.close();
  });

  // The PDF download runs in the portal tab's content script: in Firefox through `content.fetch`, as the page fetches.
  it("fetches an invoice's PDF through the open portal tab, with the user's session, as the desk asks", async () => {
    const list = readFileSync(path.join(import.meta.dirname, '../fixtures/portals/pdf-links/factures-fr.html'), 'utf8');
    const pdf = '%PDF-1.7\n' + 'x'.repeat(200) + '\n%%EOF\n';
    const asked: { path: string; cookie?: string }[] = [];
    const portal = await tab((url) => {
      if (url.hostname !== 'erp.example.fr') return null;
      if (url.pathname === '/factures') return { body: list };
      if (url.pathname === '/factures/101/document') return { body: pdf, contentType: 'application/pdf' };
      return null;
    });
    // Every request for a document of the portal, with the cookies it carried.
    portal.on('request', (request: HTTPRequest) => {
      const url = new URL(request.url());
      if (url.hostname === 'erp.example.fr' && url.pathname.startsWith('/factures/'))
        asked.push({ path: url.pathname, cookie: request.headers()['cookie'] });
    });
    await portal.goto('https://erp.example.fr/factures');
    await portal.setCookie({ name: 'session', value: 's3cret', domain: 'erp.example.fr', path: '/', secure: true });
    const popup = await extensionPage('popup');
    expect(await send(popup, { type: 'ui:enableSite', origin: 'https://erp.example.fr' })).toMatchObject({ ok: true });
    await portal.reload();
    // The pill is drawn again as the page settles: a button is clicked once it stays put.
    await until(async () => {
      const track = await portal.$('>>> [data-relance-action="track"]');
      return track && (await track.click().then(() => true));
    }, 'a click on Track');
    // The site was tracked before (the test above): Track stores at once, with no preview.
    const tracked = await until(async () => {
      const stored = (await popup.evaluate(readStores, ['invoices'])) as { invoices: { id: string; pdfUrl?: string }[] };
      return stored.invoices.find((i) => i.id === 'erp.example.fr:FA2611-0101' && i.pdfUrl);
    }, 'the invoice and its PDF link to be stored');
    expect(tracked.pdfUrl).toBe('https://erp.example.fr/factures/101/document');
    expect(asked).toEqual([]);
    const reply = await send(popup, { type: 'ui:fetchPortalPdf', invoiceId: 'erp.example.fr:FA2611-0101' });
    expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
    // Asked once, by the page's own fetch: with the session cookie the user's tab holds.
    expect(asked).toEqual([{ path: '/factures/101/document', cookie: expect.stringContaining('session=s3cret') }]);
    // The copy kept, read in the page: a database's bytes do not cross the driver's protocol.
    const kept = await popup.evaluate(
      `(${readStores.toString()})(['files']).then((r) => r.files.filter((f) => f.invoiceId === 'erp.example.fr:FA2611-0101').map((f) => [f.origin, new TextDecoder().decode(f.data)]))`,
    );
    expect(kept).toEqual([['portal', pdf]]);
    await popup.close();
    await portal.close();
  });

  it('inserts a reminder into a Gmail compose under Trusted Types', async () => {
    const html = readFileSync(path.join(GMAIL_FIXTURES, 'inbox-en.html'), 'utf8');
    const gmail = await tab((url) => {
      if (url.hostname !== 'mail.google.com') return null;
      if (url.pathname === '/relance-fixture/gmail/app.js')
        return { body: readFileSync(path.join(GMAIL_FIXTURES, 'app.js'), 'utf8'), contentType: 'text/javascript' };
      return { body: html, headers: { 'content-security-policy': "require-trusted-types-for 'script'" } };
    });
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await (await gmail.waitForSelector('[data-fixture="compose-button"]'))!.click();
    const to = await gmail.waitForSelector('.M9 input[peoplekit-id]');
    await to!.type('compta@boulangerie-dupont.fr');
    await to!.press('Enter');
    const button = await until(() => gmail.$('>>> [data-relance-action="open-picker"]'), 'the Relance button in the compose');
    await button.click();
    const insert = await until(() => gmail.$('>>> [data-relance-action="insert"]'), 'the picker');
    await until(
      () => gmail.$eval('>>> [data-relance="picker-preview"]', (e) => (e.textContent ?? '').includes('FA2611-0007')),
      'the preview',
    );
    await insert.click();
    const body = await gmail.waitForSelector('.M9 [g_editable="true"]');
    await until(() => body!.evaluate((e) => (e.textContent ?? '').includes('FA2611-0007')), 'the reminder in the body');
    expect(await gmail.$eval('.M9 input[name="subjectbox"]', (e) => (e as HTMLInputElement).value)).toContain('FA2611-0007');
    expect(await body!.evaluate((e) => e.querySelector('p') !== null)).toBe(true);
    await gmail.close();
  });

  it('reached nothing outside the fixtures', () => {
    expect(
      unserved.filter((u) => !u.startsWith('https://mail.google.com/favicon') && !u.startsWith('https://erp.example.fr/favicon')),
    ).toEqual([]);
  });
});
