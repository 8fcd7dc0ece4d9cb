import type { AttachmentRef, Stage } from '../core/reminder-event';
import { t, type UiLanguage } from '../i18n/content';
import type { ComposeHandle, WebmailAdapter } from './compose';
import { stillAttached } from './attach-invoice';
import { KEPT_BLOCKS } from './insert-reminder';
import { failedText, type Request } from './request';
import { showToast } from './toast';

/** A sent compose closes within seconds; a compose that stays this long after Send did not leave. */
const SEND_WINDOW_MS = 60_000;
/**
 * "Undo" after Send: Gmail offers it for up to 30 s, Outlook for up to 10 s, and reopens the draft.
 * A compose that appears this soon after a recorded send, already holding that reminder, is it.
 */
const UNDO_WINDOW_MS = 35_000;
/** A reopened draft may show its text a moment after its compose appears. */
const UNDO_CHECK_MS = 2_000;
/** How often a new compose is looked at again within UNDO_CHECK_MS: a few looks, none noticeable. */
const UNDO_RECHECK_MS = 250;

/** What Relance wrote into a compose, all a send needs to be recorded. */
export interface WrittenReminder {
  invoiceIds: string[];
  stage: Stage;
  /** The invoice numbers: a compose whose text no longer shows any was undone or rewritten. */
  numbers: string[];
}

interface Written extends WrittenReminder {
  /** The invoice files Relance attached and the webmail showed. */
  attachments?: AttachmentRef[];
  sending?: { at: number; to: string[]; names: string[]; subject: string; attachments: AttachmentRef[] };
}

/** A send recorded from this page, which the user may still undo in the webmail. */
interface Recorded {
  written: Written;
  at: number;
  /** The history entry and the addresses it taught, once the background has answered. */
  result: Promise<{ eventId: number; learned: string[] } | null>;
}

export interface SendTrackerDeps {
  doc: Document;
  lang: UiLanguage;
  webmail: WebmailAdapter['name'];
  request: Request;
  now: () => number;
}

/** Whether the user's own text in a compose (not the quoted message, which may well name the invoice) shows one of these numbers. */
function showsReminder(compose: ComposeHandle, numbers: readonly string[]): boolean {
  const own = compose.editor.cloneNode(true) as HTMLElement;
  own.querySelectorAll(KEPT_BLOCKS).forEach((block) => block.remove());
  const shown = own.textContent ?? '';
  return numbers.some((n) => shown.includes(n));
}

/**
 * The composes Relance wrote in, and their send: recorded once the compose has left (it closes
 * after Send or Ctrl+Enter; a discarded one records nothing), taken back when the user undoes it.
 */
export class SendTracker {
  private readonly written = new Map<string, Written>();
  private recorded: Recorded[] = [];

  constructor(private readonly deps: SendTrackerDeps) {}

  /** Relance wrote this reminder into the compose. */
  wrote(key: string, reminder: WrittenReminder): void {
    this.written.set(key, { invoiceIds: reminder.invoiceIds, stage: reminder.stage, numbers: reminder.numbers });
  }

  /** The invoice files the compose shows attached, once the webmail has taken them. */
  attached(key: string, files: AttachmentRef[]): void {
    const done = this.written.get(key);
    if (done && files.length) done.attachments = files;
  }

  /** Send was clicked or keyed: what leaves with it, if the reminder is still there. */
  sending(compose: ComposeHandle): void {
    const done = this.written.get(compose.key);
    if (!done) return;
    if (!showsReminder(compose, done.numbers)) {
      this.written.delete(compose.key); // the user took the reminder out (Ctrl+Z, deleted): not a reminder sent
      return;
    }
    const recipients = compose.recipients();
    const to = recipients.flatMap((r) => (r.email ? [r.email] : []));
    // Outlook chips often show only a name: the background records the matched client's address for it.
    const names = recipients.flatMap((r) => (!r.email && r.name ? [r.name] : []));
    done.sending = {
      at: this.deps.now(),
      to,
      names,
      subject: compose.subject(),
      attachments: stillAttached(compose, done.attachments ?? []),
    };
  }

