import {
  all,
  closest,
  emailIn,
  first,
  sendAndDiscard,
  type ComposeHandle,
  type Recipient,
  type SelectorTable,
  type WebmailAdapter,
} from './compose';
import { dragEvent, filesTransfer, liesWithin, waitUntil } from './attach';
import { isShown, setInputValue } from './dom-edit';

/**
 * Gmail's compose windows (new message pop-up, full screen, inline reply, popped-out window).
 * Every selector Relance uses on Gmail is here, in the order tried; each one is matched by at
 * least one fixture in tests/fixtures/webmail/gmail (tests/dom/mail/selectors.test.ts checks it).
 * Names, roles and Gmail's own attributes come first; localized labels only where nothing else is.
 */
export const GMAIL_SELECTORS = {
  /** The body editor: current UI, then the pre-2021 one without role. */
  editor: ['div[g_editable="true"][contenteditable="true"][role="textbox"]', 'div[g_editable="true"][contenteditable="true"]'],
  /** The compose container, from the editor: pop-up, full screen, reply and pop-out alike. */
  compose: ['.M9'],
  composeId: ['input[name="composeid"]'],
  subject: ['input[name="subjectbox"]'],
  /** The thread's subject, shown as its heading (gmail.js reads `.hP`): a reply's own box is hidden and may be empty. */
  threadSubject: ['h2.hP'],
  toInput: ['div[name="to"] input[peoplekit-id]', 'textarea[name="to"]'],
  chips: ['[role="option"][data-hovercard-id]', 'span[email]'],
  send: ['.IZ .Up [role="button"]', '[role="button"][data-tooltip^="Send"]', '[role="button"][data-tooltip^="Envoyer"]'],
  discard: ['[role="button"][aria-label^="Discard"]', '[role="button"][aria-label^="Supprimer le brouillon"]'],
  /**
   * Gmail's drop zone for attachments, a hidden child of body shown over each compose while files
   * are dragged (InboxSDK's gmail-compose-view.ts; `.aC7:not(.aWP)` is the inline-image one).
   */
  dropzone: ['body > .aC7.aWP'],
  /** An attachment chip in the compose, and its file name. */
  attachment: ['.GM .dL'],
  attachmentName: ['.vI'],
} as const satisfies SelectorTable;

const S = GMAIL_SELECTORS;

/** "Invoice FA2610-0031 - accounts@atelier-morel.fr - Gmail": the thread view's title, less the account and the app. */
const TITLE_SUFFIX = / - [^\s]+@[^\s]+ - Gmail$/;

/**
 * The subject a compose will send: its subject box, or, for a reply whose box is hidden and empty,
 * the thread's subject (its heading, else the page title of the thread view).
 */
function subjectOf(root: HTMLElement): string {
  const input = first<HTMLInputElement>(root, S.subject);
  const own = input?.value.trim() ?? '';
  if (own || (input && isShown(input))) return own;
  const doc = root.ownerDocument;
  const heading = first(doc, S.threadSubject)?.textContent?.trim();
  if (heading) return heading;
  return TITLE_SUFFIX.test(doc.title) ? doc.title.replace(TITLE_SUFFIX, '').trim() : '';
}

