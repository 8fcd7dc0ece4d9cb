import { fold } from '../parse';
import { fieldOfHeader } from './columns';
import { namePart, readParts } from './parts';
import { headerKey, textOf } from './text';

/** Label cells looked at per tag: a statement's heading block holds a handful, never hundreds. */
const MAX_LABELS = 300;
/** Wording that names the one customer a page is about ("Customer", "Client", "Kunde", "Account name"). */
const CLIENT_LABEL =
  /^(?:customer|customer name|client|nom du client|kunde|kundenname|cliente|account name|bill to|billed to|statement for|facture a|rechnungsempfanger)$/;

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
  const labels = ['dt', 'th', 'td'].flatMap((tag) => {
    const all = doc.getElementsByTagName(tag);
    const first: Element[] = [];
    for (let i = 0; i < all.length && i < MAX_LABELS; i++) first.push(all[i]!);
    return first;
  });
  for (const label of labels) {
    if (inside.contains(label)) continue;
    const value = label.nextElementSibling;
    const pair = label.localName === 'dt' ? value?.localName === 'dd' : label.parentElement?.childElementCount === 2;
    if (!value || !pair) continue;
    const key = headerKey(textOf(label));
    if (!CLIENT_LABEL.test(key) || fieldOfHeader(key) !== 'client') continue;
    const name = namePart(readParts(value)) ?? textOf(value);
    if (!name || !/\p{L}{2}/u.test(name) || name.length > 200 || fieldOfHeader(name)) continue;
    if (found && fold(found) !== fold(name)) return undefined;
    found = name;
  }
  return found;
}
