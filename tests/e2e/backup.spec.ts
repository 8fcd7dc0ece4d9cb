import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { largeBackup } from './data';
import { badgeText, expect, test } from './fixtures';

const DAY = '2026-03-09';
const SIZE = 100_000;

/**
 * Issue 15: the whole backup used to cross one runtime message each way, and Chrome caps a
 * message at 64 MiB, so the app's own export of 100,000 invoices (68 MiB indented) could not be
 * imported. The options page now reads and writes the database itself.
 */
test('a backup of 100,000 invoices, as earlier versions wrote it, imports with progress and exports again, compact', async ({
  context,
  openPage,
}) => {
  test.setTimeout(300_000);
  const { backup, overdue } = largeBackup(SIZE, DAY);
  const file = path.join(tmpdir(), `relance-large-${process.pid}.json`);
  await writeFile(file, JSON.stringify(backup, null, 1)); // indented, as Relance wrote backups before
  const indented = (await stat(file)).size;
  expect(indented).toBeGreaterThan(64 * 1024 * 1024);
  try {
    const options = await openPage('options');
    await options.evaluate(
      (d) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
          type: 'ui:debugSetToday',
          today: d,
        }),
      DAY,
    );
    const started = Date.now();
    await options.locator('[data-relance-action="import"]').setInputFiles(file);
    // The user sees where the import is, by counts.
    const progress = options.locator('[data-relance="data-progress"]');
    await expect(progress).toHaveAttribute('max', String(SIZE));
    await expect(options.locator('[data-relance="data-progress-text"]')).toContainText(/of 100,000 records/);
    await expect(options.locator('[data-relance="data-status"]')).toHaveText('Imported 100,000 invoices, 0 clients and 0 reminders.', {
      timeout: 240_000,
    });
    const importMs = Date.now() - started;
    await expect(progress).toHaveCount(0);
    // The background was told: the badge and the popup count the overdue invoices.
    await expect.poll(() => badgeText(context)).toBe('999+');
    const popup = await openPage('popup');
    await expect(popup.locator('[data-relance="overdue-count"]')).toHaveText(`${overdue} overdue`);

    const exportStarted = Date.now();
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 240_000 }),
      options.locator('[data-relance-action="export"]').click(),
    ]);
    const saved = await download.path();
    const exportMs = Date.now() - exportStarted;
    const text = await readFile(saved, 'utf8');
    expect(text).not.toContain('\n');
    const again = JSON.parse(text) as { invoices: { id: string; dueDate: string }[] };
    expect(again.invoices).toHaveLength(SIZE);
    expect(new Set(again.invoices.map((i) => i.id)).size).toBe(SIZE);
    expect(again.invoices.find((i) => i.id === 'erp.example.fr:FA-4321')?.dueDate).toBe(backup.invoices[4321]!.dueDate);
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `backup of ${SIZE} invoices: indented ${mib(indented)} MiB, compact ${mib(text.length)} MiB; import ${importMs} ms, export ${exportMs} ms (Chromium, this machine)`,
    );
  } finally {
    await rm(file, { force: true });
  }
});
