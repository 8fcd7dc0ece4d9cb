import { fieldOfHeader } from './columns';
import type { Field } from './synonyms';
import { headerKey } from './text';

/**
 * What a label on a single-invoice page names. Beyond the list columns (synonyms.ts), a printed
 * invoice labels what is not the invoice: the seller's block, the references of other documents
 * (quote, order, delivery note, contract, the client's account), the payment terms and the legal
 * identifiers. "Devis n°" or "Order number" name a number, but not the invoice's.
 */
export type DetailField = Exclude<Field, 'ignore'> | 'seller' | 'reference' | 'terms';

/** Folded labels, matched as whole words (the whole label for those marked `=`); the longest wins. */
const DETAIL_LABELS: ReadonlyArray<readonly [DetailField, readonly string[]]> = [
  ['seller', ['=de', '=from', '=von', '=van', 'emetteur', 'emis par', 'vendeur', 'fournisseur', 'prestataire', 'vendor', 'seller', 'supplier', 'issued by', 'lieferant', 'absender', 'verkaufer', 'rechnungssteller', 'cedente', 'emisor', 'leverancier', 'your contact', 'votre contact', 'ihr ansprechpartner', 'ansprechpartner', 'salesperson', 'sales rep', 'account manager', 'interlocuteur']],
  ['client', ['=to', '=a', '=an', '=aan', '=para', 'facture a', 'rechnung an', 'facturer a', 'adresse a', 'adresse de facturation', 'client', 'bill to', 'billed to', 'invoice to', 'sold to', 'customer', 'billing address', 'rechnungsempfanger', 'rechnungsadresse', 'kunde', 'kundenname', 'empfanger', 'destinataire', 'cessionario', 'committente', 'destinatario', 'factuur aan', 'klant', 'facturado a', 'facturar a']],
  ['reference', [
    'devis', 'quote', 'quotation', 'estimate', 'angebot', 'offre', 'proposition', 'commande', 'bon de commande', 'order', 'order no', 'order number', 'purchase order', 'po', 'p.o.', 'po number', 'po no', 'bestellung', 'bestellnummer', 'auftrag', 'auftragsnummer', 'auftragsnr', 'bon de livraison', 'livraison', 'delivery note', 'lieferschein', 'lieferscheinnummer', 'lieferschein-nr',
    'contrat', 'contract', 'vertrag', 'vertragsnummer', 'account', 'account no', 'account number', 'compte', 'compte client', 'code client', 'n° client', 'customer id', 'customer no', 'customer number', 'client id', 'client no', 'kundennummer', 'kundennr', 'kunden-nr', 'kd-nr', 'kd.-nr', 'your reference', 'our reference', 'votre reference', 'notre reference', 'reference client', 'ref client', 'ref. client', 'client n°', 'client no', 'customer #', 'kunde nr', 'kunden nr', 'ihre referenz', 'unsere referenz', 'origine', 'bezug', 'original invoice', 'ursprungsrechnung', 'initiale', 'related invoice', 'projet', 'project', 'projekt', 'mandat', 'mandate',
    'siret', 'siren', 'rcs', 'ape', 'naf', 'n° tva', 'numero de tva', 'tva intracommunautaire', 'tva intracom', 'n° tva intracommunautaire', 'vat number', 'vat no', 'vat id', 'vat reg', 'vat registration', 'tax id', 'ust-idnr', 'ust-id', 'ust id', 'ust-idnr.', 'steuernummer', 'st.-nr', 'date de commande', 'date de livraison', 'order date', 'delivery date', 'lieferdatum', 'bestelldatum', 'iban', 'bic', 'swift', 'page', 'seite', 'tel', 'tel.', 'telephone', 'phone', 'fax',
    // Identifiers and other documents in the languages beyond the list synonyms (IT, ES, NL), and the words of an amount.
    'gst number', 'gst no', 'abn', 'numero tva', 'numero de tva intracommunautaire', 'id. prof', 'id prof', 'tax number', 'tax no', 'tax reg', 'p.iva', 'partita iva', 'codice fiscale', 'c.f.', 'codice destinatario', 'nif', 'cif', 'nif/cif', 'kvk', 'btw-nummer', 'btw nummer', 'btw-id', 'uw referentie', 'ons kenmerk', 'klantnummer', 'pedido', 'numero de pedido', 'ordine', 'kundenbestellung', 'leistungsdatum', 'leistungszeitraum', 'source', 'in worten', 'in words', 'en lettres', 'amount in words',
  ]],
  ['terms', ['conditions', 'conditions de paiement', 'conditions de reglement', 'modalites de paiement', 'delai de paiement', 'payment terms', 'terms', 'zahlungsbedingungen', 'zahlungsbedingung', 'zahlungskonditionen', 'zahlungsziel', 'condiciones de pago', 'termini di pagamento', 'betalingstermijn', 'betalingsvoorwaarden']],
  ['amountDue', ['zahlbetrag', 'noch zu zahlen', 'offener betrag', 'ausstehender betrag', 'amount due', 'balance due', 'total due', 'outstanding amount', 'reste a payer', 'solde du', 'montant du', 'openstaand bedrag', 'openstaand', 'te betalen', 'importo da pagare', 'saldo da pagare', 'importe pendiente']],
  ['dueDate', ['zahlbar bis', 'payable le', 'a regler avant le', 'scadenza', 'data scadenza', 'vervaldatum', 'vervaldag', 'falligkeitsdatum']],
  ['issueDate', ['data', 'data fattura', 'data documento', 'data emissione', 'factuurdatum', 'issued']],
  // A subtotal is before tax: "Sous-total", "Untaxed Amount", "Zwischensumme", "Imponibile", "Subtotaal".
  ['totalExcl', ['sous-total', 'sous total', 'subtotal', 'sub total', 'sub-total', 'untaxed', 'untaxed amount', 'amount untaxed', 'zwischensumme', 'nettosumme', 'summe netto', 'imponibile', 'totale imponibile', 'subtotaal', 'totaal excl', 'total ht']],
  ['total', ['totale', 'totale documento', 'totale fattura', 'gesamtsumme', 'totaal', 'totaal incl', 'total factura', 'grand total', 'netto a pagare', 'rechnungsbetrag']],
  ['tax', ['btw', 'umsatzsteuer', 'sales tax', 'iva', 'gst', 'hst', 'pst', 'total gst', 'total tax', 'total vat', 'total tva', 'total mwst', 'total iva']],
  ['paid', ['acompte', 'acompte verse', 'acomptes', 'deposit', 'deposit paid', 'anzahlung', 'abschlagszahlung', 'paid on', 'payment received', 'payments received', 'betaald', 'pagato']],
  ['number', ['factuurnummer', 'numero fattura', 'fattura n']],
  ['status', ['stato']],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word marked `=` labels alone: "De" is the seller, "Date de facture" is not. */
const LABELS = DETAIL_LABELS.flatMap(([field, words]) =>
  words.map((w) => {
    const word = w.replace(/^=/, '');
    return { field, word, re: new RegExp(w.startsWith('=') ? `^${escape(word)}$` : `(?:^|[^a-z0-9])${escape(word)}(?![a-z0-9])`) };
  }),
);

/**
 * The detail field a label names, or undefined. A label says what it labels in its first five
 * words; what a printed invoice labels beyond a list's columns wins over the list synonyms
 * ("Devis n°" is a quote's number, "Compte client" an account, "Facture à" the client).
 */
export function detailFieldOf(label: string): DetailField | undefined {
  const key = headerKey(label);
  if (!key || key.length > 60 || key.split(' ').length > 5) return undefined;
  let best: { field: DetailField; length: number } | undefined;
  for (const l of LABELS) if (key.includes(l.word) && l.re.test(key) && (!best || l.word.length > best.length)) best = { field: l.field, length: l.word.length };
  if (best) return best.field;
  const field = fieldOfHeader(label);
  return field === 'ignore' ? 'reference' : field;
}
