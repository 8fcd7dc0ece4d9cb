import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Invoice, InvoiceAction, InvoiceActionKind, Settings } from '../../lib/core';
import { today as currentDay } from '../../lib/clock';
import { getSettings } from '../../lib/db';
import { localeOf, t, uiLanguage, type MessageKey } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { ActionDialog } from './ActionDialog';
import { ClientView } from './ClientView';
import { DeskContext, type Desk } from './context';
import { InvoicesView } from './InvoicesView';
import { OverviewView } from './OverviewView';
import { hrefOf, useRoute, type Route } from './route';
import { TodayView } from './TodayView';
import { useShortcuts } from './use-shortcuts';

interface Notice {
  text: string;
  /** The invoice whose last action Undo takes back. */
  undoId?: string;
  error?: boolean;
}

const NAV: { view: Exclude<Route['view'], 'client'>; key: MessageKey; shortcut: string }[] = [
  { view: 'today', key: 'deskToday', shortcut: '1' },
  { view: 'invoices', key: 'deskInvoices', shortcut: '2' },
  { view: 'overview', key: 'deskOverview', shortcut: '3' },
];

export function App() {
  const route = useRoute();
  const [base, setBase] = useState<{ settings: Settings; today: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [asking, setAsking] = useState<{ kind: InvoiceActionKind; invoices: Invoice[] } | null>(null);
  const [help, setHelp] = useState(false);
  const main = useRef<HTMLElement>(null);

  const load = useCallback(async () => setBase({ settings: await getSettings(), today: await currentDay() }), []);
  useEffect(() => void load(), [load]);

  const desk = useMemo<Desk | null>(() => {
    if (!base) return null;
    const lang = uiLanguage(base.settings.uiLanguage);
    const tr = (key: MessageKey, ...subs: (string | number)[]) => t(key, lang, ...subs);
    const fail = (error: unknown) => setNotice({ text: error instanceof Error ? error.message : String(error), error: true });
    const changed = (text?: string) => {
      setVersion((v) => v + 1);
      if (text) setNotice({ text });
    };
    return {
      ...base,
      lang,
      locale: localeOf(lang),
      version,
      t: tr,
      fail,
      changed,
      ask: (kind, invoices) => setAsking({ kind, invoices }),
      async act(invoiceIds: string[], action: InvoiceAction) {
        try {
          await send({ type: 'ui:invoiceAction', invoiceIds, action });
          changed();
          setNotice({ text: tr(ACTION_DONE[action.kind], invoiceIds.length), undoId: invoiceIds.length === 1 ? invoiceIds[0] : undefined });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async undo(invoiceId: string) {
        try {
          const undone = await send<unknown>({ type: 'ui:undoAction', invoiceId });
          changed(tr(undone ? 'deskUndone' : 'deskNothingToUndo'));
        } catch (error) {
          fail(error);
        }
      },
      async draft(invoiceIds: string[], webmail: 'gmail' | 'outlook') {
        try {
          const d = await send<{ token: string; html: string; text: string }>({ type: 'ui:prepareDraft', invoiceIds });
          // The compose link carries plain text: the formatted reminder goes in when the editor appears, and is on the clipboard too.
          await navigator.clipboard
            .write([new ClipboardItem({ 'text/html': new Blob([d.html], { type: 'text/html' }), 'text/plain': new Blob([d.text], { type: 'text/plain' }) })])
            .catch(() => undefined);
          await send({ type: 'ui:openDraft', token: d.token, webmail });
          changed(tr('popupDrafted', webmail === 'gmail' ? 'Gmail' : 'Outlook'));
        } catch (error) {
          fail(error);
        }
      },
    };
  }, [base, version]);

  useEffect(() => {
    if (desk) document.documentElement.lang = desk.lang;
  }, [desk]);
  // A new view gets the focus, so that keyboard and screen reader users land in it.
  useEffect(() => main.current?.focus(), [route.view]);

  useShortcuts({
    '1': () => (location.hash = '#today'),
    '2': () => (location.hash = '#invoices'),
    '3': () => (location.hash = '#overview'),
    '/': () => {
      location.hash = '#invoices';
      setTimeout(() => document.querySelector<HTMLInputElement>('[data-relance="search"]')?.focus(), 0);
    },
    '?': () => setHelp((h) => !h),
    u: () => notice?.undoId && desk && void desk.undo(notice.undoId),
  });

  if (!desk) return <main className="desk" aria-busy="true" />;
  const tr = desk.t;
  return (
    <DeskContext.Provider value={desk}>
      <div className="desk">
        <header className="top">
          <span className="brand">Relance</span>
          <nav aria-label={tr('deskNav')}>
            {NAV.map((n) => (
              <a key={n.view} href={hrefOf({ view: n.view } as Route)} aria-current={route.view === n.view ? 'page' : undefined} aria-keyshortcuts={n.shortcut}>
                {tr(n.key)} <kbd>{n.shortcut}</kbd>
              </a>
            ))}
          </nav>
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {tr('popupOptions')}
          </button>
        </header>
        <main ref={main} tabIndex={-1} className="view">
          <div className="notice-slot" role="status" aria-live="polite">
            {notice && (
              <p className={notice.error ? 'notice error' : 'notice'} data-relance="notice">
                {notice.text}
                {notice.undoId && (
                  <button type="button" data-relance-action="undo" aria-keyshortcuts="u" onClick={() => void desk.undo(notice.undoId!)}>
                    {tr('deskUndo')} <kbd>u</kbd>
                  </button>
                )}
              </p>
            )}
          </div>
          {route.view === 'today' && <TodayView />}
          {route.view === 'invoices' && <InvoicesView />}
          {route.view === 'overview' && <OverviewView />}
          {route.view === 'client' && <ClientView clientId={route.clientId} invoiceId={route.invoiceId} />}
        </main>
        <footer>
          <section className="shortcuts" hidden={!help} aria-label={tr('deskShortcuts')}>
            <h2>{tr('deskShortcuts')}</h2>
            <p>{tr('deskShortcutsList')}</p>
          </section>
          <p className="hint">{tr('deskShortcutsHint')}</p>
        </footer>
        {asking && <ActionDialog kind={asking.kind} invoices={asking.invoices} onClose={() => setAsking(null)} />}
      </div>
    </DeskContext.Provider>
  );
}

const ACTION_DONE: Record<InvoiceActionKind, MessageKey> = {
  payment: 'deskDonePayment',
  promise: 'deskDonePromise',
  dispute: 'deskDoneDispute',
  call: 'deskDoneCall',
  pause: 'deskDonePause',
  resume: 'deskDoneResume',
  cancel: 'deskDoneCancel',
  'correct-due-date': 'deskDoneCorrect',
  note: 'deskDoneNote',
};
