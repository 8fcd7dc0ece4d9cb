import { fold, normalizeSpaces, parseDate } from '../parse';
import { findEmail, namePart, readParts } from './parts';

/**
 * What a person reads on a printed invoice or a letter that no label says: the recipient's address
 * block among unlabelled ones, the address an e-mail was sent to, a due date printed without its
 * year, and an invoice offered for payment.
 */

/**
 * A postcode and town, the line every postal address has: "79098 Freiburg", "3511 ZH Utrecht",
 * "2410-118 Leiria", "Leeds LS11 5PS", "Austin, TX 78701". A code after other words ("Kundennummer
 * 10452") is no postcode.
 */
const POSTCODE_LINE =
  /^(?:[A-Z]{1,2}[- ])?\d{4,5}(?:[- ]\d{3})?\s+(?:[A-Z]{2}\s+)?\p{L}|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?$/u;

/** What only the seller's own block prints: its registrations, bank, phone, owner ("Inh."). */
const SELLER_MARK =
  /\b(?:siret|siren|rcs|ust-?id|ust\.?-?idnr|steuer-?nr|st\.-nr|hrb|kvk|btw|vat reg|abn|p\.?\s?iva|iban|bic|tel|tél|phone|fax|inh)\b\.?/i;

/** Where an address is another record's: menus, sidebars, a list's rows (a layout table's one or two rows are not). */
const ELSEWHERE = 'aside, nav, li, footer, [class*="footer"], [class*="sidebar"], [class*="side-panel"], [class*="recent"]';

/** Whether a block is in a list's row: a table of more than four rows. */
function inListRow(block: Element): boolean {
  const table = block.closest('tr')?.closest('table');
  return !!table && table.querySelectorAll('tr').length > 4;
}

/** Blocks of a few lines with no other block inside: an address printed as lines. */
const BLOCKS = 'div, p, td, address';

/** The name the page gives its seller: a logo's alt text, the footer and sender lines. */
function sellerNames(root: ParentNode, sellerLines: string): string {
  const alts = [...root.querySelectorAll('img[alt]')].slice(0, 10).map((img) => img.getAttribute('alt') ?? '');
  return fold([...alts, sellerLines].join('\n'));
}

/**
 * The client when no label names it: the first address block (a name, then lines down to a
 * postcode and town) that is not the seller's, known by the seller's name (its logo, its footer)
 * or by what only a seller prints (registration, bank, phone). Two such blocks side by side, or a
 * letter's sender and recipient, need no label to be told apart.
 */
export function addressBlockClient(
  root: ParentNode,
  skip: (block: Element) => boolean,
  sellerLines: string,
  nameOf: (block: Element) => string | undefined,
): string | undefined {
  let seller: string | undefined;
  const blocks = root.querySelectorAll(BLOCKS);
  for (let i = 0; i < blocks.length && i < 3000; i++) {
    const block = blocks[i]!;
    const raw = block.textContent ?? '';
    if (raw.length > 400 || raw.length < 12 || block.querySelector(BLOCKS) || block.closest(ELSEWHERE) || inListRow(block) || skip(block))
      continue;
    const parts = readParts(block);
    if (parts.length < 3 || parts.length > 8 || !parts.slice(1).some((p) => POSTCODE_LINE.test(p))) continue;
    if (parts.some((p) => SELLER_MARK.test(p))) continue;
    const name = nameOf(block) ?? namePart(parts);
    seller ??= sellerNames(root, sellerLines);
    if (name && !seller.includes(fold(name))) return name;
  }
  return undefined;
}

/** "to accounts@…", "An: buchhaltung@…", "To: Jane Okafor <jane@…>": the line naming who a message went to. */
const RECIPIENT_LINE = /^(?:to|an|à|a|aan|para|per)\s*:?\s*(?:[^<>@:]{1,60}\s)?<?\s*(\S+@[^\s>]+)\s*>?$/i;

