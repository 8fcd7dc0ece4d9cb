import { z } from 'zod';
import { InvoiceFileSchema, MAX_INVOICE_FILE_BYTES, type InvoiceFile } from '../core';
import { base64Length, fromBase64, toBase64 } from '../format/base64';
import type { RelanceDb } from './database';

/**
 * The copies of invoices in a backup, only when the user asks (they can weigh far more than all
 * the rest): an optional `files` section of version 1, each file's bytes in base64. A reader that
 * predates it ignores the section; a file without it restores no file and removes none.
 */

/** Most files read at once while exporting: 20 copies of 10 MB at worst stay in memory together. */
export const FILES_SLICE = 20;
export const MAX_BACKUP_FILES = 100_000;

/** One file as a backup holds it; checked, it becomes an InvoiceFile again (its size must match its bytes). */
export const BackupFileSchema = InvoiceFileSchema.omit({ data: true })
  .extend({ data: z.base64().max(base64Length(MAX_INVOICE_FILE_BYTES)) })
  .transform((file, ctx): InvoiceFile => {
    const data = fromBase64(file.data);
    if (data.byteLength !== file.size || data.byteLength > MAX_INVOICE_FILE_BYTES) {
      ctx.addIssue({ code: 'custom', message: `the file holds ${data.byteLength} bytes, not ${file.size}` });
      return z.NEVER;
    }
    return { ...file, data };
  });

/** The `,"files":[…]` part of a backup, a few files per part, in primary-key order. */
export async function exportFileParts(db: RelanceDb, onFiles: (count: number) => void): Promise<string[]> {
  const parts = [',"files":['];
  let last: string | undefined;
  let first = true;
  for (;;) {
    const page = await (last === undefined ? db.files.orderBy(':id') : db.files.where(':id').above(last)).limit(FILES_SLICE).toArray();
    if (page.length > 0) {
      parts.push((first ? '' : ',') + page.map((f) => JSON.stringify({ ...f, data: toBase64(f.data) })).join(','));
      first = false;
      onFiles(page.length);
    }
    if (page.length < FILES_SLICE) break;
    last = page[page.length - 1]!.id;
  }
  parts.push(']');
  return parts;
}
