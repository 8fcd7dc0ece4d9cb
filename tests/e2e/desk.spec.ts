import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { addDays } from '../../lib/core';
import { demoBackup } from './data';
import { badgeText, expect, importBackupAt, ROOT, test } from './fixtures';

// A fixed day, so the screenshots in the README do not move: Friday 20 November 2026.
const DAY = '2026-11-20';

type Chrome = { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: unknown }> } };
const setToday = (page: Page, today: string) =>
  page.evaluate(
    (d) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'ui:debugSetToday', today: d }),
    today,
  );

/** The demo data plus a part-paid invoice in pounds and a client chased twice already. */
function deskBackup() {
  const backup = demoBackup(DAY);
  const at = `${DAY}T08:00:00.000Z`;
  const base = backup.invoices[0]!;
  backup.invoices.push(
    {
      ...base,
      id: 'books.example.co.uk:INV-1042',
      number: 'INV-1042',
      clientId: 'hotel-royal',
      clientName: 'Hotel Royal Ltd',
      total: { minor: 99_000, currency: 'GBP' },
      amountDue: { minor: 45_000, currency: 'GBP' },
      status: 'partial',
      dueDate: addDays(DAY, -65),
      issueDate: addDays(DAY, -95),
      source: { ...base.source, url: 'https://books.example.co.uk/invoices', host: 'books.example.co.uk' },
    },
    {
      ...base,
      id: 'erp.example.fr:FA2610-0040',
      number: 'FA2610-0040',
      dueDate: addDays(DAY, -38),
      issueDate: addDays(DAY, -68),
      total: { minor: 56_000, currency: 'EUR' },
      amountDue: { minor: 56_000, currency: 'EUR' },
    },
  );
  (backup.events as object[]).push({
    id: 1,
    invoiceIds: ['erp.example.fr:FA2610-0031'],
    clientId: 'garage-martin-sarl',
    stage: 'reminder1',
    channel: 'email',
    action: 'sent',
    at: `${addDays(DAY, -30)}T09:00:00.000Z`,
    date: addDays(DAY, -30),
    to: ['compta@garage-martin.fr'],
    subject: 'Relance facture FA2610-0031',
  });
  (backup.clients as object[]).push({
    id: 'boulangerie-dupont-fils',
    name: 'Boulangerie Dupont & Fils',
    emails: ['compta@boulangerie-dupont.fr'],
    paused: false,
    createdAt: at,
    updatedAt: at,
  });
  return backup;
}

async function openDesk(context: import('@playwright/test').BrowserContext, extensionId: string, hash = 'today'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`chrome-extension://${extensionId}/desk.html#${hash}`);
  return page;
}

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
  ).toEqual([]);
}

const minorIn = (page: Page, bucket: string, currency: string) =>
  page.locator(`[data-relance="aging"] [data-relance-bucket="${bucket}"][data-currency="${currency}"]`).getAttribute('data-minor');

