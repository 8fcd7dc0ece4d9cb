import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInvoiceCsv } from '../../../lib/csv';
import { decodeCsv } from '../../../lib/csv/decode';
import { guessMapping, mappingProblems, type ImportField } from '../../../lib/csv/mapping';
import { cellText, detectFormats, readRows, type ImportRow } from '../../../lib/csv/rows';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/csv');
const load = (name: string) => {
  const bytes = readFileSync(path.join(FIXTURES, name));
  const { text, encoding } = decodeCsv(bytes);
  const table = readInvoiceCsv(text);
  const mapping = guessMapping(table.columns);
  const formats = detectFormats(table.rows, mapping, text.split('\n')[0]!.includes(';') ? ';' : ',');
  return { bytes, text, encoding, table, mapping, formats, rows: readRows(table.rows, { mapping, formats, width: table.columns.length }) };
};
const ok = (rows: ImportRow[]) => rows.flatMap((r) => ('invoice' in r ? [r.invoice] : []));
const refused = (rows: ImportRow[]) => rows.flatMap((r) => ('problem' in r ? [[r.line, r.problem] as const] : []));

describe.each([
  // file, encoding, decimal, date order, mapping, first invoice
  [
    'dolibarr-fr.csv',
    'utf-8',
    ',',
    'DMY',
    ['number', 'client', 'issueDate', 'dueDate', 'ignore', 'total', 'amountDue', 'status'],
    {
      number: 'FA2601-0001',
      clientName: 'Boulangerie Dupont',
      total: { minor: 124_000, currency: 'EUR' },
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      status: 'open',
    },
  ],
  [
    'pennylane-fr.csv',
    'utf-8',
    ',',
    'YMD',
    ['number', 'client', 'email', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency', 'status'],
    {
      number: 'F-2026-001',
      clientEmail: 'compta@atelier-lumiere.fr',
      total: { minor: 144_000, currency: 'EUR' },
      dueDate: '2026-02-14',
      status: 'open',
    },
  ],
  [
    'sellsy-fr.csv',
    'utf-8',
    ',',
    'DMY',
    ['number', 'issueDate', 'dueDate', 'client', 'total', 'amountDue', 'currency', 'status'],
    {
      number: 'FAC-00101',
      clientName: 'Menuiserie Bois & Fils',
      total: { minor: 216_000, currency: 'EUR' },
      dueDate: '2026-03-05',
      status: 'open',
    },
  ],
  [
    'quickbooks-en.csv',
    'utf-8',
    '.',
    'MDY',
    ['number', 'client', 'issueDate', 'dueDate', 'total', 'amountDue', 'status'],
    {
      number: '1001',
      clientName: 'Acme Corp',
      total: { minor: 125_000, currency: 'USD' },
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      status: 'open',
    },
  ],
  [
    'excel-fr-1252.csv',
    'windows-1252',
    ',',
    'DMY',
    ['number', 'client', 'issueDate', 'dueDate', 'total', 'amountDue', 'status'],
    { number: 'F001', clientName: 'Société Générale Café', total: { minor: 124_000, currency: 'EUR' }, dueDate: '2026-02-14' },
  ],
  [
    'utf8-bom-en.csv',
    'utf-8',
    '.',
    'YMD',
    ['number', 'client', 'issueDate', 'dueDate', 'total', 'amountDue', 'currency', 'status'],
    { number: 'INV-2026-01', clientName: 'Harbour Lights Ltd', total: { minor: 120_000, currency: 'GBP' } },
  ],
] as const)('%s', (file, encoding, decimal, dateOrder, mapping, first) => {
  const f = load(file);
  it(`decodes as ${encoding}, without a BOM left in the first header`, () => {
    expect(f.encoding).toBe(encoding);
    expect(f.table.columns[0]!.header).not.toMatch(/^\uFEFF/);
  });
  it(`maps the columns through the header synonyms: ${mapping.join(', ')}`, () => {
    expect(f.mapping).toEqual(mapping);
    expect(mappingProblems(f.mapping)).toEqual([]);
  });
  it(`detects ${decimal} decimals and ${dateOrder} dates from the values`, () => {
    expect(f.formats).toMatchObject({ decimal, dateOrder, decimalSure: true, dateOrderSure: true });
  });
  it('reads every row, none refused, the first as expected', () => {
    expect(refused(f.rows)).toEqual([]);
    expect(ok(f.rows)).toHaveLength(f.table.rows.length);
    expect(ok(f.rows)[0]).toMatchObject(first);
  });
});

describe('dialect details', () => {
  it('reads accents and the euro sign of a Windows-1252 file (bytes, not UTF-8)', () => {
    const f = load('excel-fr-1252.csv');
    expect(f.bytes.includes(0xe9)).toBe(true); // é as one byte
    expect(ok(f.rows).map((i) => i.clientName)).toEqual(['Société Générale Café', 'Crêperie Bretonne', 'Œuvres & Fêtes']);
    expect(ok(f.rows)[2]).toMatchObject({ total: { minor: 1_500_000 }, amountDue: { minor: 750_000 }, status: 'partial' });
  });
  it('reads Dolibarr statuses and a credit note', () => {
    const rows = ok(load('dolibarr-fr.csv').rows);
    expect(rows.map((r) => [r.number, r.status, r.kind])).toEqual([
      ['FA2601-0001', 'open', undefined],
      ['FA2601-0002', 'paid', undefined],
      ['FA2601-0003', 'partial', undefined],
      ['AV2601-0001', undefined, 'credit-note'],
      ['FA2602-0004', 'open', undefined],
    ]);
    expect(rows[3]!.total).toEqual({ minor: -5000, currency: 'EUR' });
  });
  it('takes each row’s currency from its column (Pennylane: a GBP invoice among euros)', () => {
    expect(ok(load('pennylane-fr.csv').rows).map((r) => r.total?.currency)).toEqual(['EUR', 'EUR', 'EUR', 'GBP']);
  });
  it('reads QuickBooks dollars with thousands commas inside quotes, and a client name with a comma', () => {
    const rows = ok(load('quickbooks-en.csv').rows);
    expect(rows[1]).toMatchObject({
      clientName: 'Smith, Jones & Co',
      total: { minor: 1_530_050, currency: 'USD' },
      amountDue: { minor: 530_050 },
      status: 'partial',
    });
  });
  it('reads Sellsy amounts written with a space and €', () => {
    expect(ok(load('sellsy-fr.csv').rows)[1]).toMatchObject({
      clientName: 'Hôtel des Alpes',
      total: { minor: 1_890_000 },
      amountDue: { minor: 945_000 },
    });
  });
});

describe('the hostile file', () => {
  const f = load('hostile.csv');
  it('refuses rows with the reason per line: too long, wrong column counts, bad amount, bad date, missing number', () => {
    expect(refused(f.rows)).toEqual([
      [5, 'too-long'],
      [7, 'columns'],
      [8, 'columns'],
      [9, 'amount'],
      [10, 'date'],
      [11, 'number'],
    ]);
  });
  it('keeps formula and script text as plain text (never run: React and the CSV export escape it), bidi controls removed', () => {
    const names = ok(f.rows).map((r) => r.clientName);
    expect(names).toContain('<script>alert(1)</script>');
    expect(names).toContain("=cmd|' /C calc'!A0");
    expect(names).toContain('Bidi evil Ltd');
    expect(names.join('')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
  it('takes off the apostrophe our own export put before a formula-like cell', () => {
    expect(ok(f.rows).find((r) => r.clientName === '@SUM(A1) Ltd')?.number).toBe('+H-11');
    expect(cellText("'=1+2")).toBe('=1+2');
    expect(cellText("'plain")).toBe("'plain");
  });
});

describe('per setting: the user fixes the mapping or the formats', () => {
  const f = load('dolibarr-fr.csv');
  it('reads the other date order when the user says so (a file whose days are all ≤ 12 cannot tell)', () => {
    const ambiguous = [['A1', 'X', '05/01/2026', '1,00']];
    const mapping: ImportField[] = ['number', 'client', 'dueDate', 'total'];
    const formats = detectFormats(ambiguous, mapping, ';');
    expect(formats).toMatchObject({ dateOrder: 'DMY', dateOrderSure: false, decimal: ',' });
    expect(ok(readRows(ambiguous, { mapping, formats }))[0]!.dueDate).toBe('2026-01-05');
    expect(ok(readRows(ambiguous, { mapping, formats: { ...formats, dateOrder: 'MDY' } }))[0]!.dueDate).toBe('2026-05-01');
  });
  it('reads 1.234 as a thousand with comma decimals, as one and a quarter with dot decimals', () => {
    const rows = [['A1', 'X', '2026-01-05', '1.234']];
    const mapping: ImportField[] = ['number', 'client', 'dueDate', 'total'];
    const base = detectFormats(rows, mapping);
    expect(ok(readRows(rows, { mapping, formats: { ...base, decimal: ',' } }))[0]!.total?.minor).toBe(123_400);
    expect(ok(readRows(rows, { mapping, formats: { ...base, decimal: '.' } }))[0]!.total?.minor).toBe(123);
  });
  it('ignores a column the user sets to ignore, and says what a mapping lacks', () => {
    const mapping = [...f.mapping];
    mapping[6] = 'ignore';
    expect(ok(readRows(f.table.rows, { mapping, formats: f.formats }))[0]!.amountDue).toBeUndefined();
    expect(mappingProblems(['client', 'ignore'])).toEqual(['number', 'amount']);
    expect(mappingProblems(['number', 'client', 'total', 'total'])).toEqual(['duplicate']);
  });
  it('uses the default currency when the file shows none', () => {
    const rows = [['A1', 'X', '2026-01-05', '10.00']];
    const mapping: ImportField[] = ['number', 'client', 'dueDate', 'total'];
    expect(ok(readRows(rows, { mapping, formats: detectFormats(rows, mapping), defaultCurrency: 'GBP' }))[0]!.total).toEqual({
      minor: 1000,
      currency: 'GBP',
    });
  });
});
