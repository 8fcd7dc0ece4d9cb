import { normalizeSpaces, parseDate } from '../parse';
import { looksLikeNumber } from './text';

/**
 * What a letter or a message says of the invoice it is about, in its own sentences: a reminder
 * ("unsere Rechnung Nr. RE-12 vom 2. Oktober 2026 über 1.428,00 € … war am 16. Oktober 2026
 * fällig", "la fattura n. 112/2026 del 03/10/2026, scaduta il 02/11/2026 … dell'importo di
 * € 1.464,00", "invoice 4471 for £2,840.00, which we sent on 22nd October 2026, was due on …").
 * Each value as written; the page's conventions read it.
 */
export interface ProseInvoice {
  number: string;
  issueDate?: string;
  dueDate?: string;
  total?: string;
}

const INVOICE_WORD = /\b(?:rechnung|invoice|facture|fattura|factura|factuur|fatura)\b/i;
/** The invoice word, its number's label if any ("Nr.", "n.", "n°", "no.", "#"), then the number. */
const NUMBER_AFTER =
  /\b(?:rechnung|invoice|facture|fattura|factura|factuur|fatura)\s+(?:(?:nr|no|n|num|nro|number|numero|número|nummer)\.?\s*[º°]?\s*:?\s*|n[º°]\s*|#\s*)?([\p{L}\d][\p{L}\d/._-]*\d[\p{L}\d/_-]*)/giu;

/** A date as letters print it: numeric, "2. Oktober 2026", "22nd October 2026", "October 22, 2026". */
const DATE =
  /\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?\p{L}{3,12}\.?\s+(?:de\s+)?\d{4}|\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/giu;

/** Words before a date that say the payment was due then: "scaduta il", "was due on", "con scadenza il", "fällig seit dem". */
const DUE_BEFORE =
  /(?:scadenza|scaduta|scaduto|due|f[äa]llig(?:keit)?|[ée]ch[ée]ance|[ée]chue?|vencimiento|vencida|vencid[oa]|vence|venci[óo]|vervaldatum|vervallen|verviel)(?:\s+[\p{L}']+){0,2}\s*$/iu;
/** Words after a date that say the same: "am 16. Oktober 2026 fällig", "16/11 scaduta". */
const DUE_AFTER = /^\s*(?:f[äa]llig|scadut[ao]|vencid[ao]|[ée]chue?|overdue|vervallen)\b/iu;
/** Words right before the invoice's own date: "vom", "del", "du", "dated", "sent on", "emessa il", "de fecha". */
const ISSUE_BEFORE =
  /(?:\bvom|\bdel|\bdu|\bdated|\bof|\bon|\bfrom|\bvan|\bemess[ao](?: il| in data)?|\bil|\bin data|\bde fecha|\bdatée du|\bam|\bemitid[ao] el|émise le|\bemise le|\bgedateerd)\s*$/iu;

/** An amount with its currency or its cents: "€ 1.464,00", "1.428,00 €", "£2,840.00", "euro 2.318,00", "CHF 2'702.50". */
const AMOUNT =
  /(?:[€$£]|\b(?:eur|euro|euros|chf|usd|gbp)\b)\s?\d{1,3}(?:[.,'’\s]\d{3})*(?:[.,]\d{2})?(?![.,/-]?\d)|(?<![\d.,'’/-])\d{1,3}(?:[.,'’\s]\d{3})*[.,]\d{2}(?![.,/-]?\d)\s?(?:€|\$|£|\b(?:eur|euro|euros|chf|usd|gbp)\b)?/giu;
/** Words before the invoice's amount: "über", "for", "pour", "dell'importo complessivo di", "por importe de", "ten bedrage van" (a date's digits are none). */
const AMOUNT_BEFORE =
  /(?:^|[^\p{L}])(?:über|ueber|for|of|pour|de|di|por|van|von|totaling|totalling|amounting to|montant|importo|importe|betrag|bedrag|amount)(?![\p{L}])[^.;\d€$£]{0,25}$/iu;

/** Blocks a sentence sits in; how far they are read. */
const BLOCK = 'p, li, td, blockquote, div';
const MAX_BLOCK = 1200;

/** The first date in `text` from `from` on whose words say it is the due date, as written. */
function dueIn(text: string): string | undefined {
  for (const m of text.matchAll(DATE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if ((DUE_BEFORE.test(before) || DUE_AFTER.test(text.slice(m.index + m[0].length))) && parseDate(m[0])) return m[0];
  }
  return undefined;
}

/** What follows the number: its date when the words before it are a date's, its amount when an amount's. */
function after(text: string, end: number): Pick<ProseInvoice, 'issueDate' | 'total'> {
  const rest = text.slice(end, end + 200);
  const out: Pick<ProseInvoice, 'issueDate' | 'total'> = {};
  const date = [...rest.slice(0, 80).matchAll(DATE)].find(
    (m) => ISSUE_BEFORE.test(rest.slice(0, m.index)) && !DUE_BEFORE.test(rest.slice(Math.max(0, m.index - 40), m.index)),
  );
  if (date && parseDate(date[0])) out.issueDate = date[0];
  const amount = [...rest.matchAll(AMOUNT)].find((m) => AMOUNT_BEFORE.test(rest.slice(0, m.index)));
  if (amount) out.total = amount[0].trim();
  return out;
}

/** The number a sentence gives the invoice it names, with what it says of it; undefined when it names none. */
function readSentence(text: string): ProseInvoice | undefined {
  for (const m of text.matchAll(NUMBER_AFTER)) {
    const number = m[1]!.replace(/[./_-]+$/, '');
    if (!looksLikeNumber(number) || /^(?:19|20)\d\d$/.test(number) || parseDate(number)) continue;
    return { number, ...after(text, m.index + m[0].length), dueDate: dueIn(text) };
  }
  return undefined;
}

const fieldsOf = (p: ProseInvoice) => Number(!!p.issueDate) + Number(!!p.dueDate) + Number(!!p.total);

/**
 * The invoice a letter's sentences are about: the block that names an invoice with its number and
 * says the most of it (its date, due date, amount); the amount or the due date may sit in one of
 * the next blocks ("… la fattura in oggetto, dell'importo complessivo di € 1.464,00"). The first
 * 3,000 text nodes, blocks of at most 1,200 characters, outside menus, links and buttons.
 */
export function readProse(root: ParentNode): ProseInvoice | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  let best: ProseInvoice | undefined;
  for (let i = 0; i < 3000 && walker.nextNode() && seen.size < 12; i++) {
    const node = walker.currentNode;
    if (!INVOICE_WORD.test(node.nodeValue ?? '')) continue;
    const block = node.parentElement?.closest(BLOCK);
    if (!block || seen.has(block) || block.closest('nav, a, button, script, style, title, [role="navigation"]')) continue;
    seen.add(block);
    const text = normalizeSpaces(block.textContent ?? '');
    if (text.length > MAX_BLOCK) continue;
    const found = readSentence(text);
    if (!found) continue;
    completeFromNext(block, found);
    if (!best || fieldsOf(found) > fieldsOf(best)) best = found;
  }
  return best;
}

/** The amount and due date the next blocks of the letter give, when the number's own block lacks them. */
function completeFromNext(block: Element, found: ProseInvoice): void {
  for (let next = block.nextElementSibling, i = 0; next && i < 3 && !(found.total && found.dueDate); next = next.nextElementSibling, i++) {
    const text = normalizeSpaces(next.textContent ?? '');
    if (text.length > MAX_BLOCK) continue;
    found.dueDate ??= dueIn(text);
    if (!found.total) {
      const amount = [...text.matchAll(AMOUNT)].find((m) => AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)));
      if (amount) found.total = amount[0].trim();
    }
  }
}
