// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractInvoices, extractInvoicesChunked, registerReaders, type ReaderName } from '../../../lib/capture';
import { ALL_READERS } from '../../../lib/capture/readers';
import { loadPage, OWN_FIXTURES, SHARED_FIXTURES } from './load-fixture';

/**
 * The portal content script runs the capture without the readers few pages need, and loads them
 * (entrypoints/readers) when the extraction asks for one: every page must give exactly the
 * invoices the whole capture gives.
 */
const TODAY = '2026-11-22';
const NONE = { detail: undefined, structured: undefined, records: undefined };

function pages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f))
    .sort();
}
const OWN = pages(OWN_FIXTURES);
const SHARED = pages(SHARED_FIXTURES);

/** The split path: no reader registered, each loaded as the portal script's loader does; and what it asked for. */
async function split(doc: Document): Promise<{ invoices: unknown[]; asked: ReaderName[] }> {
  registerReaders(NONE);
  const asked: ReaderName[] = [];
  const load = async (reader: ReaderName) => {
    asked.push(reader);
    registerReaders(ALL_READERS);
  };
  const invoices = await extractInvoicesChunked(doc, { today: TODAY }, { load, budgetMs: 0, yieldToPage: async () => {} });
  return { invoices, asked };
}

const asked = new Map<string, ReaderName[]>();

describe('capture with its readers loaded on demand', () => {
  afterEach(() => registerReaders(ALL_READERS));

  it('has pages to compare', () => {
    expect(OWN.length).toBeGreaterThan(60);
  });

  it.each([...OWN, ...SHARED].map((f) => [path.relative(path.dirname(OWN_FIXTURES), f).replace(/^(\.\.\/)+/, ''), f]))(
    '%s gives the same invoices as the whole capture',
    async (name, file) => {
      const full = extractInvoices(loadPage(file), { today: TODAY });
      const result = await split(loadPage(file));
      expect(result.invoices).toEqual(full);
      asked.set(name, result.asked);
    },
  );

  it('loads the readers on single-invoice pages, and nothing on plain table lists', () => {
    const of = (dir: string) => [...asked].filter(([name]) => name.includes(`/${dir}/`));
    expect(of('detail-fr').length + of('detail-en').length).toBeGreaterThan(1);
    for (const [, a] of [...of('detail-fr'), ...of('detail-en')]) expect(a).toHaveLength(1);
    expect(of('de-list')[0]?.[1]).toEqual([]);
    // One script holds every reader: the first asked registers them all.
    for (const [, a] of asked) expect(a.length).toBeLessThanOrEqual(1);
    const plain = [...asked].filter(([, a]) => a.length === 0);
    console.log(`Readers loaded on demand: ${plain.length} of ${asked.size} fixture pages needed none`);
    for (const reader of ['detail', 'structured', 'records'] as const)
      console.log(
        `  first asked for ${reader}: ${[...asked]
          .filter(([, a]) => a[0] === reader)
          .map(([n]) => n)
          .join(', ')}`,
      );
    expect(plain.length).toBeGreaterThan(0);
  });

  it('without a loader, a page that needs no reader gives the same invoices, and one that does goes without', async () => {
    registerReaders(NONE);
    const list = loadPage(path.join(OWN_FIXTURES, 'de-list', 'rechnungen.html'));
    expect(await extractInvoicesChunked(list, { today: TODAY }, { yieldToPage: async () => {} })).toEqual(
      (registerReaders(ALL_READERS), extractInvoices(list, { today: TODAY })),
    );
    registerReaders(NONE);
    const detail = loadPage(path.join(OWN_FIXTURES, 'detail-fr', 'facture.html'));
    expect(await extractInvoicesChunked(detail, { today: TODAY }, { yieldToPage: async () => {} })).toEqual([]);
  });
});
