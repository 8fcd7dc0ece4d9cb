import { htmlToNodes } from './html-to-nodes';

/**
 * Editing a webmail's fields the way a user would, so the site's own code (React state, draft
 * saving, undo) sees every change.
 */

/**
 * Sets an input's value through the prototype's setter, then says so with bubbling `input` and
 * `change` events: React-controlled inputs (Outlook's subject) only learn a value from the event.
 */
export function setInputValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Whether an element is rendered: replies keep a hidden subject that must not be set. */
export function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?(): boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || /display\s*:\s*none/i.test(node.getAttribute('style') ?? '')) return false;
  }
  return true;
}

type Policy = { createHTML(html: string): unknown };
let policy: Policy | null | undefined;

/**
 * Our HTML as a TrustedHTML where the page enforces Trusted Types (Gmail does, content scripts
 * included). The policy re-serialises through the allow-list builder, so even a bug upstream
 * cannot pass a script through it. Null when the page's CSP does not allow our policy name.
 */
export function trustedHtml(html: string, doc: Document): unknown {
  const tt = (
    doc.defaultView as (Window & { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): Policy } }) | null
  )?.trustedTypes;
  if (!tt) return html;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('relance', { createHTML: (s) => sanitizedHtml(s, doc) });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : null;
}

function sanitizedHtml(html: string, doc: Document): string {
  const inert = doc.implementation.createHTMLDocument('');
  const box = inert.createElement('div');
  box.append(htmlToNodes(html, inert));
  return box.innerHTML;
}

export type InsertMethod = 'execCommand' | 'nodes';

/**
 * Inserts HTML into a contenteditable editor over `range` (collapsed: at a cursor). First
 * `execCommand('insertHTML')`: the browser keeps it on the editor's undo stack and fires the
 * editor's own input events. Where that is refused (Trusted Types without our policy, a browser
 * without the command), the same HTML is built as nodes, inserted at the range, and announced
 * with a bubbling `input` event.
 */
export function insertHtml(editor: HTMLElement, html: string, range: Range): InsertMethod {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  editor.focus();
  selection?.removeAllRanges();
  selection?.addRange(range);

  let method: InsertMethod = 'nodes';
  try {
    const value = trustedHtml(html, doc);
    if (value !== null && typeof doc.execCommand === 'function' && doc.execCommand('insertHTML', false, value as string))
      method = 'execCommand';
  } catch {
    // Refused by Trusted Types or unsupported: built from nodes below.
  }
  if (method === 'nodes') {
    const fragment = htmlToNodes(html, doc);
    const last = fragment.lastChild;
    range.deleteContents();
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }
  pokeDraftSave(editor);
  return method;
}

/**
 * Webmails save a draft on key and input events, not on DOM changes: a harmless key (Shift) on
 * the editor makes them save what was inserted, as a typed character would.
 */
export function pokeDraftSave(editor: HTMLElement): void {
  for (const type of ['keydown', 'keyup'] as const) {
    editor.dispatchEvent(new KeyboardEvent(type, { bubbles: true, key: 'Shift', code: 'ShiftLeft', shiftKey: type === 'keydown' }));
  }
}

/** Whether a node shows nothing but whitespace and line breaks. */
export const isBlankNode = (node: Node) =>
  (node.textContent ?? '').replace(/[\s\u00a0\u200b]/g, '') === '' && !(node instanceof Element && node.querySelector('img, table, hr'));

/**
 * The part of a body the user (or a compose link) wrote: from the start of the editor to the first
 * block that must stay (a quoted message, a signature), or everything when there is none. The
 * blank line that separates that block stays out of the range: replacing it would leave the caret
 * against the block, and the browser would write the reminder inside the quote.
 */
export function bodyRange(editor: HTMLElement, keep: string): Range {
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  const block = keptBlock(editor, keep);
  if (block) {
    const separator = block.previousSibling;
    range.setEndBefore(separator && isBlankNode(separator) ? separator : block);
  }
  return range;
}

/** The editor's top-level block that holds the first element matching `keep`, if any. */
export function keptBlock(editor: HTMLElement, keep: string): Node | null {
  let block: Node | null = keep ? editor.querySelector(keep) : null;
  while (block?.parentNode && block.parentNode !== editor) block = block.parentNode;
  return block;
}

/** Whether a range holds only line breaks and whitespace. */
export function isBlank(range: Range): boolean {
  return range.toString().replace(/[\s\u00a0\u200b]/g, '') === '' && !range.cloneContents().querySelector('img, table, hr');
}
