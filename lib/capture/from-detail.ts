import { TITLE_SELECTOR } from './page-index';
import { detectDateOrder, detectDecimalSeparator, fold, normalizeSpaces, parseStatus } from '../parse';
import { money, plausibleDate, toCandidate, type Candidate, type RawInvoice, type ReadHints } from './candidate';
import { findEmail, namePart, readParts } from './parts';
import { namesInvoices } from './columns';
import { namesOneDocument, readDetail, withSeries, type DetailReading, type Pair } from './detail-pairs';
import { addressBlockClient, isYearless, offersPayment, payControlAmount, recipientEmail, withNearestYear } from './detail-letter';
import { controlIn, dueFromTerms, valueText } from './detail-values';
import { readProse } from './detail-prose';
import { headerKey, looksLikeNumber, numberIn, textOf } from './text';

/** An address in one of an element's own text nodes: `<br>` leaves no space in textContent ("5ABaccounts@…"). */
function emailInText(el: Element): string | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < 200 && walker.nextNode(); i++) {
    const found = findEmail(walker.currentNode.nodeValue ?? '');
    if (found) return found;
  }
  return undefined;
}

/**
 * The client's e-mail: a `mailto:` link or an address in the client's own block (the value, then
 * up to three enclosing elements, as long as they hold no other field of the invoice), never the
 * first address of the page, which is often the portal's support or the seller's own.
 */
function emailNear(client: Element | undefined, others: readonly Element[]): string | undefined {
  let node: Element | null | undefined = client;
  for (let depth = 0; node && depth < 4 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    if ((node.textContent ?? '').length > 2000 || others.some((o) => o !== node && node!.contains(o))) return undefined;
    const link = node.matches('a[href^="mailto:"]') ? node : node.querySelector('a[href^="mailto:"]');
    const found = findEmail(link?.getAttribute('href')?.slice(7).split('?')[0]) ?? emailInText(node);
    if (found) return found;
  }
  return undefined;
}

/**
 * The invoice a page's title names ("Invoice INV-0042", "Facture FA-2026-118"), or undefined: a
 * single-invoice page may also list other invoices (the client's history), which must not hide
 * it. A bare year ("Invoices 2026") names none.
 */
export function titledInvoiceNumber(
  root: ParentNode,
  titles: Iterable<Element> = root.querySelectorAll(TITLE_SELECTOR),
): string | undefined {
  for (const h of titles) {
    const text = textOf(h);
    if (text.length > 120 || !namesInvoices(text)) continue;
    const n = numberIn(h, text);
    // The series code before it, as the title line's reading gives it ("Fatura FT 2026/57").
    if (!n || /^(19|20)\d\d$/.test(n)) continue;
    const tokens = text.split(/\s+/);
    return withSeries(tokens[tokens.indexOf(n) - 1] ?? '', n);
  }
  return undefined;
}

/** A single-invoice page's invoice, and what else the page shows that is no invoice of its own. */
export interface DetailResult {
  invoice: Candidate;
  /** The document is a pro-forma invoice: the page's own, and no invoice to track. */
  proforma: boolean;
  /** The number came from the page's title or a line or label naming an invoice, not a bare "N°". */
  named: boolean;
  /** The number came from a heading ("Invoice INV-5" in an h1–h3): the page is about that invoice. */
  headed: boolean;
  /** Other documents' numbers, terms and identifiers the page shows: never invoices. */
  refs: ReadonlySet<string>;
  /** Its fields' elements and its line items: a table holding one is the invoice's own layout, not a list. */
  used: Element[];
}

