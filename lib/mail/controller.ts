import { t, type UiLanguage } from '../i18n/content';
import type { ContentMessage, Reply } from '../messaging/protocol';
import type { ComposeHandle, WebmailAdapter } from './compose';
import { attachReminderFiles } from './attach-invoice';
import { ComposeButtons } from './compose-buttons';
import { ComposeFill } from './compose-fill';
import { ComposeFocus } from './compose-focus';
import { insertReminder } from './insert-reminder';
import type { AttachmentBytes, ComposedReminder, PickerData } from './messages';
import { openPicker, type Picker } from './picker';
import { requester, type Request } from './request';
import { listenForSend, SendTracker } from './send-tracker';
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
  /** How long the webmail may take to show an attached file's chip, in checks (see attach-invoice). */
  chipChecks?: number;
  watch?: { delay?: number; stats?: WatchStats };
  now?: () => number;
}

export interface WebmailController {
  /** Opens the picker on the compose being written (the commands API shortcut). */
  openPickerHere(): boolean;
  composes(): ComposeHandle[];
  stop(): void;
}

/**
 * Relance in a webmail page: a button in every compose, the picker, the reminder a compose link
 * left for this tab, and the send of a compose Relance wrote (recorded once it has left: the
 * compose closes after Send or Ctrl+Enter; a discarded one records nothing; one the user undoes
 * is taken back). This wires the parts together; each keeps its own state.
 */
export function startWebmail(doc: Document, deps: WebmailDeps): WebmailController {
  const { adapter, lang } = deps;
  const now = deps.now ?? (() => Date.now());
  const request = requester(deps.send);
  const composes = () => watcher.composes();
  const composeOf = (node: Node | null) => (node ? composes().find((c) => c.root.contains(node)) : undefined);
  const tracker = new SendTracker({ doc, lang, webmail: adapter.name, request, now });
  const buttons = new ComposeButtons(doc, lang);
  const fill = new ComposeFill({
    doc,
    lang,
    webmail: adapter.name,
    url: deps.url,
    request,
    now,
    fillTimeoutMs: deps.fillTimeoutMs,
    composes,
    insert: (compose, reminder) => insert(compose, reminder, true),
  });
  let picker: Picker | null = null;

  const watcher = watchComposes(
    doc,
    adapter,
    {
      added(compose) {
        buttons.add(compose, () => openFor(compose));
        if (fill.waiting) fill.whenReady(compose, now());
        else tracker.appeared(compose);
      },
      removed(compose, replaced) {
        buttons.remove(compose.key);
        if (replaced) return;
        focus.forget(compose.key);
        tracker.closed(compose.key);
      },
    },
    deps.watch,
  );
  const stopSendListening = listenForSend(doc, composeOf, tracker);
  const focus = new ComposeFocus(doc, composes, composeOf);

  function insert(compose: ComposeHandle, reminder: ComposedReminder, replaceBody: boolean): string {
    if (!compose.editor.isConnected) throw new Error('the compose was closed');
    const outcome = insertReminder(compose, {
      subject: reminder.subject,
      html: reminder.html,
      to: reminder.to[0],
      cursor: focus.cursor(compose.key),
      replaceBody,
    });
    tracker.wrote(compose.key, reminder);
    // How it went in, for support and tests: execCommand (undoable) or nodes (Trusted Types refused us).
    compose.root.setAttribute('data-relance-inserted', outcome.method);
    const fetch = (fileId: string) => request<AttachmentBytes>({ type: 'cs:mailAttachment', fileId });
    attachReminderFiles(compose, reminder, { lang, fetch, chipChecks: deps.chipChecks }, (files) => tracker.attached(compose.key, files));
    if (compose.recipients().length === 0 && !outcome.recipientAdded) {
      return reminder.newAddress
        ? t('mailAddressLeftEmpty', lang, reminder.newAddress.email)
        : t('mailNoAddress', lang, reminder.to[0] ?? '—');
    }
    return t('mailInserted', lang);
  }

  function openFor(compose: ComposeHandle) {
    picker?.close();
    picker = openComposePicker(doc, compose, { lang, request, insert: (reminder) => insert(compose, reminder, false) }, () => {
      picker = null;
    });
  }

  fill.start();

  return {
    openPickerHere() {
      const here = composeOf(doc.activeElement) ?? focus.last() ?? composes()[0];
      if (!here) return false;
      openFor(here);
      return true;
    },
    composes,
    stop() {
      fill.stop();
      watcher.stop();
      picker?.close();
      buttons.stop();
      stopSendListening();
      focus.stop();
    },
  };
}

interface ComposePickerDeps {
  lang: UiLanguage;
  request: Request;
  insert(reminder: ComposedReminder): string;
}

/** The picker for one compose: its data comes from the background, its Insert writes into that compose. */
function openComposePicker(doc: Document, compose: ComposeHandle, deps: ComposePickerDeps, onClosed: () => void): Picker {
  const { lang, request } = deps;
  return openPicker(doc, {
    lang,
    lookup: (query) => request<PickerData>({ type: 'cs:mailLookup', recipients: compose.recipients(), query }),
    compose: (invoiceIds, stage, templateId, attach) =>
      request<ComposedReminder>({ type: 'cs:mailCompose', invoiceIds, stage, templateId, attach }),
    confirmAddress: async (clientId, email) => void (await request<boolean>({ type: 'cs:mailConfirmAddress', clientId, email })),
    insert: async (reminder) => {
      const message = deps.insert(reminder);
      showToast(doc, message);
      return message;
    },
    closed: () => {
      onClosed();
      if (compose.editor.isConnected) compose.editor.focus({ preventScroll: true });
    },
  });
}
