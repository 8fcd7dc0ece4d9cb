/**
 * Column headers and field labels, folded (lower case, no accents), FR/EN/DE/ES. A header
 * matches a field when it equals a synonym or contains it as whole words; the longest match wins,
 * so "montant ttc" beats "montant" and "date d'echeance" beats "date".
 */
export type Field =
  | 'number'
  | 'client'
  | 'email'
  | 'issueDate'
  | 'dueDate'
  | 'total'
  | 'totalExcl'
  | 'tax'
  | 'amountDue'
  | 'paid'
  | 'status'
  | 'type'
  | 'ignore';

export const FIELD_SYNONYMS: ReadonlyArray<readonly [Field, readonly string[]]> = [
  ['number', ['ref', 'ref.', 'reference', 'invoice', 'invoice #', 'invoice no', 'invoice number', 'invoice n°', 'number', 'no.', 'n°', '#', 'facture', 'n° facture', 'no facture', 'numero', 'numero de facture', 'num facture', 'piece', 'document', 'rechnung', 'rechnungsnummer', 'rechnungsnr.', 'rechnungsnr', 'rechnungs-nr.', 'rechnungs-nr', 'belegnr.', 're-nr.', 'nr.', 'belegnummer', 'factura', 'n.º factura', 'numero de factura', 'no. factura', 'folio', 'fattura', 'numero fattura', 'n. fattura', 'num.', 'n.']],
  ['client', ['client', 'customer', 'tiers', 'third party', 'third-party', 'thirdparty', 'societe', 'company', 'bill to', 'billed to', 'account', 'contact', 'raison sociale', 'destinataire', 'kunde', 'kunden', 'empfanger', 'firma', 'cliente', 'razon social', 'nombre del cliente', 'customer name', 'client name', 'nom du client', 'to', 'ragione sociale', 'intestatario']],
  ['email', ['email', 'e-mail', 'mail', 'courriel', 'adresse e-mail', 'billing email', 'e-mail de facturation', 'correo', 'correo electronico']],
  ['issueDate', ['date', 'invoice date', 'issue date', 'issued', 'issued on', 'date issued', 'emission', 'created', 'date de facture', 'date facture', 'date facturation', 'date de facturation', "date d'emission", 'emise le', 'date emission', 'rechnungsdatum', 'datum', 'belegdatum', 'fecha', 'fecha de factura', 'fecha de emision', 'emitida', 'data', 'data fattura', 'data emissione', 'data documento']],
  ['dueDate', ['due', 'due date', 'due on', 'payment due', 'date due', 'echeance', 'date echeance', "date d'echeance", 'date limite', 'date limite de paiement', 'a payer avant le', 'faellig', 'fallig', 'falligkeit', 'falligkeitsdatum', 'faellig am', 'fallig am', 'zahlungsziel', 'vencimiento', 'fecha de vencimiento', 'vence', 'zahlbar bis', 'scadenza', 'data scadenza']],
  ['total', ['total', 'amount', 'total amount', 'amount (inc. tax)', 'amount incl. tax', 'total incl. tax', 'total inc. tax', 'incl. vat', 'gross', 'total ttc', 'montant ttc', 'ttc', 'montant', 'montant total', 'total a payer', 'net a payer', 'brutto', 'betrag', 'gesamtbetrag', 'bruttobetrag', 'summe', 'rechnungsbetrag', 'importe', 'importe total', 'total factura', 'total con iva', 'valor', 'price', 'prix', 'preis', 'precio', 'debit', 'soll', 'totale', 'importo', 'importo totale', 'totale documento', 'lordo', 'importo lordo']],
  ['totalExcl', ['amount (excl. tax)', 'excl. tax', 'amount excl. tax', 'total excl. tax', 'net', 'net amount', 'subtotal', 'ht', 'montant ht', 'total ht', 'netto', 'nettobetrag', 'base imponible', 'subtotal sin iva', 'importe neto', 'imponibile', 'importo netto']],
  ['tax', ['tax', 'vat', 'amount tax', 'tva', 'montant tva', 'taxes', 'mwst', 'ust', 'iva', 'impuestos', 'imposta']],
  ['amountDue', ['amount due', 'total due', 'balance', 'balance due', 'remaining', 'remain to pay', 'remainder', 'outstanding', 'open amount', 'to pay', 'left to pay', 'reste a payer', 'reste du', 'restant du', 'solde', 'solde du', 'montant du', 'restant', 'reste', 'offener betrag', 'offen', 'restbetrag', 'saldo', 'pendiente', 'importe pendiente', 'por cobrar', 'en-cours', 'encours', 'en cours', 'unpaid', 'impaye', 'residuo', 'importo residuo', 'da incassare']],
  ['paid', ['paid', 'amount paid', 'received', 'payments', 'received payments', 'deja regle', 'deja paye', 'regle', 'paye', 'recu', 'encaisse', 'montant regle', 'bezahlt', 'gezahlt', 'eingegangen', 'pagado', 'cobrado', 'credit', 'haben', 'total paye', 'pagato', 'incassato']],
  ['status', ['status', 'state', 'payment status', 'etat', 'statut', 'statut du paiement', 'status der zahlung', 'zahlstatus', 'estado', 'stato']],
  ['type', ['type', 'document type', 'kind', 'typ', 'belegart', 'tipo']],
  ['ignore', ['created by', 'cree par', 'actions', 'action', 'options', 'erstellt von', 'creado por', 'ref. customer', 'ref. client', 'customer ref', 'votre ref', 'order', 'commande', 'project', 'projet', 'sales rep', 'commercial']],
];

