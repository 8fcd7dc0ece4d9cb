import type { InvoiceFile } from '../core';
import { getDb, type RelanceDb } from '../db';
import type { AttachmentFile, AttachmentBytes } from '../mail/messages';
import { toBase64 } from '../format/base64';

/**
 * The copy of the invoice a reminder carries, from the InvoiceFile table, and who may read it: a
 * webmail tab may read the file of an invoice only after Relance composed a reminder for that
 * invoice in that very tab (the picker's preview, or a "Draft in" link it opened). A page script
 * that speaks for the content script can thus never fetch the files of other clients.
 */

/** Webmails refuse bigger messages (Gmail 25 MB, Outlook on the web 20 to 25 MB after encoding): files past this are left out. */
export const MAX_ATTACH_TOTAL_BYTES = 18 * 1024 * 1024;
const GRANT_TTL_MS = 2 * 60 * 60_000;
const MAX_GRANTED = 200;

const isPdf = (f: InvoiceFile) => f.type === 'application/pdf' || /\.pdf$/i.test(f.name);

/** Per invoice, its most recent PDF (the copy the client knows), else its most recent file; within the size a webmail sends. */
export async function filesToAttach(invoiceIds: readonly string[], db: RelanceDb = getDb()): Promise<AttachmentFile[]> {
  if (invoiceIds.length === 0) return [];
  const rows = await db.files
    .where('invoiceId')
    .anyOf([...invoiceIds])
    .toArray();
  const out: AttachmentFile[] = [];
  let total = 0;
  for (const invoiceId of invoiceIds) {
    const mine = rows.filter((f) => f.invoiceId === invoiceId).sort((a, b) => b.addedAt.localeCompare(a.addedAt));
    const file = mine.find(isPdf) ?? mine[0];
    if (!file || total + file.size > MAX_ATTACH_TOTAL_BYTES) continue;
    total += file.size;
    out.push({ fileId: file.id, name: file.name, size: file.size, type: file.type });
  }
  return out;
}

type Grant = { invoiceIds: string[]; at: number };
const area = () => (browser.storage as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
const grantKey = (tabId: number) => `relance:attach-grant:${tabId}`;

/** This tab's compose is about these invoices: their files may be read from it for a while. */
export async function grantFiles(tabId: number, invoiceIds: readonly string[], now = Date.now()): Promise<void> {
  const key = grantKey(tabId);
  const old = (await area().get(key))[key] as Grant | undefined;
  const kept = old && now - old.at <= GRANT_TTL_MS ? old.invoiceIds : [];
  const invoices = [...new Set([...invoiceIds, ...kept])].slice(0, MAX_GRANTED);
  await area().set({ [key]: { invoiceIds: invoices, at: now } satisfies Grant });
}

async function isGranted(tabId: number, invoiceId: string, now: number): Promise<boolean> {
  const key = grantKey(tabId);
  const grant = (await area().get(key))[key] as Grant | undefined;
  return !!grant && now - grant.at <= GRANT_TTL_MS && grant.invoiceIds.includes(invoiceId);
}

/** The file for a compose in `tabId`, if that compose is about its invoice. */
export async function readAttachment(fileId: string, tabId: number, db: RelanceDb = getDb(), now = Date.now()): Promise<AttachmentBytes> {
  const file = await db.files.get(fileId);
  if (!file || !(await isGranted(tabId, file.invoiceId, now)))
    throw new Error('This file does not belong to a reminder written in this tab.');
  return { fileId: file.id, name: file.name, type: file.type, data: toBase64(file.data) };
}
