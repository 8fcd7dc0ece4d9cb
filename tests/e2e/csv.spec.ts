import { readFile } from 'node:fs/promises';
import { demoBackup } from './data';
import { expect, importBackupAt, test } from './fixtures';

test('the options page exports every invoice as CSV for Excel, one row each, in the language of the browser', async ({
  context,
  extensionId,
  network,
}) => {
  void network;
  const options = await importBackupAt(context, extensionId, '2026-03-09', demoBackup('2026-03-09'));
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-relance-action="export-csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^relance-invoices-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  // An English browser: commas, ISO dates, no BOM.
  expect(lines[0]).toBe('Number,Client,Invoice date,Due date,Total,Amount due,Currency,Status,Kind,Portal,Notes');
  expect(lines).toHaveLength(6);
  expect(lines.find((l) => l.startsWith('FA2611-0007,'))).toBe(
    'FA2611-0007,Boulangerie Dupont & Fils,2026-01-29,2026-02-28,1240.00,1240.00,EUR,open,invoice,erp.example.fr,',
  );
});
