import {
  all,
  closest,
  emailIn,
  sendAndDiscard,
  type ComposeHandle,
  type Recipient,
  type SelectorTable,
  type WebmailAdapter,
} from './compose';
import { dragEvent, filesTransfer } from './attach';
import { isShown, setInputValue } from './dom-edit';

/**
 * Outlook on the web's compose (new message, reply in the reading pane, the deeplink window).
 * Its class names are generated hashes: only roles, aria attributes and ids are used, in the order
 * tried; each selector is matched by at least one fixture in tests/fixtures/webmail/outlook.
 */
export const OUTLOOK_SELECTORS = {
  editor: ['div[role="textbox"][contenteditable="true"][aria-multiline="true"]', '[id^="editorParent_"] [contenteditable="true"]'],
  /** A reply written in the reading pane has no Form_Content around it: the pane itself holds it. */
  compose: ['[data-app-section="Form_Content"]', '[role="main"]'],
  /** The last of these in the compose; recipient comboboxes of older builds are inputs too. */
  subject: [
    'input[type="text"][autocomplete="off"]:not([role="combobox"])',
    'input[aria-label="Add a subject"]',
    'input[aria-label="Ajouter un objet"]',
  ],
  /** To, Cc, Bcc in that order (the body editor excluded). */
  wells: ['[contenteditable="true"]:not([aria-multiline="true"])', 'input[role="combobox"]'],
  chips: ['[contenteditable="false"]'],
  send: ['button[aria-label="Send"]', 'button[aria-label="Envoyer"]'],
  discard: ['button[aria-label="Discard"]', 'button[aria-label="Ignorer"]'],
  /** The compose's file input behind "Attach > Browse this computer" (not the inline-picture one). */
  fileInput: ['input[type="file"]:not([accept^="image"])'],
  /** An attachment in the compose's attachment well, its file name in title. */
  attachment: ['[role="listitem"][title]'],
} as const satisfies SelectorTable;

const S = OUTLOOK_SELECTORS;

function wells(root: HTMLElement, editor: HTMLElement): HTMLElement[] {
  for (const selector of S.wells) {
    const found = [...root.querySelectorAll<HTMLElement>(selector)].filter(
      (w) => w !== editor && !editor.contains(w) && !w.contains(editor) && !w.closest('[id^="editorParent_"]'),
    );
    if (found.length) return found;
  }
  return [];
}

function recipients(root: HTMLElement, editor: HTMLElement): Recipient[] {
  const to = wells(root, editor)[0];
  if (!to) return [];
  const out: Recipient[] = all(to.parentElement ?? to, S.chips).map((chip) => {
    const text = (chip.textContent ?? '').trim();
    const email = emailIn(chip.getAttribute('title')) ?? emailIn(chip.getAttribute('aria-label')) ?? emailIn(text);
    return { email, name: text && !text.includes('@') ? text : undefined };
  });
  const typed =
    to instanceof HTMLInputElement
      ? to.value
      : [...to.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(' ');
  for (const part of typed.split(/[;,]/)) {
    const email = emailIn(part);
    if (email) out.push({ email });
  }
  return out;
}

function addRecipient(root: HTMLElement, editor: HTMLElement, email: string): boolean {
  const to = wells(root, editor)[0];
  if (!to) return false;
  const has = () => recipients(root, editor).some((r) => r.email === email.toLowerCase());
  if (has()) return true;
  to.focus();
  if (to instanceof HTMLInputElement) setInputValue(to, email);
  else {
    // OWA resolves what is typed in the focused well: type it, at the end of the well.
    const doc = to.ownerDocument;
    const range = doc.createRange();
    range.selectNodeContents(to);
    range.collapse(false);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
    let typed: boolean;
    try {
      typed = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, email);
    } catch {
      typed = false;
    }
    if (!typed) {
      to.append(doc.createTextNode(email));
      to.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: email }));
    }
  }
  return has();
}

/**
 * The compose's own file input, as a pick from "Browse this computer" fills it (files set through
 * a DataTransfer, then `change`); without one, a drop of the files on the body, which OWA attaches.
 */
async function attachFiles(root: HTMLElement, editor: HTMLElement, files: readonly File[]): Promise<boolean> {
  const doc = root.ownerDocument;
  const data = filesTransfer(files);
  const input = all<HTMLInputElement>(root, S.fileInput)[0];
  if (input) {
    input.files = data.files;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }
  for (const type of ['dragenter', 'dragover', 'drop'] as const) editor.dispatchEvent(dragEvent(doc, type, data));
  return true;
}

const attachedNames = (root: HTMLElement, editor: HTMLElement) =>
  all(root, S.attachment)
    .filter((chip) => !editor.contains(chip))
    .map((chip) => (chip.getAttribute('title') ?? chip.textContent ?? '').trim())
    .filter(Boolean);

function handle(editor: HTMLElement, index: number): ComposeHandle | null {
  const root = closest(editor, S.compose);
  if (!root) return null;
  const subjectInput = () => all<HTMLInputElement>(root, S.subject).at(-1) ?? null;
  return {
    webmail: 'outlook',
    key: `outlook:${editor.parentElement?.id || `compose-${index}`}`,
    root,
    editor,
    recipients: () => recipients(root, editor),
    subject: () => subjectInput()?.value ?? '',
    setSubject(subject) {
      const input = subjectInput();
      if (!input || !isShown(input)) return false;
      setInputValue(input, subject);
      return true;
    },
    addRecipient: (email) => addRecipient(root, editor, email),
    attachFiles: (files) => attachFiles(root, editor, files),
    attachedNames: () => attachedNames(root, editor),
    // No stable toolbar to extend in OWA: the button floats over the editor.
    buttonSlot: () => ({ kind: 'floating' }),
    ...sendAndDiscard(root, S.send, S.discard),
  };
}

export const outlook: WebmailAdapter = {
  name: 'outlook',
  findComposes(doc) {
    return all(doc, S.editor)
      .map(handle)
      .filter((h): h is ComposeHandle => h !== null);
  },
};
