import { fold, normalizeSpaces } from '../parse';
import { isUnread, SKIP } from './parts';

/**
 * A cell's text, spaces normalised. `textContent` never triggers layout, unlike `innerText`, and
 * is already decoded: decoding entities again would turn a client literally named "&lt;b&gt;"
 * into markup-looking text.
 */
export function textOf(el: Element | undefined | null): string {
  if (!el) return '';
  const raw = el.textContent ?? '';
  return normalizeSpaces(raw.length > 2000 ? raw.slice(0, 2000) : raw);
}

const blank = (n: Node | null) => !n || (n.nodeType === 3 && !/\S/.test((n as Text).data));
/** Elements that begin a line: text on either side of them is not one word. */
const LINE = /^(?:br|div|p|li|dd|address|h\d)$/;

/** The text of `el` a person reads, into `out`: without hidden or decorative elements, lines apart. */
function shownInto(el: Element, out: string[], depth: number): void {
  for (let node = el.firstChild; node && out.length < 200; node = node.nextSibling) {
    if (node.nodeType === 3) out.push((node as Text).data);
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (SKIP.has(e.localName) || isUnread(e)) continue;
    const line = LINE.test(e.localName);
    if (line) out.push(' ');
    if (e.childElementCount === 0 || depth > 16) out.push(e.textContent ?? '');
    else shownInto(e, out, depth + 1);
    if (line) out.push(' ');
  }
}

/**
 * A cell's text as shown. Most cells are one run of text, or one element that is all of it and is
 * one itself (`<td> <a>FA-1</a> </td>`): their textContent. In others, an icon's ligature, a copy
 * for screen readers or a tooltip beside a value is left out, not glued to it, and lines are kept
 * apart; inline pieces stay joined as drawn (`<span>1 440</span><span>,00</span>`).
 */
export function shownText(el: Element | undefined | null): string {
  for (let e = el, child = el?.firstElementChild; child; e = child, child = e.firstElementChild) {
    if (e!.childElementCount > 1 || !blank(child.previousSibling) || !blank(child.nextSibling)) {
      const out: string[] = [];
      shownInto(el!, out, 0);
      return normalizeSpaces(out.join('').slice(0, 2000)).trim() || textOf(el);
    }
  }
  return textOf(el);
}

/**
 * Whether a subtree holds one of these elements. A query per tag name: Blink answers a lone tag
 * from a fast path, where a selector list tests every element against each entry (measured on a
 * 2,000-row list: `script` 0.1 ms, `script, style, noscript` 0.7 ms).
 */
function hasAny(el: Element, tags: readonly string[]): boolean {
  for (const tag of tags) if (el.querySelector(tag)) return true;
  return false;
}

const CODE_TAGS = ['script', 'style', 'noscript'];
/** Code in a subtree: its text is not the cell's (Dolibarr puts date-picker scripts in filter rows). */
export const hasCode = (el: Element): boolean => hasAny(el, CODE_TAGS);

/** A field the user types into or picks from, not a row's checkbox. */
export const CONTROL = 'input:not([type=checkbox]):not([type=hidden]):not([type=radio]),select,textarea';

const INPUT_NOT_CONTROL = new Set(['checkbox', 'hidden', 'radio']);
/** Whether a subtree holds a field (CONTROL), asked a tag at a time: on a long table the selector list costs several walks. */
export function holdsControl(el: Element): boolean {
  if (hasAny(el, ['select', 'textarea'])) return true;
  for (const input of el.getElementsByTagName('input'))
    if (!INPUT_NOT_CONTROL.has((input.getAttribute('type') ?? '').toLowerCase())) return true;
  return false;
}

/**
 * Whether an element holds fields and none of them a value: a filter row waiting for input. A
 * row whose fields hold values (a select past its first option) is a table edited in place: data.
 */
export function hasFormControl(el: Element): boolean {
  if (!holdsControl(el)) return false;
  let empty = false;
  for (const c of el.querySelectorAll(CONTROL)) {
    if (c.localName === 'select' ? (c as HTMLSelectElement).selectedIndex > 0 : (c as HTMLInputElement).value) return false;
    empty = true;
  }
  return empty;
}

/** A cell of a table edited in place, as shown: its field's value (a select's chosen option), then the text beside it ("€"). */
export function controlTextOf(el: Element | undefined | null): string {
  const c = el?.querySelector(CONTROL);
  if (!c) return textOf(el);
  // The option marked in the markup first: what the server rendered (happy-dom misreads it as the selection).
  const chosen = c.localName === 'select' && (c.querySelector('option[selected]') ?? (c as HTMLSelectElement).selectedOptions[0]);
  return normalizeSpaces(chosen ? chosen.textContent! : `${(c as HTMLInputElement).value} ${el!.textContent}`).trim();
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * A cell's text without what scripts and styles hold: for tables that carry inline scripts
 * (Dolibarr puts date-picker code in its filter row), where textContent would include code.
 */
export function visibleTextOf(el: Element | undefined | null): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  while (text.length < 2000 && walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent || !NOT_TEXT.has(parent.tagName)) text += walker.currentNode.nodeValue ?? '';
  }
  return normalizeSpaces(text.slice(0, 2000));
}

