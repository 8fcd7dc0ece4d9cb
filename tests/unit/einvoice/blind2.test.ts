import { describe, expect, it } from 'vitest';
import { heldOutFields, heldOutRound } from './held-out';

/** Round 2 of the held-out files, written from the standards before the reader ran on them (SOURCES.md). */
const { expected: EXPECTED, files, read, invoices, refusals } = heldOutRound('einvoices-blind2', 'c');
const fields = (invoice: Parameters<typeof heldOutFields>[0]) => heldOutFields(invoice, true);

describe('readEInvoice on the held-out files of round 2', () => {
  it('has every file of the folder in expected.json and the other way round', () => {
    expect(files().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(invoices)('reads %s field by field as written by hand', async (name, expected) => {
    expect(fields(await read(name))).toEqual(expected);
  });

  it.each(refusals)('refuses %s, saying why (/%s/i)', async (name, reason) => {
    await expect(read(name)).rejects.toThrow(new RegExp(reason, 'i'));
  });

  it('gives the total and the amount due the same currency, the document currency (BT-5)', async () => {
    for (const [name, expected] of invoices) {
      const invoice = await read(name);
      expect([invoice.total.currency, invoice.amountDue.currency], name).toEqual([expected.currency, expected.currency]);
    }
  });
});
