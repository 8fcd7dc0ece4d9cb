import { fold, normalizeSpaces } from '../parse';
import { isUnread, readParts } from './parts';

/**
 * Letter-spaced words as one word: a printed title "F A C T U R E  N° 2026-044" reads "FACTURE
 * N° 2026-044". Words are told apart by the wider gaps between them when the text still has them,
 * and a letter before "°" or "." starts a word of its own ("N°"). Three single letters in a row at
 * least, so "A & B" or "N° 2" stay as they are. Spaces normalised.
 */
export function unspace(raw: string): string {
  const words = raw
    .split(/\s{2,}/)
    .map((part) => part.replace(/(?<![\p{L}\p{N}])(?:\p{L} ){2,}\p{L}(?![\p{L}\p{N}°º.])/gu, (m) => m.replace(/ /g, '')));
  return normalizeSpaces(words.join(' ')).trim();
}

const NOT_VALUE = new Set(['hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'file', 'password']);
const isControl = (el: Element) =>
  el.localName === 'select' ||
  el.localName === 'textarea' ||
  (el.localName === 'input' && !NOT_VALUE.has((el.getAttribute('type') ?? '').toLowerCase()));

/**
 * What an edit form shows in a field: an input's value, the selected option's text, a textarea's
 * first line (an address block starts with the name). The live value when the page has one, as
 * the user sees it; the markup's otherwise.
 */
function valueOfControl(el: Element): string {
  if (el.localName === 'select') {
    const select = el as HTMLSelectElement;
    // The saved choice (the markup's), else the live one: a change not yet saved is not the invoice's.
    const option = select.querySelector('option[selected]') ?? select.selectedOptions?.[0] ?? select.querySelector('option');
    return normalizeSpaces(option?.textContent ?? '').trim();
  }
  const value = (el as HTMLInputElement).value ?? el.getAttribute('value') ?? el.textContent ?? '';
  const first = el.localName === 'textarea' ? (value.split(/\r?\n/).find((l) => l.trim()) ?? '') : value;
  return normalizeSpaces(first.slice(0, 300)).trim();
}

/** The form control an element is, or holds alone among little text (a cell around an input). */
export function controlIn(el: Element): Element | undefined {
  if (isControl(el)) return el;
  if (el.children.length > 4) return undefined;
  const controls = [...el.querySelectorAll('input, select, textarea')].filter(isControl);
  return controls.length === 1 ? controls[0] : undefined;
}

/** A value's text as a person reads it: a control's value, else the element's visual parts joined. */
export function valueText(el: Element): string {
  const control = controlIn(el);
  if (control) return valueOfControl(control);
  // "Serie / Número": a series select beside the number's input, one value read left to right.
  const controls = el.children.length <= 4 ? [...el.querySelectorAll('input, select, textarea')].filter(isControl) : [];
  if (controls.length > 1 && controls.length <= 3 && controls.every((c) => c.parentElement === controls[0]!.parentElement))
    return controls.map(valueOfControl).join(' ');
  const parts = readParts(el);
  // A value's inline edit button ("Edit Due Date", screen-reader text in a CRM's record) is no part of the value.
  const buttons = el.querySelectorAll('button, [role="button"]');
  if (!buttons.length || buttons.length > 4) return parts.join(' ');
  const controlTexts = new Set([...buttons].flatMap((b) => readParts(b)));
  return parts.filter((p) => !controlTexts.has(p)).join(' ');
}

/**
 * The lines of a block split at its `<br>`s and block children, as printed: a letter's
 * "Facture n° : 2026-044<br>Date : 15/03/2026" and an address's "Name<br>Street<br>City".
 * From `from` on, when only what follows a label is wanted.
 */
export function linesOf(el: Element, from: ChildNode | null = el.firstChild): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    const t = normalizeSpaces(line).trim();
    if (t) lines.push(t);
    line = '';
  };
  for (let node = from; node && lines.length < 40; node = node.nextSibling) {
    if (node.nodeType === 3) line += (node as Text).data;
    // What nobody reads where it stands (an icon's ligature, a copy for screen readers, a tooltip) is no part of a line.
    else if (node.nodeType !== 1 || isUnread(node as Element)) continue;
    else if ((node as Element).localName === 'br') push();
    else if (/^(?:div|p|address|li|ul|ol|dl|table|section|h[1-6])$/.test((node as Element).localName)) {
      push();
      lines.push(...linesOf(node as Element));
    } else line += readParts(node as Element).join(' ');
  }
  push();
  return lines;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The due date payment terms give from the issue date: "30 jours", "Net 30", "30 Tage netto",
 * "45 jours fin de mois", "à réception" / "upon receipt" / "sofort". Undefined for terms that
 * name no delay (a discount for early payment alone, a bank transfer).
 */
export function dueFromTerms(terms: string, issueDate: string): string | undefined {
  const t = fold(terms);
  const start = Date.UTC(Number(issueDate.slice(0, 4)), Number(issueDate.slice(5, 7)) - 1, Number(issueDate.slice(8, 10)));
  if (/\b(?:a reception|des reception|upon receipt|on receipt|due on receipt|sofort|comptant|immediately)\b/.test(t)) return issueDate;
  // "2 % Skonto innerhalb 10 Tagen, 30 Tage netto": the net delay, else the longest one named
  // (a discount's delay is always the shorter).
  const net = /\bnet\s*(\d{1,3})\b/.exec(t) ?? /\b(\d{1,3})\s*(?:jours?|days?|tage?n?)\s*(?:net|netto)\b/.exec(t);
  const days = net
    ? Number(net[1])
    : Math.max(-1, ...[...t.matchAll(/\b(\d{1,3})\s*(?:jours?|j|days?|tage?n?|dagen|giorni|gg|dias)\b/g)].map((m) => Number(m[1])));
  if (days < 0) return undefined;
  const due = new Date(start + days * DAY);
  // "45 jours fin de mois": the end of the month the delay ends in (the usual French reading).
  if (/\b(?:fin de mois|end of (?:the )?month|eom|monatsende)\b/.test(t))
    return iso(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0));
  return iso(due.getTime());
}
