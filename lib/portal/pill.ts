import type { DetectedInvoice, InvoiceStatus } from '../core';
import { formatDate, formatMoney } from '../format';
import { localeOf, t, type PillMessageKey as MessageKey, type UiLanguage } from '../i18n/pill';
import { shadowMode } from '../mail/el';
import { isExposed } from './exposed';

export type PillState =
  | { kind: 'found'; count: number; overdue: number; covered?: boolean }
  /** What Track would store, before the first Track on a site: its first rows and the count. */
  | { kind: 'preview'; count: number; overdue: number; rows: readonly DetectedInvoice[] }
  | { kind: 'tracked'; count: number; overdue: number; auto: boolean }
  | { kind: 'error'; message: string };

export interface PillActions {
  /** Track on the pill (the controller shows the preview first, or tracks). */
  track(): void;
  /** "Track N invoices" in the preview. */
  confirm(): void;
  /** "Not right? Teach this page" in the preview. */
  teach(): void;
  /** The preview closed without tracking. */
  cancel(): void;
}

/** Rows the preview shows: enough to see whether the columns were read right. */
export const PREVIEW_ROWS = 5;

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; }
.wrap { display: flex; flex-direction: column; align-items: flex-end; gap: 8px; font: 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2430; }
.pill { display: flex; align-items: center; gap: 8px; background: #fff; border: 1px solid #d0d5dd; border-radius: 999px; padding: 6px 6px 6px 12px;
  box-shadow: 0 4px 16px rgba(16, 24, 40, .16); }
.panel { background: #fff; border: 1px solid #d0d5dd; border-radius: 12px; padding: 10px 12px; max-width: min(640px, calc(100vw - 48px));
  box-shadow: 0 8px 24px rgba(16, 24, 40, .2); }
