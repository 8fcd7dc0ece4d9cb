import { fold, normalizeSpaces, parseStatus } from '../parse';
import { fieldOfHeader } from './columns';
import { namePart, readParts } from './parts';
import { headerKey, textOf } from './text';

/** Label cells looked at per tag: a statement's heading block holds a handful, never hundreds. */
const MAX_LABELS = 300;
/** Wording that names the one customer a page is about ("Customer", "Client", "Kunde", "Account name", a statement's "To:"). */
const CLIENT_LABEL =
  /^(?:customer|customer name|client|nom du client|kunde|kundenname|cliente|account name|bill to|billed to|to|statement for|facture a|rechnungsempfanger)$/;

/**
 * The customer a whole page is about, when a list has no client column: a statement of account
 * or an open-items list for one customer names it once, as a label beside its value ("Customer |
 * Cascadia Coffee Roasters" in a two-cell row, or a `dt`/`dd` pair). Undefined when the page names
 * none, or names two different ones.
 */
export function pageClient(root: ParentNode, inside: Element): string | undefined {
  let found: string | undefined;
  // Live collections by tag, read by index: only the first cells are touched, where a query would
  // list every cell of a 10,000-row list first.
  const doc = 'documentElement' in root ? (root as Document) : (root as Element).ownerDocument;
  const labels = ['dt', 'th', 'td', 'div', 'span'].flatMap((tag) => {
    const all = doc.getElementsByTagName(tag);
    const first: Element[] = [];
    for (let i = 0; i < all.length && i < MAX_LABELS; i++) first.push(all[i]!);
    return first;
  });
  for (const label of labels) {
    if (inside.contains(label)) continue;
    const value = label.nextElementSibling;
    // A label cell beside its value, or a block label above the block that holds it ("Client" over the name and address).
    const tag = label.localName;
    const pair = tag === 'dt' ? value?.localName === 'dd' : tag[0] !== 't' || label.parentElement?.childElementCount === 2;
    if (!value || !pair) continue;
    const key = headerKey(textOf(label));
    if (!CLIENT_LABEL.test(key) || fieldOfHeader(key) !== 'client') continue;
    const name = namePart(readParts(value)) ?? textOf(value);
    if (!name || !/\p{L}{2}/u.test(name) || name.length > 200 || fieldOfHeader(name)) continue;
    if (found && fold(found) !== fold(name)) return undefined;
    found = name;
  }
  return found ?? statementOf(doc);
}

/** "Kontoauszug Elektro Huber GmbH – Debitorenkonto 10233": a statement's heading or title that names its customer. */
const STATEMENT_OF =
  /^(?:kontoauszug|relevé de compte|statement of account|account statement|customer statement|statement|estratto conto)\s+(?:for\s+|de\s+|du\s+|für\s+|[:–—-]\s*)?(.+)$/iu;

function statementOf(doc: Document): string | undefined {
  for (const t of [doc.querySelector('h1')?.textContent, doc.title]) {
    const name = STATEMENT_OF.exec(normalizeSpaces(t ?? ''))?.[1]!.split(/\s[–—|·-]\s/)[0];
    if (name && /\p{L}{3}/u.test(name) && !/\d[./]\d/.test(name) && !fieldOfHeader(name)) return name;
  }
  return undefined;
}

/**
 * The customer a list's own section names: the summary of the `<details>` it is folded in, when
 * its first words are a name, not a status, a month or a field ("Fernhill Vets · 2 open invoices").
 */
export function sectionClient(list: Element): string | undefined {
  const summary = list.closest('details')?.firstElementChild;
  // The summary's parts, and the items of a line set apart by a dot or a bar ("Saltbush · 2 invoices").
  const items = summary?.localName === 'summary' ? readParts(summary).flatMap((p) => p.split(/\s[·•|–—]\s/)) : [];
  const name = items.find((p) => /\p{L}/u.test(p));
  return name && !/\d/.test(name) && !parseStatus(name) && !fieldOfHeader(name) ? name : undefined;
}
