/**
 * Which invoice a PDF link belongs to, as a person sees it: the nearest enclosing block (row, card,
 * page) that names an invoice number. The page's text is read once: each text node that names a
 * number marks its ancestors with it, up to the first that holds two numbers (a list). A link then
 * climbs to its first marked ancestor: a few map lookups, however long the list.
 */

/** An ancestor holding two numbers or more: a list, not one invoice's record. */
const MANY = Symbol('many');
export type Owners = Map<Element, string | typeof MANY>;

/** SHOW_TEXT: a constant, as `NodeFilter` is not a global in every test DOM. */
const SHOW_TEXT = 4;
/** Text nodes read between two chances to yield to the page. */
const NODES_PER_STEP = 512;
/** How far a link may be nested below its record (a deep SPA page's header included). */
const MAX_DEPTH = 40;

/** Tokens of a text as numbers are written: "N°FA-001," gives "FA-001". */
const tokens = (text: string) => text.split(/[\s,;:()[\]{}«»"'#°|]+/);

/** The invoice numbers a text names, from `numbers`; numbers written with spaces are looked up whole. */
export function numbersIn(text: string, numbers: ReadonlySet<string>, spaced: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const token of tokens(text)) {
    if (!token) continue;
    if (numbers.has(token)) found.add(token);
    else if (/[.!?]$|\.[a-z0-9]{2,5}$/i.test(token)) {
      // "FA-1." ends a sentence; "FA-1.pdf" is a file named after the invoice.
      for (const trimmed of [token.replace(/[.!?]+$/, ''), token.replace(/\.[a-z0-9]{2,5}$/i, '')])
        if (numbers.has(trimmed)) found.add(trimmed);
    }
  }
  for (const n of spaced) if (text.includes(n)) found.add(n);
  return found;
}

function mark(from: Element | null, number: string, owners: Owners): void {
  for (let el = from; el; el = el.parentElement) {
    const had = owners.get(el);
    if (had === number || had === MANY) return; // marked from here up already
    owners.set(el, had === undefined ? number : MANY);
  }
}

/** Reads the text of `root` once and marks every element with the one number it holds, or MANY. */
export function* indexNumbers(root: ParentNode, numbers: ReadonlySet<string>, spaced: readonly string[], owners: Owners): Generator<void> {
  const node = root as Node;
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, SHOW_TEXT);
  let seen = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (++seen % NODES_PER_STEP === 0) yield;
    const value = text.nodeValue;
    if (value && value.trim()) for (const n of numbersIn(value, numbers, spaced)) mark(text.parentElement, n, owners);
  }
}

/**
 * The invoice a link belongs to, with the size of its record (the text length of the block that
 * named it): one number there, that invoice; several (a row citing another invoice, a page of
 * many), the one the link itself names in its label or URL, if exactly one; none, no invoice.
 */
export function invoiceOf(
  a: Element,
  ownWords: string,
  owners: Owners,
  numbers: ReadonlySet<string>,
  spaced: readonly string[],
): { number: string; size: number } | undefined {
  let el: Element | null = a;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    const owner = owners.get(el);
    if (owner === undefined) continue;
    if (owner !== MANY) return { number: owner, size: (el.textContent ?? '').length };
    const own = [...numbersIn(ownWords, numbers, spaced)];
    return own.length === 1 ? { number: own[0]!, size: (a.textContent ?? '').length } : undefined;
  }
  const own = [...numbersIn(ownWords, numbers, spaced)];
  return own.length === 1 ? { number: own[0]!, size: Number.MAX_SAFE_INTEGER } : undefined;
}
