import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { demoBackup } from './data';
import { expect, importBackupAt, launchWithExtension, offline, ROOT, serviceWorker, test } from './fixtures';

const TODAY = '2026-03-09';

async function exportCsv(options: Page): Promise<string> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-relance-action="export-csv"]').click()]);
  return readFile((await download.path())!, 'utf8');
}

/** Chooses a CSV file in the import section, checks the columns Relance proposes, tries it, and imports. */
async function importCsv(options: Page, file: { name: string; buffer: Buffer }, expectSummary: string) {
  await options.locator('[data-relance-action="import-csv"]').setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer });
  await options.locator('[data-relance-action="csv-dry-run"]').click();
  await expect(options.locator('[data-relance="csv-summary"]')).toHaveText(expectSummary);
  await options.locator('[data-relance-action="csv-import"]').click();
  await expect(options.locator('[data-relance="csv-status"]')).toContainText('Imported:');
}

test('CSV round trip: exported from one profile, imported into an empty one through the UI, nothing lost', async ({
  context,
  extensionId,
  network,
}) => {
  void network;
  const source = await importBackupAt(context, extensionId, TODAY, demoBackup(TODAY));
  const exported = await exportCsv(source);
  expect(exported.trim().split('\r\n')).toHaveLength(6);

  let empty: { context: BrowserContext; profile: string } | undefined;
  try {
    empty = await launchWithExtension();
    const net = await offline(empty.context);
    const id = new URL((await serviceWorker(empty.context)).url()).host;
    const options = await empty.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options
      .locator('[data-relance-action="import-csv"]')
      .setInputFiles({ name: 'relance-invoices.csv', mimeType: 'text/csv', buffer: Buffer.from(exported) });
    // The columns are proposed from their headers; the portal column keeps each invoice's id.
    await expect(options.locator('[data-relance="csv-file"]')).toHaveText('relance-invoices.csv: 5 rows, utf-8');
    await expect(options.locator('[data-relance-column="Portal"]')).toHaveValue('portal');
    await expect(options.locator('[data-relance-column="Notes"]')).toHaveValue('ignore');
    await expect(options.locator('[data-relance="csv-date-order"]')).toHaveValue('YMD');
    await options.locator('[data-relance-action="csv-dry-run"]').click();
    await expect(options.locator('[data-relance="csv-summary"]')).toHaveText('5 to add, 0 to update, 0 unchanged, 0 refused');
    expect(await options.locator('[data-relance="csv-added"] li').allTextContents()).toEqual(
      expect.arrayContaining(['FA2611-0007', '<img src=x onerror=alert(1)>'.length ? 'FA2611-0012' : '']),
    );
    await options.locator('[data-relance-action="csv-import"]').click();
    await expect(options.locator('[data-relance="csv-status"]')).toHaveText('Imported: 5 added, 0 updated, 0 refused.');
    // Nothing lost: the new profile exports exactly what the first one did.
    expect(await exportCsv(options)).toBe(exported);
    // Importing the same file again changes nothing.
    await importCsv(options, { name: 'again.csv', buffer: Buffer.from(exported) }, '0 to add, 0 to update, 5 unchanged, 0 refused');
    expect(net.unserved.filter((r) => r.fromExtension)).toEqual([]);
  } finally {
    await empty?.context.close();
    if (empty) await rm(empty.profile, { recursive: true, force: true });
  }
});

test('a portal export in Windows-1252 and a hostile file: the dry run says what it would add and refuses bad rows with the reason', async ({
  context,
  extensionId,
  network,
}) => {
  void network;
  const options = await importBackupAt(context, extensionId, TODAY, demoBackup(TODAY));
  const fixture = (name: string) => readFile(path.join(ROOT, 'tests/fixtures/csv', name));
  await importCsv(
    options,
    { name: 'excel-fr-1252.csv', buffer: await fixture('excel-fr-1252.csv') },
    '3 to add, 0 to update, 0 unchanged, 0 refused',
  );
  await expect(options.locator('[data-relance="csv-file"]')).toHaveText('excel-fr-1252.csv: 3 rows, windows-1252');

  await options
    .locator('[data-relance-action="import-csv"]')
    .setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: await fixture('hostile.csv') });
  await options.locator('[data-relance-action="csv-dry-run"]').click();
  await expect(options.locator('[data-relance="csv-summary"]')).toHaveText('5 to add, 0 to update, 0 unchanged, 6 refused');
  const refused = options.locator('[data-relance="csv-refused"] li');
  await expect(refused).toHaveText([
    /^line 5: too long: “A{40}…”$/,
    'line 7: 3 cells where the header has another count',
    'line 8: 7 cells where the header has another count',
    'line 9: amount not understood: “lots”',
    'line 10: date not understood: “2026-13-45”',
    'line 11: no invoice number',
  ]);
  // Markup in a cell stays text on the page.
  expect(await options.locator('[data-relance="csv-import"] script, [data-relance="csv-import"] img').count()).toBe(0);
  await expect(options.locator('[data-relance="csv-mapping"]')).toContainText('=HYPERLINK');
});
