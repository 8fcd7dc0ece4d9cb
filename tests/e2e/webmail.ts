import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { demoBackup } from './data';
import { expect, importBackupAt, ROOT } from './fixtures';
import { readStores } from './idb';

export const DAY = '2026-03-09';
const FIXTURES = path.join(ROOT, 'tests/fixtures/webmail');
/** What Gmail sends: Trusted Types enforced on every script of the page, content scripts included. */
export const GMAIL_CSP = "require-trusted-types-for 'script'";

export const HOSTS = {
  gmail: 'https://mail.google.com',
  office: 'https://outlook.office.com',
  office365: 'https://outlook.office365.com',
  live: 'https://outlook.live.com',
} as const;

/**
 * Serves a webmail fixture under the real hostname, for every page URL of that host (the compose
 * links included), with the fixture's behaviour script at /relance-fixture/.
 */
export async function serveWebmail(context: BrowserContext, host: string, file: string, csp?: string): Promise<void> {
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  await context.route(`${host}/**`, (route) => {
    const url = new URL(route.request().url());
    const script = /^\/relance-fixture\/(gmail|outlook)\/app\.js$/.exec(url.pathname);
    if (script)
      return route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: readFileSync(path.join(FIXTURES, script[1]!, 'app.js'), 'utf8'),
      });
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'content-security-policy': csp } : {},
      body: html,
    });
  });
}

/** The demo data, with one client whose address Relance already knows. */
export function webmailBackup() {
  const backup = demoBackup(DAY);
  const at = `${DAY}T08:00:00.000Z`;
  return {
    ...backup,
    clients: [
      {
        id: 'garage-martin-sarl',
        name: 'Garage Martin SARL',
        emails: ['factures@garage-martin.fr'],
        paused: false,
        createdAt: at,
        updatedAt: at,
      },
    ],
  };
}

export const setUp = (context: BrowserContext, extensionId: string) => importBackupAt(context, extensionId, DAY, webmailBackup());

/**
 * A webmail fixture served at `url`'s host, the demo data imported, and a tab on `url`: the opening
 * of every webmail test. Returns the options page (for exports) and the webmail tab.
 */
export async function openWebmail(
  context: BrowserContext,
  extensionId: string,
  url: string,
  file: string,
  csp?: string,
): Promise<{ options: Page; page: Page }> {
  await serveWebmail(context, new URL(url).origin, file, csp);
  const options = await setUp(context, extensionId);
  const page = await context.newPage();
  await page.goto(url);
  return { options, page };
}

/** The history and the clients, read from the database by the options page. */
export async function exported(page: Page): Promise<{
  events: { stage: string; action: string; to: string[]; subject?: string; invoiceIds: string[]; note?: string }[];
  clients: { id: string; emails: string[] }[];
}> {
  return (await page.evaluate(readStores, ['events', 'clients'])) as Awaited<ReturnType<typeof exported>>;
}

export type FixtureState = {
  sent: { to: string[]; subject: string; html: string; text: string }[];
  discarded: number;
  saves: number;
  violations?: string[];
};
export const fixtureState = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: FixtureState }).__fixture);

/** The picker's dialog, inside its Shadow DOM (Playwright's CSS pierces open shadow roots). */
export const picker = (page: Page) => page.locator('[data-relance="picker"] [role="dialog"]');

export async function insertFromPicker(page: Page, compose: ReturnType<Page['locator']>) {
  await compose.locator('[data-relance-action="open-picker"]').click();
  const dialog = picker(page);
  await expect(dialog.locator('[data-relance="picker-preview"]')).not.toBeEmpty();
  await dialog.locator('[data-relance-action="insert"]').click();
  await expect(dialog).toHaveCount(0);
}

export { expect };