const AMOUNT_ONLY = /^[-−]?\d{1,3}(?:[\s.,'’]\d{3})*[.,]\d{2}(?:\s?(?:[€$£]|[A-Z]{3}))?$/;

/** Labels of a number that say no whose: "N°", "#", "Référence" label any document's. */
const BARE_NUMBER_LABEL = /^(?:#|n°|no\.?|nr\.?|num\.?|numero|number|nummer|ref\.?|reference|document|piece|folio|id)$/;

/** "Rechnungsnr.", "Invoice number", "N° de facture": a label that names the invoice's own number. */
function namesInvoice(label: string): boolean {
  return namesInvoices(label) || !BARE_NUMBER_LABEL.test(headerKey(label));
}

/** A legal or bank identifier (VAT number, IBAN, SIRET) where a bare "N°" may sit beside it. */
const IDENTIFIER = /^(?:[A-Z]{2}\d{2}[A-Z0-9]{11,30}|(?:FR|DE|AT|BE|ES|IT|NL|LU|GB|CH|PT|IE)[A-Z0-9]{8,12}|\d{9}|\d{14})$/;

/**
 * The invoice's number: a field labelled as the invoice's, else the title's, else a line that
 * names an invoice, else a bare "N°" or "Référence" that is no other document's reference.
 */
function chooseNumber(
  reading: DetailReading,
  root: ParentNode,
): { number: string; named: boolean; title?: string; heading?: boolean } | undefined {
  const { pairs, refs, titles } = reading;
  const labelled = pairs.get('number');
  // An amount is no number, whatever its label says ("Facturé : 14 940,00" is what was invoiced).
  const tokens = (labelled && AMOUNT_ONLY.test(labelled.text) ? undefined : labelled)?.text
    .split(/[\s()]+/)
    .map((t) => t.replace(/^[#№]+|[:.]$/g, ''));
  const at = tokens?.findIndex((t) => looksLikeNumber(t) && !refs.has(t)) ?? -1;
  // The series code printed before the number is part of it ("Fatura FT 2026/318"), as in a title.
  const fromLabel = at < 0 ? undefined : withSeries(tokens![at - 1] ?? '', tokens![at]!);
  const heading = titles.find((t) => t.heading && !refs.has(t.number));
  // A box of labels over values may be a one-row list of other invoices: the page's title comes first.
  if (fromLabel && (namesInvoice(labelled!.label) || labelled!.typed) && !IDENTIFIER.test(fromLabel) && !(labelled!.box && heading))
    return { number: fromLabel, named: true };
  const title = heading ?? titles.find((t) => !refs.has(t.number));
  if (title) return { number: title.number, named: true, title: title.text, heading: title.heading };
  // Under a heading that names the document's type alone, its bare "Número" is that document's.
  if (fromLabel && !IDENTIFIER.test(fromLabel)) return { number: fromLabel, named: !!typeHeading(root) };
  const tab = tabTitleNumber(reading.documentTitle, refs);
  return tab ? { number: tab, named: true } : undefined;
}

/** A heading of the page that names one document's type and no number ("Factura rectificativa"); the first 20 only. */
function typeHeading(root: ParentNode): string | undefined {
  const heads = root.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < heads.length && i < 20; i++) {
    const text = textOf(heads[i]!);
    if (namesOneDocument(text)) return text;
  }
  return undefined;
}

/** Status words that say an invoice is late, not how much of it is paid. */
const LATE = /\b(?:overdue|late|past due|en retard|uberfallig|vencida|scaduta|achterstallig|te laat|em atraso|atrasada)\b/;

const PRO_FORMA = /\bpro[\s-]?forma/;
/** "Pro Forma Invoice", "Pro-forma", "Proforma-Rechnung": the kind printed alone, its word first. */
const PRO_FORMA_CAPTION = /^pro[\s-]?forma(?:[\s-]+\p{L}+)?$/u;

/** Where a page prints the kind of a document apart from its number ("Avoir" over "AV-2026-0019"): not menus, links or controls. */
const NOT_CAPTION = 'a, button, nav, li, option, select, label, aside, title, script, style, [role="tab"], [role="menuitem"]';

/**
 * A document's kind printed alone, as a caption above or beside its number ("Avoir", "Factura",
 * "Credit note"): the first text of the page that is nothing but one document's type word; the
 * first 3,000 text nodes.
 */
function typeCaption(root: ParentNode): string | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < 3000 && walker.nextNode(); i++) {
    const text = (walker.currentNode.nodeValue ?? '').trim();
    if (text.length < 4 || text.length > 30 || !(namesOneDocument(text) || PRO_FORMA_CAPTION.test(fold(text)))) continue;
    const el = walker.currentNode.parentElement;
    if (el && normalizeSpaces(el.textContent ?? '').trim() === text && !el.closest(NOT_CAPTION)) return text;
  }
  return undefined;
}

/** The number the browser tab's title names with an invoice word anywhere ("FA2611-0042 - Factures"), the card's only mention. */
function tabTitleNumber(title: string | undefined, refs: ReadonlySet<string>): string | undefined {
  if (!title || title.length > 120 || !namesInvoices(title.replace(/[-–|·:]/g, ' '))) return undefined;
  return title
    .split(/[\s,;|()–·]+/)
    .map((t) => t.replace(/^[#№]+|[:.]$/g, ''))
    .find((t) => looksLikeNumber(t) && !/^(19|20)\d\d$/.test(t) && !/^\d+(?:\.\d+)+$/.test(t) && !refs.has(t) && !IDENTIFIER.test(t));
}

const STATUS_SELECTOR =
  '[class*="badge"], [class*="status"], [class*="chip"], [class*="stamp"], [class*="tampon"], [class*="watermark"], [class*="ribbon"], [class*="label-"], [class*="pill"]';
/** Where badges belong to other documents: a sidebar, a menu, the rows of a list. */
const ELSEWHERE = 'aside, nav, li, tr, [class*="sidebar"], [class*="side-panel"], [class*="recent"]';

/**
 * No "Status:" label: the badge beside the title, or a stamp ("PAYÉE", "Paid", "Bezahlt"), says
 * it; never a badge of the sidebar's other invoices.
 */
function statusOnPage(root: ParentNode, title: string | undefined): string | undefined {
  const badges = [...root.querySelectorAll(STATUS_SELECTOR)].filter((b) => !b.closest(ELSEWHERE)).slice(0, 12);
  const texts = [title ?? '', ...badges.map((b) => ((b.textContent ?? '').length < 80 ? readParts(b).join(' ') : ''))];
  return texts.find((text) => text && parseStatus(text)?.status);
}

/** The client's name in its block: a form field's value, the block's first line that is a name, or the text. */
function clientName(client: Pair | undefined): string | undefined {
  if (!client) return undefined;
  if (!client.el || !client.whole) return client.text;
  if (controlIn(client.el)) return valueText(client.el);
  const name = namePart(readParts(client.el)) ?? client.text;
  // A tax code first ("Codice fiscale: 01987650354"), the name labelled a few lines below ("Denominazione: …").
  if (!ID_LINE.test(name)) return name;
  for (let s = client.el.nextElementSibling, i = 0; s && i < 4; s = s.nextElementSibling, i++)
    if (NAME_LABEL.test(fold(textOf(s)))) return textOf(s);
  return name;
}

const ID_LINE = /^[^:\d]{2,40}:\s*[A-Z]{0,3}[\d\s.-]{6,}[A-Z]?$/;

/** The name's own label ("Denominazione: …", "Raison sociale : …"), as e-invoice renderings print it. */
const NAME_LABEL =
  /^(?:denominazione|denominacion|denominacao|denomination|ragione sociale|raison sociale|razon social|razao social|nom|nome|name|naam|firma|company|empresa|societe)\s*:\s*/;
/** An account code before the name, as ERPs show a debtor ("1042 - Tandartspraktijk …", "C00874 – Bistrot …"). */
const CODE_BEFORE = /^(?=[\p{L}\d.]*\d)[\p{L}\d.]{2,12}\s+[-–]\s+(?=\p{L})/u;

/** A code in parentheses after the name: "Crèche Les P'tits Loups (code C0045)", "Hotel Alpenblick (Kd.-Nr. 10198)". */
const CODE_AFTER = /\s*\((?=[^)]*\d)[^)]{1,30}\)\s*$/;

/** A client's name without the label or the account code printed before or after it. */
function bareName(name: string | undefined): string | undefined {
  if (!name) return name;
  const label = NAME_LABEL.exec(fold(name));
  const rest = label ? name.slice(label[0].length) : name;
  return rest.replace(CODE_BEFORE, '').replace(CODE_AFTER, '') || name;
}

const INVOICE_FIELDS = new Set(['number', 'issueDate', 'dueDate', 'total', 'totalExcl', 'tax', 'amountDue', 'paid', 'status']);

/**
 * Where an unlabelled client block sits: an address element, or a block its page names for the
 * client, the recipient or the bill-to (Odoo's address, a DIN letter's window, a portal's card);
 * a class that is "to" or ends in "-to" ("oi-to", "invoice_to") names the invoice's "To" block.
 */
const CLIENT_ZONE =
  'address, [class*="address"], [class*="adresse"], [class*="destinatario"], [class*="anschrift"], [class*="third"], [class*="tiers"], [class*="client"], [class*="customer"], [class*="recipient"], [class*="empfaenger"], [class*="empfanger"], [class*="destinataire"], [class*="bill-to"], [class*="billto"], [class*="billing"], [class*="buyer"], [class*="cessionario"], [class*="klant"], [id*="client"], [id*="customer"], .to, [class$="-to"], [class*="-to "], [class$="_to"], [class*="_to "]';
/** A letter's salutation above the name in its window: "Spett.le", "Messrs", "An", "À l'attention de". */
const SALUTATION = /^(?:spett\.?(?:le)?|spettabile|egr\.?|egregio|gent\.?(?:ile)?|messrs\.?|an|to|a|aan|sr\.?|sres\.?|senores)$/;
/** A letter's return address over the window, on one line: "Elektro Kranz GmbH · Industriestr. 4 · 90431 Nürnberg". */
const RETURN_LINE = /\s[·•|]\s.*\d{4,5}\s+\p{L}/u;
/** An address's street or postcode line: a name never starts with digits. */
const ADDRESS_LINE = /^\d/;

/** The element whose own text holds an address (a mailto link's, else a text node's). */
function textHolding(root: ParentNode, email: string): Element | undefined {
  const link = [...root.querySelectorAll('a[href^="mailto:"]')].find((a) => findEmail(a.getAttribute('href')?.slice(7)) === email);
  if (link) return link;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < 5000 && walker.nextNode(); i++)
    if ((walker.currentNode.nodeValue ?? '').toLowerCase().includes(email)) return walker.currentNode.parentElement ?? undefined;
  return undefined;
}

/** The name in a block of lines: its first name-like line; the line before the block when it starts with the street. */
function nameOfBlock(block: Element): string | undefined {
  const parts = readParts(block).filter((p) => !p.endsWith(':') && !SALUTATION.test(fold(p)) && !RETURN_LINE.test(p));
  const name = namePart(parts);
  if (name && !ADDRESS_LINE.test(name)) return name;
  const before = block.previousElementSibling;
  return before && !ADDRESS_LINE.test(textOf(before)) ? namePart(readParts(before)) : undefined;
}

/**
 * The client when no label names it: the contact block around the client's e-mail (name,
 * address, e-mail), else an address block outside the seller's zones and the page's lists.
 */
function unlabelledClient(
  root: ParentNode,
  email: string | undefined,
  used: readonly Element[],
  foreign: readonly Element[],
): { name?: string; email?: string } {
  if (email) {
    let block: Element | null | undefined = textHolding(root, email)?.parentElement;
    // Up to the widest block that holds none of the invoice's fields.
    for (let depth = 0; block && depth < 4; depth++) {
      const parent: Element | null = block.parentElement;
      if (!parent || used.some((u) => parent.contains(u)) || (parent.textContent ?? '').length > 600) break;
      block = parent;
    }
    // The page's body is no contact block: an address alone in it (a message's "To:" line) names no one.
    if (block && block.localName !== 'body' && !block.closest(SELLER_ZONE)) return { name: nameOfBlock(block), email };
  }
  let sellerText: string | undefined;
  for (const zone of root.querySelectorAll(CLIENT_ZONE)) {
    if (
      zone.closest(SELLER_ZONE) ||
      zone.closest(ELSEWHERE) ||
      used.some((u) => zone.contains(u)) ||
      // Line items and payments are no address ("Item Type" heads a table of items).
      foreign.some((f) => f.contains(zone) || zone.contains(f)) ||
      // A row holding both parties' blocks is neither's address.
      (zone.querySelector(SELLER_ZONE) && zone.querySelector(CLIENT_ZONE)) ||
      (zone.textContent ?? '').length > 600
    )
      continue;
    const name = nameOfBlock(zone);
    // The company the footer or sender line names is the seller, whatever its block's class says ("firma-adresse").
    sellerText ??= [...root.querySelectorAll(SELLER_LINES)]
      .slice(0, 30)
      .map((el) => normalizeSpaces(el.textContent ?? '').slice(0, 2000))
      .join('\n');
    // The block's own address is the client's; the one found elsewhere on the page is kept if it has none.
    if (name && !sellerText.includes(name)) return { name, email: emailInText(zone) ?? email };
  }
  // No block says whose it is: the address block that is not the seller's (a letter's window, two blocks side by side).
  const skip = (block: Element) => used.some((u) => block.contains(u)) || foreign.some((f) => f.contains(block));
  const lines = [...root.querySelectorAll(SELLER_LINES)].slice(0, 30).map((el) => normalizeSpaces(el.textContent ?? '').slice(0, 2000));
  return { name: addressBlockClient(root, skip, lines.join('\n'), nameOfBlock), email };
}

/**
 * The client's e-mail when the labelled name stands alone (a summary bar's "Customer"): the same
 * name heading another block of the page (the printed invoice's bill-to, a letter's window) that
 * holds the address, never the seller's.
 */
function emailBesideName(root: ParentNode, name: string, used: readonly Element[]): string | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < 5000 && walker.nextNode(); i++) {
    if (normalizeSpaces(walker.currentNode.nodeValue ?? '').trim() !== name) continue;
    const el = walker.currentNode.parentElement;
    if (!el || el.closest(SELLER_ZONE) || el.closest(ELSEWHERE)) continue;
    const found = emailNear(el, used);
    if (found) return found;
  }
  return undefined;
}

/** A sentence that states the terms: "Zahlbar innerhalb 14 Tagen", "Payment due within 30 days", "à régler sous 30 jours". */
const TERMS_SENTENCE =
  /\b(?:zahlbar|zahlungsziel|payable|payment|paiement|reglement|regler|payer|te betalen|betalen|betaling|pagamento|pago|pagar|due)\b.{0,40}?\b\d{1,3}\s*(?:tage|tagen|days|jours|dagen|giorni|gg|dias)\b/;

/** The first sentence of terms, found from the text nodes that name a delay in days: one pass over the page's text. */
function termsSentence(root: ParentNode): string | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < 5000 && walker.nextNode(); i++) {
    const value = walker.currentNode.nodeValue ?? '';
    if (value.length < 4 || !DELAY.test(value)) continue;
    const text = walker.currentNode.parentElement?.textContent ?? '';
    if (text.length < 200 && (TERMS_SENTENCE.test(fold(text)) || WITHIN_DAYS.test(fold(text)))) return text;
  }
  return undefined;
}

