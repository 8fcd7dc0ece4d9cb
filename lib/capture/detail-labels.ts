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
  [
    'seller',
    [
      '=de',
      '=from',
      '=von',
      '=van',
      'emetteur',
      'emis par',
      'vendeur',
      'fournisseur',
      'prestataire',
      'vendor',
      'seller',
      'supplier',
      'issued by',
      'lieferant',
      'absender',
      'verkaufer',
      'rechnungssteller',
      'cedente',
      'emisor',
      'fornecedor',
      'leverancier',
      'your contact',
      'votre contact',
      'ihr ansprechpartner',
      'ansprechpartner',
      'salesperson',
      'sales rep',
      'account manager',
      'interlocuteur',
    ],
  ],
  [
    'client',
    [
      '=to',
      '=a',
      '=an',
      '=aan',
      '=para',
      'facture a',
      'rechnung an',
      'facturer a',
      'adresse a',
      'adresse de facturation',
      'client',
      'bill to',
      'billed to',
      'invoice to',
      'sold to',
      'customer',
      'billing address',
      'rechnungsempfanger',
      'rechnungsadresse',
      'kunde',
      'kundenname',
      'empfanger',
      'destinataire',
      'cessionario',
      'committente',
      'destinatario',
      'factuur aan',
      'klant',
      'facturado a',
      'facturar a',
      // Harvest's "Invoice For"; "Contacto" is the counterparty in Spanish and Portuguese tools (Holded, InvoiceXpress).
      'invoice for',
      '=contacto',
      '=contato',
      // The debtor is the client in accounting: Exact's "Debiteur", "Debitor", "Deudor".
      'debiteur',
      'debitor',
      'deudor',
      'debtor',
      'debitore',
      'devedor',
      // A CRM's customer is its "account": "Account Name" (Salesforce), "Nom du compte" (Zoho), while "Account" alone is a number.
      'account name',
      'accountname',
      'accountnaam',
      'nom du compte',
      'nombre de la cuenta',
      'nombre de cuenta',
      'nome account',
    ],
  ],
  [
    'reference',
    [
      // The app's own users, never the client: "Assigned To Priya Raman", "Created by", "Sales person".
      'assigned to',
      'created by',
      'sales person',
      'salesperson',
      'zugewiesen an',
      'assigne a',
      'devis',
      'quote',
      'quotation',
      'estimate',
      'angebot',
      'offre',
      'proposition',
      'commande',
      'bon de commande',
      'order',
      'order no',
      'order number',
      'purchase order',
      'po',
      'p.o.',
      'po number',
      'po no',
      'bestellung',
      'bestellnummer',
      'auftrag',
      'auftragsnummer',
      'auftragsnr',
      'bon de livraison',
      'livraison',
      'delivery note',
      'lieferschein',
      'lieferscheinnummer',
      'lieferschein-nr',
      'contrat',
      'contract',
      'vertrag',
      'vertragsnummer',
      'account',
      'account no',
      'account number',
      'compte',
      'compte client',
      'code client',
      'n° client',
      'customer id',
      'customer no',
      'customer number',
      'client id',
      'client no',
      'kundennummer',
      'kundennr',
      'kunden-nr',
      'kd-nr',
      'kd.-nr',
      'your reference',
      'our reference',
      'votre reference',
      'notre reference',
      'reference client',
      'ref client',
      'ref. client',
      'client n°',
      'client no',
      'customer #',
      'customer code',
      'client code',
      'customer account',
      'kundencode',
      'codice cliente',
      'codigo de cliente',
      'klantcode',
      'kunde nr',
      'kunden nr',
      'ihre referenz',
      'unsere referenz',
      'origine',
      'bezug',
      'original invoice',
      'ursprungsrechnung',
      'initiale',
      'related invoice',
      'projet',
      'project',
      'projekt',
      'mandat',
      'mandate',
      'siret',
      'siren',
      'rcs',
      'ape',
      'naf',
      'n° tva',
      'numero de tva',
      'tva intracommunautaire',
      'tva intracom',
      'n° tva intracommunautaire',
      'vat number',
      'vat no',
      'vat id',
      'vat reg',
      'vat registration',
      'tax id',
      'ust-idnr',
      'ust-id',
      'ust id',
      'ust-idnr.',
      'steuernummer',
      'st.-nr',
      'date de commande',
      'date de livraison',
      'order date',
      'delivery date',
      'lieferdatum',
      'bestelldatum',
      'iban',
      'bic',
      'swift',
      'page',
      'seite',
      'tel',
      'tel.',
      'telephone',
      'phone',
      'fax',
      // Identifiers and other documents in the languages beyond the list synonyms (IT, ES, NL), and the words of an amount.
      'gst number',
      'gst no',
      'abn',
      'numero tva',
      'numero de tva intracommunautaire',
      'id. prof',
      'id prof',
      'tax number',
      'tax no',
      'tax reg',
      'p.iva',
      'partita iva',
      'codice fiscale',
      'c.f.',
      'codice destinatario',
      'nif',
      'cif',
      'nif/cif',
      'kvk',
      'btw-nummer',
      'btw nummer',
      'btw-id',
      'uw referentie',
      'ons kenmerk',
      // "Uw ref.", "Your ref.": the client's own reference, abbreviated.
      'uw ref',
      'onze ref',
      'your ref',
      'our ref',
      'votre ref',
      'notre ref',
      'ihre ref',
      'unsere ref',
      'su ref',
      'vs. rif',
      'vostro riferimento',
      'sua ref',
      // A credit note's corrected invoice: "Factura rectificada", "Rechnung korrigiert".
      'factura rectificada',
      'fattura di riferimento',
      'corrected invoice',
      'klantnummer',
      'pedido',
      'numero de pedido',
      'ordine',
      'kundenbestellung',
      'leistungsdatum',
      'leistungszeitraum',
      'source',
      'in worten',
      'in words',
      'en lettres',
      'amount in words',
    ],
  ],
  [
    'terms',
    [
      'conditions',
      'conditions de paiement',
      'conditions de reglement',
      'modalites de paiement',
      'delai de paiement',
      'payment terms',
      'terms',
      'zahlungsbedingungen',
      'zahlungsbedingung',
      'zahlungskonditionen',
      'zahlungsziel',
      'condiciones de pago',
      'termini di pagamento',
      'betalingstermijn',
      'betaaltermijn',
      'betalingsvoorwaarden',
    ],
  ],
  [
    'amountDue',
    [
      'zahlbetrag',
      'noch zu zahlen',
      // The participle's forms: "Noch zu zahlender Betrag", "Zu zahlender Betrag" (not a "Gesamtbetrag" that adds a fee).
      'noch zu zahlender betrag',
      'zu zahlender betrag',
      'offener betrag',
      'ausstehender betrag',
      'amount due',
      'balance due',
      'total due',
      'outstanding amount',
      'reste a payer',
      'solde du',
      'montant du',
      'openstaand bedrag',
      'openstaand',
      'te betalen',
      'importo da pagare',
      'saldo da pagare',
      'importe pendiente',
      // What the client still pays after withholding or deposits: "Netto a pagare", "Valor em dívida".
      'netto a pagare',
      'valor em divida',
      'em divida',
      'por pagar',
      'valor pendente',
    ],
  ],
  [
    'dueDate',
    [
      'zahlbar bis',
      'payable le',
      'a regler avant le',
      'scadenza',
      'data scadenza',
      'vervaldatum',
      'vervaldag',
      'falligkeitsdatum',
      'vencimento',
      'data de vencimento',
      // A due date's verb before it: "Vence el 20 de diciembre", "Scade il 19/12/2026", "Vervalt op 1-12-2026".
      'vence',
      'vence el',
      'scade il',
      'vervalt op',
    ],
  ],
  [
    'issueDate',
    [
      'data',
      'data fattura',
      'data documento',
      'data emissione',
      'factuurdatum',
      'issued',
      'ausgestellt',
      'ausgestellt am',
      'data de emissao',
    ],
  ],
  // A subtotal is before tax: "Sous-total", "Untaxed Amount", "Zwischensumme", "Imponibile", "Subtotaal".
  [
    'totalExcl',
    [
      'sous-total',
      'sous total',
      'subtotal',
      'sub total',
      'sub-total',
      'untaxed',
      'untaxed amount',
      'amount untaxed',
      'zwischensumme',
      'nettosumme',
      'summe netto',
      'zwischentotal',
      'imponibile',
      'totale imponibile',
      'subtotaal',
      'totaal excl',
      'total ht',
      'total iliquido',
      // A tax word qualified as excluded or included names the net or the gross, not the tax: "Bedrag excl. btw".
      'excl. btw',
      'excl btw',
      'excl. gst',
      'ex gst',
      'ex. gst',
    ],
  ],
  [
    'total',
    [
      'totale',
      'totale documento',
      'totale fattura',
      'gesamtsumme',
      'totaal',
      'totaal incl',
      'total factura',
      'grand total',
      'rechnungsbetrag',
      'incl. btw',
      'incl btw',
      'incl. gst',
      'inc. gst',
      'inc gst',
      'total credit',
      'credit total',
      'montant de l avoir',
      'gutschriftsbetrag',
    ],
  ],
  [
    // A credit note's own number: its word before "#", "No.", "Nr." (never a credit's amount).
    'number',
    [
      'credit memo #',
      'credit memo no',
      'credit memo number',
      'credit note #',
      'credit note no',
      'credit note number',
      'avoir n°',
      'numero d avoir',
      'gutschrift nr',
      'gutschriftsnummer',
      'nota di credito n',
    ],
  ],
  [
    'tax',
    [
      'btw',
      'umsatzsteuer',
      'sales tax',
      'iva',
      'gst',
      'hst',
      'pst',
      'total gst',
      'total tax',
      'total vat',
      'total tva',
      'total mwst',
      'total iva',
    ],
  ],
  [
    'paid',
    [
      'acompte',
      'acompte verse',
      'acomptes',
      'deposit',
      'deposit paid',
      'anzahlung',
      'abschlagszahlung',
      'paid on',
      'payment received',
      'payments received',
      'betaald',
      'pagato',
      // What was paid so far, in a total's words: "Total pago", "Total payé", "Importe pagado", "Bereits bezahlt".
      'total pago',
      'valor pago',
      'total pagado',
      'importe pagado',
      'total paye',
      'deja regle',
      'deja paye',
      'total paid',
      'amount paid',
      'bereits bezahlt',
      'totale pagato',
      'reeds betaald',
    ],
  ],
  ['number', ['factuurnummer', 'numero fattura', 'fattura n', '=nummer']],
  // A credit note's own number in Dutch, Spanish and Portuguese: "Creditfactuurnummer", "Nota de crédito n.º".
  ['number', ['creditfactuurnummer', 'creditnotanummer', 'creditnota nummer', 'nota de credito n', 'numero de nota de credito', 'abono n']],
  // "E-mailadres", "Indirizzo email", "Endereço de e-mail": the address's label in Dutch, Italian and Portuguese.
  ['email', ['e-mailadres', 'emailadres', 'indirizzo email', 'indirizzo e-mail', 'endereco de e-mail', 'endereco de email']],
  ['status', ['stato']],
  // A document's type names no number: "Type de document", "Tipologia documento" ("document" alone would).
  [
    'type',
    [
      'type de document',
      'type de piece',
      'document type',
      'dokumenttyp',
      'belegart',
      'tipologia documento',
      'tipo documento',
      'tipo de documento',
      'documenttype',
    ],
  ],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word marked `=` labels alone: "De" is the seller, "Date de facture" is not. */
