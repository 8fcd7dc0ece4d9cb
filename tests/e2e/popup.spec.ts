import { rm } from 'node:fs/promises';
import path from 'node:path';
import { addDays } from '../../lib/core';
import { demoBackup } from './data';
import { badgeText, expect, importBackupAt, launchWithExtension, offline, ROOT, test } from './fixtures';

test.describe('badge and popup', () => {
  test('shows the empty state and no badge before anything is tracked', async ({ context, openPage }) => {
    const popup = await openPage('popup');
    await expect(popup.locator('[data-relance="empty-state"]')).toBeVisible();
    expect(await badgeText(context)).toBe('');
  });

  test('invoices imported through the options page show in the badge and the popup, most overdue first', async ({ context, openPage }) => {
    const options = await openPage('options');
    await options
      .locator('[data-relance-action="import"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(demoBackup())) });
    await expect(options.locator('[data-relance="data-status"]')).toHaveText('Imported 5 invoices, 0 clients and 0 reminders.');
    await expect.poll(() => badgeText(context)).toBe('3');

    const popup = await openPage('popup');
    const rows = popup.locator('[data-relance-invoice]');
    await expect(rows).toHaveCount(3);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-relance-invoice')))).toEqual([
      'FA2610-0031',
      'FA2611-0007',
      'FA2611-0012',
    ]);
    await expect(rows.first()).toContainText('€3,180.50');
    await expect(rows.first()).toContainText('40 d late');
    await expect(popup.locator('[data-relance="totals"]')).toContainText('€4,519.50');
    // The script-bearing client name is shown as text, not run.
    await expect(rows.nth(2).locator('.client')).toHaveText('<img src=x onerror=alert(1)>');
    expect(await popup.locator('img').count()).toBe(0);
  });

  test('marking an invoice paid in the popup removes it and lowers the badge', async ({ context, openPage }) => {
    const options = await openPage('options');
    await options
      .locator('[data-relance-action="import"]')
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(demoBackup())) });
    await expect.poll(() => badgeText(context)).toBe('3');
    const popup = await openPage('popup');
    await popup.locator('[data-relance-invoice="FA2611-0007"] [data-relance-action="mark-paid"]').click();
    await expect(popup.locator('[data-relance-invoice]')).toHaveCount(2);
    await expect(popup.locator('[data-relance-invoice="FA2611-0007"]')).toHaveCount(0);
    await expect.poll(() => badgeText(context)).toBe('2');
  });

  test("shows today's first actions, the desk's first cards, each with its main button; a call logged from it leaves the list", async ({
    context,
    extensionId,
  }) => {
    // Friday 20 November 2026: Garage Martin had two reminders (the formal notice is due), Dupont
    // its first reminder, Plomberie Roux (due Monday) the phone call.
    const day = '2026-11-20';
    const backup = demoBackup(day);
    const base = backup.invoices[0]!;
    backup.invoices.push({
      ...base,
      id: 'erp.example.fr:FA2611-0020',
      number: 'FA2611-0020',
      clientId: 'plomberie-roux',
      clientName: 'Plomberie Roux',
      total: { minor: 50_000, currency: 'EUR' },
      amountDue: { minor: 50_000, currency: 'EUR' },
      dueDate: addDays(day, -4),
      issueDate: addDays(day, -34),
    });
    for (const [stage, ago] of [
      ['reminder1', 30],
      ['reminder2', 20],
    ] as const) {
      (backup.events as object[]).push({
        invoiceIds: ['erp.example.fr:FA2610-0031'],
        clientId: 'garage-martin-sarl',
        stage,
        channel: 'email',
        action: 'sent',
        at: `${addDays(day, -ago)}T09:00:00.000Z`,
        date: addDays(day, -ago),
        to: [],
      });
    }
    await importBackupAt(context, extensionId, day, backup);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const cards = popup.locator('[data-relance="today-group"]');
    await expect(cards).toHaveCount(3);
    const shown = () =>
      cards.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-relance-client'), e.querySelector('[data-relance-action="today-main"]')?.textContent]),
      );
    expect(await shown()).toEqual([
      ['garage-martin-sarl', 'Print the letter'],
      ['boulangerie-dupont-fils', 'Draft in Gmail'],
      ['plomberie-roux', 'Log a call'],
    ]);
    await expect(cards.first()).toContainText('€3,180.50');
    await expect(cards.first()).toContainText('Formal notice');
    // The overdue invoices are still listed below, each with its own buttons.
    await expect(popup.locator('[data-relance-invoice]')).toHaveCount(4);

    // The desk's Today shows the same cards in the same order: one computation, in the background.
    const desk = await context.newPage();
    await desk.goto(`chrome-extension://${extensionId}/desk.html#today`);
    const deskCards = desk.locator('[data-relance-view="today"] [data-relance="today-group"]');
    await expect(deskCards).toHaveCount(3);
    expect(await deskCards.evaluateAll((els) => els.map((e) => e.getAttribute('data-relance-client')))).toEqual([
      'garage-martin-sarl',
      'boulangerie-dupont-fils',
      'plomberie-roux',
    ]);

    const [letter] = await Promise.all([context.waitForEvent('page'), cards.first().locator('[data-relance-action="today-main"]').click()]);
    expect(decodeURIComponent(letter.url())).toContain('/letter.html?invoices=erp.example.fr:FA2610-0031');
    await letter.close();

    await cards.nth(2).locator('[data-relance-action="today-main"]').click();
    await expect(popup.locator('[data-relance="notice"]')).toHaveText('Call logged.');
    await expect(cards).toHaveCount(2);
    await expect(popup.locator('[data-relance-client="plomberie-roux"]')).toHaveCount(0);
    // The desk, reloaded, no longer proposes the call either.
    await desk.reload();
    await expect(deskCards).toHaveCount(2);
    await expect(desk.locator('[data-relance="today-summary"]')).toContainText('2 to do · 1 done today');
  });

  test('a damaged backup is refused with a clear message and changes nothing', async ({ context, openPage }) => {
    const options = await openPage('options');
    const good = demoBackup();
    await options
      .locator('[data-relance-action="import"]')
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => badgeText(context)).toBe('3');
    const bad = structuredClone(good);
    bad.invoices.push({ ...bad.invoices[0]!, id: 'erp.example.fr:X', number: 'X', dueDate: 'tomorrow' });
    await options
      .locator('[data-relance-action="import"]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(options.locator('[data-relance="data-status"]')).toContainText('Nothing was imported: invoices.5.dueDate');
    expect(await badgeText(context)).toBe('3');
  });
});

