#!/usr/bin/env node
// `npm start`: builds Relance, serves the demo portal, opens Chromium with the extension and a
// persistent profile. With a display it is a normal window to explore; without one it drives the
// flow headless, saves screenshots to demo-output/ and prints a summary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium } from './chromium.mjs';
import { startPortal } from '../demo/server.mjs';
import { demoBackup } from '../demo/backup.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
const PROFILE = path.join(ROOT, 'demo-profile');
const OUT = path.join(ROOT, 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.RELANCE_HEADLESS;

const browserInfo = ensureChromium();
if (!browserInfo.ok) {
  console.error(browserInfo.message);
  process.exit(1);
}
console.log('Building the extension…');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const portal = await startPortal(Number(process.env.PORT ?? 0));
console.log(`Demo portal: ${portal.url}/factures`);
const context = await chromium.launchPersistentContext(PROFILE, {
  executablePath: browserInfo.path,
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 800 },
  locale: 'fr-FR',
  args: [
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--lang=fr-FR',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const extensionPage = async (name) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${name}.html`);
  return page;
};

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${portal.url}/factures`);
  await extensionPage('options');
  console.log('Chromium is open with Relance loaded. In Settings, "Import a backup" takes demo/relance-demo.json-like files;');
  console.log('your webmail sign-ins are kept in demo-profile/. Close the browser to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  await portal.close();
  process.exit(0);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const shots = [];
const shot = async (page, name, options = {}) => {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, ...options });
  shots.push(path.relative(ROOT, file));
};
const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));

const list = await context.newPage();
await list.goto(`${portal.url}/factures`);
await shot(list, '01-portal-invoice-list.png', { fullPage: true });

const options = await extensionPage('options');
await options.locator('[data-relance-action="import"]').setInputFiles({
  name: 'relance-demo.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(demoBackup(portal.url))),
});
await options.waitForFunction(() => document.querySelector('[data-relance="data-status"]')?.textContent);
const imported = await options.locator('[data-relance="data-status"]').textContent();
await shot(options, '02-options-import.png', { fullPage: true });

const popup = await extensionPage('popup');
await popup.setViewportSize({ width: 380, height: 560 });
await popup.locator('[data-relance-invoice]').first().waitFor();
await shot(popup, '03-popup-overdue.png');
const rows = await popup.locator('[data-relance-invoice]').count();
const totals = await popup.locator('[data-relance="totals"]').textContent();

console.log('\nRelance demo (headless)');
console.log(`  extension id     ${extensionId}`);
console.log(`  portal           ${portal.url}/factures`);
console.log(`  import           ${imported?.trim() || '(no message)'}`);
console.log(`  badge            ${(await badge()) || '(hidden)'}`);
console.log(`  popup            ${rows} overdue invoices · ${totals?.trim()}`);
console.log(`  screenshots      ${shots.join('\n                   ')}`);
await context.close();
await portal.close();