// Pure: a script that never reads labels (the portal script, see extract.ts) leaves the table out.
const LABELS = /* @__PURE__ */ DETAIL_LABELS.flatMap(([field, words]) =>
  words.map((w) => {
    const word = w.replace(/^=/, '');
    return { field, word, re: new RegExp(w.startsWith('=') ? `^${escape(word)}$` : `(?:^|[^a-z0-9])${escape(word)}(?![a-z0-9])`) };
  }),
);

/** A parenthesis that names the currency: "(totale in euro)", "(in EUR)", "(€)". */
const CURRENCY_NOTE = /\((?=[^)]*(?:\beuros?\b|\beur\b|€|\busd\b|\$|\bchf\b|\bgbp\b|£))[^)]*\)/g;
/** A currency's code beside the label's words: "Total CHF", "Total AUD", "Betrag EUR" label the amount in that currency. */
const CURRENCY_WORD = /(?:^|\s)(?:eur|usd|chf|gbp|aud|cad|nzd|sek|nok|dkk|pln|czk|huf|jpy|zar|mxn|brl|inr|sgd|hkd)(?=\s|$)/g;

/**
 * A label that names another invoice by its relation to this document ("Betreft factuur", "Credit
 * for invoice", "Facture d'origine", "Rechnung vom", "Fattura di riferimento"): a reference.
 */
