#!/usr/bin/env node
// `npm start`: builds Relance, serves the demo portal, opens Chromium with the extension and a
// persistent profile. With a display it is a normal window to explore; without one it drives the
// flow headless, saves screenshots to demo-output/ and prints a summary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ensureChromium, extensionArgs } from './chromium.mjs';
import { startPortal } from '../demo/server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
// The demo build is the release build plus access to http://localhost (the demo portal).
const EXTENSION = path.join(ROOT, '.output/chrome-mv3-demo');
// A window keeps its profile (webmail sign-ins survive runs); a headless run starts clean every time.
const PROFILE = path.join(ROOT, 'demo-profile');
const HEADLESS_PROFILE = path.join(ROOT, 'demo-output', '.profile');
const OUT = path.join(ROOT, 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.RELANCE_HEADLESS;
// `npm test` runs the demo both ways (scripts/test.mjs): RELANCE_DEMO_CHECK=1 closes the window
// once the portal and the desk are shown, instead of waiting for the user.
const checking = Boolean(process.env.RELANCE_DEMO_CHECK);

const browserInfo = ensureChromium();
if (!browserInfo.ok) {
  console.error(browserInfo.message);
  process.exit(1);
}
if (!process.env.RELANCE_SKIP_BUILD) {
  console.log('Building the extension…');
  execFileSync('npm', ['run', '--silent', 'build:demo'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const portal = await startPortal(Number(process.env.PORT ?? 0));
if (!headed) rmSync(OUT, { recursive: true, force: true });
console.log(`Demo portal: ${portal.url}/factures`);
const context = await chromium.launchPersistentContext(headed ? PROFILE : HEADLESS_PROFILE, {
  executablePath: browserInfo.path,
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 800 },
  locale: 'fr-FR',
  args: extensionArgs(EXTENSION, ['--lang=fr-FR']),
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
  // The desk, Relance's own workspace, in a second tab.
  const desk = await context.newPage();
  await desk.goto(`chrome-extension://${extensionId}/desk.html#today`);
  await page.bringToFront();
  if (checking) {
    // What the user must see in the window: the desk's day, and the portal's list with the pill.
    await desk.locator('[data-relance="today-summary"]').waitFor();
    await page.locator('table').first().waitFor();
    console.log(`Windowed run checked: the portal (${await page.title()}) and the desk are open.`);
    await context.close();
    await portal.close();
    process.exit(0);
  }
  console.log('Chromium is open with Relance loaded on the demo portal, and the desk in the next tab.');
  console.log('Click the Relance icon, then "Detect invoices on localhost", then Track on the pill.');
  console.log('Then open your Gmail or Outlook on the web (mail.google.com, outlook.office.com, outlook.live.com):');
  console.log('a Relance button appears in every compose window (Alt+Shift+R opens it from the keyboard).');
  console.log('Your webmail sign-ins are kept in demo-profile/. Close the browser to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  await portal.close();
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
const shots = [];
const shot = async (page, name, options = {}) => {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, ...options });
  shots.push(path.relative(ROOT, file));
};
const sw = () => context.serviceWorkers()[0] ?? worker;
const badge = () => sw().evaluate(() => chrome.action.getBadgeText({}));

// 1. The portal's invoice list.
const list = await context.newPage();
await list.setViewportSize({ width: 1280, height: 800 });
await list.goto(`${portal.url}/factures`);
await shot(list, '01-portal-invoice-list.png', { fullPage: true });

// 2. The popup, opened on that tab: enable the site (the permission is part of the demo build).
const tabId = await sw().evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, list.url());
const popup = await extensionPage(`popup`);
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popup.setViewportSize({ width: 380, height: 300 });
await popup.locator('[data-relance-action="enable-site"]').waitFor();
await shot(popup, '02-popup-enable-site.png');
await popup.locator('[data-relance-action="enable-site"]').click();

// Notifications are drawn by the system, which a headless browser has none of: keep what the
// extension asks for, to show it below as the user would see it.
await sw().evaluate(() => {
  globalThis.__demoNotifications = [];
  const create = chrome.notifications.create.bind(chrome.notifications);
  try {
    chrome.notifications.create = (id, options, ...rest) => {
      globalThis.__demoNotifications.push({ id, ...options });
      return create(id, options, ...rest);
    };
  } catch {
    // Read-only in some builds: the ids are printed instead.
  }
});

// 3. The pill on the portal, then Track.
const pill = list.locator('[data-relance="pill"]');
await pill.locator('[data-relance-action="track"]').waitFor({ timeout: 15_000 });
const found = await pill.evaluate((host) => host.shadowRoot.querySelector('.pill').innerText.replace(/\s+/g, ' ').trim());
await pill.locator('[data-relance-action="track"]').click();
// The first Track on a site shows the rows it will store; "Track N invoices" confirms.
await pill.locator('[data-relance="track-preview"]').waitFor();
await shot(list, '03-portal-pill.png');
await pill.locator('[data-relance-action="confirm-track"]').click();
await list.locator('[data-relance="pill"][data-relance-state="tracked"]').waitFor();
await shot(list, '04-portal-tracked.png');

// 4. Badge, notifications and the popup with the overdue invoices.
let badgeText = '';
for (let i = 0; i < 50 && !badgeText; i++) {
  badgeText = await badge();
  if (!badgeText) await list.waitForTimeout(100);
}
await list.waitForTimeout(500);
const notifications = await sw().evaluate(() => chrome.notifications.getAll());
const overdue = await extensionPage('popup');
await overdue.setViewportSize({ width: 380, height: 560 });
await overdue.locator('[data-relance-invoice]').first().waitFor();
await shot(overdue, '05-popup-overdue.png');
const rows = await overdue.locator('[data-relance-invoice]').count();
const totals = await overdue.locator('[data-relance="totals"]').textContent();

// 5. The day's notifications, drawn as the system would.
const drawn = await sw().evaluate(() => globalThis.__demoNotifications ?? []);
if (drawn.length) {
  const note = await context.newPage();
  await note.setViewportSize({ width: 420, height: 110 * drawn.length + 20 });
  const esc = (t) => String(t ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  await note.setContent(
    `<body style="margin:10px;font:13px system-ui;background:#e8eaed">${drawn.map((n) => `<div style="background:#fff;border-radius:8px;padding:10px 12px;margin-bottom:10px;box-shadow:0 1px 3px #0003"><b>${esc(n.title)}</b><div>${esc(n.message)}</div><div style="color:#1a56db;margin-top:6px">${(n.buttons ?? []).map((b) => esc(b.title)).join(' · ')}</div></div>`).join('')}</body>`,
  );
  await shot(note, '06-notifications.png');
}

// 6. Gmail (a fixture page served under mail.google.com, with Gmail's Trusted Types header): a
// reply to the client, the Relance button, the picker, the reminder inserted, then sent.
await context.route('https://mail.google.com/**', (route) => {
  const url = new URL(route.request().url());
  const fixtures = path.join(ROOT, 'tests/fixtures/webmail/gmail');
  if (url.pathname === '/relance-fixture/gmail/app.js')
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(fixtures, 'app.js'), 'utf8') });
  return route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
    body: readFileSync(path.join(fixtures, 'conversation-fr.html'), 'utf8'),
  });
});
const mail = await context.newPage();
await mail.setViewportSize({ width: 1100, height: 760 });
await mail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcg');
const reply = mail.locator('.AO .M9');
await reply.locator('[data-relance-action="open-picker"]').waitFor();
await shot(mail, '07-gmail-reply-with-button.png');
await reply.locator('[data-relance-action="open-picker"]').click();
const pickerDialog = mail.locator('[data-relance="picker"] [role="dialog"]');
await pickerDialog.locator('[data-relance-action="insert"]:not([disabled])').waitFor();
await shot(mail, '08-gmail-picker.png');
const picked = await pickerDialog.locator('[data-relance-invoice] input:checked').count();
await pickerDialog.locator('[data-relance-action="insert"]').click();
await reply.locator('[g_editable="true"] p').first().waitFor();
await shot(mail, '09-gmail-reminder-inserted.png');
await reply.locator('[aria-label^="Envoyer"]').click();
await mail.locator('[data-relance="toast"]').waitFor();
await mail.waitForTimeout(300);
await shot(mail, '10-gmail-sent-recorded.png');
// The history, read from the database as the options page reads it (backups no longer cross a message).
const history = await overdue.evaluate(async () => {
  const db = await new Promise((resolve, reject) =>
    Object.assign(indexedDB.open('relance'), { onsuccess: (e) => resolve(e.target.result), onerror: reject }),
  );
  const events = await new Promise((resolve, reject) =>
    Object.assign(db.transaction('events').objectStore('events').getAll(), { onsuccess: (e) => resolve(e.target.result), onerror: reject }),
  );
  db.close();
  return events.filter((e) => e.action === 'sent');
});