test.describe('the desk', () => {
  test('runs the morning: today grouped per client, every invoice, a client timeline and the aging, each view accessible', async ({
    context,
    extensionId,
  }) => {
    await importBackupAt(context, extensionId, DAY, deskBackup());
    const desk = await openDesk(context, extensionId);

    const today = desk.locator('[data-relance-view="today"]');
    await expect(today.locator('[data-relance="today-group"]').first()).toBeVisible();
    // Dupont's two overdue invoices go in one reminder; the largest amounts come first.
    const dupont = today.locator('[data-relance-client="boulangerie-dupont-fils"]');
    await expect(dupont.locator('[data-relance-invoice]')).toHaveCount(2);
    const clients = await today
      .locator('[data-relance="today-group"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-relance-client')));
    expect(clients[0]).toBe('garage-martin-sarl');
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ROOT, 'docs/desk-today.png') });

    // The browser's Back button goes back to the previous view.
    await desk.keyboard.press('2');
    await expect(desk).toHaveURL(/#invoices$/);
    const list = desk.locator('[data-relance-view="invoices"]');
    await expect(list.locator('[data-relance="result-count"]')).toHaveText('7 of 7 invoices');
    await list.locator('[data-relance="search"]').fill('3 180,50');
    await expect(list.locator('tbody [data-relance-invoice]')).toHaveCount(1);
    await expect(list.locator('[data-relance-invoice="FA2610-0031"]')).toBeVisible();
    await list.locator('[data-relance="search"]').fill('');
    await list.locator('[data-relance-filter="currency"]').selectOption('GBP');
    await expect(list.locator('[data-relance="result-count"]')).toHaveText('1 of 7 invoices');
    await list.locator('[data-relance-filter="currency"]').selectOption('');
    await list.locator('[data-relance-sort="amountDue"]').click();
    await list.locator('[data-relance-sort="amountDue"]').click();
    await expect(list.locator('tbody [data-relance-invoice]').first()).toHaveAttribute('data-relance-invoice', 'FA2610-0031');
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ROOT, 'docs/desk-invoices.png') });

    await desk.goBack();
    await expect(desk).toHaveURL(/#today$/);
    await expect(desk.locator('[data-relance-view="today"]')).toBeVisible();

    await desk.goto(`chrome-extension://${extensionId}/desk.html#overview`);
    await expect(desk.locator('[data-relance="aging"]')).toBeVisible();
    expect(await minorIn(desk, '1-30', 'EUR')).toBe(String(124_000 + 9_900));
    expect(await minorIn(desk, '31-60', 'EUR')).toBe(String(318_050 + 56_000));
    expect(await minorIn(desk, 'not-due', 'EUR')).toBe('55000');
    expect(await minorIn(desk, '61-90', 'GBP')).toBe('45000');
    await expect(desk.locator('[data-relance="top-clients"] li').first()).toContainText('Garage Martin SARL');
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ROOT, 'docs/desk-overview.png'), fullPage: true });

    await desk.goto(`chrome-extension://${extensionId}/desk.html#client/garage-martin-sarl`);
    const timeline = desk.locator('[data-relance="timeline"]');
    await expect(timeline.locator('[data-relance-event="sent"]')).toContainText('compta@garage-martin.fr');
    await expect(desk.locator('[data-relance="client-balance"]')).toContainText('€3,180.50');
    await expect(timeline.locator('[data-relance-event="captured"]')).toHaveCount(1);
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ROOT, 'docs/desk-client.png'), fullPage: true });
    // Printed, the page is the timeline alone: the evidence trail, without the forms and buttons.
    await desk.emulateMedia({ media: 'print' });
    await expect(timeline).toBeVisible();
    await expect(desk.locator('[data-relance="client-form"]')).toBeHidden();
    await expect(desk.locator('[data-relance-action="print-timeline"]')).toBeHidden();
    await expect(desk.locator('.client-invoices [data-relance-action="record-payment"]').first()).toBeHidden();
    await desk.emulateMedia({ media: 'screen' });

    // The clients, the most overdue first, from the keyboard; the help lists the shortcuts.
    await desk.locator('main').focus();
    await desk.keyboard.press('4');
    await expect(desk).toHaveURL(/#clients$/);
    const clientList = desk.locator('[data-relance-view="clients"]');
    await expect(clientList.locator('tbody [data-relance-client]').first()).toHaveAttribute('data-relance-client', 'garage-martin-sarl');
    await expect(clientList.locator('[data-relance="result-count"]')).toHaveText('6 of 6 clients');
    await desk.keyboard.press('?');
    await expect(desk.getByRole('region', { name: 'Keyboard shortcuts' })).toContainText('4 Clients');
    await expectNoAxeViolations(desk);
    await desk.screenshot({ path: path.join(ROOT, 'docs/desk-clients.png') });
  });

  test('a part payment, a promise and a dispute move the schedule, show in the timeline, and undo restores them', async ({
    context,
    extensionId,
  }) => {
    await importBackupAt(context, extensionId, DAY, deskBackup());
    const desk = await openDesk(context, extensionId, 'client/boulangerie-dupont-fils');
    const row = desk.locator('[data-relance-invoice="FA2611-0007"]');

    // Part payment: the form opens with its amount focused; Enter confirms.
    await row.locator('[data-relance-action="record-payment"]').click();
    const amount = desk.locator('[data-relance="action-form"] input[name="amount"]');
    await expect(amount).toBeFocused();
    await expectNoAxeViolations(desk);
    await amount.fill('400');
    await amount.press('Enter');
    await expect(row).toContainText('€840.00');
    await expect(desk.locator('[data-relance="client-balance"]')).toContainText('Due €1,400.00, of which overdue €1,400.00');
    await expect(desk.locator('[data-relance="timeline"] [data-relance-event="payment"]')).toContainText('€400.00');

    // The reminder drafted now asks for what remains.
    const draft = (await desk.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
        type: 'ui:prepareDraft',
        invoiceIds: ['erp.example.fr:FA2611-0007'],
      }),
    )) as { data: { text: string } };
    expect(draft.data.text).toContain('840.00');
    expect(draft.data.text).not.toContain('1,240.00');

    // Undo takes the payment back, entry included.
    await row.locator('[data-relance-action="undo"]').click();
    await expect(row).toContainText('€1,240.00');
    await expect(desk.locator('[data-relance="timeline"] [data-relance-event="payment"]')).toHaveCount(0);

    // A promise: not chased until the day after its date.
    await row.locator('[data-relance-action="promise"]').click();
    const date = desk.locator('[data-relance="action-form"] input[name="date"]');
    await expect(date).toBeFocused();
    await date.fill(addDays(DAY, 5));
    await date.press('Enter');
    await expect(desk.locator('[data-relance="timeline"] [data-relance-event="promise"]')).toBeVisible();
    await desk.goto(`chrome-extension://${extensionId}/desk.html#today`);
    await expect(desk.locator('[data-relance-view="today"] [data-relance-invoice="FA2611-0007"]')).toHaveCount(0);
    await setToday(desk, addDays(DAY, 5));
    await desk.reload();
    await expect(desk.locator('[data-relance-view="today"] [data-relance-invoice="FA2611-0007"]')).toHaveCount(0);
    await setToday(desk, addDays(DAY, 6));
    await desk.reload();
    const group = desk.locator('[data-relance-client="boulangerie-dupont-fils"]');
    await expect(group.locator('[data-relance-invoice="FA2611-0007"]')).toBeVisible();
    await expect(group.locator('[data-relance="broken-promise"]')).toBeVisible();

    // A dispute: out of the chase and the badge, still in the aging.
    const badgeBefore = Number(await badgeText(context));
    await group.locator('[data-relance-invoice="FA2611-0007"] [data-relance-action="dispute"]').click();
    const reason = desk.locator('[data-relance="action-form"] input[name="reason"]');
    await expect(reason).toBeFocused();
    await reason.fill('Goods returned on 12 November');
    await reason.press('Enter');
    await expect(desk.locator('[data-relance-view="today"] [data-relance-invoice="FA2611-0007"]')).toHaveCount(0);
    await expect.poll(async () => Number(await badgeText(context))).toBe(badgeBefore - 1);
    await desk.goto(`chrome-extension://${extensionId}/desk.html#overview`);
    expect(Number(await minorIn(desk, '1-30', 'EUR'))).toBe(124_000 + 9_900);
  });

  test('a logged call and a pause from the keyboard; a worker stopped mid-action loses nothing', async ({ context, extensionId }) => {
    await importBackupAt(context, extensionId, DAY, deskBackup());
    const desk = await openDesk(context, extensionId, 'client/garage-martin-sarl');
    const row = desk.locator('[data-relance-invoice="FA2610-0031"]');
    await row.locator('[data-relance-action="log-call"]').focus();
    await desk.keyboard.press('Enter');
    const outcome = desk.locator('[data-relance="action-form"] select[name="outcome"]');
    await expect(outcome).toBeFocused();
    await outcome.selectOption('voicemail');
    await desk.keyboard.press('Tab');
    await desk.keyboard.type('Left a message for the accountant');
    await desk.keyboard.press('Control+Enter');
    await expect(desk.locator('[data-relance="timeline"] [data-relance-event="called"]')).toContainText('Voicemail');

    // The service worker is stopped the moment the pause is confirmed: the message wakes it,
    // and the invoice and its timeline entry are written together or not at all.
    const cdp = await context.newCDPSession(desk);
    await cdp.send('ServiceWorker.enable');
    await row.locator('[data-relance-action="pause"]').click();
    await desk.locator('[data-relance="action-form"] input[name="date"]').fill(addDays(DAY, 10));
    await Promise.all([
      desk.locator('[data-relance="action-form"] input[name="date"]').press('Enter'),
      cdp.send('ServiceWorker.stopAllWorkers'),
    ]);
    await desk.reload();
    const state = await desk.evaluate(async () => {
      const open = indexedDB.open('relance');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const read = <T>(store: string) =>
        new Promise<T[]>((resolve) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result as T[]);
        });
      const invoices = await read<{ id: string; pausedUntil?: string }>('invoices');
      const events = await read<{ action: string }>('events');
      return {
        paused: invoices.find((i) => i.id === 'erp.example.fr:FA2610-0031')!.pausedUntil ?? null,
        pauses: events.filter((e) => e.action === 'pause').length,
      };
    });
    expect([
      { paused: null, pauses: 0 },
      { paused: addDays(DAY, 10), pauses: 1 },
    ]).toContainEqual(state);
  });

  test('a client is corrected from its page, and a selection is paused and marked paid in bulk', async ({ context, extensionId }) => {
    await importBackupAt(context, extensionId, DAY, deskBackup());
    const desk = await openDesk(context, extensionId, 'client/garage-martin-sarl');
    const form = desk.locator('[data-relance="client-form"]');
    await form.locator('input[name="newEmail"]').fill('Compta@Garage-Martin.fr');
    await form.locator('input[name="newEmail"]').press('Enter');
    await form.locator('input[name="newEmail"]').fill('not an address');
    await form.locator('[data-relance-action="add-email"]').click();
    await expect(form.locator('[role="alert"]')).toBeVisible();
    await form.locator('input[name="newEmail"]').fill('patron@garage-martin.fr');
    await form.locator('[data-relance-action="add-email"]').click();
    await form.locator('li', { hasText: 'patron@garage-martin.fr' }).getByRole('button', { name: 'Send reminders here' }).click();
    await form.locator('select[name="tone"]').selectOption('firm');
    await form.locator('input[name="pausedUntil"]').fill(addDays(DAY, 3));
    await form.locator('[data-relance-action="save-client"]').click();
    await expect(desk.locator('[data-relance="notice"]')).toContainText('Saved');
    await desk.reload();
    await expect(desk.locator('[data-relance="client-emails"] li').first()).toContainText('patron@garage-martin.fr');
    await expect(desk.locator('select[name="tone"]')).toHaveValue('firm');
    await expect(desk.locator('input[name="pausedUntil"]')).toHaveValue(addDays(DAY, 3));
    // The change of addresses is in the timeline; the client is left alone until the day after its pause.
    await expect(desk.locator('[data-relance="timeline"] [data-relance-event="correct"]')).toContainText('patron@garage-martin.fr');
    await desk.goto(`chrome-extension://${extensionId}/desk.html#today`);
    await expect(desk.locator('[data-relance="today-group"]').first()).toBeVisible();
    await expect(desk.locator('[data-relance-client="garage-martin-sarl"]')).toHaveCount(0);
    await setToday(desk, addDays(DAY, 4));
    await desk.reload();
    await expect(desk.locator('[data-relance-client="garage-martin-sarl"]')).toBeVisible();
    await setToday(desk, DAY);
    await desk.goto(`chrome-extension://${extensionId}/desk.html#client/garage-martin-sarl`);
    // A new hash is the same page: read again, so that the desk's today is the day set back.
    await desk.reload();
    // The next reminder for that client goes to the address the user chose.
    const draft = (await desk.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
        type: 'ui:prepareDraft',
        invoiceIds: ['erp.example.fr:FA2610-0031'],
      }),
    )) as { data: { to: string[] } };
    expect(draft.data.to[0]).toBe('patron@garage-martin.fr');

    await desk.goto(`chrome-extension://${extensionId}/desk.html#invoices`);
    const list = desk.locator('[data-relance-view="invoices"]');
    await list.locator('[data-relance="search"]').fill('Dupont');
    await expect(list.locator('tbody [data-relance-invoice]')).toHaveCount(2);
    await list.getByRole('checkbox', { name: 'Select all shown' }).check();
    await expect(desk.locator('[data-relance="bulk"]')).toContainText('2 selected');
    await desk.locator('[data-relance-action="bulk-pause"]').click();
    await desk.locator('[data-relance="action-form"] input[name="date"]').fill(addDays(DAY, 30));
    await desk.locator('[data-relance="action-form"] input[name="date"]').press('Enter');
    await expect(desk.locator('[data-relance="notice"]')).toContainText('Paused (2)');
    await desk.locator('[data-relance-action="bulk-paid"]').click();
    await expect(desk.locator('[data-relance="notice"]')).toContainText('Payment recorded (2)');
    await list.locator('[data-relance-filter="status"]').selectOption('paid');
    await list.locator('[data-relance="search"]').fill('');
    await expect(list.locator('tbody [data-relance-invoice]')).toHaveCount(3);
  });

  test('a corrected due date, a note and a cancellation from the client page, each in the timeline, taken back with u', async ({
    context,
    extensionId,
  }) => {
    await importBackupAt(context, extensionId, DAY, deskBackup());
    const desk = await openDesk(context, extensionId, 'client/garage-martin-sarl');
    const row = desk.locator('.client-invoices [data-relance-invoice="FA2610-0031"]');
    const timeline = desk.locator('[data-relance="timeline"]');

    // The portal was wrong: due in ten days, the invoice is no longer overdue and leaves Today.
    await row.locator('[data-relance-action="correct-due-date"]').click();
    const date = desk.locator('[data-relance="action-form"] input[name="date"]');
    await expect(date).toBeFocused();
    await date.fill(addDays(DAY, 10));
    await date.press('Enter');
    await expect(timeline.locator('[data-relance-event="correct"]')).toContainText('30/11/2026');
    await expect(row).toContainText('30/11/2026');
    await expect(row.locator('.late')).toHaveCount(0);

    await row.locator('[data-relance-action="note"]').click();
    await desk.locator('[data-relance="action-form"] textarea[name="note"]').fill('Accountant back on Monday');
    await desk.keyboard.press('Control+Enter');
    await expect(timeline.locator('[data-relance-event="note"]')).toContainText('Accountant back on Monday');

    await row.locator('[data-relance-action="cancel"]').click();
    await desk.locator('[data-relance="action-form"] [data-relance-action="confirm"]').click();
    await expect(row).toContainText('Cancelled');
    await expect(timeline.locator('[data-relance-event="cancel"]')).toHaveCount(1);

    // u takes back the last action; Undo on the row the ones before it, one at a time: the note, then the date.
    await desk.locator('main').focus();
    await desk.keyboard.press('u');
    await expect(timeline.locator('[data-relance-event="cancel"]')).toHaveCount(0);
    await expect(row).not.toContainText('Cancelled');
    await row.locator('[data-relance-action="undo"]').click();
    await expect(timeline.locator('[data-relance-event="note"]')).toHaveCount(0);
    await row.locator('[data-relance-action="undo"]').click();
    await expect(timeline.locator('[data-relance-event="correct"]')).toHaveCount(0);
    await expect(row.locator('.late')).toBeVisible();
    await desk.goto(`chrome-extension://${extensionId}/desk.html#today`);
    await expect(desk.locator('[data-relance-client="garage-martin-sarl"]')).toBeVisible();
  });

  test('a PDF copy is kept on an invoice from its panel, refused when it is not a PDF, and removed', async ({ context, extensionId }) => {
    await importBackupAt(context, extensionId, DAY, deskBackup());
    const desk = await openDesk(context, extensionId, 'invoices');
    await desk.locator('[data-relance-invoice="FA2610-0031"] [data-relance-action="open-invoice"]').click();
    const files = desk.locator('[data-relance="invoice-panel"] [data-relance="invoice-files"]');
    const input = files.locator('[data-relance-action="add-file"]');
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
    await expect(desk.locator('[data-relance="notice"]')).toContainText('notes.txt is not a PDF.');
    await expect(files.locator('[data-relance-file]')).toHaveCount(0);
    await input.setInputFiles({
      name: 'FA2610-0031.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await expect(files.locator('[data-relance-file="FA2610-0031.pdf"]')).toBeVisible();
    // The invoice's panel beside the list, its actions and its copy included.
    await expectNoAxeViolations(desk);
    // The reminder now offers it (ticked for the first reminder).
    const next = (await desk.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
        type: 'ui:nextActions',
        invoiceIds: ['erp.example.fr:FA2610-0031'],
      }),
    )) as { data: Record<string, { files?: number }> };
    expect(next.data['erp.example.fr:FA2610-0031']?.files).toBe(1);
    await files.getByRole('button', { name: 'Remove FA2610-0031.pdf' }).click();
    await expect(files.locator('[data-relance-file]')).toHaveCount(0);
  });

  test('the popup opens the desk, and the popup and options pages have no accessibility violations', async ({ context, extensionId }) => {
    await importBackupAt(context, extensionId, DAY, deskBackup());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('[data-relance-invoice]').first()).toBeVisible();
    await expectNoAxeViolations(popup);
    const [desk] = await Promise.all([context.waitForEvent('page'), popup.locator('[data-relance-action="open-desk"]').click()]);
    await expect(desk).toHaveURL(/desk\.html/);
    await expect(desk.locator('[data-relance-view="today"]')).toBeVisible();
    // An invoice's actions in two clicks from the popup: Actions…, then the action's form.
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extensionId}/popup.html`);
    const [onInvoice] = await Promise.all([
      context.waitForEvent('page'),
      again.locator('[data-relance-invoice="FA2611-0007"] [data-relance-action="more"]').click(),
    ]);
    await expect(onInvoice).toHaveURL(/desk\.html#client\/boulangerie-dupont-fils\/erp\.example\.fr%3AFA2611-0007$/);
    await onInvoice.locator('[data-relance="invoice-panel"] [data-relance-action="record-payment"]').click();
    await expect(onInvoice.locator('[data-relance="action-form"] input[name="amount"]')).toBeFocused();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('h1')).toBeVisible();
    await expectNoAxeViolations(options);
  });
});
