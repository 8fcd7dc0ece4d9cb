import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { demoBackup } from './data';
import { expect, importBackupAt, ROOT, test } from './fixtures';

const TODAY = '2026-03-09';

/** The demo backup plus more for Garage Martin: a part-paid invoice not yet due, a credit note, one in pounds. */
function backup() {
  const b = demoBackup(TODAY);
  const garage = b.invoices.find((i) => i.number === 'FA2610-0031')!;
  const more = (number: string, over: Record<string, unknown>) => ({ ...garage, id: `erp.example.fr:${number}`, number, ...over });
  b.invoices.push(
    more('FA2603-0044', {
      total: { minor: 96_000, currency: 'EUR' },
      amountDue: { minor: 46_000, currency: 'EUR' },
      status: 'partial',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
    }),
    more('AV2602-0003', {
      kind: 'credit-note',
      total: { minor: -12_000, currency: 'EUR' },
      amountDue: { minor: -12_000, currency: 'EUR' },
      unpaid: 0,
      issueDate: '2026-02-10',
      dueDate: '2026-02-10',
    }),
    more('FA2602-0019', {
      total: { minor: 45_000, currency: 'GBP' },
      amountDue: { minor: 45_000, currency: 'GBP' },
      issueDate: '2026-01-20',
      dueDate: '2026-02-19',
    }),
  );
  return b;
}

test('the customer statement prints to PDF in French: letterhead, open invoices and credit notes, totals per currency, L441-10 mentions, payment details', async ({
  context,
  extensionId,
  network,
}) => {
  void network;
  const options = await importBackupAt(context, extensionId, TODAY, backup());
  const company = {
    name: 'Atelier Lumière SARL',
    address: '12 rue des Arts\n69001 Lyon',
    phone: '04 72 00 00 00',
    email: 'compta@atelier-lumiere.fr',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    chequePayee: 'Atelier Lumière SARL',
    chequeAddress: '12 rue des Arts, 69001 Lyon',
    signature: 'Claire Martin, comptabilité',
  };
  await options.evaluate(
    (c) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'ui:saveSettings',
        settings: { company: c, uiLanguage: 'fr', defaultClientLanguage: 'fr' },
      }),
    company,
  );

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/statement.html?client=garage-martin-sarl`);
  const statement = page.locator('[data-relance="statement"]');
  await expect(statement).toContainText('Relevé de compte');
  await expect(page).toHaveTitle('Relevé de compte – Garage Martin SARL');
  await expect(statement.locator('[data-relance="letterhead"]')).toContainText('Atelier Lumière SARL');
  expect(
    await statement.locator('tr[data-relance-invoice]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-relance-invoice'))),
  ).toEqual(['FA2610-0031', 'AV2602-0003', 'FA2602-0019', 'FA2603-0044']);
  // EUR: 3 180,50 + 460,00 − 120,00 = 3 520,50, of which 3 180,50 overdue; GBP 450,00 overdue.
  await expect(statement.locator('[data-relance-total="EUR"]')).toHaveAttribute('data-relance-minor', '352050');
  await expect(statement.locator('[data-relance-total="EUR"]')).toHaveAttribute('data-relance-overdue-minor', '318050');
  await expect(statement.locator('[data-relance-total="GBP"]')).toHaveAttribute('data-relance-overdue-minor', '45000');
  await expect(statement.locator('[data-relance="late-mentions"]')).toContainText('article L441-10 du Code de commerce');
  await expect(statement).toContainText("par chèque à l'ordre de Atelier Lumière SARL");
  await expect(statement).toContainText('IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP)');
  await expect(page.locator('[data-relance-action="print"]')).toHaveText('Imprimer ou enregistrer en PDF');

  // Printed by Chromium itself (print media: the button bar is hidden), then looked at as an image.
  const pdf = path.join(test.info().outputDir, 'statement-fr.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await mkdir(path.join(ROOT, 'docs'), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(ROOT, 'docs/statement-fr')]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('Relevé de compte');
  expect(text).toContain('FA2603-0044');
  expect(text).not.toContain('Imprimer ou enregistrer en PDF');
});
