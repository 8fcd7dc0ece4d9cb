import { normalizeSpaces, parseStatus } from '../parse';

/**
 * A cell read as a person reads it: in its visual parts (a name, the e-mail under it, a client
 * code, a badge), without what nobody reads as text (icon-font ligatures, avatars' initials,
 * copies kept for screen readers or for the mobile layout, tooltips). `textContent` glues them
 * ("BABrightline Analytics Inc.billing@brightline-analytics.com").
 *
 * Stable API (capture-records and the detail/card readers use it): `readParts`, `namePart`,
 * `emailPart`, `statusPart`, `findEmail`, `isCodePart`, `isInitials`.
 */

/** Every element but inline formatting begins and ends a part: blocks, <br>, list items, spans, links, badges. */
/** Inline formatting inside a run of text ("Dupont <b>&amp;</b> Fils"): not a part of its own. */
const GLUE = new Set([
  'b',
  'strong',
  'em',
  'i',
  'u',
  'mark',
  'sup',
  'sub',
  's',
  'del',
  'ins',
  'q',
  'cite',
  'dfn',
  'var',
  'kbd',
  'wbr',
  'bdi',
  'bdo',
  'font',
  'nobr',
]);
/** Never text a person reads in a cell: code, media, form fields (a filter row's values). */
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'object',
  'select',
  'textarea',
  'input',
  'datalist',
  'math',
]);

/** Text kept per call, and elements walked per call: a hostile cell costs no more. */
const MAX_CHARS = 2000;
const MAX_NODES = 400;
const MAX_DEPTH = 32;

/** Work done, for tests that bound it by counts rather than by time. */
export const partsWork = { calls: 0, nodes: 0 };

type Verdict = 'hide' | 'decoration' | 'read';

const HIDE_TOKEN =
  /^(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader|a11y-hidden|assistive-text|offscreen|hidden|d-none|invisible|is-hidden|u-hidden|hide|tooltip|tooltiptext|tooltip-(?:content|text|inner|body|bubble)|popover|popover-(?:content|body)|(?:xs|sm|md|lg|xl|2xl):hidden|d-(?:sm|md|lg|xl)-none|hidden-(?:sm|md|lg|xl)(?:-up)?|visible-xs\S*|mobile-only|show-mobile|only-mobile)$/;
/** Shown again on wider screens: "hidden md:block", "d-none d-lg-table-cell" are the desktop copy. */
const SHOW_TOKEN =
  /^(?:(?:sm|md|lg|xl|2xl):(?:block|inline\S*|flex|grid|table\S*|contents)|d-(?:sm|md|lg|xl)-(?:block|inline\S*|flex|grid|table\S*))$/;
/** Icon fonts and avatars: dropped when what they hold is a ligature word or initials, not a sentence. */
const DECOR_TOKEN =
  /^(?:material-(?:icons|symbols)\S*|fa[srbldt]?|fa-\S+|bi|bi-\S+|mdi|mdi-\S+|glyphicon\S*|icon|icons|icon-\S+|\S+-icon|la[srb]?|la-\S+|ti|ti-\S+|ri-\S+|ion-\S+|ph|ph-\S+|lucide\S*|feather\S*|codicon\S*|octicon\S*|avatar\S*|\S*-avatar|initials|\S*-initials|monogram\S*|user-pic|userpic)$/;

const verdicts = new Map<string, Verdict>();

function classVerdict(cls: string): Verdict {
  const hit = verdicts.get(cls);
  if (hit) return hit;
  const tokens = cls.toLowerCase().split(/\s+/);
  let verdict: Verdict = 'read';
  if (tokens.some((t) => HIDE_TOKEN.test(t)) && !tokens.some((t) => SHOW_TOKEN.test(t))) verdict = 'hide';
  else if (tokens.some((t) => DECOR_TOKEN.test(t))) verdict = 'decoration';
  if (verdicts.size < 512) verdicts.set(cls, verdict);
  return verdict;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * What an element is to a reader, by markup alone (layout would force a style recalculation).
 * Most elements in a cell carry no attribute at all (a wrapper, a line): one call says so.
 */
function verdictOf(el: Element, strict: boolean): Verdict {
  if (!el.hasAttributes()) return 'read';
  if (strict && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'tooltip'))
    return 'hide';
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return 'hide';
  const cls = el.getAttribute('class');
  const verdict = cls ? classVerdict(cls) : 'read';
  return verdict === 'hide' && !strict ? 'read' : verdict;
}

