import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInvoices, extractInvoicesDetailed } from '../../../lib/capture';
import { DetectedInvoiceSchema } from '../../../lib/core';
import { f1, readBlindPages, score } from './blind-score';
import { loadPage } from './load-fixture';

/**
 * One held-out round of list pages: each page yields exactly its written-down invoices, save what
 * `stillMissed` names in the scorer's words, and only what the schema accepts unchanged. The
 * round's table (page, expected, found, right, F1, fields right) is printed at the end.
 */
export function blindListSuite(title: string, dir: string, today: string, stillMissed: Record<string, string[]>): void {
  const rows: string[] = [];
  const totals = { found: 0, right: 0, expected: 0, fields: 0, fieldsRight: 0 };
  afterAll(() => {
    rows.sort();
    rows.push(
      `TOTAL | ${totals.expected} | ${totals.found} | ${totals.right} | ${f1(totals).toFixed(2)} | ${totals.fieldsRight}/${totals.fields} = ${(totals.fieldsRight / totals.fields).toFixed(2)}`,
    );
    console.log([`${title}: page | expected | found | right | F1 | fields right`, ...rows].join('\n'));
  });

  describe.each(readBlindPages(dir))('%s', (page, expected) => {
    it(`yields exactly its ${expected.length} customer invoices, every shown field right`, () => {
      const found = extractInvoicesDetailed(loadPage(path.join(dir, page)), { today });
      const s = score(found as unknown as Record<string, unknown>[], expected);
      for (const k of ['found', 'right', 'expected', 'fields', 'fieldsRight'] as const) totals[k] += s[k];
      rows.push(
        `${page} | ${s.expected} | ${s.found} | ${s.right} | ${f1(s).toFixed(2)} | ${s.fieldsRight}/${s.fields}${s.misses.length ? `\n    ${s.misses.join('\n    ')}` : ''}`,
      );
      expect(s.misses).toEqual(stillMissed[page] ?? []);
    });

    it('returns only what DetectedInvoiceSchema accepts unchanged', () => {
      for (const invoice of extractInvoices(loadPage(path.join(dir, page)), { today })) {
        const parsed = DetectedInvoiceSchema.safeParse(invoice);
        expect(parsed.success, invoice.number).toBe(true);
        expect(parsed.data).toEqual(invoice);
      }
    });
  });
}