/**
 * "This email was sent to accounts@…", "Cet e-mail a été envoyé à …", "Questa email è stata inviata
 * a …", "Diese E-Mail wurde an … gesendet": a message's footer naming who received it.
 */
const SENT_TO =
  /\b(?:sent to|delivered to|envoye a|envoyee a|adresse a|inviata a|inviato a|enviado a|enviada a|verzonden naar|verstuurd naar|gesendet an|geschickt an|wurde an)\s*$/;

/** The address an invoice e-mail was sent to (its "to" line, a footer's "sent to"), the client's; the first 5,000 text nodes. */
export function recipientEmail(root: ParentNode): string | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  let sentTo: string | undefined;
  for (let i = 0; i < 5000 && walker.nextNode(); i++) {
    const value = (walker.currentNode.nodeValue ?? '').trim();
    if (!sentTo && value.includes('@')) {
      const email = findEmail(value);
      const at = email ? fold(value).indexOf(email) : -1;
      if (at > 0 && SENT_TO.test(fold(value.slice(0, at)))) sentTo = email;
    }
    if (!/^(?:to|an|à|a|aan|para|per)\s*:?$/i.test(value)) continue;
    // The word alone in its element ("<span>To:</span> Jane <jane@…>"): the line is its parent's.
    let el = walker.currentNode.parentElement;
    if (el && (el.textContent ?? '').trim() === value) el = el.parentElement;
    const line = normalizeSpaces(el?.textContent ?? '').trim();
    const found = RECIPIENT_LINE.exec(line);
    if (found) return findEmail(found[1]);
  }
  return sentTo;
}

/** A month and a day without a year: "December 15", "15 décembre", "15. Dezember". */
const YEARLESS = /^(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?)$/u;

/** Whether a date is printed without its year ("Due December 15"). */
export const isYearless = (text: string) => YEARLESS.test(text.trim());

/**
 * A date printed without its year, read in the year that puts it nearest today: a due date shown
 * as "Due December 15" on a page seen in December is this year's, one seen in the next January last year's.
 */
export function withNearestYear(text: string, today: string | undefined, lang?: string): string | undefined {
  if (!today || !isYearless(text)) return undefined;
  const year = Number(today.slice(0, 4));
  let best: { date: string; gap: number } | undefined;
  for (const y of [year - 1, year, year + 1]) {
    // "20 de diciembre" takes its year as "20 de diciembre de 2026".
    const date = parseDate(`${text.trim()} ${y}`, { lang }) ?? parseDate(`${text.trim()} de ${y}`, { lang });
    if (!date) continue;
    const gap = Math.abs(Date.parse(date) - Date.parse(today));
    if (!best || gap < best.gap) best = { date, gap };
  }
  return best?.date;
}

/** A control offering to pay this invoice: "Pay $1,248.00", "Pay now", "Payer", "Jetzt bezahlen", "Pagar". */
const PAY_CONTROL =
  /^(?:pay|payer|régler|bezahlen|jetzt bezahlen|pagar|paga|pagare|betalen|nu betalen|pay now|pay invoice|payer maintenant|pagar agora)\b/i;

/** The text of the page's control offering to pay its invoice, or undefined. */
function payControl(root: ParentNode): string | undefined {
  const controls = root.querySelectorAll('button, a, [role="button"], input[type="submit"]');
  for (let i = 0; i < controls.length && i < 300; i++) {
    const el = controls[i]!;
    const text = normalizeSpaces(el.textContent || el.getAttribute('value') || '').trim();
    if (text.length < 40 && PAY_CONTROL.test(text)) return text;
  }
  return undefined;
}

/** Whether the page offers to pay its invoice (a button or a link saying so): then it is still due. */
export const offersPayment = (root: ParentNode) => payControl(root) !== undefined;

/** The amount the pay control names ("Pay $1,248.00", "Pagar 350,00 €"): what is due, on a page that labels no amount. */
export function payControlAmount(root: ParentNode): string | undefined {
  const text = payControl(root);
  return text && /\d/.test(text) ? text.replace(PAY_CONTROL, '').trim() : undefined;
}