test('speaks French in a French browser, and leaves the README screenshot', async () => {
  const { context, profile } = await launchWithExtension(undefined, { lang: 'fr-FR' });
  try {
    const network = await offline(context);
    const id = new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const backup = demoBackup();
    backup.invoices[2]!.clientName = 'Menuiserie Bernard';
    await options
      .locator('[data-relance-action="import"]')
      .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect(options.locator('[data-relance="data-status"]')).toHaveText('5 factures, 0 clients et 0 relances importés.');
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.locator('[data-relance="overdue-count"]')).toHaveText('3 en retard');
    await expect(popup.locator('[data-relance-invoice="FA2610-0031"]')).toContainText('3 180,50 €');
    await expect(popup.locator('[data-relance-invoice="FA2610-0031"]')).toContainText('40 j de retard');
    // Garage Martin's first reminder is overdue whatever the day: today's first actions start with it.
    await expect(popup.locator('#popup-today')).toHaveText('Premières actions du jour');
    await expect(popup.locator('[data-relance="today-group"]').first()).toContainText('Garage Martin SARL');
    await expect(popup.locator('[data-relance="today-group"] [data-relance-action="today-main"]').first()).toHaveText('Rédiger dans Gmail');
    await popup.screenshot({ path: path.join(ROOT, 'docs/popup.png') });
    expect(network.unserved.filter((r) => r.fromExtension)).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
