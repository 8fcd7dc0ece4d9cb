import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEInvoice, type EInvoice } from '../../../lib/einvoice';

/** Round 2 of the held-out files, written from the standards before the reader ran on them (SOURCES.md). */
const BLIND = path.resolve(import.meta.dirname, '../../fixtures/einvoices-blind2');

interface Expected {
  format: EInvoice['format'];
  number: string;
  clientName: string;
  clientEmail: string | null;
  total: number;
  amountDue: number;
  currency: string;
  issueDate: string;
  dueDate: string | null;
  kind: EInvoice['kind'];
}
/** `refused` is the regular expression the error's message must match (case-insensitive). */
type Entry = Expected | { refused: string };

const EXPECTED = JSON.parse(readFileSync(path.join(BLIND, 'expected.json'), 'utf8')) as Record<string, Entry>;
const read = (name: string) => readEInvoice(new Uint8Array(readFileSync(path.join(BLIND, name))), name);

/** The ten fields the held-out figure counts, as expected.json spells them. */
function fields(invoice: EInvoice): Expected {
  return {
    format: invoice.format,
    number: invoice.number,
    clientName: invoice.clientName,
    clientEmail: invoice.clientEmail ?? null,
    total: invoice.total.minor,
    amountDue: invoice.amountDue.minor,
    currency: invoice.amountDue.currency,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate ?? null,
    kind: invoice.kind,
  };
}

const invoices = Object.entries(EXPECTED).filter((entry): entry is [string, Expected] => !('refused' in entry[1]));
const refusals = Object.entries(EXPECTED).flatMap(([name, entry]) => ('refused' in entry ? [[name, entry.refused] as const] : []));

describe('readEInvoice on the held-out files of round 2', () => {
  it('has every file of the folder in expected.json and the other way round', () => {
    const files = readdirSync(BLIND).filter((name) => /^c\d\d-/.test(name));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
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
