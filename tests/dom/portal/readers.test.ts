// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractInvoicesChunked, registerReaders, type ReaderName } from '../../../lib/capture/extract';
import { ALL_READERS } from '../../../lib/capture/readers';
import { readerLoader } from '../../../lib/portal/readers';
import { sharedWorld } from '../../../lib/portal/shared-world';

const NONE = { detail: undefined, structured: undefined, records: undefined };
/** One invoice's page: no list, so the extraction asks for its readers. */
const DETAIL = `<h1>Facture FA-2026-0042</h1>
<dl><dt>Client</dt><dd>Boulangerie Martin</dd><dt>Date d'échéance</dt><dd>15/12/2026</dd><dt>Total TTC</dt><dd>1 240,00 €</dd></dl>`;
const page = (body: string) => new DOMParser().parseFromString(`<html lang="fr"><body>${body}</body></html>`, 'text/html');
const run = (doc: Document, load: (r: ReaderName) => Promise<void>) =>
  extractInvoicesChunked(doc, { today: '2026-11-22' }, { load, yieldToPage: async () => {} });

describe('the portal script loads its readers on demand', () => {
  afterEach(() => {
    delete sharedWorld.__relanceReaders;
    registerReaders(NONE);
  });

  it('asks once for the script, then reads the page with the readers it left', async () => {
    registerReaders(NONE);
    const requests: ReaderName[] = [];
    const load = readerLoader(async (reader) => {
      requests.push(reader);
      sharedWorld.__relanceReaders = ALL_READERS; // what entrypoints/readers does
    });
    const found = await run(page(DETAIL), load);
    expect(found.map((i) => [i.number, i.clientName, i.total])).toEqual([
      ['FA-2026-0042', 'Boulangerie Martin', { minor: 124_000, currency: 'EUR' }],
    ]);
    expect(requests).toHaveLength(1);
    await run(page(DETAIL), load);
    expect(requests).toHaveLength(1);
  });

  it('goes on without the readers when the request fails, and does not ask again', async () => {
    registerReaders(NONE);
    const requests: ReaderName[] = [];
    const load = readerLoader(async (reader) => {
      requests.push(reader);
      throw new Error('not allowed');
    });
    expect(await run(page(DETAIL), load)).toEqual([]);
    expect(await run(page(DETAIL), load)).toEqual([]);
    expect(new Set(requests).size).toBe(requests.length);
  });
});