/** A text cut short ("Boulangerie Dup…"): the whole one its tooltip holds, when that begins alike. */
export function untruncated(cell: Element | undefined, text: string): string {
  // Asked of every row's client: a look at the last character spares the pattern to most.
  if (!text.endsWith('…') && !text.endsWith('...')) return text;
  const head = text.replace(/\s*(…|\.\.\.)$/, '');
  const title = head !== text && (cell?.querySelector('[title]') ?? cell)?.getAttribute('title');
  return title && title.startsWith(head) ? title : text;
}

/** Header text for matching: folded, without sort arrows, counters or trailing colons. */
export function headerKey(text: string): string {
  return fold(text)
    .replace(/[▲▼▴▾↑↓⇅⇵↕↥↧⬍⯅⯆]/gu, ' ')
    .replace(/\(\s*\d+\s*\)|\s\d+$/g, ' ')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Invoice numbers: a letter/digit code with at least one digit ("FA2611-0012", "INV-0042",
 * "2026/118", "F-2026-001"), or a draft's provisional reference ("(PROV12)").
 */
const NUMBER_RE = /^(?:\(?PROV[-\s]?\d+\)?|[A-Z0-9][A-Z0-9._/-]{1,38})$/i;

/** The full rules, by patterns: provisional references, and tokens of digits and separators only. */
function looksLikeNumberByPatterns(token: string): boolean {
  if (token.length < 2 || token.length > 40 || !/\d/.test(token) || !NUMBER_RE.test(token)) return false;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(token) || /^\d{4}-\d{2}-\d{2}$/.test(token)) return false; // a date
  if (/^\d+[.,]\d{2}$/.test(token) || /^\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(token)) return false; // an amount
  return true;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether a token is an invoice number. Most are letters and digits ("FA2611-0012"), which no date
 * or amount pattern can match: those are told in one pass over their codes. The rest (digits and
 * separators only, provisional references) take the patterns. A property test checks both ways agree.
 */
export function looksLikeNumber(token: string): boolean {
  const n = token.length;
  const c0 = token.charCodeAt(0);
  if (n < 2 || n > 39 || c0 === 40 /* ( */ || c0 === 80 || c0 === 112 /* P, p: PROV */) return looksLikeNumberByPatterns(token);
  let digit = false;
  let letter = false;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (isAsciiLetter(c)) letter = true;
    // . _ / - inside, never first
    else if (i === 0 || (c !== 46 && c !== 95 && c !== 47 && c !== 45)) return false;
  }
  return digit && (letter || looksLikeNumberByPatterns(token));
}

/** The invoice number of a cell: its first link's text when that is one, else its first token that is one. */
export function numberIn(cell: Element | undefined, cellText?: string): string | undefined {
  if (!cell) return undefined;
  const text = cellText ?? textOf(cell);
  if (!/\d/.test(text)) return undefined;
  const linkText = firstLinkText(cell, text);
  if (linkText !== undefined && (looksLikeNumber(linkText) || isSeriesNumber(linkText))) return linkText;
  let before = '';
  for (const token of text.split(/[\s,;|]+/)) {
    const t = token.replace(/^[#№]|[:.]$/g, '');
    if (looksLikeNumber(t)) return withSeries(before, t);
    before = token;
  }
  return undefined;
}

/** A number with the series code written before it, when `before` is one ("FT" before "2026/45"). */
export function withSeries(before: string, token: string): string {
  return SERIES_RE.test(`${before} ${token}`) && !NOT_SERIES.has(before) ? `${before} ${token}` : token;
}

/** A whole text that is a series and its number ("FT 2026/45"). */
export const isSeriesNumber = (text: string): boolean => SERIES_RE.test(text) && !NOT_SERIES.has(text.split(' ')[0]!);

/**
 * A document series written apart from its number ("FT 2026/45", "NC 2026/3", as Portuguese and
 * Spanish law number invoices): a short code of capitals, one space, digits. Both are the number.
 */
const SERIES_RE = /^[A-Z]{1,4} \d[\d/.-]{0,30}$/;
/** Capitals that announce a number rather than belong to it. */
const NOT_SERIES = new Set(['N', 'NO', 'NR', 'NUM', 'REF', 'ID', 'INV', 'PO', 'TVA', 'VAT']);

/**
 * The text of a cell's first link, found without a query where the markup allows: no child
 * element, no link; a link as the first child is the first one. `text` is the cell's own text.
 */
function firstLinkText(cell: Element, text: string): string | undefined {
  const first = cell.firstElementChild;
  if (!first) return undefined;
  const link = first.localName === 'a' ? first : cell.querySelector('a');
  if (!link) return undefined;
  // A link that holds the whole cell: its text is the cell's, already read.
  return link === first && first === cell.lastElementChild && first.previousSibling === null && first.nextSibling === null
    ? text
    : shownText(link);
}

export function isDraftNumber(number: string): boolean {
  return /^\(?PROV/i.test(number) || /^\(.*\)$/.test(number);
}
