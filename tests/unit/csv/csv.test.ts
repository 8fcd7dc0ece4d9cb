import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvoiceSchema, type Invoice } from '../../../lib/core';
import { invoicesToCsv, neutralise, readInvoiceCsv } from '../../../lib/csv';

const AT = '2026-11-02T08:00:00.000Z';
function invoice(over: Partial<Invoice> = {}): Invoice {
  return InvoiceSchema.parse({
    id: 'erp.example.fr:FA2611-0007',
    number: 'FA2611-0007',
    clientId: 'boulangerie-dupont',
    clientName: 'Boulangerie Dupont; & "Fils"',
    total: { minor: 124_050, currency: 'EUR' },
    amountDue: { minor: 24_050, currency: 'EUR' },
    issueDate: '2026-10-02',
    dueDate: '2026-11-01',
    status: 'partial',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/facture/7', host: 'erp.example.fr', method: 'table', seenAt: AT },
    unpaid: 1,
    createdAt: AT,
    updatedAt: AT,
    ...over,
  });
}

describe('invoicesToCsv', () => {
  it('writes French for Excel: BOM, semicolons, comma decimals, dd/mm/yyyy, no sep= line', () => {
    const csv = invoicesToCsv([invoice()], { lang: 'fr' });
    expect(csv.startsWith('\uFEFFNuméro;Client;')).toBe(true);
    expect(csv).not.toMatch(/sep=/);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toBe(
      'FA2611-0007;"Boulangerie Dupont; & ""Fils""";02/10/2026;01/11/2026;1240,50;240,50;EUR;partial;invoice;erp.example.fr;',
    );
  });

  it('writes English with commas, point decimals and ISO dates, and no BOM', () => {
    const csv = invoicesToCsv([invoice({ clientName: 'Acme, Inc.' })], { lang: 'en' });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[1]).toBe('FA2611-0007,"Acme, Inc.",2026-10-02,2026-11-01,1240.50,240.50,EUR,partial,invoice,erp.example.fr,');
  });

  it('keeps amounts as numbers even when negative, and follows the currency minor unit', () => {
    const credit = invoice({ kind: 'credit-note', total: { minor: -15_000, currency: 'EUR' }, amountDue: { minor: -5, currency: 'EUR' } });
    const yen = invoice({ number: 'JP-1', total: { minor: 98_000, currency: 'JPY' }, amountDue: { minor: 98_000, currency: 'JPY' } });
    const { rows } = readInvoiceCsv(invoicesToCsv([credit, yen], { lang: 'fr' }));
    expect(rows[0]!.slice(4, 6)).toEqual(['-150,00', '-0,05']);
    expect(rows[1]!.slice(4, 7)).toEqual(['98000', '98000', 'JPY']);
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+33 1 23', '-2+3', '@SUM(A1)', '\tTab', '\rCR'])(
    'neutralises a text cell that a spreadsheet would run: %j',
    (name) => {
      const csv = invoicesToCsv([invoice({ clientName: name.trim() === name ? name : `x${name}`, notes: name })], { lang: 'en' });
      const { rows } = readInvoiceCsv(csv);
      expect(rows[0]![10]).toBe(`'${name}`);
      expect(rows[0]!.every((cell) => !/^[=+@\t\r]/.test(cell))).toBe(true);
    },
  );

  it('round-trips any client name and note through readInvoiceCsv, in both languages', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
        fc.string({ maxLength: 60 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (name, notes, lang) => {
          const { rows } = readInvoiceCsv(invoicesToCsv([invoice({ clientName: name, notes })], { lang }));
          expect(rows).toHaveLength(1);
          expect(rows[0]![1]).toBe(neutralise(name));
          expect(rows[0]![10]).toBe(neutralise(notes));
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });
});

describe('readInvoiceCsv', () => {
  it('maps a French export (semicolons, BOM) to fields through the capture synonyms', () => {
    const { columns, rows } = readInvoiceCsv(
      '\uFEFFRéf.;Tiers;Date facturation;Date échéance;Montant TTC;Reste à payer;Etat\r\nFA2601-0001;Garage Martin;02/01/2026;01/02/2026;1 200,00;1 200,00;Impayée\r\n\r\n',
    );
    expect(columns.map((c) => c.field)).toEqual(['number', 'client', 'issueDate', 'dueDate', 'total', 'amountDue', 'status']);
    expect(rows).toEqual([['FA2601-0001', 'Garage Martin', '02/01/2026', '01/02/2026', '1 200,00', '1 200,00', 'Impayée']]);
  });

  it('maps an English export with commas and quoted fields, and leaves unknown columns unmapped', () => {
    const { columns, rows } = readInvoiceCsv(
      'Invoice No,Customer,Due Date,Balance,Sales Rep,Colour\n1001,"Smith, J.",2026-03-01,"1,234.50",Ann,blue\n',
    );
    expect(columns.map((c) => [c.header, c.field])).toEqual([
      ['Invoice No', 'number'],
      ['Customer', 'client'],
      ['Due Date', 'dueDate'],
      ['Balance', 'amountDue'],
      ['Sales Rep', undefined],
      ['Colour', undefined],
    ]);
    expect(rows[0]).toEqual(['1001', 'Smith, J.', '2026-03-01', '1,234.50', 'Ann', 'blue']);
  });

  it('reads tab-separated files, and an empty file as no columns and no rows', () => {
    const tsv = readInvoiceCsv('Rechnungsnummer\tKunde\nRE-1\tMüller GmbH\n');
    expect(tsv.columns.map((c) => c.field)).toEqual(['number', 'client']);
    expect(tsv.delimiter).toBe('\t');
    expect(readInvoiceCsv('')).toMatchObject({ columns: [], rows: [] });
  });
});
