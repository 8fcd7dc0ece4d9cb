import { HIDDEN } from './grid';

/**
 * A modal dialog the page shows above everything else, as ARIA marks one (`aria-modal="true"` on a
 * dialog or alert dialog, or a `<dialog>`), and not hidden by markup. While it is open the person
 * reads it alone: the list behind it is not what they are looking at.
 */
const MODAL = '[aria-modal="true"]:is([role="dialog"], [role="alertdialog"], dialog)';

export function openModal(root: ParentNode): Element | undefined {
  for (const dialog of root.querySelectorAll(MODAL)) {
    // A closed `<dialog>` keeps its markup; so do modals a page hides rather than removes.
    if (dialog.localName === 'dialog' && !dialog.hasAttribute('open')) continue;
    if (!dialog.closest(HIDDEN)) return dialog;
  }
  return undefined;
}
