import { MAX_INVOICE_FILE_BYTES } from '../core/limits';
import { toBase64 } from '../format/base64';
import type { PortalPdf, PortalPdfFailure } from '../messaging/replies';

/**
 * The copy of an invoice, downloaded by the portal page's own content script: same origin and the
 * user's cookies (`credentials: 'include'`), so the portal's session is used and Relance needs no
 * host permission beyond the site the user enabled. Only a link of the page's own origin is
 * fetched, whoever asks; what comes back is checked before a byte leaves the page: a PDF (it
 * starts with `%PDF-`), not an HTML page (a session that expired answers with the login form,
 * often with status 200), at most 10 MB, read in pieces so that a huge answer is cut short.
 */

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const fail = (reason: PortalPdfFailure['reason'], status?: number): PortalPdfFailure => ({
  ok: false,
  reason,
  ...(status === undefined ? {} : { status }),
});

/** The body, up to `max` bytes; null as soon as it passes them (the rest is never downloaded). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > max ? null : whole;
  }
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** The file name the portal gives (Content-Disposition), when it gives a plain one. */
export function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  let name: string | undefined;
  try {
    name = star ? decodeURIComponent(star.trim()) : /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1]?.trim();
  } catch {
    name = undefined;
  }
  return name && name.length <= 255 ? name : undefined;
}

/** Downloads `url` from the page at `pageUrl` and checks it is an invoice's PDF. Never throws. */
export async function fetchPortalPdf(url: string, pageUrl: string, fetchImpl: FetchLike): Promise<PortalPdf | PortalPdfFailure> {
  if (!URL.canParse(url) || !URL.canParse(pageUrl)) return fail('cross-origin');
  const target = new URL(url);
  if (!/^https?:$/.test(target.protocol) || target.origin !== new URL(pageUrl).origin) return fail('cross-origin');
  let response: Response;
  try {
    response = await fetchImpl(target.href, {
      credentials: 'include',
      redirect: 'follow',
      cache: 'no-store',
      headers: { Accept: 'application/pdf' },
    });
  } catch {
    return fail('network');
  }
  // A redirect to a sign-in page elsewhere (an SSO): not the file, and not a site we may read.
  if (response.url && URL.canParse(response.url) && new URL(response.url).origin !== target.origin) return fail('login');
  if (!response.ok) return fail(response.status === 401 || response.status === 403 ? 'login' : 'http', response.status);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return fail('login');
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > MAX_INVOICE_FILE_BYTES) return fail('too-big');
  const data = await readCapped(response, MAX_INVOICE_FILE_BYTES).catch(() => undefined);
  if (data === undefined) return fail('network');
  if (data === null) return fail('too-big');
  if (!PDF_MAGIC.every((b, i) => data[i] === b)) return fail(looksLikeHtml(data) ? 'login' : 'not-pdf');
  return { ok: true, data: toBase64(data), size: data.byteLength, name: dispositionName(response.headers.get('content-disposition')) };
}

/** A page served without its content type (a login form sent as octet-stream): "<" after blanks. */
function looksLikeHtml(data: Uint8Array): boolean {
  const head = new TextDecoder().decode(data.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<');
}