/**
 * Words that say a caption or heading is about the user's own invoices ("Factures clients
 * brouillons", "Unpaid customer invoices"): a table captioned so is read even when its columns
 * have no headers of their own.
 */
export const INVOICE_CAPTION_WORDS: readonly string[] = [
  'invoice', 'invoices', 'credit note', 'credit notes', 'facture', 'factures', 'avoir', 'avoirs',
  'rechnung', 'rechnungen', 'ausgangsrechnungen', 'gutschrift', 'gutschriften', 'factura', 'facturas',
  'fattura', 'fatture', 'fatture emesse', 'nota di credito', 'note di credito',
];

/** Money the user owes or spends: supplier bills, purchases, expenses. A card list is rejected by these in its own words too. */
export const PAYABLE_WORDS: readonly string[] = [
  'supplier', 'suppliers', 'vendor', 'vendors', 'bill', 'bills', 'payable', 'payables', 'purchase', 'purchases', 'expense', 'expenses',
  'fournisseur', 'fournisseurs', 'achat', 'achats', 'depense', 'depenses', 'note de frais', 'notes de frais',
  'lieferant', 'lieferanten', 'eingangsrechnung', 'eingangsrechnungen', 'einkauf', 'ausgaben',
  'proveedor', 'proveedores', 'compras', 'gastos', 'facturas recibidas',
  'fornitore', 'fornitori', 'acquisti', 'spese', 'fatture ricevute',
];

/**
 * Words that say a caption or heading is about money the user owes or spends, or about money
 * moving rather than invoices (payments received, bank lines that quote invoice numbers): a
 * table under "Factures fournisseurs", "Bills" or "Derniers encaissements" is never captured,
 * whatever its columns say.
 */
export const FOREIGN_CAPTION_WORDS: readonly string[] = [
  ...PAYABLE_WORDS,
  'payments', 'transactions', 'bank statement', 'paiements', 'reglements', 'encaissements', 'releve bancaire', 'releve de compte',
  'zahlungen', 'zahlungseingange', 'kontoauszug', 'pagos', 'cobros', 'movimientos', 'extracto bancario',
  // Quotes and estimates: offers not yet owed, listed beside the invoices in most tools.
  'quote', 'quotes', 'quotation', 'quotations', 'estimate', 'estimates', 'proposal', 'proposals', 'devis',
  'angebot', 'angebote', 'kostenvoranschlag', 'presupuesto', 'presupuestos', 'cotizacion', 'cotizaciones', 'preventivo', 'preventivi',
];

/**
 * Headers of tables that are not our invoices: supplier bills (money the user owes), line items,
 * stock, payments made. One of these in a header row rejects the table.
 */
export const FOREIGN_TABLE_HEADERS: readonly string[] = [
  'supplier', 'vendor', 'fournisseur', 'lieferant', 'proveedor', 'payee', 'beneficiaire',
  'qty', 'quantity', 'quantite', 'qte', 'menge', 'cantidad', 'unit price', 'prix unitaire', 'p.u.', 'p.u. ht', 'einzelpreis', 'precio unitario',
  'quantita', 'prezzo unitario', 'aantal', 'stukprijs', 'eenheidsprijs',
  'designation', 'product', 'produit', 'article', 'artikel', 'producto', 'item', 'sku', 'stock',
  'expense', 'depense', 'note de frais', 'ausgabe', 'gasto', 'valid until', 'valable jusqu au', "valable jusqu'au", 'gultig bis', 'valido hasta', 'payment method', 'mode de reglement', 'moyen de paiement', 'zahlungsart', 'metodo de pago',
];
