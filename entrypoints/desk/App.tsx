import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Invoice, InvoiceActionKind } from '../../lib/core';
import type { MessageKey } from '../../lib/i18n';
import { DeskContext } from './context';
import { useDeskValue, type Notice } from './use-desk-value';
import { hrefOf, useRoute, type Route } from './route';
import { loadDeskBase, type DeskBase } from './today-data';
import { TodayView } from './TodayView';
import { useShortcuts } from './use-shortcuts';
import { useDayTurn } from './use-day-turn';
import { today as currentDay } from '../../lib/clock';

// Today and the shell are the page's own script; each other view, and the action form, is loaded
// when first shown (with the list's virtualiser, the database, the schemas and the CSV writer):
// the first view does not wait for code it does not run.
const InvoicesView = lazy(() => import('./InvoicesView').then((m) => ({ default: m.InvoicesView })));
const OverviewView = lazy(() => import('./OverviewView').then((m) => ({ default: m.OverviewView })));
const ClientsView = lazy(() => import('./ClientsView').then((m) => ({ default: m.ClientsView })));
const ClientView = lazy(() => import('./ClientView').then((m) => ({ default: m.ClientView })));
const ActionDialog = lazy(() => import('./ActionDialog').then((m) => ({ default: m.ActionDialog })));

const NAV: { view: Exclude<Route['view'], 'client'>; key: MessageKey; shortcut: string }[] = [
  { view: 'today', key: 'deskToday', shortcut: '1' },
  { view: 'invoices', key: 'deskInvoices', shortcut: '2' },
  { view: 'overview', key: 'deskOverview', shortcut: '3' },
  { view: 'clients', key: 'deskClientsTitle', shortcut: '4' },
];

export function App() {
  const route = useRoute();
  const [base, setBase] = useState<DeskBase | null>(null);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [asking, setAsking] = useState<{ kind: InvoiceActionKind; invoices: Invoice[] } | null>(null);
  const [help, setHelp] = useState(false);
  const main = useRef<HTMLElement>(null);

  useEffect(() => void loadDeskBase().then(setBase), []);
  // Opened again on a new day: the page starts over on that day (its Today, its default dates).
  useDayTurn(base?.today, currentDay, reloadPage);

  const desk = useDeskValue(base, version, setVersion, setNotice, setAsking);

  useEffect(() => {
    if (desk) document.documentElement.lang = desk.lang;
  }, [desk]);
  // A new view gets the focus, so that keyboard and screen reader users land in it.
  useEffect(() => main.current?.focus(), [route.view]);

  useShortcuts({
    '1': () => (location.hash = '#today'),
    '2': () => (location.hash = '#invoices'),
    '3': () => (location.hash = '#overview'),
    '4': () => (location.hash = '#clients'),
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
              <a
                key={n.view}
                href={hrefOf({ view: n.view } as Route)}
                aria-current={route.view === n.view ? 'page' : undefined}
                aria-keyshortcuts={n.shortcut}
              >
                {tr(n.key)} <kbd>{n.shortcut}</kbd>
              </a>
            ))}
          </nav>
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {tr('popupOptions')}
          </button>
        </header>
        <main ref={main} tabIndex={-1} className="view">
          <NoticeBar notice={notice} undo={(id) => void desk.undo(id)} label={tr('deskUndo')} />
          <Suspense fallback={<section aria-busy="true" />}>
            {route.view === 'today' && <TodayView />}
            {route.view === 'invoices' && <InvoicesView />}
            {route.view === 'overview' && <OverviewView />}
            {route.view === 'clients' && <ClientsView />}
            {route.view === 'client' && <ClientView clientId={route.clientId} invoiceId={route.invoiceId} />}
          </Suspense>
        </main>
        <footer>
          <section className="shortcuts" hidden={!help} aria-label={tr('deskShortcuts')}>
            <h2>{tr('deskShortcuts')}</h2>
            <p>{tr('deskShortcutsListClients')}</p>
          </section>
          <p className="hint">{tr('deskShortcutsHint')}</p>
        </footer>
        {asking && (
          <Suspense>
            <ActionDialog kind={asking.kind} invoices={asking.invoices} onClose={() => setAsking(null)} />
          </Suspense>
        )}
      </div>
    </DeskContext.Provider>
  );
}

const reloadPage = () => location.reload();

/** What the last action did, with Undo; read out by screen readers as it changes. */
function NoticeBar({ notice, undo, label }: { notice: Notice | null; undo(id: string): void; label: string }) {
  return (
    <div className="notice-slot" role="status" aria-live="polite">
      {notice && (
        <p className={notice.error ? 'notice error' : 'notice'} data-relance="notice">
          {notice.text}
          {notice.undoId && (
            <button type="button" data-relance-action="undo" aria-keyshortcuts="u" onClick={() => undo(notice.undoId!)}>
              {label} <kbd>u</kbd>
            </button>
          )}
        </p>
      )}
    </div>
  );
}
