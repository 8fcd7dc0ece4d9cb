import { describe, expect, it } from 'vitest';
import { readEInvoice } from '../../../lib/einvoice';
import { fixture } from './files';
import { heldOutFields, heldOutRound } from './held-out';

/** Held-out files written from the standards before the reader ran on them (see their SOURCES.md). */
const { expected: EXPECTED, files, read, invoices, refusals } = heldOutRound('einvoices-blind', 'b');
const refused = refusals.map(([name]) => name);
const fields = (invoice: Parameters<typeof heldOutFields>[0]) => heldOutFields(invoice, false);

describe('readEInvoice on the held-out files', () => {
  it('has every file of the folder in expected.json and the other way round', () => {
    expect(files().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(invoices)('reads %s field by field as written by hand', async (name, expected) => {
    expect(fields(await read(name))).toEqual(expected);
  });

  it.each(refused)('refuses %s as not an invoice, saying what it is', async (name) => {
    await expect(read(name)).rejects.toThrow(/not an (e-)?invoice/i);
  });

  it('keeps the same currency on the total and the amount due', async () => {
    for (const [name] of invoices) {
      const invoice = await read(name);
      expect(invoice.total.currency, name).toBe(invoice.amountDue.currency);
    }
  });
});

describe('readEInvoice on a CII due date (BT-9) written as a month or a week', () => {
  const xml = new TextDecoder().decode(fixture('EN16931_OEPNV.cii.xml'));
  const withDue = (code: string, value: string) =>
    new TextEncoder().encode(xml.replace('<udt:DateTimeString format="102">20181003<', `<udt:DateTimeString format="${code}">${value}<`));

  it.each([
    ['610', '201810', '2018-10-31'],
    ['610', '201902', '2019-02-28'],
    ['616', '201842', '2018-10-21'],
  ])("reads format %s %s as the period's last day %s", async (code, value, due) => {
    expect(xml).toContain('format="102">20181003<');
    expect(await readEInvoice(withDue(code, value))).toMatchObject({ dueDate: due, dueDateFrom: 'document' });
  });

  it.each([
    ['610', '201813', /^Not a month \(CCYYMM\): "201813"/],
    ['616', '201854', /^Not a week \(CCYYWW\): "201854"/],
    ['203', '201810031200', /^Date format 203 is not a calendar date/],
  ])('refuses format %s %s with the reason', async (code, value, message) => {
    await expect(readEInvoice(withDue(code, value))).rejects.toThrow(message);
  });
});