// 7. The desk: today's actions, the client's timeline with the reminder just sent, the aging.
const desk = await context.newPage();
await desk.setViewportSize({ width: 1280, height: 860 });
await desk.goto(`chrome-extension://${extensionId}/desk.html#today`);
await desk.locator('[data-relance="today-summary"]').waitFor();
const todaySummary = (await desk.locator('[data-relance="today-summary"]').textContent())?.trim();
await shot(desk, '11-desk-today.png');
const sentTo = history[0];
if (sentTo) {
  await desk.goto(`chrome-extension://${extensionId}/desk.html#client/${encodeURIComponent(sentTo.clientId)}`);
  await desk.locator('[data-relance="timeline"] [data-relance-event="sent"]').first().waitFor();
  await shot(desk, '12-desk-client-timeline.png', { fullPage: true });
}
await desk.goto(`chrome-extension://${extensionId}/desk.html#overview`);
await desk.locator('[data-relance="aging"]').waitFor();
await shot(desk, '13-desk-overview.png', { fullPage: true });

console.log('\nRelance demo (headless)');
console.log(`  extension id     ${extensionId}`);
console.log(`  portal           ${portal.url}/factures`);
console.log(`  pill             ${found}`);
console.log(`  badge            ${badgeText || '(hidden)'}`);
console.log(`  notifications    ${Object.keys(notifications).length ? Object.keys(notifications).join(', ') : '(none)'}`);
console.log(`  popup            ${rows} overdue invoices · ${totals?.trim()}`);
for (const n of drawn) console.log(`    ${n.title} — ${n.message}`);
console.log(
  `  gmail            reminder for ${picked} invoice(s) inserted into a reply; sent and recorded: ${history.map((e) => `${e.stage} to ${e.to.join(', ')} (${e.invoiceIds.length} invoice(s))`).join('; ') || 'nothing'}`,
);
console.log(`  desk             ${todaySummary}`);
console.log(`  screenshots      ${shots.join('\n                   ')}`);
await context.close();
await portal.close();

// A demo that shows nothing fails loudly, so that `npm test` (which runs it) goes red.
const missing = [
  !badgeText && 'no overdue count on the toolbar badge',
  rows === 0 && 'no overdue invoice in the popup',
  history.length === 0 && 'no reminder recorded as sent from Gmail',
  !todaySummary && 'no summary on the desk',
  shots.length < 12 && `only ${shots.length} screenshots`,
].filter(Boolean);
if (missing.length) {
  console.error(`The demo did not show what it should: ${missing.join('; ')}.`);
  process.exit(1);
}
