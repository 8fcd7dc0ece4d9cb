import { afterAll, describe, expect, it } from 'vitest';
import { fieldOfHeader, isForeignCaption, isForeignHeader, mapHeaderCells, mapHeaders, namesInvoices } from '../../../lib/capture/columns';
import { FIELD_SYNONYMS, FOREIGN_CAPTION_WORDS, FOREIGN_TABLE_HEADERS, INVOICE_CAPTION_WORDS } from '../../../lib/capture/synonyms';
import { fold } from '../../../lib/parse';

describe('column headers', () => {
  it.each([
    // French (Dolibarr, Facturo-like apps)
    ['N° facture', 'number'],
    ['Réf.', 'number'],
    ['Numéro', 'number'],
    ['Client', 'client'],
    ['Tiers', 'client'],
    ['Date', 'issueDate'],
    ['Date de facturation', 'issueDate'],
    ['Échéance', 'dueDate'],
    ["Date d'échéance", 'dueDate'],
    ['Date limite règlement', 'dueDate'],
    ['Montant HT', 'totalExcl'],
    ['Montant TTC', 'total'],
    ['Total TTC', 'total'],
    ['TVA', 'tax'],
    ['Reste à payer', 'amountDue'],
    ['Reste dû', 'amountDue'],
    ['Déjà réglé', 'paid'],
    ['Statut', 'status'],
    ['État', 'status'],
    ['Créé par', 'ignore'],
    // English
    ['Invoice #', 'number'],
    ['Invoice number', 'number'],
    ['Customer', 'client'],
    ['Bill to', 'client'],
    ['Third-party', 'client'],
    ['Invoice date', 'issueDate'],
    ['Issued', 'issueDate'],
    ['Due', 'dueDate'],
    ['Due date', 'dueDate'],
    ['Amount', 'total'],
    ['Amount (excl. tax)', 'totalExcl'],
    ['Amount (inc. tax)', 'total'],
    ['Subtotal', 'totalExcl'],
    ['VAT', 'tax'],
    ['Total', 'total'],
    ['Total due', 'amountDue'],
    ['Balance', 'amountDue'],
    ['Balance due', 'amountDue'],
    ['Amount paid', 'paid'],
    ['Received', 'paid'],
    ['Status', 'status'],
    ['Created by', 'ignore'],
    ['Actions', 'ignore'],
    // German
    ['Rechnungsnr.', 'number'],
    ['Rechnungsnummer', 'number'],
    ['Kunde', 'client'],
    ['Rechnungsdatum', 'issueDate'],
    ['Fällig am', 'dueDate'],
    ['Fälligkeit', 'dueDate'],
    ['Betrag', 'total'],
    ['Brutto', 'total'],
    ['Netto', 'totalExcl'],
    ['MwSt.', 'tax'],
    ['Offen', 'amountDue'],
    ['Offener Betrag', 'amountDue'],
    ['Bezahlt', 'paid'],
    // Spanish
    ['Nº factura', 'number'],
    ['Número de factura', 'number'],
    ['Cliente', 'client'],
    ['Fecha', 'issueDate'],
    ['Fecha de emisión', 'issueDate'],
    ['Vencimiento', 'dueDate'],
    ['Base imponible', 'totalExcl'],
    ['Importe', 'total'],
    ['IVA', 'tax'],
    ['Pendiente', 'amountDue'],
    ['Cobrado', 'paid'],
    ['Estado', 'status'],
    // Any language
    ['E-mail', 'email'],
    ['Correo electrónico', 'email'],
    ['Type', 'type'],
    ['Tipo', 'type'],
  ])('reads %j as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each([
    ['sort arrows and icons', 'N° facture ▲', 'number'],
    ['a counter in parentheses', 'Client (12)', 'client'],
    ['a trailing colon', 'Échéance :', 'dueDate'],
    ['the longest synonym winning', 'Date d’échéance', 'dueDate'],
    ['a sales rep column naming the client', 'Commercial assigné au client', 'ignore'],
  ])('ignores %s', (_what, header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['Les 3 dernières factures clients modifiées ce mois-ci', '', 'Photo', 'Pièces jointes'])('names no field for %j', (header) => {
    expect(fieldOfHeader(header)).toBeUndefined();
  });

  it.each([
    'Fournisseur',
    'Supplier',
    'Lieferant',
    'Proveedor',
    'Qté',
    'Quantity',
    'Unit price',
    'P.U. HT',
    'Désignation',
    'Product',
    'Dépense',
    'Mode de règlement',
    'Payment method',
  ])('knows %j belongs to a table that is not the user’s invoices', (header) => expect(isForeignHeader(header)).toBe(true));

  it.each(['Client', 'Montant TTC', 'Invoice #', 'Status'])('does not reject a table for %j', (header) =>
    expect(isForeignHeader(header)).toBe(false),
  );
});

