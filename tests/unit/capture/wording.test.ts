import { describe, expect, it } from 'vitest';
import { fieldOfHeader, mapHeaders } from '../../../lib/capture/columns';
import { agingBuckets } from '../../../lib/capture/figures';
import { amountFieldOf, amountText, dateFieldOf, isLabelOnly } from '../../../lib/capture/record-parts';
import { isStatusPart, statusOfParts } from '../../../lib/capture/record-status';
import { fold } from '../../../lib/parse';

describe('amount headers by meaning', () => {
  it.each([
    ['Betrag (netto)', 'totalExcl'],
    ['Betrag (brutto)', 'total'],
    ['Montant (excl. VAT)', 'totalExcl'],
    ['Total (incl. tax)', 'total'],
    ['Total payé', 'paid'],
    ['Montant HT', 'totalExcl'],
    ['Montant TTC', 'total'],
    ['Net à payer', 'total'],
    ['En-cours', 'amountDue'],
    ['Price', 'total'],
    ['Solde', 'amountDue'],
  ])('%j names %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));

  it('takes the total incl. tax named after a plain amount, the plain one as the net', () => {
    expect(mapHeaders(['Numéro', 'Montant', 'TVA', 'Total TTC']).map).toMatchObject({ number: 0, totalExcl: 1, tax: 2, total: 3 });
    expect(mapHeaders(['Nr.', 'Betrag (netto)', 'MwSt', 'Brutto']).map).toMatchObject({ totalExcl: 1, tax: 2, total: 3 });
    expect(mapHeaders(['Invoice', 'Amount', 'Status']).map).toMatchObject({ total: 1 });
  });
});

describe('aging buckets', () => {
  it.each([
    [
      ['Customer', 'Invoice #', 'Current', '1 - 30', '31 - 60', '61 - 90', '> 90', 'Total'],
      [2, 3, 4, 5, 6],
    ],
    [
      ['Client', 'Facture', 'Non échu', '1-30 jours', '31-60 jours', '+ de 60', 'Total'],
      [2, 3, 4, 5],
    ],
    [
      ['Kunde', 'Rechnung', 'Nicht fällig', '1–30 Tage', '31–60 Tage', '90+'],
      [2, 3, 4, 5],
    ],
    [['Invoice', 'Date', 'Amount', 'Status'], []],
    [['Invoice', 'Current', 'Total'], []],
  ])('%j has buckets %j', (headers, buckets) => expect(agingBuckets(headers)).toEqual(buckets));
});

describe('a part read by its own words', () => {
  it.each([
    ['échéance 30/09/2026', 'dueDate'],
    ['émise le 31/08/2026', 'issueDate'],
    ['payée le 12/10/2026', 'paidOn'],
    ['Paid Nov 18, 2026', 'paidOn'],
    ['à échoir dans 13 jours', 'dueDate'],
    ['Due in 3 days', 'dueDate'],
    ['Fällig am 12.10.2026', 'dueDate'],
    ['vom 01.10.2026', 'issueDate'],
    ['12/10/2026', undefined],
  ])('%j is a %s', (part, field) => expect(dateFieldOf(fold(part))).toBe(field));

  it.each([
    ['$4,075.60 remaining', 'amountDue'],
    ['partiellement payée — reste 1 600,00 €', 'amountDue'],
    ['noch offen: 295,00 €', 'amountDue'],
    ['Paid $500.00', 'paid'],
    ['1 000,00 € HT', 'totalExcl'],
    ['TVA 200,00 €', 'tax'],
    ['Total TTC 1 200,00 €', 'total'],
    ['$887', undefined],
  ])('%j is a %s amount', (part, field) => expect(amountFieldOf(fold(part))).toBe(field));

  it.each([
    ['$887', true],
    ['1 240 €', true],
    ['1 600,00', true],
    ['Nov 18, 2026', false],
    ['INV-2041', false],
    ['Customer ID: 4471', false],
  ])('%j looks like money: %s', (part, yes) => expect(amountText(part) !== undefined).toBe(yes));

  it.each([
    ['Échéance', true],
    ['Reste à payer :', true],
    ['Garage Martin', false],
    ['échéance 30/09/2026', false],
  ])('%j is a label alone: %s', (part, yes) => expect(isLabelOnly(part)).toBe(yes));
});

describe('a record status from its parts', () => {
  it.each([
    [['Due in 3 days', 'Partially paid'], false, 'partial'],
    [['Sent', 'Overdue'], false, 'open'],
    [['INV-1', 'Acme'], true, 'paid'],
    [['INV-1', 'Acme'], false, undefined],
    [['En retard · depuis 13 jours'], false, 'open'],
  ])('%j (paid date %s) is %s', (parts, paidOn, status) => expect(statusOfParts(parts, paidOn)).toBe(status));

  it.each([
    ['Overdue', true],
    ['En retard · depuis 12 jours', true],
    ['Open Systems Ltd', false],
    ['Acme', false],
  ])('%j is a badge: %s', (part, yes) => expect(isStatusPart(part)).toBe(yes));
});
