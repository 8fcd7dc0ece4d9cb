import { fold } from '../parse';
import { headingBefore } from './grid';

/** Where a page puts what is beside its subject: a sidebar, a "recent" or "history" widget. */
const BESIDE =
  'aside, [role="complementary"], [class*="sidebar"], [class*="side-panel"], [class*="sidepanel"], [class*="recent"], [class*="history"], [class*="related"]';

/** Headings of lists of other documents: "Recent invoices", "Dernières factures", "Ihre weiteren Rechnungen". */
const OTHERS =
  /\b(?:recent|latest|last|other|others|previous|history|related|dernieres?|autres?|precedentes?|historique|weiteren?|letzten?|anderen?|fruheren?|verlauf|ultimas?|otras?|recientes?|historial|ultime|altre|recenti|storico|recente|eerdere|overige)\b/;

/**
 * Whether an invoice found on one invoice's page is one of the others it shows beside its own: in
 * a sidebar or widget, or in a table headed as the client's other, recent or past invoices. What a
 * person reads as context, not as invoices of this page.
 */
export function besideFinder(root: ParentNode, fromTable: ReadonlyMap<string, Element>): (number: string) => boolean {
  let containers: Element[] | undefined;
  return (number) => {
    const table = fromTable.get(number);
    if (table && (table.closest(BESIDE) || OTHERS.test(fold(headingBefore(table))))) return true;
    containers ??= [...root.querySelectorAll(BESIDE)].slice(0, 20);
    return containers.some((c) => (c.textContent ?? '').includes(number));
  };
}
