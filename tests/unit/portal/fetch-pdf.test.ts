import { describe, expect, it } from 'vitest';
import { MAX_INVOICE_FILE_BYTES } from '../../../lib/core/limits';
import { toBase64 } from '../../../lib/format/base64';
import { dispositionName, fetchPortalPdf, type FetchLike } from '../../../lib/portal/fetch-pdf';

const PAGE = 'https://erp.example.fr/factures';
const LINK = 'https://erp.example.fr/factures/1/document';
const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const LOGIN = '<!DOCTYPE html><html><body><form action="/login"><input name="password" type="password"></form></body></html>';

/** A fetch that answers `response` (its URL set as the browser would, after redirects) and records the call. */
function fakeFetch(body: BodyInit | null, init: ResponseInit & { url?: string } = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, requestInit) => {
    calls.push({ url, init: requestInit });
    const response = new Response(body, init);
    Object.defineProperty(response, 'url', { value: init.url ?? url });
    return response;
  };
  return { fetch, calls };
}

/** A body that streams `total` bytes in chunks and counts how many were pulled. */
function endless(total: number) {
  let pulled = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x41);
  chunk.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe('fetchPortalPdf (the portal content script)', () => {
  it("downloads a PDF with the user's session and answers its bytes in base64 with the portal's file name", async () => {
    const { fetch, calls } = fakeFetch(PDF, {
      headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="FA-1.pdf"' },
    });
    const result = await fetchPortalPdf(LINK, PAGE, fetch);
    expect(result).toEqual({ ok: true, data: toBase64(PDF), size: PDF.byteLength, name: 'FA-1.pdf' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(LINK);
    expect(calls[0]!.init).toMatchObject({ credentials: 'include' });
  });

  it('a PDF served as octet-stream with no name is still a PDF', async () => {
    const { fetch } = fakeFetch(PDF, { headers: { 'content-type': 'application/octet-stream' } });
    expect(await fetchPortalPdf(LINK, PAGE, fetch)).toMatchObject({ ok: true, size: PDF.byteLength, name: undefined });
  });

  it.each([
    [
      'the login page, status 200, as HTML',
      fakeFetch(LOGIN, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      { ok: false, reason: 'login' },
    ],
    [
      'the login page sent as octet-stream',
      fakeFetch(LOGIN, { headers: { 'content-type': 'application/octet-stream' } }),
      { ok: false, reason: 'login' },
    ],
    [
      'a redirect to a sign-in site elsewhere',
      fakeFetch(LOGIN, { headers: { 'content-type': 'text/html' }, url: 'https://sso.example.com/login' }),
      { ok: false, reason: 'login' },
    ],
    ['401', fakeFetch('no', { status: 401 }), { ok: false, reason: 'login', status: 401 }],
    ['403', fakeFetch('no', { status: 403 }), { ok: false, reason: 'login', status: 403 }],
    ['404', fakeFetch('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }), { ok: false, reason: 'http', status: 404 }],
    ['500', fakeFetch('oops', { status: 500 }), { ok: false, reason: 'http', status: 500 }],
    [
      'a file that is no PDF',
      fakeFetch(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), { headers: { 'content-type': 'application/zip' } }),
      { ok: false, reason: 'not-pdf' },
    ],
    ['an empty answer', fakeFetch(new Uint8Array(0), { headers: { 'content-type': 'application/pdf' } }), { ok: false, reason: 'not-pdf' }],
    [
      'a size announced over 10 MB',
      fakeFetch(PDF, { headers: { 'content-type': 'application/pdf', 'content-length': String(MAX_INVOICE_FILE_BYTES + 1) } }),
      { ok: false, reason: 'too-big' },
    ],
  ])('%s: refused with its reason', async (_label, { fetch }, expected) => {
    expect(await fetchPortalPdf(LINK, PAGE, fetch)).toEqual(expected);
  });

  it('a body over 10 MB with no length announced is cut short: refused after reading just past the limit', async () => {
    const body = endless(100 * 1024 * 1024);
    const { fetch } = fakeFetch(body.stream, { headers: { 'content-type': 'application/pdf' } });
    expect(await fetchPortalPdf(LINK, PAGE, fetch)).toEqual({ ok: false, reason: 'too-big' });
    expect(body.pulled()).toBeLessThanOrEqual(MAX_INVOICE_FILE_BYTES + 2 * 1024 * 1024);
  });

  it('exactly 10 MB is accepted', async () => {
    const data = new Uint8Array(MAX_INVOICE_FILE_BYTES);
    data.set(PDF);
    const { fetch } = fakeFetch(data, { headers: { 'content-type': 'application/pdf' } });
    expect(await fetchPortalPdf(LINK, PAGE, fetch)).toMatchObject({ ok: true, size: MAX_INVOICE_FILE_BYTES });
  });

  it('a network failure is one', async () => {
    const fetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchPortalPdf(LINK, PAGE, fetch)).toEqual({ ok: false, reason: 'network' });
  });

  it.each([
    'https://evil.example/f.pdf',
    'http://erp.example.fr/f.pdf',
    'javascript:alert(1)',
    'data:application/pdf;base64,JVBERi0=',
    'not a url',
  ])('never fetches %s from this page', async (url) => {
    const { fetch, calls } = fakeFetch(PDF, { headers: { 'content-type': 'application/pdf' } });
    expect(await fetchPortalPdf(url, PAGE, fetch)).toEqual({ ok: false, reason: 'cross-origin' });
    expect(calls).toHaveLength(0);
  });
});

describe('dispositionName', () => {
  it.each([
    ['attachment; filename="Facture FA-1.pdf"', 'Facture FA-1.pdf'],
    ['inline; filename=FA-2.pdf', 'FA-2.pdf'],
    ["attachment; filename*=UTF-8''Rechnung%20M%C3%BCller.pdf", 'Rechnung Müller.pdf'],
    ["attachment; filename*=UTF-8''%E0%A4%A", undefined],
    ['attachment', undefined],
    [null, undefined],
  ])('%j → %j', (header, expected) => {
    expect(dispositionName(header)).toBe(expected);
  });
});
