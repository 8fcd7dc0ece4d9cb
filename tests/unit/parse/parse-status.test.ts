import { describe, expect, it } from 'vitest';
import { parseStatus, type ParsedStatus } from '../../../lib/parse';
import { STATUS_WORDS } from '../../../lib/parse/statuses';

/** One row per status and language: FR, EN, DE, ES. */
const LABELS: ReadonlyArray<readonly [string, string, ParsedStatus]> = [
  ['paid', 'Payée', { status: 'paid' }],
  ['paid', 'Réglée', { status: 'paid' }],
  ['paid', 'Paid', { status: 'paid' }],
  ['paid', 'Paid in full', { status: 'paid' }],
  ['paid', 'Bezahlt', { status: 'paid' }],
  ['paid', 'Pagada', { status: 'paid' }],
  ['paid', 'Cobrada', { status: 'paid' }],
  ['open', 'Impayée', { status: 'open' }],
  ['open', 'Non payée', { status: 'open' }],
  ['open', 'À payer', { status: 'open' }],
  ['open', 'Unpaid', { status: 'open' }],
  ['open', 'Not paid', { status: 'open' }],
  ['open', 'Open', { status: 'open' }],
  ['open', 'Awaiting payment', { status: 'open' }],
  ['open', 'Offen', { status: 'open' }],
  ['open', 'Unbezahlt', { status: 'open' }],
  ['open', 'Pendiente de pago', { status: 'open' }],
  ['open', 'Impagada', { status: 'open' }],
  ['overdue', 'En retard', { status: 'open', overdue: true }],
  ['overdue', 'Échue', { status: 'open', overdue: true }],
  ['overdue', 'Overdue', { status: 'open', overdue: true }],
  ['overdue', 'Past due', { status: 'open', overdue: true }],
  ['overdue', 'Überfällig', { status: 'open', overdue: true }],
  ['overdue', 'Mahnstufe 1', { status: 'open', overdue: true }],
  ['overdue', 'Vencida', { status: 'open', overdue: true }],
  ['partial', 'Partiellement payée', { status: 'partial' }],
  ['partial', 'Payée partiellement', { status: 'partial' }],
  ['partial', 'Commencée', { status: 'partial' }],
  ['partial', 'Impayée (paiement commencé)', { status: 'partial' }],
  ['partial', 'Unpaid – partial payment received', { status: 'partial' }],
  ['partial', 'Offen (Teilzahlung)', { status: 'partial' }],
  ['partial', 'Überfällig · teilweise bezahlt', { status: 'partial', overdue: true }],
  ['partial', 'Partially paid', { status: 'partial' }],
  ['partial', 'Partly paid', { status: 'partial' }],
  ['partial', 'Started', { status: 'partial' }],
  ['partial', 'Teilweise bezahlt', { status: 'partial' }],
  ['partial', 'Teilweise beglichen', { status: 'partial' }],
  ['partial', 'Pago parcial', { status: 'partial' }],
  ['partial', 'Parcialmente cobrada', { status: 'partial' }],
  ['draft', 'Brouillon', { status: 'draft' }],
  ['draft', 'Brouillon (à valider)', { status: 'draft' }],
  ['draft', 'Draft', { status: 'draft' }],
  ['draft', 'Draft (needs to be validated)', { status: 'draft' }],
  ['draft', 'Awaiting approval', { status: 'draft' }],
  ['draft', 'Entwurf', { status: 'draft' }],
  ['draft', 'Borrador', { status: 'draft' }],
  ['cancelled', 'Annulée', { status: 'cancelled' }],
  ['cancelled', 'Abandonnée', { status: 'cancelled' }],
  ['cancelled', 'Cancelled', { status: 'cancelled' }],
  ['cancelled', 'Canceled', { status: 'cancelled' }],
  ['cancelled', 'Void', { status: 'cancelled' }],
  ['cancelled', 'Abandoned', { status: 'cancelled' }],
  ['cancelled', 'Storniert', { status: 'cancelled' }],
  ['cancelled', 'Anulada', { status: 'cancelled' }],
  ['cancelled', 'Cancelada', { status: 'cancelled' }],
  ['disputed', 'En litige', { status: 'disputed' }],
  ['disputed', 'Contestée', { status: 'disputed' }],
  ['disputed', 'Disputed', { status: 'disputed' }],
  ['disputed', 'Bestritten', { status: 'disputed' }],
  ['disputed', 'En disputa', { status: 'disputed' }],
  ['credit note', 'Avoir', { kind: 'credit-note' }],
  ['credit note', 'Facture d’avoir', { kind: 'credit-note' }],
  ['credit note', 'Credit note', { kind: 'credit-note' }],
  ['credit note', 'Credit memo', { kind: 'credit-note' }],
  ['credit note', 'Gutschrift', { kind: 'credit-note' }],
  ['credit note', 'Nota de crédito', { kind: 'credit-note' }],
  ['credit note', 'Factura rectificativa', { kind: 'credit-note' }],
];