/** "Het bedrag binnen 14 dagen … over te maken", "the amount within 30 days": a delay for paying, the pay word after it. */
const WITHIN_DAYS =
  /\b(?:binnen|within|innerhalb(?: von)?|sous|entro|en un plazo de|no prazo de)\s+\d{1,3}\s*(?:tage|tagen|days|jours|dagen|giorni|gg|dias)\b.{0,80}\b(?:zahl|uberweis|pay|paie|regl|pag|betal|betaal|overmaken|over te maken|versare|ingresar|transferir)/;

const DELAY = /\d\s*(?:tage|days|jours|dagen|giorni|gg|d[ií]as)/i;

/** "Pay … by 19 Dec 2026", "bis zum 17.12.2026", "au plus tard le 19/12/2026": a date the payment is due by, in a sentence. */
const BY_DATE =
  /(?:\bbis (?:zum|spatestens)?|\bspatestens (?:am|bis)?|au plus tard le|avant le|\bno later than|\bdue by|\bpayable by|\bentro il|antes del|\buiterlijk(?: op)?)\s+(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+[a-z]+\.?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})/;
const PAY_WORD = /\b(?:zahl|uberweis|pay|paie|regl|regle|pag|betal|betaal)/;

/** The date a payment sentence names as its limit, as written; the page's first 5,000 text nodes. */
function dueSentence(root: ParentNode): string | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < 5000 && walker.nextNode(); i++) {
    const value = walker.currentNode.nodeValue ?? '';
    if (value.length < 4 || !/\b(?:bis|spatestens|plus tard|avant|later|by|entro|antes|uiterlijk)\b/i.test(fold(value))) continue;
    const text = fold(normalizeSpaces(walker.currentNode.parentElement?.textContent ?? ''));
    const date = text.length < 300 && PAY_WORD.test(text) ? BY_DATE.exec(text)?.[1] : undefined;
    if (date) return date;
  }
  return undefined;
}

