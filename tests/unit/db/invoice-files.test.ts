import { describe, expect, it } from 'vitest';
import { deleteInvoiceFile, getInvoiceFiles, openDatabase, putInvoiceFile } from '../../../lib/db';
import { MAX_INVOICE_FILE_BYTES } from '../../../lib/core';

const pdf = (n: number) => new Uint8Array(n).fill(0x25);

describe('invoice files', () => {
  it('keeps a copy per invoice and name, replaces it when added again, and removes it', async () => {
    const db = openDatabase('files-roundtrip');
    await putInvoiceFile(
      { invoiceId: 'erp.example.fr:FA1', name: 'FA1.pdf', type: 'application/pdf', data: pdf(10), origin: 'dropped' },
      db,
    );
    await putInvoiceFile(
      { invoiceId: 'erp.example.fr:FA1', name: 'FA1.pdf', type: 'application/pdf', data: pdf(20), origin: 'portal' },
      db,
    );
    await putInvoiceFile(
      { invoiceId: 'erp.example.fr:FA2', name: 'FA2.pdf', type: 'application/pdf', data: pdf(5), origin: 'einvoice' },
      db,
    );
    const files = await getInvoiceFiles('erp.example.fr:FA1', db);
    expect(files.map((f) => [f.name, f.size, f.origin])).toEqual([['FA1.pdf', 20, 'portal']]);
    expect(files[0]!.data).toEqual(pdf(20));
    await deleteInvoiceFile(files[0]!.id, db);
    expect(await getInvoiceFiles('erp.example.fr:FA1', db)).toEqual([]);
    expect(await getInvoiceFiles('erp.example.fr:FA2', db)).toHaveLength(1);
    db.close();
  });

  it('refuses a file over 10 MB and stores nothing', async () => {
    const db = openDatabase('files-too-big');
    await expect(
      putInvoiceFile(
        {
          invoiceId: 'erp.example.fr:FA1',
          name: 'scan.pdf',
          type: 'application/pdf',
          data: pdf(MAX_INVOICE_FILE_BYTES + 1),
          origin: 'dropped',
        },
        db,
      ),
    ).rejects.toThrow();
    expect(await db.files.count()).toBe(0);
    db.close();
  });
});
