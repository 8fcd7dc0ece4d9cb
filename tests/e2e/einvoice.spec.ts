import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { badgeText, expect, ROOT, test } from './fixtures';

const EINVOICES = path.resolve(ROOT, '../shared/fixtures/einvoices');
const files = [
  'Facture_FR_BASICWL.pdf',
  'Facture_UE_BASICWL.pdf',
  'XRECHNUNG_Einfach.ubl.xml',
  'RE-E-974-Hetzner_2016-01-19_R0005532486.pdf',
];

test('e-invoice files chosen in the options page are previewed, imported on confirm, and chased', async ({ context, openPage }) => {
  const options = await openPage('options');
  await options.evaluate(
    (d) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'ui:debugSetToday',
        today: d,
      }),
    '2025-01-10',
  );
  const payloads = await Promise.all(
    files.map(async (name) => ({
      name,
      mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'text/xml',
      buffer: await readFile(path.join(EINVOICES, name)),
    })),
  );
  await options.locator('[data-relance-action="import-einvoices"]').setInputFiles(payloads);

  // The preview: what each file would do, or why it is refused; nothing stored yet.
  const preview = options.locator('[data-relance="einvoice-preview"]');
  await expect(preview.locator('tbody tr')).toHaveCount(4);
  const row = (name: string) => preview.locator(`tr[data-relance-einvoice-file="${name}"]`);
  await expect(row('Facture_FR_BASICWL.pdf')).toHaveAttribute('data-relance-einvoice-action', 'add');
  await expect(row('Facture_FR_BASICWL.pdf')).toContainText('FA-2017-0010');
  await expect(row('Facture_FR_BASICWL.pdf')).toContainText('€470.15');
  await expect(row('Facture_FR_BASICWL.pdf')).toContainText('13/12/2017');
  await expect(row('XRECHNUNG_Einfach.ubl.xml')).toContainText('15/12/2024 (from the payment terms)');
  await expect(row('RE-E-974-Hetzner_2016-01-19_R0005532486.pdf')).toHaveAttribute('data-relance-einvoice-action', 'refuse');
  await expect(row('RE-E-974-Hetzner_2016-01-19_R0005532486.pdf')).toContainText('Refused: No embedded e-invoice XML in this PDF');
  expect(await badgeText(context)).toBe('');

  await options.locator('[data-relance-action="confirm-einvoices"]').click();
  await expect(options.locator('[data-relance="einvoice-status"]')).toHaveText('3 added, 0 updated, 1 refused; 2 invoice copies kept.');
  await expect(preview).toHaveCount(0);

  // Chased like any invoice: the badge counts them, the popup lists them, most overdue first.
  await expect.poll(() => badgeText(context)).toBe('3');
  const popup = await openPage('popup');
  const rows = popup.locator('[data-relance-invoice]');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-relance-invoice')))).toEqual([
    'FA-2017-0008',
    'FA-2017-0010',
    '471102',
  ]);
});
