import type { AttachmentRef, Stage } from '../core/reminder-event';
import { t, type UiLanguage } from '../i18n';
import type { ContentMessage, Reply } from '../messaging/protocol';
import type { ComposeHandle, WebmailAdapter } from './compose';
import { attachInvoiceFiles, stillAttached } from './attach-invoice';
import { createComposeButton, type ComposeButton } from './compose-button';
import { insertReminder, KEPT_BLOCKS } from './insert-reminder';
import type { AttachmentBytes, ComposedReminder, PendingFill, PickerData } from './messages';
import { openPicker, type Picker } from './picker';
import { showToast } from './toast';
import { watchComposes, type WatchStats } from './watch';

export interface WebmailDeps {
  adapter: WebmailAdapter;
  lang: UiLanguage;
  send<T>(message: ContentMessage): Promise<Reply<T>>;
  /** The page's address: a compose link's page asks again for its reminder if the first ask was early. */
  url: string;
  /** How long a compose link's page may take to show its editor before the user is told. */
  fillTimeoutMs?: number;
  watch?: { delay?: number; stats?: WatchStats };
  now?: () => number;
}

export interface WebmailController {
  /** Opens the picker on the compose being written (the commands API shortcut). */
  openPickerHere(): boolean;
  composes(): ComposeHandle[];
  stop(): void;
}

/** A sent compose closes within seconds; a compose that stays this long after Send did not leave. */
const SEND_WINDOW_MS = 60_000;
/**
 * "Undo" after Send: Gmail offers it for up to 30 s, Outlook for up to 10 s, and reopens the draft.
 * A compose that appears this soon after a recorded send, already holding that reminder, is it.
 */
const UNDO_WINDOW_MS = 35_000;
/** A reopened draft may show its text a moment after its compose appears. */
const UNDO_CHECK_MS = 2_000;