  /** Discard was clicked: closing the compose is not a send. */
  discarded(key: string): void {
    const done = this.written.get(key);
    if (done) done.sending = undefined;
  }

  /** The compose closed: a send if Send came just before. */
  closed(key: string): void {
    const done = this.written.get(key);
    this.written.delete(key);
    if (done?.sending && this.deps.now() - done.sending.at < SEND_WINDOW_MS) void this.report(done);
  }

  /** A compose opened: after a recorded send it may be the draft the user's Undo reopened. */
  appeared(compose: ComposeHandle): void {
    if (this.recorded.length) this.findUndone(compose, this.deps.now());
  }

  private async report(done: Written) {
    const { doc, lang, request, now } = this.deps;
    const sending = done.sending!;
    const sent = request<{ eventId: number; learned: string[] }>({
      type: 'cs:mailSent',
      invoiceIds: done.invoiceIds,
      stage: done.stage,
      webmail: this.deps.webmail,
      to: sending.to,
      names: sending.names,
      subject: sending.subject,
      ...(sending.attachments.length ? { attachments: sending.attachments } : {}),
    });
    const at = now();
    this.recorded = [...this.recorded.filter((r) => at - r.at < UNDO_WINDOW_MS), { written: done, at, result: sent.catch(() => null) }];
    try {
      await sent;
      showToast(doc, t('mailSentRecorded', lang));
    } catch (error) {
      showToast(doc, failedText(lang, error));
    }
  }

  // A compose that comes back right after a recorded send, holding that reminder, is the draft the
  // webmail reopened when the user clicked Undo: the send is taken out of the history, and this
  // compose is Relance's again (sending it records it anew).
  private findUndone(compose: ComposeHandle, since: number) {
    const { doc, now } = this.deps;
    // A compose Relance wrote into since it appeared is a new reminder, not a reopened draft.
    if (this.written.has(compose.key)) return;
    const undone = this.recorded.find((r) => now() - r.at < UNDO_WINDOW_MS && showsReminder(compose, r.written.numbers));
    if (!undone) {
      if (now() - since < UNDO_CHECK_MS && compose.editor.isConnected)
        doc.defaultView?.setTimeout(() => this.findUndone(compose, since), UNDO_RECHECK_MS);
      return;
    }
    this.recorded = this.recorded.filter((r) => r !== undone);
    const { invoiceIds, stage, numbers, attachments } = undone.written;
    this.written.set(compose.key, { invoiceIds, stage, numbers, attachments });
    void this.takeBack(undone);
  }

  private async takeBack(undone: Recorded) {
    const { doc, lang, request } = this.deps;
    const result = await undone.result;
    if (!result) return;
    try {
      await request({ type: 'cs:mailUnsent', eventId: result.eventId, learned: result.learned });
      showToast(doc, t('mailSendUndone', lang));
    } catch (error) {
      showToast(doc, failedText(lang, error));
    }
  }
}

/**
 * Send and Discard as the user does them: a click, Ctrl+Enter anywhere in the compose, or
 * Enter/Space on a focused Send button (Gmail's is a div[role=button]: the keys do not turn into a
 * click there). Returns the function that stops listening.
 */
export function listenForSend(
  doc: Document,
  composeOf: (node: Node | null) => ComposeHandle | undefined,
  tracker: SendTracker,
): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const compose = composeOf(target);
    if (!compose) return;
    if (compose.isSend(target)) tracker.sending(compose);
    else if (compose.isDiscard(target)) tracker.discarded(compose.key);
  };
  const onKey = (event: KeyboardEvent) => {
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    if (!shortcut && event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const compose = composeOf(target);
    if (compose && (shortcut || compose.isSend(target))) tracker.sending(compose);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}