/** An icon's ligature ("check_circle", "error") or an avatar's initials ("BA", "J.D."): not a sentence. */
function isDecorationText(text: string): boolean {
  const t = text.trim();
  return t.length <= 2 || /^[a-z][a-z0-9_]{0,40}$/.test(t) || /^(?:\p{Lu}\.?\s?){1,3}$/u.test(t);
}

/** Whether nobody reads an element's text where it stands: hidden, a tooltip, an icon's ligature, an avatar's initials. */
export function isUnread(el: Element): boolean {
  const verdict = verdictOf(el, true);
  return verdict === 'hide' || (verdict === 'decoration' && isDecorationText(el.textContent ?? ''));
}

/**
 * Whether `part` adds to `parts`: a part read again is a hidden copy, except a figure that follows
 * a label of its own ("Total £1,845.00 · Amount due £1,845.00": the same amount, two values).
 */
export function isNewPart(parts: readonly string[], part: string): boolean {
  if (!parts.includes(part)) return true;
  const last = parts[parts.length - 1];
  return last !== undefined && !/\d/.test(last) && /\d/.test(part);
}

class PartsReader {
  parts: string[] = [];
  current = '';
  chars = 0;
  nodes = 0;
  constructor(private readonly strict: boolean) {}

  flush(): void {
    // A part begins and ends at every element: most flushes find nothing gathered.
    if (!this.current) return;
    const part = normalizeSpaces(this.current).trim();
    this.current = '';
    // Separators alone ("·", "|", "—") are not parts; a hidden copy read again is the same part,
    // except a figure under a new label ("Total £1,845.00 · Amount due £1,845.00"): a value of its own.
    if (part && /[\p{L}\p{N}@€$£¥]/u.test(part) && isNewPart(this.parts, part)) this.parts.push(part);
  }

  text(value: string): void {
    if (this.chars >= MAX_CHARS) return;
    const t = value.length + this.chars > MAX_CHARS ? value.slice(0, MAX_CHARS - this.chars) : value;
    this.chars += t.length;
    this.current += t;
  }

  element(el: Element, depth: number): void {
    if (++this.nodes > MAX_NODES || this.chars >= MAX_CHARS) return;
    const tag = el.localName;
    if (SKIP.has(tag)) return;
    const verdict = verdictOf(el, this.strict);
    if (verdict === 'hide' || (verdict === 'decoration' && isDecorationText(el.textContent ?? ''))) {
      this.flush();
      return;
    }
    // Formatting glues to the text around it; set hard against another element with no text between
    // ("<strong>Name</strong><em>mail@…</em>"), each is a line of its own.
    const glued = verdict === 'read' && GLUE.has(tag) && el.previousSibling?.nodeType !== 1 && el.nextSibling?.nodeType !== 1;
    if (!glued) this.flush();
    // An element without elements inside (a link, a badge, a line) is its text: read at once,
    // without touching its text nodes (each touched node costs the browser a wrapper).
    if (depth >= MAX_DEPTH || el.childElementCount === 0) this.text(el.textContent ?? '');
    else this.children(el, depth + 1);
    if (!glued) this.flush();
  }

  children(el: Element, depth: number): void {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      // Text and CDATA (XHTML pages): what textContent reads too.
      if (type === 3 || type === 4) this.text((node as CharacterData).data);
      else if (type === 1) this.element(node as Element, depth);
    }
  }
}

function walk(el: Element, strict: boolean): string[] {
  const reader = new PartsReader(strict);
  reader.children(el, 0);
  reader.flush();
  partsWork.nodes += reader.nodes;
  return reader.parts;
}

/**
 * The visual parts of an element's text, in reading order: a part per block, line break and
 * separate inline element (span, link, badge, list item), without aria-hidden decorations,
 * icon ligatures, avatars, visually hidden or mobile copies, tooltips, scripts and media. When
 * all of its text is hidden (a date shown only to screen readers), the hidden text is read.
 */
export function readParts(el: Element): string[] {
  partsWork.calls++;
  const first = el.firstChild;
  // Most cells hold one text node: nothing to split, nothing to drop.
  if (!first) return [];
  if (first === el.lastChild && first.nodeType === 3) {
    const t = normalizeSpaces(
      (first as Text).data.length > MAX_CHARS ? (first as Text).data.slice(0, MAX_CHARS) : (first as Text).data,
    ).trim();
    return t ? [t] : [];
  }
  const parts = walk(el, true);
  return parts.length ? parts : walk(el, false);
}

