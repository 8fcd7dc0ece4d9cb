import type { ComposeHandle } from './compose';
import { bodyRange, insertHtml, isBlank, isBlankNode, keptBlock, pokeDraftSave, type InsertMethod } from './dom-edit';

/**
 * What a reply or a signature adds below the message: never overwritten. Gmail writes a
 * signature's "-- " line as its own `span.gmail_signature_prefix` above the signature: it belongs
 * to the signature, so the blank lines above it are the message's, and are replaced.
 */
export const KEPT_BLOCKS =
  '.gmail_signature_prefix, .gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], #Signature, #divRplyFwdMsg, #appendonsend, blockquote';

export interface InsertRequest {
  subject: string;
  html: string;
  /** The recipient to add when To is empty. */
  to?: string;
  /** Where the user's cursor was in the body before Relance took focus. */
  cursor?: Range | null;
  /** Replace what is above the quote and signature (the plain text a compose link put there). */
  replaceBody?: boolean;
}

export interface InsertOutcome {
  method: InsertMethod;
  subjectSet: boolean;
  recipientAdded: boolean;
}

/**
 * Writes a reminder into a compose: the recipient when To is empty, the subject when the compose
 * shows one, then the body. An empty body (or one Relance is told to replace) is replaced above
 * the quoted message and the signature, so no blank line is left over; a body the user started
 * gets the reminder at their cursor, or at the top.
 */
export function insertReminder(compose: ComposeHandle, request: InsertRequest): InsertOutcome {
  const recipientAdded = !!request.to && compose.recipients().length === 0 && compose.addRecipient(request.to);
  const subjectSet = compose.setSubject(request.subject);
  const written = bodyRange(compose.editor, KEPT_BLOCKS);
  let range = written;
  if (!request.replaceBody && !isBlank(written)) {
    range = compose.editor.ownerDocument.createRange();
    const cursor = request.cursor;
    if (cursor && compose.editor.contains(cursor.startContainer) && compose.editor.contains(cursor.endContainer)) {
      range.setStart(cursor.startContainer, cursor.startOffset);
      range.setEnd(cursor.endContainer, cursor.endOffset);
    } else {
      range.setStart(compose.editor, 0);
      range.collapse(true);
    }
  }
  const blankLine = range === written ? separatorOf(compose.editor) : null;
  const method = insertHtml(compose.editor, request.html, range);
  // Put back after the insertion: the webmail is told again, so its draft holds the line too.
  if (blankLine && keepSeparator(compose.editor, blankLine)) pokeDraftSave(compose.editor);
  return { method, subjectSet, recipientAdded };
}

/** A copy of the blank line above the kept block, in the editor's own shape (`<br>`, `<div><br></div>`). */
function separatorOf(editor: HTMLElement): Node | null {
  const block = keptBlock(editor, KEPT_BLOCKS);
  if (!block) return null;
  const before = block.previousSibling;
  return before && isBlankNode(before) ? before.cloneNode(true) : editor.ownerDocument.createElement('br');
}

/**
 * Chromium's insertHTML writes into the blank line above a quote or swallows the line break
 * above a signature: one blank line, shaped as the editor had it, is put back so "-- " or the
 * quoted header does not sit against "Kind regards,".
 */
function keepSeparator(editor: HTMLElement, blankLine: Node): boolean {
  const block = keptBlock(editor, KEPT_BLOCKS);
  const before = block?.previousSibling;
  if (!block || !before || isBlankNode(before)) return false;
  editor.insertBefore(blankLine, block);
  return true;
}