const SELLER_ZONE =
  'header, footer, [class*="footer"], [class*="seller"], [class*="vendor"], [class*="emetteur"], [class*="issuer"], [class*="letterhead"], [class*="sender"], [class*="absender"], [class*="company"]';
/** Where a page prints the seller's own name: its footer and sender line (a portal's header may greet the client). */
const SELLER_LINES = 'footer, [class*="footer"], [class*="sender"], [class*="absender"], [class*="letterhead"], [class*="fusszeile"]';

/**
 * The client's e-mail: in its block, else a labelled "E-mail" that is not in the seller's
 * letterhead, block or footer (the page's own company's address is never the client's).
 */
function clientEmail(reading: DetailReading, client: Pair | undefined): string | undefined {
  // The invoice's own fields: a client code or VAT number beside the name is the client's block still.
  const others = [...reading.pairs].filter(([f, p]) => INVOICE_FIELDS.has(f) && p.el).map(([, p]) => p.el!);
  const seller = reading.pairs.get('seller')?.el;
  const near = emailNear(client?.el, others);
  // Found near the client's block, but printed in the seller's ("Cedente/prestatore … PEC: …"): the seller's.
  if (near && !seller?.parentElement?.textContent?.toLowerCase().includes(near)) return near;
  const labelled = reading.pairs.get('email');
  if (!labelled || labelled.el?.closest(SELLER_ZONE) || (seller && labelled.el && seller.parentElement?.contains(labelled.el)))
    return undefined;
  return findEmail(labelled.text);
}

