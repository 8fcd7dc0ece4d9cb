import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInvoices, extractInvoicesDetailed } from '../../../lib/capture';
import { DetectedInvoiceSchema } from '../../../lib/core';
import { readCases, roundLine, tally, type RoundTotals } from './detail-scorer';
import { loadPage } from './load-fixture';

/**
 * A held-out round of single-invoice pages (call it inside a happy-dom test file): each page gives
 * exactly its invoice (nothing when it expects none), every field it shows right and none it does not show, except the pages
 * `stillWrong` pins to the scorer's line; what capture returns passes DetectedInvoiceSchema
 * unchanged and leaves the page as it was. The round's figures are printed at the end.
 */
export function blindDetailSuite(title: string, round: string, dir: string, today: string, stillWrong: Record<string, string>): void {
  const rows: string[] = [];
  const totals: RoundTotals = { pages: 0, exact: 0, found: 0, fields: 0, right: 0 };
  afterAll(() => {
    if (totals.pages) rows.push(roundLine(round, totals));
    console.log([`${title}: page | invoices | fields right | wrong`, ...rows].join('\n'));
  });

  describe.each(readCases(dir))('%s', (page, expectation) => {
    const { expected, absent } = expectation;
    it('gives exactly its one invoice (or nothing), every field it shows right and none it does not show', () => {
      const found = extractInvoicesDetailed(loadPage(path.join(dir, page)), { today }) as unknown as Record<string, unknown>[];
      const row = tally(totals, page, found, expectation);
      rows.push(row);
      if (stillWrong[page] !== undefined) {
        expect(row).toBe(stillWrong[page]);
        return;
      }
      if (!expected) {
        expect(found.map((f) => f.number)).toEqual([]);
        return;
      }
      expect(found.map((f) => f.number)).toEqual([expected.number]);
      expect(found[0]).toMatchObject(expected);
      for (const field of absent) expect(found[0]![field], field).toBeUndefined();
    });

    it('returns what DetectedInvoiceSchema accepts unchanged, and leaves the page as it was', () => {
      const doc = loadPage(path.join(dir, page));
      const before = doc.documentElement.outerHTML;
      for (const invoice of extractInvoices(doc, { today })) expect(DetectedInvoiceSchema.parse(invoice)).toEqual(invoice);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });
}