const OTHER_INVOICE =
  /^(?:betreft|bij|op|re|regarding|concerning|for|against|applies to|credit for|refers to|relates to|correction of|zu|zur|bezug|sur|concernant|relative a|rif|riferimento|relativa a|sobre|referente a|respecto a)\b.*\b(?:factuur|invoice|facture|rechnung|fattura|factura|fatura)\b|\b(?:factuur|invoice|facture|rechnung|fattura|factura|fatura)\s+(?:d origine|originale?|initiale|corrigee|rectificada|korrigiert|di riferimento|de referencia)\b/;

/**
 * The detail field a label names, or undefined. A label says what it labels in its first five
 * words; what a printed invoice labels beyond a list's columns wins over the list synonyms
 * ("Devis n°" is a quote's number, "Compte client" an account, "Facture à" the client).
 */
export function detailFieldOf(label: string): DetailField | undefined {
  // A label printed in two languages ("Échéance / Fälligkeit", "Total TVA incluse / Total inkl. MWST"): both halves say one field.
  const halves = label.split(/\s+\/\s+/);
  if (halves.length === 2) {
    const field = fieldOfLabel(halves[0]!);
    if (field && field === fieldOfLabel(halves[1]!)) return field;
  }
  return fieldOfLabel(label);
}

/** "Invoice total", "Date de la facture": the invoice's date or amount, not its number. */
const DATE_WORD = /(?:^|[^a-z])(?:date|datum|fecha|data)(?![a-z])/;
const TOTAL_WORD = /(?:^|[^a-z])(?:total|totale|totaal|amount|montant|betrag|bedrag|importe|importo|summe)(?![a-z])/;

