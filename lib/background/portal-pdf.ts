import { z } from 'zod';
import { MAX_INVOICE_FILE_BYTES, type Invoice } from '../core';
import { getSettings, putInvoiceFile, type RelanceDb } from '../db';
import { base64Length, fromBase64 } from '../format/base64';
import type { PortalPdf, PortalPdfFailure, Replies } from '../messaging/replies';
import { stripBidi } from '../parse/normalize';

/**
 * The copy of an invoice from the PDF link its portal page showed. The background never fetches it
 * (it has no session on the portal, and must not be a fetch-for-anyone): it asks the portal's own
 * content script, in a tab of that portal the user has open, to download that one link of its own
 * origin. What comes back is a page's word: parsed with zod, decoded and checked again here.
 */

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Base64 of the largest file accepted, padding included. */
const MAX_BASE64 = base64Length(MAX_INVOICE_FILE_BYTES);
const REASONS = ['cross-origin', 'network', 'http', 'login', 'not-pdf', 'too-big', 'no-tab', 'no-link'] as const;

export const PortalPdfReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    data: z.base64().max(MAX_BASE64),
    size: z.number().int().min(0).max(MAX_INVOICE_FILE_BYTES),
    name: z.string().max(255).optional(),
  }),
  z.object({ ok: z.literal(false), reason: z.enum(REASONS), status: z.number().int().min(100).max(599).optional() }),
]);

export interface TabsApi {
  query(info: { url: string }): Promise<{ id?: number; active?: boolean; lastAccessed?: number }[]>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

/** The invoice's PDF link and its portal, when the portal is one the user enabled. */
async function linkOf(invoice: Invoice | undefined, db: RelanceDb): Promise<{ url: URL; enabled: boolean } | null> {
  if (!invoice?.pdfUrl || !URL.canParse(invoice.pdfUrl)) return null;
  const url = new URL(invoice.pdfUrl);
  // Stored only from its own portal's page; checked again against where the invoice was seen.
  if (url.host !== invoice.source.host) return null;
  const enabled = (await getSettings(db)).portals.some((p) => p.origin === `${url.origin}/*`);
  return { url, enabled };
}

/** Tabs of that portal, the one in front first, then the most recently used. */
async function portalTabs(origin: string, tabs: TabsApi): Promise<number[]> {
  const open = await tabs.query({ url: `${origin}/*` }).catch(() => []);
  return open
    .filter((t) => typeof t.id === 'number')
    .sort((a, b) => Number(b.active ?? false) - Number(a.active ?? false) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .map((t) => t.id!);
}

export async function portalPdfStatus(invoice: Invoice | undefined, db: RelanceDb, tabs: TabsApi): Promise<Replies['ui:portalPdfStatus']> {
  const link = await linkOf(invoice, db);
  if (!link) return null;
  return { host: link.url.host, tabOpen: link.enabled && (await portalTabs(link.url.origin, tabs)).length > 0 };
}

/** Asks each tab of the portal in turn (a tab loaded before the site was enabled has no script). */
async function askTabs(url: URL, tabs: TabsApi): Promise<PortalPdf | PortalPdfFailure> {
  for (const tabId of await portalTabs(url.origin, tabs)) {
    const answer = await tabs.sendMessage(tabId, { type: 'bg:fetchPdf', url: url.href }, { frameId: 0 }).catch(() => undefined);
    if (answer === undefined) continue;
    const parsed = PortalPdfReplySchema.safeParse(answer);
    return parsed.success ? parsed.data : { ok: false, reason: 'not-pdf' };
  }
  return { ok: false, reason: 'no-tab' };
}

/** A file name from the portal, else the link's own, else the invoice number: one segment, ending in .pdf. */
export function pdfFileName(given: string | undefined, url: URL, number: string): string {
  // Control characters and path or reserved characters of common file systems become "_".
  const clean = (name: string) =>
    [...stripBidi(name)]
      .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || '/\\:*?"<>|'.includes(c) ? '_' : c))
      .join('')
      .trim()
      .slice(0, 255);
  const lastSegment = (() => {
    try {
      return decodeURIComponent(url.pathname.split('/').pop() ?? '');
    } catch {
      return '';
    }
  })();
  for (const candidate of [given ?? '', lastSegment]) {
    const name = clean(candidate);
    if (/^[^.].*\.pdf$/i.test(name)) return name;
  }
  return `${clean(number).slice(0, 250) || 'invoice'}.pdf`;
}

/** Downloads the invoice's PDF through its portal tab and keeps it; nothing is stored on any failure. */
export async function fetchPortalPdfFor(invoice: Invoice | undefined, db: RelanceDb, tabs: TabsApi): Promise<Replies['ui:fetchPortalPdf']> {
  const link = await linkOf(invoice, db);
  if (!link || !invoice) return { ok: false, reason: 'no-link' };
  const host = link.url.host;
  if (!link.enabled) return { ok: false, reason: 'no-tab', host };
  const answer = await askTabs(link.url, tabs);
  if (!answer.ok) return { ...answer, host };
  const data = fromBase64(answer.data);
  if (data.byteLength > MAX_INVOICE_FILE_BYTES) return { ok: false, reason: 'too-big', host };
  if (!PDF_MAGIC.every((b, i) => data[i] === b)) return { ok: false, reason: 'not-pdf', host };
  const name = pdfFileName(answer.name, link.url, invoice.number);
  const row = await putInvoiceFile({ invoiceId: invoice.id, name, type: 'application/pdf', data, origin: 'portal' }, db);
  return { ok: true, name: row.name, size: row.size };
}
