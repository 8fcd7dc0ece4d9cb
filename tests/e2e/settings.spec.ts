import path from 'node:path';
import type { Page } from '@playwright/test';
import { readStores } from './idb';
import { demoBackup } from './data';
import { expect, importBackupAt, ROOT, test } from './fixtures';

const TODAY = '2026-03-09';
const setting = (page: Page, path: string) => page.locator(`[data-relance-setting="${path}"]`);
/** The options page after a backup was imported at TODAY, reloaded so it reads that day. */
async function optionsAt(context: Parameters<typeof importBackupAt>[0], extensionId: string): Promise<Page> {
  const options = await importBackupAt(context, extensionId, TODAY, demoBackup(TODAY));
  await options.reload();
  return options;
}
const sendMessage = (page: Page, message: object) =>
  page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: unknown }> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );

test.describe('settings', () => {
  test('payment details typed in the settings are checked as typed and appear in the reminder', async ({
    context,
    extensionId,
    network,
  }) => {
    void network;
    const options = await optionsAt(context, extensionId);
    // A wrong check digit (…188): said at once, and saving is held back.
    await setting(options, 'company.iban').fill('fr76 3000 6000 0112 3456 7890 188');
    await expect(options.locator('[data-relance-error="company.iban"]')).toHaveText(
      'This IBAN is not valid: its check digits do not match (mod 97).',
    );
    await expect(options.locator('[data-relance-action="save-settings"]')).toBeDisabled();
    await setting(options, 'company.iban').fill('fr76 3000 6000 0112 3456 7890 189');
    await expect(options.locator('[data-relance-error="company.iban"]')).toHaveCount(0);
    await expect(options.locator('[data-relance="settings-payment"]')).toContainText('Reads: FR76 3000 6000 0112 3456 7890 189');
    await setting(options, 'company.name').fill('Atelier Lumière SARL');
    await setting(options, 'company.bic').fill('agrifrpp');
    await setting(options, 'company.chequePayee').fill('Atelier Lumière SARL');
    await setting(options, 'company.chequeAddress').fill('12 rue des Arts, 69001 Lyon');
    await setting(options, 'company.paymentLinkPattern').fill('http://pay.example.com/{number}');
    await expect(options.locator('[data-relance-error="company.paymentLinkPattern"]')).toHaveText(
      'The link must start with https:// and hold no spaces.',
    );
    await setting(options, 'company.paymentLinkPattern').fill('https://pay.example.com/{number}?amount={amount}');
    // The preview is the reminders' own payment block, on a sample invoice.
    await expect(options.locator('[data-relance="payment-preview"]')).toContainText(
      'You can pay by bank transfer to IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP) or by cheque payable to Atelier Lumière SARL, sent to 12 rue des Arts, 69001 Lyon, quoting the invoice number.',
    );
    await options.locator('[data-relance="settings-payment"]').screenshot({ path: path.join(ROOT, 'docs/settings-payment.png') });
    await options.locator('[data-relance-action="save-settings"]').click();
    await expect(options.locator('[data-relance="settings-status"]')).toHaveText('Saved.');

    // The formal notice of a real invoice, printed from the letter page, carries them.
    const letter = await context.newPage();
    await letter.goto(`chrome-extension://${extensionId}/letter.html?invoices=${encodeURIComponent('erp.example.fr:FA2610-0031')}`);
    const body = letter.locator('[data-relance="letter"]');
    await expect(body).toContainText('IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP)');
    await expect(body).toContainText('by cheque payable to Atelier Lumière SARL, sent to 12 rue des Arts, 69001 Lyon');
    await expect(body.locator('a[href="https://pay.example.com/FA2610-0031?amount=3180.50"]')).toHaveCount(1);
    // And the stored settings hold the IBAN without spaces.
    const stored = (await options.evaluate(readStores, ['settings'])).settings as {
      key: string;
      value: { company: { iban: string; bic: string } };
    }[];
    expect(stored[0]!.value.company).toMatchObject({ iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' });
  });

  test('a schedule offset moves the preview and the next date the schedule gives an invoice', async ({ context, extensionId, network }) => {
    void network;
    const options = await optionsAt(context, extensionId);
    const reminder1 = options.locator('[data-relance="schedule-preview"] [data-relance-stage="reminder1"] time');
    // The sample invoice is due 20 days before today (17 February 2026): + 7 days is Tuesday 24 February.
    await expect(reminder1).toHaveText('24 February 2026');
    await setting(options, 'schedule.reminder1DaysAfter').fill('14');
    await expect(reminder1).toHaveText('3 March 2026');
    await setting(options, 'schedule.courtesyEnabled').uncheck();
    await setting(options, 'schedule.callEnabled').uncheck();
    await expect(options.locator('[data-relance="schedule-preview"] [data-relance-stage="courtesy"]')).toHaveCount(0);
    await options.locator('[data-relance="settings-schedule"]').screenshot({ path: path.join(ROOT, 'docs/settings-schedule.png') });
    await setting(options, 'schedule.reminder1DaysAfter').fill('200');
    await expect(options.locator('[data-relance-error="schedule.reminder1DaysAfter"]')).toContainText('Between 0 and 180.');
    await setting(options, 'schedule.reminder1DaysAfter').fill('14');
    await options.locator('[data-relance-action="save-settings"]').click();
    await expect(options.locator('[data-relance="settings-status"]')).toHaveText('Saved.');
    // FA2611-0015 is due on Saturday 21 March 2026: + 14 is Saturday 4 April, then Easter Monday: Tuesday 7 April.
    const next = (await sendMessage(options, { type: 'ui:nextActions', invoiceIds: ['erp.example.fr:FA2611-0015'] })).data as Record<
      string,
      { stage: string; date: string }
    >;
    expect(next['erp.example.fr:FA2611-0015']).toMatchObject({ stage: 'reminder1', date: '2026-04-07' });
    // The working-day country moves it too: with no public holidays, Monday 6 April.
    await setting(options, 'workingDays').selectOption('none');
    await options.locator('[data-relance-action="save-settings"]').click();
    await expect(options.locator('[data-relance="settings-status"]')).toHaveText('Saved.');
    const after = (await sendMessage(options, { type: 'ui:nextActions', invoiceIds: ['erp.example.fr:FA2611-0015'] })).data as Record<
      string,
      { date: string }
    >;
    expect(after['erp.example.fr:FA2611-0015']!.date).toBe('2026-04-06');
  });

  test('the template editor previews as you type, shows problems with line and column, inserts variables and restores the built-in', async ({
    context,
    extensionId,
    network,
  }) => {
    void network;
    const options = await optionsAt(context, extensionId);
    await options.locator('[data-relance-template="en-reminder1-standard"] [data-relance-action="copy-template"]').click();
    const subject = options.locator('[data-relance="template-preview-subject"]');
    await expect(subject).toContainText('Invoice INV-2026-0042 awaiting payment');
    // A real invoice chosen from the list.
    await options.locator('[data-relance="template-preview-invoice"]').selectOption('erp.example.fr:FA2610-0031');
    await expect(subject).toContainText('Invoice FA2610-0031 awaiting payment');
    const body = options.locator('[data-relance="template-body"]');
    await body.fill('<p>Dear {{client.name}},</p>\n<p>{{money totals.amountDue}} is due. {{unknownThing}}</p>');
    await expect(options.locator('[data-relance="template-preview-body"]')).toContainText('Dear Garage Martin SARL,');
    await expect(options.locator('[data-relance="template-preview-body"]')).toContainText('€3,180.50 is due.');
    await expect(options.locator('[data-relance="template-issues"]')).toContainText(
      'Warning · body (line 2, column 40): unknown variable "unknownThing"',
    );
    await body.fill('<p>{{#if multiple}}x</p>');
    await expect(options.locator('[data-relance="template-issues"] .error')).toContainText('Error · body (line 1');
    // Saving is refused by the background with the same place.
    await options.locator('[data-relance-action="save-template"]').click();
    await expect(options.locator('[data-relance="template-status"]')).toContainText('line 1');
    await body.fill('');
    await options.locator('[data-relance="template-editor"] summary').click();
    await options.locator('[data-relance-insert="deadline"]').click();
    await expect(body).toHaveValue('{{deadline}}');
    await options.locator('[data-relance-action="restore-template"]').click();
    await expect(body).toHaveValue(/Unless we are mistaken|oversight|Hello,/);
    await expect(options.locator('[data-relance="template-issues"] li')).toHaveCount(0);
  });

  test('the language settings: Relance in French, and a new client written to in English', async ({ context, extensionId, network }) => {
    void network;
    const options = await optionsAt(context, extensionId);
    await setting(options, 'uiLanguage').selectOption('fr');
    await setting(options, 'defaultClientLanguage').selectOption('en');
    await options.locator('[data-relance-action="save-settings"]').click();
    await expect(options.locator('h1')).toHaveText('Réglages de Relance');
    await setting(options, 'company.bic').fill('AGRI');
    await expect(options.locator('[data-relance-error="company.bic"]')).toHaveText(
      'Un BIC compte 8 ou 11 caractères : banque, pays, lieu (et agence).',
    );
    const letter = await context.newPage();
    await letter.goto(`chrome-extension://${extensionId}/letter.html?invoices=${encodeURIComponent('erp.example.fr:FA2610-0031')}`);
    await expect(letter.locator('[data-relance="letter"]')).toContainText('formal notice');
  });

  test('the law settings: the French floor is said when an agreed rate is below it', async ({ context, extensionId, network }) => {
    void network;
    const options = await optionsAt(context, extensionId);
    await expect(options.locator('[data-relance="rate-today"]')).toHaveText('Rate applied to an invoice due today: 12.15 %');
    await setting(options, 'legal.ratePercent').fill('5');
    await expect(options.locator('[data-relance-error="legal.floor"]')).toContainText(
      'at least 3 times the French legal interest rate (7.86%)',
    );
    await setting(options, 'legal.regime').selectOption('UK');
    await expect(options.locator('[data-relance-error="legal.floor"]')).toHaveCount(0);
  });
});