/**
 * An e-mail address that DetectedInvoiceSchema's `z.email()` accepts: dot-separated atoms of
 * letters, digits, `_+-` before the @, labels that start with a letter or digit after it.
 */
const EMAIL = /(?<![A-Z0-9._%+-])[A-Z0-9_+-]{1,64}(?:\.[A-Z0-9_+-]{1,64}){0,8}@(?:[A-Z0-9][A-Z0-9-]{0,62}\.){1,8}[A-Z]{2,24}(?![A-Z0-9-])/i;

/**
 * Addresses already found, by text: a list repeats each client's address on every invoice of
 * theirs, and is read twice per row (the cell's parts, then the candidate's field).
 */
const emails = new Map<string, string | null>();
/** Texts this long or shorter are remembered: a cell's line, not a page's paragraph. */
const MEMO_CHARS = 320;

/** The first e-mail address in a text, in lower case. */
export function findEmail(text: string | undefined): string | undefined {
  if (!text || !text.includes('@')) return undefined;
  const hit = emails.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const found = text.match(EMAIL)?.[0]?.toLowerCase();
  const email = found && found.length <= 254 && found.split('@')[0]!.length <= 64 ? found : undefined;
  if (text.length <= MEMO_CHARS) {
    if (emails.size >= 1024) emails.clear();
    emails.set(text, email ?? null);
  }
  return email;
}

/** "BA", "J.D.", "ABC": an avatar's initials, never a client's name. */
export function isInitials(part: string): boolean {
  return /^(?:\p{Lu}\.?\s?){1,3}$/u.test(part.trim());
}

/** Words that label an identifier: "Kd.-Nr. 10198", "Client ID: 4711", "Customer # 88". */
const ID_LABEL =
  /^(?:id|nr|no|num|numero|number|ref|code|kd|kdnr|kunde|kunden|kundennr|client|customer|account|acct|cust|compte|siret|siren|vat|tva|ust|n°|#)$/i;

/** A client code or other identifier shown under a name: "CL-00103", "Kd.-Nr. 10198", "#4711". */
export function isCodePart(part: string): boolean {
  // Its last word holds a digit: a text without one is no code (most names).
  if (!/\d/.test(part)) return false;
  const words = part.trim().split(/\s+/);
  const last = words[words.length - 1]!.replace(/^[#№]/, '');
  if (words.length > 4 || !/\d/.test(last) || !/^[\p{L}\d][\p{L}\d._/-]*$/u.test(last)) return false;
  // Letters alone before the code's digits are part of it ("CL-00103"), unless they are a word ("Hotel 1898").
  if (words.length === 1) return /\d/.test(last) && (/^\d{3,}$/.test(last) || /[-_./]/.test(last) || /^\p{L}{1,4}\d+$/u.test(last));
  return words.slice(0, -1).every((w) => /[.:#°]$/.test(w) || ID_LABEL.test(w.replace(/[.:#°-]+$/, '')));
}

/**
 * The part of a client cell that names the client: the first with letters that is not an
 * e-mail, a code, initials or a status; the first non-empty part when none qualifies.
 */
export function namePart(parts: readonly string[]): string | undefined {
  for (const p of parts) {
    // Cheapest first: most names fail none, and isCodePart splits the text into words.
    if (!/\p{L}{2}/u.test(p) || findEmail(p) || isInitials(p) || isCodePart(p)) continue;
    return p;
  }
  return parts.find((p) => !findEmail(p) && !isCodePart(p)) ?? parts.find((p) => !findEmail(p));
}

/** The e-mail address among a cell's parts. */
export function emailPart(parts: readonly string[]): string | undefined {
  for (const p of parts) {
    const found = findEmail(p);
    if (found) return found;
  }
  return undefined;
}

/**
 * The part that says a status ("Überfällig" beside its icon, "En retard · depuis 12 jours"),
 * else the one that says the kind (a credit note). Parts without a status word are hints.
 */
export function statusPart(parts: readonly string[]): string | undefined {
  let kind: string | undefined;
  for (const p of parts) {
    const s = parseStatus(p);
    if (s?.status) return p;
    if (s?.kind) kind ??= p;
  }
  return kind;
}