/** A tax said to be included or left out of a total: "Total TVA incluse", "Total inkl. MWST", "Total hors TVA", "Summe ohne MwSt." */
const INCLUDED =
  /(?:^|[^a-z])(?:incl|inc|inkl|incluse?|inclus|included|including|inclusive|incluida|incluido|inclusa|compresa|inbegriffen)(?![a-z])/;
const EXCLUDED = /(?:^|[^a-z])(?:excl|exkl|hors|ohne|sans|excluding|exclusive|before tax|net|netto|sin|senza|zonder)(?![a-z])/;

function fieldOfLabel(label: string): DetailField | undefined {
  const field = fieldOfWords(label);
  const key = headerKey(label);
  if ((field === 'tax' || field === 'total' || field === 'totalExcl') && TOTAL_WORD.test(key))
    return INCLUDED.test(key) ? 'total' : EXCLUDED.test(key) ? 'totalExcl' : field;
  if (field !== 'number') return field;
  return DATE_WORD.test(key) ? 'issueDate' : TOTAL_WORD.test(key) ? 'total' : field;
}

function fieldOfWords(label: string): DetailField | undefined {
  const key = headerKey(label);
  if (!key || key.length > 60 || key.split(' ').length > 5) return undefined;
  // "Imposta (totale in euro)": a note of the currency says nothing of what the label names.
  const words = key.replace(CURRENCY_NOTE, ' ').replace(CURRENCY_WORD, ' ').trim() || key;
  if (OTHER_INVOICE.test(words)) return 'reference';
  let best: { field: DetailField; length: number } | undefined;
  for (const l of LABELS)
    if (words.includes(l.word) && l.re.test(words) && (!best || l.word.length > best.length))
      best = { field: l.field, length: l.word.length };
  if (best) return best.field;
  const field = fieldOfHeader(label);
  return field === 'ignore' ? 'reference' : field;
}