function recipients(root: HTMLElement): Recipient[] {
  const out: Recipient[] = all(root, S.chips).map((chip) => ({
    email: emailIn(chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email')),
    name: (chip.getAttribute('data-name') ?? chip.textContent ?? '').trim() || undefined,
  }));
  // Typed but not yet turned into a chip (and the old textarea, which never makes chips).
  const input = first<HTMLInputElement | HTMLTextAreaElement>(root, S.toInput);
  for (const part of input?.value.split(/[,;]/) ?? []) {
    const email = emailIn(part);
    if (email) out.push({ email });
  }
  return out;
}

function addRecipient(root: HTMLElement, email: string): boolean {
  const input = first<HTMLInputElement | HTMLTextAreaElement>(root, S.toInput);
  if (!input) return false;
  const has = () => recipients(root).some((r) => r.email === email.toLowerCase());
  if (has()) return true;
  input.focus();
  if (input instanceof HTMLTextAreaElement) {
    setInputValue(input, input.value.trim() ? `${input.value.replace(/[,;\s]*$/, '')}, ${email}` : email);
    return has();
  }
  // Gmail turns a pasted address into a chip; typing it and leaving the field does the same.
  const data = new DataTransfer();
  data.setData('text/plain', email);
  input.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
  if (!has()) {
    setInputValue(input, email);
    input.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', code: 'Enter' }));
  }
  return has();
}

/** The attachment drop zone shown over this compose (with several composes open, one zone lies over each). */
function dropzoneOver(root: HTMLElement): HTMLElement | null {
  const box = root.getBoundingClientRect();
  return all(root.ownerDocument, S.dropzone).find((zone) => isShown(zone) && liesWithin(zone.getBoundingClientRect(), box)) ?? null;
}

/** Gmail shows (and hides) its drop zones within a frame or two of a drag: looked for this often... */
const DROPZONE_CHECK_MS = 50;
/** ...this many times (2 s): a compose without them by then takes no drop, and the user is told. */
const DROPZONE_CHECKS = 40;
/** Files per drop: Gmail's drop zone takes at most three at once (as InboxSDK found). */
const FILES_PER_DROP = 3;

/**
 * As InboxSDK's attachFiles: a dragover on the compose makes Gmail show its drop zones; a drop on
 * the attachment zone over this compose, then dragend. At most three files per drop, waiting for
 * the zones to go between drops.
 */
async function attachFiles(root: HTMLElement, files: readonly File[]): Promise<boolean> {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  for (let i = 0; i < files.length; i += FILES_PER_DROP) {
    const data = filesTransfer(files.slice(i, i + FILES_PER_DROP));
    root.dispatchEvent(dragEvent(doc, 'dragenter', data));
    root.dispatchEvent(dragEvent(doc, 'dragover', data));
    let zone: HTMLElement | null = null;
    await waitUntil(view, () => !!(zone = dropzoneOver(root)), DROPZONE_CHECKS, DROPZONE_CHECK_MS);
    if (!zone) {
      root.dispatchEvent(dragEvent(doc, 'dragend', data));
      return false;
    }
    (zone as HTMLElement).dispatchEvent(dragEvent(doc, 'drop', data));
    root.dispatchEvent(dragEvent(doc, 'dragend', data));
    await waitUntil(view, () => !dropzoneOver(root), DROPZONE_CHECKS, DROPZONE_CHECK_MS);
  }
  return true;
}

const attachedNames = (root: HTMLElement) =>
  all(root, S.attachment)
    .map((chip) => (first(chip, S.attachmentName) ?? chip).textContent?.trim() ?? '')
    .filter(Boolean);

function handle(editor: HTMLElement): ComposeHandle | null {
  const root = closest(editor, S.compose);
  if (!root) return null;
  const id = first<HTMLInputElement>(root, S.composeId)?.value;
  const sendButton = () => first(root, S.send);
  return {
    webmail: 'gmail',
    key: id && id !== 'undefined' ? `gmail:${id}` : `gmail:${editor.id || 'compose'}`,
    root,
    editor,
    recipients: () => recipients(root),
    subject: () => subjectOf(root),
    setSubject(subject) {
      const input = first<HTMLInputElement>(root, S.subject);
      if (!input || !isShown(input)) return false;
      setInputValue(input, subject);
      return true;
    },
    addRecipient: (email) => addRecipient(root, email),
    attachFiles: (files) => attachFiles(root, files),
    attachedNames: () => attachedNames(root),
    buttonSlot() {
      const send = sendButton();
      const cell = send?.closest('td');
      if (cell && root.contains(cell)) return { kind: 'inline', after: cell };
      return send ? { kind: 'inline', after: send } : { kind: 'floating' };
    },
    ...sendAndDiscard(root, S.send, S.discard),
  };
}

export const gmail: WebmailAdapter = {
  name: 'gmail',
  findComposes(doc) {
    const editors = all(doc, S.editor);
    return editors.map(handle).filter((h): h is ComposeHandle => h !== null);
  },
};
