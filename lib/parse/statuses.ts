import type { InvoiceStatus } from '../core';

export interface StatusEntry {
  status?: InvoiceStatus;
  overdue?: boolean;
  kind?: 'invoice' | 'credit-note';
}

/**
 * Status words of invoicing tools, folded (lower case, no accents), FR/EN/DE/ES. Longest
 * phrases are tried first: "partially paid" before "paid", "non payee" before "payee".
 */
export const STATUS_WORDS: ReadonlyArray<readonly [string, StatusEntry]> = [
  // partly paid
  ['partially paid', { status: 'partial' }], ['part paid', { status: 'partial' }], ['part-paid', { status: 'partial' }], ['partial payment', { status: 'partial' }], ['partial', { status: 'partial' }],
  ['started', { status: 'partial' }], ['payment started', { status: 'partial' }],
  ['partiellement payee', { status: 'partial' }], ['partiellement paye', { status: 'partial' }], ['paiement partiel', { status: 'partial' }], ['reglement partiel', { status: 'partial' }],
  ['parcialmente cobrada', { status: 'partial' }], ['cobro parcial', { status: 'partial' }],
  ['paiement commence', { status: 'partial' }], ['reglement commence', { status: 'partial' }], ['commence', { status: 'partial' }], ['commencee', { status: 'partial' }], ['acompte', { status: 'partial' }],
  ['teilweise bezahlt', { status: 'partial' }], ['teilbezahlt', { status: 'partial' }], ['teilzahlung', { status: 'partial' }],
  ['parcialmente pagada', { status: 'partial' }], ['parcialmente pagado', { status: 'partial' }], ['pago parcial', { status: 'partial' }],
  // overdue (still open)
  ['overdue', { status: 'open', overdue: true }], ['past due', { status: 'open', overdue: true }], ['late', { status: 'open', overdue: true }],
  ['en retard', { status: 'open', overdue: true }], ['retard', { status: 'open', overdue: true }], ['echue', { status: 'open', overdue: true }], ['impayee echue', { status: 'open', overdue: true }],
  ['relancee', { status: 'open', overdue: true }], ['en recouvrement', { status: 'open', overdue: true }],
  ['uberfallig', { status: 'open', overdue: true }], ['ueberfaellig', { status: 'open', overdue: true }], ['gemahnt', { status: 'open', overdue: true }], ['mahnung', { status: 'open', overdue: true }], ['mahnstufe', { status: 'open', overdue: true }], ['verzug', { status: 'open', overdue: true }], ['im verzug', { status: 'open', overdue: true }],
  ['vencida', { status: 'open', overdue: true }], ['vencido', { status: 'open', overdue: true }], ['atrasada', { status: 'open', overdue: true }], ['en mora', { status: 'open', overdue: true }],
  // open / unpaid
  ['not paid', { status: 'open' }], ['unpaid', { status: 'open' }], ['outstanding', { status: 'open' }], ['awaiting payment', { status: 'open' }], ['open', { status: 'open' }], ['due', { status: 'open' }], ['pending', { status: 'open' }], ['sent', { status: 'open' }], ['viewed', { status: 'open' }], ['issued', { status: 'open' }], ['validated', { status: 'open' }], ['approved', { status: 'open' }],
  ['non payee', { status: 'open' }], ['non paye', { status: 'open' }], ['impayee', { status: 'open' }], ['impaye', { status: 'open' }], ['a payer', { status: 'open' }], ['a regler', { status: 'open' }], ['en attente de paiement', { status: 'open' }], ['en attente', { status: 'open' }], ['ouverte', { status: 'open' }], ['emise', { status: 'open' }], ['envoyee', { status: 'open' }], ['validee', { status: 'open' }], ['a encaisser', { status: 'open' }],
  ['unbezahlt', { status: 'open' }], ['offen', { status: 'open' }], ['ausstehend', { status: 'open' }], ['fallig', { status: 'open' }], ['versendet', { status: 'open' }],
  ['impagada', { status: 'open' }], ['impagado', { status: 'open' }], ['sin pagar', { status: 'open' }], ['por pagar', { status: 'open' }], ['sin cobrar', { status: 'open' }], ['por cobrar', { status: 'open' }], ['pendiente', { status: 'open' }], ['pendiente de pago', { status: 'open' }], ['abierta', { status: 'open' }], ['emitida', { status: 'open' }], ['enviada', { status: 'open' }],
  // paid
  ['paid', { status: 'paid' }], ['settled', { status: 'paid' }], ['fully paid', { status: 'paid' }],
  ['payee', { status: 'paid' }], ['paye', { status: 'paid' }], ['reglee', { status: 'paid' }], ['regle', { status: 'paid' }], ['soldee', { status: 'paid' }], ['acquittee', { status: 'paid' }], ['encaissee', { status: 'paid' }],
  ['bezahlt', { status: 'paid' }], ['beglichen', { status: 'paid' }], ['ausgeglichen', { status: 'paid' }],
  ['pagada', { status: 'paid' }], ['pagado', { status: 'paid' }], ['cobrada', { status: 'paid' }], ['cobrado', { status: 'paid' }],
  // draft
  ['draft', { status: 'draft' }], ['awaiting approval', { status: 'draft' }], ['pending approval', { status: 'draft' }], ['submitted for approval', { status: 'draft' }], ['unsent', { status: 'draft' }], ['not sent', { status: 'draft' }],
  ['brouillon', { status: 'draft' }], ['a valider', { status: 'draft' }], ['non validee', { status: 'draft' }], ['entwurf', { status: 'draft' }], ['borrador', { status: 'draft' }], ['proforma', { status: 'draft' }], ['pro forma', { status: 'draft' }],
  // cancelled
  ['cancelled', { status: 'cancelled' }], ['canceled', { status: 'cancelled' }], ['void', { status: 'cancelled' }], ['voided', { status: 'cancelled' }], ['abandoned', { status: 'cancelled' }], ['written off', { status: 'cancelled' }], ['uncollectible', { status: 'cancelled' }], ['bad debt', { status: 'cancelled' }],
  ['annulee', { status: 'cancelled' }], ['annule', { status: 'cancelled' }], ['abandonnee', { status: 'cancelled' }], ['classee sans suite', { status: 'cancelled' }], ['irrecouvrable', { status: 'cancelled' }],
  ['storniert', { status: 'cancelled' }], ['annulliert', { status: 'cancelled' }], ['abgebrochen', { status: 'cancelled' }],
  ['cancelada', { status: 'cancelled' }], ['anulada', { status: 'cancelled' }], ['anulado', { status: 'cancelled' }],
  // disputed
  ['disputed', { status: 'disputed' }], ['in dispute', { status: 'disputed' }], ['contested', { status: 'disputed' }],
  ['contestee', { status: 'disputed' }], ['en litige', { status: 'disputed' }], ['litige', { status: 'disputed' }], ['litigieuse', { status: 'disputed' }],
  ['bestritten', { status: 'disputed' }], ['strittig', { status: 'disputed' }], ['reklamiert', { status: 'disputed' }],
  ['disputada', { status: 'disputed' }], ['en disputa', { status: 'disputed' }], ['impugnada', { status: 'disputed' }], ['reclamada', { status: 'disputed' }],
  // credit notes
  ['credit note', { kind: 'credit-note' }], ['credit memo', { kind: 'credit-note' }], ['avoir', { kind: 'credit-note' }], ['facture d\'avoir', { kind: 'credit-note' }],
  ['gutschrift', { kind: 'credit-note' }], ['stornorechnung', { kind: 'credit-note' }], ['rechnungskorrektur', { kind: 'credit-note' }],
  ['nota de credito', { kind: 'credit-note' }], ['factura rectificativa', { kind: 'credit-note' }], ['rectificativa', { kind: 'credit-note' }], ['abono', { kind: 'credit-note' }],
  // Dolibarr's closed statuses: the invoice was closed with part of it abandoned (a discount, a
  // bad debt). Nothing is left to chase, so they count as paid, not as partly paid.
  // Italian, and reminders sent ("Relance 2", "1. Mahnung" above): still open.
  ['parzialmente saldata', { status: 'partial' }], ['parzialmente pagata', { status: 'partial' }], ['pagamento parziale', { status: 'partial' }],
  ['scaduta', { status: 'open', overdue: true }], ['in ritardo', { status: 'open', overdue: true }], ['relance', { status: 'open', overdue: true }], ['sollecito', { status: 'open', overdue: true }],
  ['da saldare', { status: 'open' }], ['da incassare', { status: 'open' }], ['non pagata', { status: 'open' }], ['emessa', { status: 'open' }], ['inviata', { status: 'open' }], ['a venir', { status: 'open' }],
  ['saldata', { status: 'paid' }], ['pagata', { status: 'paid' }], ['incassata', { status: 'paid' }],
  ['bozza', { status: 'draft' }], ['annullata', { status: 'cancelled' }], ['stornata', { status: 'cancelled' }], ['contestata', { status: 'disputed' }],
  ['nota di credito', { kind: 'credit-note' }],
  ['payee (partiellement)', { status: 'paid' }], ['paid (partially)', { status: 'paid' }], ['classee payee partiellement', { status: 'paid' }],
];

/**
 * Words that, right before a paid word, say the opposite: "not yet paid", "non réglée",
 * "nicht bezahlt", "no pagada", "non soldée".
 */
export const NEGATIONS = ['not', 'not yet', 'never', 'non', 'pas', 'pas encore', 'nicht', 'noch nicht', 'no', 'aun no', 'todavia no', 'sin'];

/** Words that turn a paid word into a part payment wherever they stand: "payée partiellement". */
export const PARTIAL_MARKERS = ['partially', 'partly', 'in part', 'partiellement', 'en partie', 'partiel', 'partielle', 'teilweise', 'anteilig', 'parcialmente', 'parcial', 'parzialmente'];
