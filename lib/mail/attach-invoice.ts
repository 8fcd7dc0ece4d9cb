import type { AttachmentRef } from '../core/reminder-event';
import { t, type UiLanguage } from '../i18n/content';
import type { ComposeHandle } from './compose';
import type { AttachmentBytes, AttachmentFile, ComposedReminder } from './messages';
import { showToast } from './toast';
import { waitUntil } from './attach';

export interface AttachDeps {
  lang: UiLanguage;
  /** The file's bytes from the background (cs:mailAttachment). */
  fetch(fileId: string): Promise<AttachmentBytes>;
  /** How long the webmail may take to show its attachment chip, in checks of CHIP_CHECK_MS. */
  chipChecks?: number;
}

/** How often the compose is looked at for the attachment chip: soon after it shows, at little cost. */
const CHIP_CHECK_MS = 100;
/** How many looks by default (8 s): an upload of an invoice-sized file shows its chip well within. */
const CHIP_CHECKS = 80;

const WEBMAIL_NAME = { gmail: 'Gmail', outlook: 'Outlook' } as const;

/** Base64 from the background back to bytes. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const shows = (compose: ComposeHandle, name: string) => compose.attachedNames().some((shown) => shown === name || shown.includes(name));

/**
 * Attaches the copy of the invoice to a compose Relance wrote in, through the webmail's own
 * mechanism, and checks that the webmail shows it. When it does not (or the file cannot be read),
 * the user is told, with the file to download from Relance's own toast: never silently missing.
 * Returns the files the compose shows attached.
 */
export async function attachInvoiceFiles(
  compose: ComposeHandle,
  wanted: readonly AttachmentFile[],
  deps: AttachDeps,
): Promise<AttachmentRef[]> {
  if (wanted.length === 0) return [];
  const doc = compose.editor.ownerDocument;
  let files: File[];
  try {
    files = (await Promise.all(wanted.map((w) => deps.fetch(w.fileId)))).map(
      (b) => new File([bytesOf(b.data)], b.name, { type: b.type || 'application/octet-stream' }),
    );
  } catch (error) {
    showToast(doc, t('mailAttachError', deps.lang, error instanceof Error ? error.message : String(error)));
    return [];
  }
  // A draft that already holds the file (reopened after Undo) does not get it twice.
  const missing = files.filter((f) => !shows(compose, f.name));
  let handed = missing.length === 0;
  try {
    if (!handed) handed = await compose.attachFiles(missing);
  } catch {
    handed = false;
  }
  const all = () => wanted.every((w) => shows(compose, w.name));
  if (handed && (await waitUntil(doc.defaultView, all, deps.chipChecks ?? CHIP_CHECKS, CHIP_CHECK_MS))) {
    showToast(doc, t('mailAttached', deps.lang));
    return wanted.map(({ fileId, name }) => ({ fileId, name }));
  }
  const links = files.map((file) => ({
    label: t('mailAttachDownload', deps.lang, file.name),
    href: URL.createObjectURL(file),
    download: file.name,
  }));
  showToast(doc, t('mailAttachFailed', deps.lang, WEBMAIL_NAME[compose.webmail]), undefined, links);
  return wanted.filter((w) => shows(compose, w.name)).map(({ fileId, name }) => ({ fileId, name }));
}

/** Of the files attached when Relance wrote, those the compose still shows (the user may have removed one before Send). */
export const stillAttached = (compose: ComposeHandle, attached: readonly AttachmentRef[]) => attached.filter((a) => shows(compose, a.name));

/**
 * The copy of the invoice a reminder carries, attached after its text is in: the webmail's chip (or
 * Relance's toast with the file) follows; `attached` gets the files the compose then shows.
 */
export function attachReminderFiles(
  compose: ComposeHandle,
  reminder: ComposedReminder,
  deps: AttachDeps,
  attached: (files: AttachmentRef[]) => void,
): void {
  if (!reminder.attachments?.length) return;
  void attachInvoiceFiles(compose, reminder.attachments, deps).then(attached);
}