interface Written {
  invoiceIds: string[];
  stage: Stage;
  /** The invoice numbers: a compose whose text no longer shows any was undone or rewritten. */
  numbers: string[];
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

/** Whether the user's own text in a compose (not the quoted message, which may well name the invoice) shows one of these numbers. */
function showsReminder(compose: ComposeHandle, numbers: readonly string[]): boolean {
  const own = compose.editor.cloneNode(true) as HTMLElement;
  own.querySelectorAll(KEPT_BLOCKS).forEach((block) => block.remove());
  const shown = own.textContent ?? '';
  return numbers.some((n) => shown.includes(n));
}

/**
 * Relance in a webmail page: a button in every compose, the picker, the reminder a compose link
 * left for this tab, and the send of a compose Relance wrote (recorded once it has left: the
 * compose closes after Send or Ctrl+Enter; a discarded one records nothing; one the user undoes
 * is taken back).
 */
export function startWebmail(doc: Document, deps: WebmailDeps): WebmailController {
  const { adapter, lang } = deps;
  const now = deps.now ?? (() => Date.now());
  const buttons = new Map<string, ComposeButton>();
  const written = new Map<string, Written>();
  let recorded: Recorded[] = [];
  const cursors = new Map<string, Range>();
  let lastFocused: string | null = null;
  let picker: Picker | null = null;
  let pending: PendingFill | null = null;
  let stopped = false;

  const request = async <T>(message: ContentMessage): Promise<T> => {
    const reply = await deps.send<T>(message);
    if (!reply) throw new Error('no answer from Relance');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  };

  const view = doc.defaultView;
  const place = () => buttons.forEach((b) => b.place());
  view?.addEventListener('resize', place);
  view?.addEventListener('scroll', place, { capture: true, passive: true });
  // Outlook's panes move without scrolling or resizing: floating buttons follow their editor at a
  // slow pace, and only while there is one to follow.
  let placer: number | undefined;
  const follow = () => {
    const floating = [...buttons.values()].some((b) => b.floating);
    if (floating && placer === undefined) placer = view?.setInterval(place, 500);
    if (!floating && placer !== undefined) {
      view?.clearInterval(placer);
      placer = undefined;
    }
  };

  const watcher = watchComposes(
    doc,
    adapter,
    {
      added(compose) {
        buttons.set(compose.key, createComposeButton(compose, lang, () => openFor(compose)));
        follow();
        if (pending) fillWhenReady(compose, now());
        else if (recorded.length) findUndone(compose, now());
      },
      removed(compose, replaced) {
        buttons.get(compose.key)?.remove();
        buttons.delete(compose.key);
        follow();
        if (replaced) return;
        cursors.delete(compose.key);
        const done = written.get(compose.key);
        written.delete(compose.key);
        if (done?.sending && now() - done.sending.at < SEND_WINDOW_MS) void reportSent(done);
      },
    },
    deps.watch,
  );

  async function reportSent(done: Written) {
    const sent = request<{ eventId: number; learned: string[] }>({ type: 'cs:mailSent', invoiceIds: done.invoiceIds, stage: done.stage, webmail: adapter.name, to: done.sending!.to, names: done.sending!.names, subject: done.sending!.subject, ...(done.sending!.attachments.length ? { attachments: done.sending!.attachments } : {}) });
    const at = now();
    recorded = [...recorded.filter((r) => at - r.at < UNDO_WINDOW_MS), { written: done, at, result: sent.catch(() => null) }];
    try {
      await sent;
      showToast(doc, t('mailSentRecorded', lang));
    } catch (error) {
      showToast(doc, t('mailFailed', lang, error instanceof Error ? error.message : String(error)));
    }
  }

  // A compose that comes back right after a recorded send, holding that reminder, is the draft the
  // webmail reopened when the user clicked Undo: the send is taken out of the history, and this
  // compose is Relance's again (sending it records it anew).
  function findUndone(compose: ComposeHandle, since: number) {
    // A compose Relance wrote into since it appeared is a new reminder, not a reopened draft.
    if (written.has(compose.key)) return;
    const undone = recorded.find((r) => now() - r.at < UNDO_WINDOW_MS && showsReminder(compose, r.written.numbers));
    if (!undone) {
      if (now() - since < UNDO_CHECK_MS && compose.editor.isConnected) view?.setTimeout(() => findUndone(compose, since), 250);
      return;
    }
    recorded = recorded.filter((r) => r !== undone);
    written.set(compose.key, { invoiceIds: undone.written.invoiceIds, stage: undone.written.stage, numbers: undone.written.numbers, attachments: undone.written.attachments });
    void (async () => {
      const result = await undone.result;
      if (!result) return;
      try {
        await request({ type: 'cs:mailUnsent', eventId: result.eventId, learned: result.learned });
        showToast(doc, t('mailSendUndone', lang));
      } catch (error) {
        showToast(doc, t('mailFailed', lang, error instanceof Error ? error.message : String(error)));
      }
    })();
  }

  const composeOf = (node: Node | null) => (node ? watcher.composes().find((c) => c.root.contains(node)) : undefined);

  function markSending(compose: ComposeHandle) {
    const done = written.get(compose.key);
    if (!done) return;
    if (!showsReminder(compose, done.numbers)) {
      written.delete(compose.key); // the user took the reminder out (Ctrl+Z, deleted): not a reminder sent
      return;
    }
    const recipients = compose.recipients();
    const to = recipients.flatMap((r) => (r.email ? [r.email] : []));
    // Outlook chips often show only a name: the background records the matched client's address for it.
    const names = recipients.flatMap((r) => (!r.email && r.name ? [r.name] : []));
    done.sending = { at: now(), to, names, subject: compose.subject(), attachments: stillAttached(compose, done.attachments ?? []) };
  }

  const onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const compose = composeOf(target);
    if (!compose) return;
    if (compose.isSend(target)) markSending(compose);
    else if (compose.isDiscard(target)) {
      const done = written.get(compose.key);
      if (done) done.sending = undefined;
    }
  };
  // Ctrl+Enter anywhere in the compose, or Enter/Space on a focused Send button (Gmail's is a
  // div[role=button]: the keys do not turn into a click there).
  const onKey = (event: KeyboardEvent) => {
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    if (!shortcut && event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const compose = composeOf(target);
    if (compose && (shortcut || compose.isSend(target))) markSending(compose);
  };
  // Where the user was typing: the picker inserts there, and the shortcut opens on that compose.
  const onSelection = () => {
    const selection = doc.getSelection();
    if (!selection?.rangeCount) return;
    const range = selection.getRangeAt(0);
    const compose = watcher.composes().find((c) => c.editor.contains(range.startContainer));
    if (compose) {
      cursors.set(compose.key, range.cloneRange());
      lastFocused = compose.key;
    }
  };
  const onFocus = (event: FocusEvent) => {
    const compose = composeOf(event.target as Node);
    if (compose) lastFocused = compose.key;
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('selectionchange', onSelection);
  doc.addEventListener('focusin', onFocus, true);

  function insert(compose: ComposeHandle, reminder: ComposedReminder, replaceBody: boolean): string {
    if (!compose.editor.isConnected) throw new Error('the compose was closed');
    const outcome = insertReminder(compose, { subject: reminder.subject, html: reminder.html, to: reminder.to[0], cursor: cursors.get(compose.key), replaceBody });
    written.set(compose.key, { invoiceIds: reminder.invoiceIds, stage: reminder.stage, numbers: reminder.numbers });
    // How it went in, for support and tests: execCommand (undoable) or nodes (Trusted Types refused us).
    compose.root.setAttribute('data-relance-inserted', outcome.method);
    attachTo(compose, reminder);
    if (compose.recipients().length === 0 && !outcome.recipientAdded) {
      return reminder.newAddress ? t('mailAddressLeftEmpty', lang, reminder.newAddress.email) : t('mailNoAddress', lang, reminder.to[0] ?? '—');
    }
    return t('mailInserted', lang);
  }

  // The copy of the invoice, after the text: the webmail's chip (or Relance's toast with the file) follows.
  function attachTo(compose: ComposeHandle, reminder: ComposedReminder) {
    if (!reminder.attachments?.length) return;
    const fetch = (fileId: string) => request<AttachmentBytes>({ type: 'cs:mailAttachment', fileId });
    void attachInvoiceFiles(compose, reminder.attachments, { lang, fetch }).then((attached) => {
      const done = written.get(compose.key);
      if (done && attached.length) done.attachments = attached;
    });
  }

  function openFor(compose: ComposeHandle) {
    picker?.close();
    picker = openPicker(doc, {
      lang,
      lookup: (query) => request<PickerData>({ type: 'cs:mailLookup', recipients: compose.recipients(), query }),
      compose: (invoiceIds, stage, templateId, attach) => request<ComposedReminder>({ type: 'cs:mailCompose', invoiceIds, stage, templateId, attach }),
      confirmAddress: async (clientId, email) => void (await request<boolean>({ type: 'cs:mailConfirmAddress', clientId, email })),
      insert: async (reminder) => {
        const message = insert(compose, reminder, false);
        showToast(doc, message);
        return message;
      },
      closed: () => {
        picker = null;
        if (compose.editor.isConnected) compose.editor.focus({ preventScroll: true });
      },
    });
  }

  // The reminder a "Draft in Gmail/Outlook" link left for this tab.
  function fillWhenReady(compose: ComposeHandle, since: number) {
    if (!pending) return;
    // The webmail puts the link's plain text in just after the editor appears: wait for it a moment.
    const empty = (compose.editor.textContent ?? '').trim() === '';
    if (empty && now() - since < 1500) {
      view?.setTimeout(() => fillWhenReady(compose, since), 150);
      return;
    }
    const fill = pending;
    pending = null;
    try {
      insert(compose, fill, true);
      showToast(doc, t('mailFilled', lang));
    } catch (error) {
      showToast(doc, t('mailFailed', lang, error instanceof Error ? error.message : String(error)));
    }
  }

  function fillTimedOut(fill: PendingFill) {
    if (pending !== fill) return;
    pending = null;
    showToast(doc, t('mailFillTimeout', lang), {
      label: t('mailCopyFormatted', lang),
      async run() {
        const item = new ClipboardItem({ 'text/html': new Blob([fill.html], { type: 'text/html' }), 'text/plain': new Blob([fill.text], { type: 'text/plain' }) });
        await navigator.clipboard.write([item]);
        return t('mailCopied', lang);
      },
    });
  }

  const isComposeLink = /[?&](view|tf)=cm\b|\/deeplink\/compose/.test(deps.url);
  async function takeFill(attempt: number) {
    const fill = await request<PendingFill | null>({ type: 'cs:mailTakeFill', webmail: adapter.name }).catch(() => null);
    if (stopped) return;
    if (!fill) {
      // The tab may have loaded before the background finished opening it: ask again briefly.
      if (isComposeLink && attempt < 4) view?.setTimeout(() => void takeFill(attempt + 1), 500);
      return;
    }
    pending = fill;
    view?.setTimeout(() => fillTimedOut(fill), deps.fillTimeoutMs ?? 15_000);
    const open = watcher.composes()[0];
    if (open) fillWhenReady(open, now());
  }
  void takeFill(0);

  return {
    openPickerHere() {
      const composes = watcher.composes();
      const here = composeOf(doc.activeElement) ?? composes.find((c) => c.key === lastFocused) ?? composes[0];
      if (!here) return false;
      openFor(here);
      return true;
    },
    composes: () => watcher.composes(),
    stop() {
      stopped = true;
      watcher.stop();
      picker?.close();
      buttons.forEach((b) => b.remove());
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('selectionchange', onSelection);
      doc.removeEventListener('focusin', onFocus, true);
      view?.removeEventListener('resize', place);
      view?.removeEventListener('scroll', place, { capture: true });
      if (placer !== undefined) view?.clearInterval(placer);
    },
  };
}
