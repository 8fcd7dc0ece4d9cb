import type { DetectedInvoice, InvoiceStatus } from '../core';
import { formatDate, formatMoney } from '../format';
import { localeOf, t, type PreviewMessageKey, type UiLanguage } from '../i18n/preview';
import { el } from '../mail/el';

/** Rows the preview shows: enough to see whether the columns were read right. */
export const PREVIEW_ROWS = 5;

/** What Track would store, before the first Track on a site: its first rows and the count. */
export interface PreviewState {
  kind: 'preview';
  count: number;
  overdue: number;
  rows: readonly DetectedInvoice[];
}

/** The pill's buttons, which answer only a real click on a visible pill (lib/portal/pill.ts). */
export type PreviewButton = (label: string, action: 'confirm-track' | 'teach-page', className?: string) => HTMLButtonElement;

/** Builds the preview's panel; the pill puts it above itself, in its shadow root. */
export type PreviewPanel = (doc: Document, lang: UiLanguage, state: PreviewState, button: PreviewButton, cancel: () => void) => HTMLElement;

/** The panel's rules, added to the pill's shadow root with the panel. */
export const PREVIEW_STYLE = `
.panel { background: #fff; border: 1px solid #d0d5dd; border-radius: 12px; padding: 10px 12px; max-width: min(640px, calc(100vw - 48px));
  box-shadow: 0 8px 24px rgba(16, 24, 40, .2); }
.panel h2 { font-size: 14px; margin: 0 0 6px; }
.panel table { border-collapse: collapse; width: 100%; }
.panel th, .panel td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid #eef0f3; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 200px; }
.panel td.num { text-align: right; }
.panel .more { color: #5f6368; margin: 6px 0 0; }
button.plain { background: #fff; color: #1a56db; }
.panel .row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; flex-wrap: wrap; }
@media (prefers-color-scheme: dark) { .panel, button.plain { background: #202124; } .panel { border-color: #3c4043; } }
`;

const STATUS_KEY: Record<InvoiceStatus, PreviewMessageKey> = {
  draft: 'previewStatusDraft',
  open: 'previewStatusOpen',
  partial: 'previewStatusPartial',
  paid: 'previewStatusPaid',
  cancelled: 'previewStatusCancelled',
  disputed: 'previewStatusDisputed',
};

/** The status storage will keep: portals often say "unpaid" of a part-paid invoice (as upsertDetected reconciles). */
function shownStatus(i: DetectedInvoice): InvoiceStatus | undefined {
  const partPaid =
    i.amountDue && i.total && i.amountDue.currency === i.total.currency && i.amountDue.minor > 0 && i.amountDue.minor < i.total.minor;
  return i.status === 'open' && partPaid ? 'partial' : i.status;
}

/** The preview's table: page data as text cells only. */
export const previewPanel: PreviewPanel = (doc, lang, state, button, cancel) => {
  const locale = localeOf(lang);
  const head = el(
    doc,
    'tr',
    {},
    ...(['previewColNumber', 'previewColClient', 'previewColDue', 'previewColDueDate', 'previewColStatus'] as const).map((k) =>
      el(doc, 'th', { text: t(k, lang), attrs: { scope: 'col' } }),
    ),
  );
  const rows = state.rows.slice(0, PREVIEW_ROWS).map((i) => {
    const due = i.amountDue ?? i.total;
    const status = shownStatus(i);
    return el(
      doc,
      'tr',
      { attrs: { 'data-relance-invoice': i.number } },
      el(doc, 'td', { text: i.number }),
      el(doc, 'td', { text: i.clientName ?? '—' }),
      el(doc, 'td', { className: 'num', text: due ? formatMoney(due, locale) : '—' }),
      el(doc, 'td', { text: i.dueDate ? formatDate(i.dueDate, locale) : '—' }),
      el(doc, 'td', { text: status ? t(STATUS_KEY[status], lang) : '—' }),
    );
  });
  const title = t('previewTitle', lang, state.count);
  const panel = el(
    doc,
    'div',
    { className: 'panel', attrs: { role: 'dialog', 'aria-label': title, 'data-relance': 'track-preview' } },
    el(doc, 'style', { text: PREVIEW_STYLE }),
    el(doc, 'h2', { text: title }),
    el(doc, 'table', {}, el(doc, 'thead', {}, head), el(doc, 'tbody', {}, ...rows)),
  );
  if (state.count > PREVIEW_ROWS)
    panel.append(el(doc, 'p', { className: 'more', text: t('previewMore', lang, state.count - PREVIEW_ROWS) }));
  const cancelButton = el(doc, 'button', {
    className: 'ghost',
    text: t('previewCancel', lang),
    attrs: { type: 'button', 'data-relance-action': 'cancel-preview' },
  });
  cancelButton.addEventListener('click', cancel);
  panel.append(
    el(
      doc,
      'div',
      { className: 'row' },
      button(t('previewTeach', lang), 'teach-page', 'plain'),
      cancelButton,
      button(t('previewConfirm', lang, state.count), 'confirm-track'),
    ),
  );
  return panel;
};
