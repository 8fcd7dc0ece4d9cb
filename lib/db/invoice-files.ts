import { InvoiceFileSchema, invoiceFileId, type InvoiceFile } from '../core';
import { getDb, type RelanceDb } from './database';

export type NewInvoiceFile = Omit<InvoiceFile, 'id' | 'size' | 'addedAt'>;

/** Keeps a copy of an invoice; the same name for the same invoice replaces the earlier copy. */
export async function putInvoiceFile(file: NewInvoiceFile, db: RelanceDb = getDb()): Promise<InvoiceFile> {
  const row = InvoiceFileSchema.parse({
    ...file,
    id: invoiceFileId(file.invoiceId, file.name),
    size: file.data.byteLength,
    addedAt: new Date().toISOString(),
  });
  await db.files.put(row);
  return row;
}

/** The files kept for an invoice, oldest first. */
export async function getInvoiceFiles(invoiceId: string, db: RelanceDb = getDb()): Promise<InvoiceFile[]> {
  const rows = await db.files.where('invoiceId').equals(invoiceId).toArray();
  return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export async function deleteInvoiceFile(id: string, db: RelanceDb = getDb()): Promise<void> {
  await db.files.delete(id);
}