describe('parseStatus: each status in French, English, German and Spanish', () => {
  it.each(LABELS)('reads a %s label %j', (_status, text, expected) => {
    expect(parseStatus(text)).toEqual(expected);
  });
});

describe('parseStatus: labels read with their neighbours', () => {
  it.each<[string, ParsedStatus]>([
    // A negation before a paid word says the opposite.
    ['Non réglée', { status: 'open' }],
    ['Non soldée', { status: 'open' }],
    ['Pas encore payée', { status: 'open' }],
    ['Not yet paid', { status: 'open' }],
    ['Nicht bezahlt', { status: 'open' }],
    ['Noch nicht bezahlt', { status: 'open' }],
    ['No pagada', { status: 'open' }],
    // Overdue marks an open or partly paid invoice, never a paid one.
    ['Overdue – partially paid', { status: 'partial', overdue: true }],
    ['En retard (partiellement payée)', { status: 'partial', overdue: true }],
    ['Impayée – en retard', { status: 'open', overdue: true }],
    ['Paid late', { status: 'paid' }],
    // Dolibarr's closed "paid (partially)": the rest was abandoned, nothing is left to chase.
    ['Payée (partiellement)', { status: 'paid' }],
    ['Paid (partially)', { status: 'paid' }],
    // The credit-note word adds the kind to the status.
    ['Credit note – Paid', { status: 'paid', kind: 'credit-note' }],
    ['Avoir remboursé', { kind: 'credit-note' }],
    ['Avoir – brouillon', { status: 'draft', kind: 'credit-note' }],
    // Case, accents and spaces as pages print them.
    ['  PAYÉE\u00a0', { status: 'paid' }],
    ['impayee', { status: 'open' }],
    ['Impay&eacute;e', { status: 'open' }],
    // Portuguese "Pago" is paid; Spanish phrases with "pago" (payment) keep their own meaning.
    ['Pago', { status: 'paid' }],
    ['Pago pendiente', { status: 'open' }],
  ])('reads %j', (text, expected) => {
    expect(parseStatus(text)).toEqual(expected);
  });

  it.each([
    ['Boulangerie Dupont'],
    ['FA2601-0001'],
    ['Forma de pago'],
    ['Condiciones de pago'],
    ['1 234,56 €'],
    ['Overdue'.padEnd(200, ' x')],
    [''],
    ['x'.repeat(600)],
  ])('finds no status in %j', (text) => {
    expect(parseStatus(text)).toBeNull();
  });

  it('keeps words inside others out: "due" in "overdue", "paid" in "unpaid", "avoir" in "savoir"', () => {
    expect(parseStatus('Overdue')).toEqual({ status: 'open', overdue: true });
    expect(parseStatus('Unpaid')).toEqual({ status: 'open' });
    expect(parseStatus('Savoir-faire')).toBeNull();
  });

  it('returns a fresh object each time, so a caller cannot change the next answer', () => {
    const first = parseStatus('Payée')!;
    first.status = 'open';
    expect(parseStatus('Payée')).toEqual({ status: 'paid' });
  });
});

describe('parseStatus finds every phrase wherever it stands in a label', () => {
  // Each phrase is tried only where the label has its first word: a phrase amid numbers, dates,
  // signs and codes must read as it reads alone.
  const NOISE = ['FA2611-00042', '12/10/2026', '·', '(3)', '1 234,56 €', '—', 'N° 45', '#', '2x'];
  // Phrases that only keep a word from reading as a status (Spanish "forma de pago") read as nothing.
  const phrases = STATUS_WORDS.filter(([, entry]) => entry.status || entry.kind).map(([phrase]) => [phrase]);
  it.each(phrases)('%j amid codes and figures', (phrase) => {
    const alone = parseStatus(phrase);
    expect(alone).not.toBeNull();
    NOISE.forEach((before, i) => {
      const after = NOISE[(i + 3) % NOISE.length]!;
      expect(parseStatus(`${before} ${phrase} ${after}`)).toEqual(alone);
    });
  });
});
