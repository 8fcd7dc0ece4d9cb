import { describe, expect, it } from 'vitest';
import { exportBackup, getInvoiceFiles, importBackup, ImportError, putInvoiceFile, upsertDetected, type RelanceDb } from '../../../lib/db';
import { FILES_SLICE } from '../../../lib/db/backup-files';
import { captured, freshDb } from './helpers';

const ID = 'erp.example.fr:A1';
/** A small PDF whose bytes cover all 256 values: base64 and back must keep every one. */
function pdf(seed: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(600 + seed);
  data.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
  for (let i = 5; i < data.length; i++) data[i] = (i * 7 + seed) & 0xff;
  return data;
}

async function withFiles(count: number): Promise<RelanceDb> {
  const db = freshDb();
  await upsertDetected([captured('A1'), captured('A2')], { today: '2026-11-22' }, db);
  for (let i = 0; i < count; i++) {
    await putInvoiceFile(
      {
        invoiceId: i % 2 ? 'erp.example.fr:A2' : ID,
        name: `copy-${i}.pdf`,
        type: 'application/pdf',
        data: pdf(i),
        origin: i % 3 ? 'portal' : 'dropped',
      },
      db,
    );
  }
  return db;
}

const text = async (db: RelanceDb, files?: boolean) => (await exportBackup(db, () => {}, files === undefined ? {} : { files })).join('');

describe('the copies of invoices in a backup', () => {
  it("are left out unless asked: the backup holds no files section, and a restore keeps the target's own files", async () => {
    const source = await withFiles(3);
    const backup = await text(source);
    expect(JSON.parse(backup)).not.toHaveProperty('files');
    expect(backup).not.toContain('copy-0.pdf');

    const target = await withFiles(1);
    expect(await importBackup(backup, target)).toEqual({ invoices: 2, clients: 1, events: 0, templates: 0 });
    expect((await target.files.toArray()).map((f) => f.name)).toEqual(['copy-0.pdf']);
  });

  it('when asked, every file goes into the backup and comes back byte for byte, with its invoice, name, origin and date', async () => {
    const count = 2 * FILES_SLICE + 3; // several slices of the export
    const source = await withFiles(count);
    const backup = await text(source, true);
    const target = freshDb();
    expect(await importBackup(backup, target)).toEqual({ invoices: 2, clients: 1, events: 0, templates: 0, files: count });
    const before = await source.files.orderBy(':id').toArray();
    const after = await target.files.orderBy(':id').toArray();
    expect(after.map(({ data: _data, ...rest }) => rest)).toEqual(before.map(({ data: _data, ...rest }) => rest));
    after.forEach((file, i) => expect([...file.data]).toEqual([...before[i]!.data]));
    expect((await getInvoiceFiles(ID, target)).length).toBe(Math.ceil(count / 2));
  });

  it("reports the files in the export's progress", async () => {
    const source = await withFiles(5);
    const steps: number[] = [];
    await exportBackup(source, (p) => steps.push(p.total), { files: true });
    expect(steps.at(-1)).toBe(2 + 1 + 5);
  });

  it.each([
    ['bytes that do not match the size', (f: Record<string, unknown>) => ({ ...f, size: 3 })],
    ['data that is not base64', (f: Record<string, unknown>) => ({ ...f, data: '<script>' })],
    ['a file with no invoice', (f: Record<string, unknown>) => ({ ...f, invoiceId: '' })],
  ])('a backup whose file has %s restores nothing at all', async (_label, spoil) => {
    const source = await withFiles(2);
    const backup = JSON.parse(await text(source, true)) as { files: Record<string, unknown>[] };
    backup.files[1] = spoil(backup.files[1]!);
    const target = freshDb();
    await expect(importBackup(JSON.stringify(backup), target)).rejects.toBeInstanceOf(ImportError);
    expect(await target.files.count()).toBe(0);
    expect(await target.invoices.count()).toBe(0);
  });
});