.panel h2 { font-size: 14px; margin: 0 0 6px; }
.panel table { border-collapse: collapse; width: 100%; }
.panel th, .panel td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid #eef0f3; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 200px; }
.panel td.num { text-align: right; }
.panel .more { color: #5f6368; margin: 6px 0 0; }
.panel .row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; flex-wrap: wrap; }
.brand { font-weight: 700; color: #1a56db; }
.late { color: #c5221f; font-weight: 600; }
button { font: inherit; border-radius: 999px; border: 1px solid #1a56db; background: #1a56db; color: #fff; padding: 4px 12px; cursor: pointer; }
button.ghost { background: transparent; color: #5f6368; border-color: transparent; padding: 4px 8px; }
button.plain { background: #fff; color: #1a56db; }
.ok { color: #188038; font-weight: 600; padding-right: 8px; }
.err { color: #c5221f; padding-right: 8px; max-width: 360px; }
@media (prefers-color-scheme: dark) { .wrap { color: #e8eaed; } .pill, .panel { background: #202124; border-color: #3c4043; } button.plain { background: #202124; } }
`;

const STATUS_KEY: Record<InvoiceStatus, MessageKey> = {
  draft: 'pillStatusDraft',
  open: 'pillStatusOpen',
  partial: 'pillStatusPartial',
  paid: 'pillStatusPaid',
  cancelled: 'pillStatusCancelled',
  disputed: 'pillStatusDisputed',
};

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text; // text only: page data never becomes markup
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export interface Pill {
  host: HTMLElement;
  render(state: PillState): void;
  remove(): void;
}

type PillAction = 'track' | 'confirm-track' | 'teach-page';
type ActionButton = (key: MessageKey, action: PillAction, className?: string, ...subs: number[]) => HTMLButtonElement;

/** The status storage will keep: portals often say "unpaid" of a part-paid invoice (as upsertDetected reconciles). */
function shownStatus(i: DetectedInvoice): InvoiceStatus | undefined {
  const partPaid =
    i.amountDue && i.total && i.amountDue.currency === i.total.currency && i.amountDue.minor > 0 && i.amountDue.minor < i.total.minor;
  return i.status === 'open' && partPaid ? 'partial' : i.status;
}

/** The preview's table: page data as text cells only. */
function previewPanel(
  doc: Document,
  lang: UiLanguage,
  state: Extract<PillState, { kind: 'preview' }>,
  button: ActionButton,
  cancel: () => void,
): HTMLElement {
  const locale = localeOf(lang);
  const head = el(
    doc,
    'tr',
    {},
    ...(['pillColNumber', 'pillColClient', 'pillColDue', 'pillColDueDate', 'pillColStatus'] as const).map((k) =>
      el(doc, 'th', { text: t(k, lang), attrs: { scope: 'col' } }),
    ),
  );
  const rows = state.rows.slice(0, PREVIEW_ROWS).map((i) => {
    const due = i.amountDue ?? i.total;
    return el(
      doc,
      'tr',
      { attrs: { 'data-relance-invoice': i.number } },
      el(doc, 'td', { text: i.number }),
      el(doc, 'td', { text: i.clientName ?? '—' }),
      el(doc, 'td', { className: 'num', text: due ? formatMoney(due, locale) : '—' }),
      el(doc, 'td', { text: i.dueDate ? formatDate(i.dueDate, locale) : '—' }),
      el(doc, 'td', { text: shownStatus(i) ? t(STATUS_KEY[shownStatus(i)!], lang) : '—' }),
    );
  });
  const panel = el(
    doc,
    'div',
    {
      className: 'panel',
      attrs: { role: 'dialog', 'aria-label': t('pillPreviewTitle', lang, state.count), 'data-relance': 'track-preview' },
    },
    el(doc, 'h2', { text: t('pillPreviewTitle', lang, state.count) }),
    el(doc, 'table', {}, el(doc, 'thead', {}, head), el(doc, 'tbody', {}, ...rows)),
  );
  if (state.count > PREVIEW_ROWS)
    panel.append(el(doc, 'p', { className: 'more', text: t('pillPreviewMore', lang, state.count - PREVIEW_ROWS) }));
  const cancelButton = el(doc, 'button', {
    className: 'ghost',
    text: t('pillPreviewCancel', lang),
    attrs: { type: 'button', 'data-relance-action': 'cancel-preview' },
  });
  cancelButton.addEventListener('click', cancel);
  panel.append(
    el(
      doc,
      'div',
      { className: 'row' },
      button('pillPreviewTeach', 'teach-page', 'plain'),
      cancelButton,
      button('pillPreviewConfirm', 'confirm-track', undefined, state.count),
    ),
  );
  return panel;
}

/**
 * The small badge Relance shows on a portal page, in a Shadow DOM (closed in a release) so the
 * page's styles and scripts cannot reach it. Its actions answer only a real click (`isTrusted`) on
 * a pill the user could see (isExposed): a page script cannot click it, and a page cannot fade,
 * shrink or cover it to make the user click it unknowingly.
 */
export function createPill(doc: Document, lang: UiLanguage, actions: PillActions): Pill {
  const host = doc.createElement('relance-pill');
  host.setAttribute('data-relance', 'pill');
  const shadow = host.attachShadow({ mode: shadowMode() });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const wrap = el(doc, 'div', { className: 'wrap' });
  shadow.append(style, wrap);
  (doc.body ?? doc.documentElement).append(host);
  let current: PillState | undefined;

  const run: Record<PillAction, () => void> = {
    track: () => actions.track(),
    'confirm-track': () => actions.confirm(),
    'teach-page': () => actions.teach(),
  };
  const button: ActionButton = (key, action, className, ...subs) => {
    const b = el(doc, 'button', { className, text: t(key, lang, ...subs), attrs: { type: 'button', 'data-relance-action': action } });
    b.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      if (!isExposed(host, b, event)) {
        if (current && current.kind !== 'error') render({ kind: 'found', count: current.count, overdue: current.overdue, covered: true });
        return;
      }
      run[action]();
    });
    return b;
  };

  const render = (state: PillState) => {
    current = state;
    host.setAttribute('data-relance-state', state.kind); // for tests and the demo, whatever the language
    const box = el(
      doc,
      'div',
      { className: 'pill', attrs: { role: 'status', 'aria-live': 'polite' } },
      el(doc, 'span', { className: 'brand', text: 'Relance' }),
    );
    wrap.replaceChildren();
    if (state.kind === 'preview') wrap.append(previewPanel(doc, lang, state, button, () => actions.cancel()));
    wrap.append(box);
    if (state.kind === 'error') {
      box.append(el(doc, 'span', { className: 'err', text: t('pillFailed', lang, state.message) }));
      return;
    }
    box.append(el(doc, 'span', { text: t('pillInvoices', lang, state.count) }));
    if (state.overdue > 0)
      box.append(el(doc, 'span', { text: '·' }), el(doc, 'span', { className: 'late', text: t('pillOverdue', lang, state.overdue) }));
    if (state.kind === 'found' && state.covered)
      box.append(el(doc, 'span', { className: 'err', text: t('pillHidden', lang), attrs: { 'data-relance': 'pill-covered' } }));
    if (state.kind === 'found') box.append(button('pillTrack', 'track'));
    else if (state.kind === 'tracked')
      box.append(el(doc, 'span', { className: 'ok', text: `✓ ${t(state.auto ? 'pillTrackedAuto' : 'pillTracked', lang)}` }));
    const hide = el(doc, 'button', {
      className: 'ghost',
      text: '×',
      attrs: { type: 'button', 'aria-label': t('pillClose', lang), 'data-relance-action': 'hide-pill' },
    });
    hide.addEventListener('click', () => host.remove());
    box.append(hide);
  };
  return { host, render, remove: () => host.remove() };
}