describe('captions', () => {
  it.each([
    ['Customer draft invoices2', true],
    ['Factures clients impayées 8', true],
    ['Ausgangsrechnungen', true],
    ['Facturas emitidas', true],
    ['Avoirs', true],
    ['Produits', false],
    ['Derniers événements', false],
  ])('%j speaks of invoices: %s', (caption, expected) => expect(namesInvoices(caption)).toBe(expected));

  it.each([
    ['Factures fournisseurs à payer', true],
    ['Bills', true],
    ['Notes de frais', true],
    ['Eingangsrechnungen (zu zahlen)', true],
    ['Achats à régler', true],
    ['Derniers encaissements', true],
    ['Payments', true],
    ['Facturas recibidas', true],
    ['Unpaid customer invoices', false],
    ['Factures clients', false],
    ['Awaiting payment', false],
  ])('%j is about money the user owes or money moving: %s', (caption, expected) => expect(isForeignCaption(caption)).toBe(expected));
});

describe('mapping a header row', () => {
  it('gives each field its first column and counts what it matched', () => {
    const { map, matched, foreign } = mapHeaders([
      'Réf.',
      'Date',
      'Échéance',
      'Client',
      'Montant HT',
      'Montant TTC',
      'Créé par',
      'Statut',
      'Montant',
    ]);
    expect(map).toEqual({ number: 0, issueDate: 1, dueDate: 2, client: 3, totalExcl: 4, total: 5, status: 7 });
    expect(matched).toBe(9);
    expect(foreign).toBe(false);
  });

  it('takes a cell spanning columns that speaks of invoices for a caption, leaving its columns unnamed', () => {
    const cells = [
      { text: 'Unpaid customer invoices 8', span: 2 },
      undefined,
      { text: 'Due date', span: 1 },
      { text: 'Amount (inc. tax)', span: 1 },
      { text: '', span: 1 },
    ];
    const mapping = mapHeaderCells(cells);
    expect(mapping.map).toEqual({ dueDate: 2, total: 3 });
    expect(mapping.captions).toEqual(['Unpaid customer invoices 8']);
    expect(mapping.named).toEqual([false, false, true, true, false]);
  });

  it('maps a spanning cell that names a field to its first column', () => {
    const mapping = mapHeaderCells([{ text: 'Invoice', span: 1 }, { text: 'Amount', span: 2 }, undefined]);
    expect(mapping.map).toEqual({ number: 0, total: 1 });
    expect(mapping.named).toEqual([true, true, true]);
  });

  it('flags a header row with a supplier column', () => {
    expect(mapHeaders(['Fournisseur', 'N° facture', 'Montant TTC']).foreign).toBe(true);
  });
});

const synonymCount = FIELD_SYNONYMS.reduce((n, [, words]) => n + words.length, 0);
afterAll(() =>
  console.log(
    `Synonym table: ${synonymCount} header synonyms over ${FIELD_SYNONYMS.length} fields, ${FOREIGN_TABLE_HEADERS.length} foreign headers, ${INVOICE_CAPTION_WORDS.length} + ${FOREIGN_CAPTION_WORDS.length} caption words`,
  ),
);

describe('the synonym table (data)', () => {
  const all = FIELD_SYNONYMS.flatMap(([field, words]) => words.map((word) => ({ field, word })));

  it('lists every synonym folded (lower case, no accents), as headers are compared', () => {
    for (const { word } of all) expect(fold(word), word).toBe(word);
    for (const word of [...FOREIGN_TABLE_HEADERS, ...INVOICE_CAPTION_WORDS, ...FOREIGN_CAPTION_WORDS]) expect(fold(word), word).toBe(word);
  });

  it('never lists one word under two fields', () => {
    const seen = new Map<string, string>();
    for (const { field, word } of all) {
      expect(seen.get(word) ?? field, word).toBe(field);
      seen.set(word, field);
    }
  });

  it('reads each synonym back as its own field', () => {
    for (const { field, word } of all) expect(fieldOfHeader(word), word).toBe(field);
  });
});
