import { fold, normalizeSpaces } from '../parse';

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

export function looksLikeNumber(token: string): boolean {
  if (token.length < 2 || token.length > 40 || !/\d/.test(token) || !NUMBER_RE.test(token)) return false;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(token) || /^\d{4}-\d{2}-\d{2}$/.test(token)) return false; // a date
  if (/^\d+[.,]\d{2}$/.test(token) || /^\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(token)) return false; // an amount
  return true;
}

/** The invoice number of a cell: its first link's text when that is one, else its first token that is one. */
export function numberIn(cell: Element | undefined, cellText?: string): string | undefined {
  if (!cell) return undefined;
  const text = cellText ?? textOf(cell);
  if (!/\d/.test(text)) return undefined;
  const link = cell.querySelector('a');
  const linkText = link ? textOf(link) : '';
  if (looksLikeNumber(linkText)) return linkText;
  for (const token of text.split(/[\s,;|]+/)) {
    const t = token.replace(/^[#№]|[:.]$/g, '');
    if (looksLikeNumber(t)) return t;
  }
  return undefined;
}

export function isDraftNumber(number: string): boolean {
  return /^\(?PROV/i.test(number) || /^\(.*\)$/.test(number);
}