/** An IBAN as printed, in groups of four ("CH44 3199 9123 0008 8901 2"): its first group looks like a number. */
const IBAN = /\b([A-Z]{2}\d{2})(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?\b/g;

/** The groups of the IBANs the page prints (a payment slip's account, a footer's bank line): never invoices. */
function ibanRefs(root: ParentNode, refs: Set<string>): void {
  const text = ((root as Document).body ?? root).textContent ?? '';
  for (const m of text.slice(0, 100_000).matchAll(IBAN)) {
    refs.add(m[1]!);
    refs.add(m[0].replace(/\s/g, ''));
  }
}

/** The invoice of a single-invoice page, with how sure its number is, or null when the page is not one. */
export function readDetailPage(root: ParentNode, page: ReadHints): DetailResult | null {
  const reading = readDetail(root);
  ibanRefs(root, reading.refs);
  const { pairs } = reading;
  // A letter or a message may name its invoice only in a sentence ("unsere Rechnung Nr. … vom … über …").
  const numbered = chooseNumber(reading, root);
  // A subject line may name the invoice and its sentences say the rest: read them when no amount is labelled.
  const amounts = pairs.has('total') || pairs.has('amountDue') || pairs.has('totalExcl');
  const said = numbered && amounts ? undefined : readProse(root);
  const prose = said && (!numbered || said.number === numbered.number) ? said : undefined;
  const chosen = numbered ?? (prose && !reading.refs.has(prose.number) ? { number: prose.number, named: true } : undefined);
  if (!chosen) return null;
  // A hosted page may label no amount: its pay button names what is due ("Pagar 350,00 €").
  const payAmount = pairs.has('total') || pairs.has('amountDue') || pairs.has('totalExcl') ? undefined : payControlAmount(root);
  if (!pairs.has('total') && !pairs.has('amountDue') && !pairs.has('totalExcl') && !payAmount && !prose?.total) return null;
  const get = (f: Parameters<typeof pairs.get>[0]) => pairs.get(f)?.text;
  const client = pairs.get('client');
  const email = clientEmail(reading, client);
  const used = [...pairs].filter(([f, p]) => INVOICE_FIELDS.has(f) && p.el).map(([, p]) => p.el!);
  const labelled = bareName(clientName(client));
  const found = labelled
    ? { name: labelled, email: email ?? emailBesideName(root, labelled, used) }
    : unlabelledClient(root, email, used, reading.foreign);
  const raw: RawInvoice = {
    number: chosen.number,
    client: bareName(found.name),
    email: found.email ?? recipientEmail(root),
    // The sentence that names the invoice dates it; a letter's own "Datum" is the day it was written.
    issueDate: prose?.issueDate ?? get('issueDate') ?? reading.titles.find((t) => t.number === chosen.number && t.date)?.date,
    // A reminder's "bitte bis zum 11. Dezember" is a new deadline, not the date the invoice fell due.
    dueDate: yearOf(prose?.dueDate ?? get('dueDate') ?? dueSentence(root), page),
    total: get('total') ?? prose?.total,
    totalExcl: get('totalExcl'),
    tax: get('tax'),
    amountDue: get('amountDue') ?? payAmount,
    paid: get('paid'),
    status: get('status') ?? statusOnPage(root, chosen.title),
    // The kind from the type's field, the title, else a heading that names the type alone ("Nota de crédito").
    type: get('type') ?? chosen.title ?? kindLabel(pairs.get('number')?.label) ?? typeHeading(root) ?? typeCaption(root),
  };
  // A pro-forma invoice asks for payment in advance of the invoice: no claim yet, nothing to chase.
  const proforma = [raw.type, pairs.get('number')?.label, reading.documentTitle].some((t) => t && PRO_FORMA.test(fold(t)));
  // One invoice still has a page's conventions: its dates and amounts decide them together.
  const hints: ReadHints = {
    ...page,
    order: detectDateOrder([raw.issueDate ?? '', raw.dueDate ?? ''], page.lang) ?? undefined,
    decimal:
      detectDecimalSeparator(
        [raw.total, raw.totalExcl, raw.tax, raw.amountDue, raw.paid].filter((t): t is string => !!t),
        page.lang,
      ) ?? undefined,
  };
  const invoice = toCandidate(raw, hints, 'detail', 0.5);
  if (!invoice) return null;
  // "Overdue", "En retard" say when, not how much ("Impayée" does say how much): a part paid that
  // the figures agree on (total less paid is what is due) makes the invoice part paid.
  const paid = money(raw.paid, hints);
  const { total, amountDue } = invoice;
  if (
    invoice.status === 'open' &&
    LATE.test(fold(raw.status ?? '')) &&
    paid &&
    total &&
    amountDue &&
    paid.currency === total.currency &&
    paid.minor > 0 &&
    amountDue.minor > 0 &&
    total.minor - paid.minor === amountDue.minor
  )
    invoice.status = 'partial';
  finishDetail(invoice, raw, get('terms') ?? (raw.dueDate ? undefined : termsSentence(root)), hints);
  // An amount still due and a control to pay it ("Pay $1,248.00"): the invoice is open, whatever no word says.
  const due = invoice.amountDue;
  if (!invoice.status && due && due.minor > 0 && offersPayment(root))
    invoice.status = invoice.total && invoice.total.minor > due.minor ? 'partial' : 'open';
  return {
    invoice,
    proforma,
    named: chosen.named,
    headed: !!chosen.heading || numberHeading(root, invoice.number),
    refs: reading.refs,
    used: [...reading.foreign, ...[...pairs.values()].flatMap((p) => (p.el ? [p.el] : []))],
  };
}

/** A date printed without its year ("Due December 15") in the year nearest today; any other text as it is. */
function yearOf(text: string | undefined, page: ReadHints): string | undefined {
  return (text && isYearless(text) && withNearestYear(text, page.today, page.lang)) || text;
}

/** The number's label when it names the document's kind ("Credit Memo #", "Gutschrift Nr."). */
const kindLabel = (label: string | undefined) => (label && parseStatus(label)?.kind ? label : undefined);

/** A heading (h1–h2, the first 20) that is the invoice's number alone ("INV-2026-0091" over the invoice shown). */
function numberHeading(root: ParentNode, number: string): boolean {
  const heads = root.querySelectorAll('h1, h2');
  for (let i = 0; i < heads.length && i < 20; i++) if (textOf(heads[i]!).replace(/^#/, '') === number) return true;
  return false;
}

/** A due date from the terms when the page gives none, and a credit note's amounts as negative. */
function finishDetail(invoice: Candidate, raw: RawInvoice, terms: string | undefined, hints: ReadHints): void {
  // "Échéance : 30 jours" names terms, not a date.
  const termsText = terms ?? (raw.dueDate && !plausibleDate(raw.dueDate, hints) ? raw.dueDate : undefined);
  if (!invoice.dueDate && invoice.issueDate && termsText) {
    const due = dueFromTerms(termsText, invoice.issueDate);
    if (due) invoice.dueDate = due;
  }
  // A credit note's page prints its amounts positive; capture stores what it owes back as negative,
  // and what is left of it to allocate ("Reste à imputer") makes it no open claim on the client.
  if (invoice.kind === 'credit-note') {
    if (invoice.status === 'open' || invoice.status === 'partial') delete invoice.status;
    if (invoice.total && invoice.total.minor > 0) invoice.total = { ...invoice.total, minor: -invoice.total.minor };
    if (invoice.amountDue && invoice.amountDue.minor > 0) invoice.amountDue = { ...invoice.amountDue, minor: -invoice.amountDue.minor };
  }
}

/** The invoice of a single-invoice page, or null when the page is not one. */
export function extractFromDetail(root: ParentNode, page: ReadHints): Candidate | null {
  return readDetailPage(root, page)?.invoice ?? null;
}
