import { formatDate, formatMoney } from '../format';
import { localeOf, t, type MessageKey, type UiLanguage } from '../i18n/content';
import { STAGE_LABEL } from '../i18n/stages';
import { el, FONT, shadowHost } from './el';
import { htmlToNodes } from './html-to-nodes';
import { addressList } from './picker-addresses';
import { firstClient, keptTemplate, preselected, stageValue, templateGroups, templateValue } from './picker-data';
import type { ComposedReminder, PickerClient, PickerData, PickerInvoice } from './messages';

const CSS = `:host { all: initial; position: fixed; z-index: 2147483647; inset: 0; pointer-events: none; }
.dialog { ${FONT} pointer-events: auto; position: fixed; right: 24px; bottom: 24px; width: min(520px, calc(100vw - 48px)); max-height: calc(100vh - 48px);
  display: flex; flex-direction: column; color: #1f2430; background: #fff; border: 1px solid #d0d5dd; border-radius: 12px; box-shadow: 0 12px 40px rgba(16,24,40,.28); }
header { display: flex; align-items: center; gap: 8px; padding: 12px 14px 8px; }
h2 { font-size: 15px; margin: 0; flex: 1; }
.brand { color: #1a56db; }
.body { overflow: auto; padding: 0 14px; }
fieldset { border: 0; margin: 0 0 8px; padding: 0; }
legend { font-weight: 600; padding: 0; margin: 6px 0 4px; }
.by { font-weight: 400; color: #5f6368; }
label.inv { display: flex; gap: 8px; align-items: baseline; padding: 4px 6px; border-radius: 6px; cursor: pointer; }
label.inv:hover { background: #f3f6fc; }
.late { color: #c5221f; }
.stage { color: #1a56db; }
.muted { color: #5f6368; }
input[type=search], select { font: inherit; width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #c4c9d2; border-radius: 6px; margin: 2px 0 8px; }
.attach { display: flex; gap: 8px; align-items: baseline; margin: 0 0 8px; cursor: pointer; }
.attach[hidden] { display: none; }
.preview { border: 1px solid #e3e6eb; border-radius: 8px; padding: 8px 10px; max-height: 220px; overflow: auto; background: #fbfcfe; }
.preview .subject { font-weight: 600; margin-bottom: 6px; }
.preview table { border-collapse: collapse; } .preview td, .preview th { border: 1px solid #ddd; padding: 2px 6px; }
footer { display: flex; gap: 8px; align-items: center; padding: 10px 14px 12px; }
.status { flex: 1; color: #5f6368; min-height: 1em; }
.addresses { margin: 0 0 4px 6px; font-size: 12px; overflow-wrap: anywhere; }
.flag { display: flex; gap: 8px; align-items: center; margin: 4px 0 8px; padding: 6px 8px; border-radius: 8px; background: #fef7e0; color: #5f3b00; }
.flag button { flex: none; }
button { font: inherit; border-radius: 18px; padding: 6px 14px; cursor: pointer; border: 1px solid #c4c9d2; background: #fff; color: #1f2430; }
button.primary { background: #1a56db; border-color: #1a56db; color: #fff; font-weight: 600; }
button:disabled { opacity: .5; cursor: default; }
button.icon { border: 0; padding: 2px 8px; font-size: 18px; line-height: 1; }
:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .dialog { background: #202124; color: #e8eaed; border-color: #3c4043; } .preview { background: #2a2b2e; border-color: #3c4043; } button { background: #2a2b2e; color: #e8eaed; } label.inv:hover { background: #2a2b2e; } }`;

const BY_KEY: Record<PickerClient['by'], MessageKey> = {
  email: 'mailMatchEmail',
  domain: 'mailMatchDomain',
  name: 'mailMatchName',
  search: 'mailMatchSearch',
};

/** The picker's elements, in a Shadow DOM host not yet in the page. */
export interface PickerView {
  host: HTMLElement;
  root: ShadowRoot;
  dialog: HTMLElement;
  closeButton: HTMLButtonElement;
  search: HTMLInputElement;
  clientsBox: HTMLElement;
  select: HTMLSelectElement;
  /** "Attach the invoice": shown only when the chosen invoices have a stored copy. */
  attachRow: HTMLLabelElement;
  attachBox: HTMLInputElement;
  attachLabel: HTMLElement;
  attachNames: HTMLElement;
  preview: HTMLElement;
  flagBox: HTMLElement;
  status: HTMLElement;
  cancel: HTMLButtonElement;
  insert: HTMLButtonElement;
}

/** Builds the dialog: header, search, clients, template, attach, flags, preview, and the footer's buttons. */
export function buildPickerView(doc: Document, lang: UiLanguage): PickerView {
  const { host, root } = shadowHost(doc, 'relance-picker', CSS);
  host.setAttribute('data-relance', 'picker');
  const titleId = 'relance-picker-title';
  const closeButton = el(doc, 'button', { className: 'icon', text: '×', attrs: { type: 'button', 'aria-label': t('mailCancel', lang) } });
  const search = el(doc, 'input', {
    attrs: { type: 'search', 'aria-label': t('mailSearch', lang), placeholder: t('mailSearch', lang), 'data-relance': 'picker-search' },
  });
  const clientsBox = el(doc, 'div', { attrs: { 'data-relance': 'picker-clients' } });
  const select = el(doc, 'select', { attrs: { 'aria-label': t('mailTemplate', lang), 'data-relance': 'picker-template' } });
  const attachBox = el(doc, 'input', { attrs: { type: 'checkbox', 'data-relance': 'picker-attach-box' } });
  const attachLabel = el(doc, 'span');
  const attachNames = el(doc, 'span', { className: 'muted' });
  const attachRow = el(
    doc,
    'label',
    { className: 'attach', attrs: { 'data-relance': 'picker-attach', hidden: '' } },
    attachBox,
    attachLabel,
    attachNames,
  );
  const preview = el(doc, 'div', {
    className: 'preview',
    attrs: { 'data-relance': 'picker-preview', 'aria-label': t('mailPreview', lang), role: 'region', tabindex: '0' },
  });
  const flagBox = el(doc, 'div', { attrs: { 'data-relance': 'picker-flags' } });
  const status = el(doc, 'div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', 'data-relance': 'picker-status' } });
  const cancel = el(doc, 'button', { text: t('mailCancel', lang), attrs: { type: 'button' } });
  const insert = el(doc, 'button', {
    className: 'primary',
    text: t('mailInsert', lang),
    attrs: { type: 'button', 'data-relance-action': 'insert', disabled: '' },
  });
  const dialog = el(
    doc,
    'div',
    { className: 'dialog', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId } },
    el(
      doc,
      'header',
      {},
      el(
        doc,
        'h2',
        { attrs: { id: titleId } },
        el(doc, 'span', { className: 'brand', text: 'Relance' }),
        doc.createTextNode(` · ${t('mailPickerTitle', lang)}`),
      ),
      closeButton,
    ),
    el(
      doc,
      'div',
      { className: 'body' },
      search,
      clientsBox,
      el(doc, 'label', { className: 'muted', text: t('mailTemplate', lang) }),
      select,
      attachRow,
      flagBox,
      preview,
    ),
    el(doc, 'footer', {}, status, cancel, insert),
  );
  root.append(dialog);
  return {
    host,
    root,
    dialog,
    closeButton,
    search,
    clientsBox,
    select,
    attachRow,
    attachBox,
    attachLabel,
    attachNames,
    preview,
    flagBox,
    status,
    cancel,
    insert,
  };
}

/** The template list for a client (none without one), keeping the user's choice when it is still offered. */
export function fillTemplates(
  view: PickerView,
  lang: UiLanguage,
  data: PickerData | null,
  client: PickerClient | undefined,
  touched: boolean,
): void {
  const { select } = view;
  const doc = select.ownerDocument;
  if (!data || !client) return select.replaceChildren();
  const current = select.value;
  select.replaceChildren();
  for (const { stage, templates } of templateGroups(data, client)) {
    const group = el(doc, 'optgroup', { attrs: { label: t(STAGE_LABEL[stage], lang) } });
    group.append(el(doc, 'option', { text: t(STAGE_LABEL[stage], lang), attrs: { value: stageValue(stage) } }));
    for (const tpl of templates) group.append(el(doc, 'option', { text: tpl.name, attrs: { value: templateValue(tpl.id) } }));
    select.append(group);
  }
  select.value = keptTemplate(
    client,
    touched,
    current,
    [...select.options].map((o) => o.value),
  );
}

function invoiceRow(doc: Document, lang: UiLanguage, client: PickerClient, invoice: PickerInvoice, checked: boolean): HTMLElement {
  const locale = localeOf(lang);
  const box = el(doc, 'input', { attrs: { type: 'checkbox', value: invoice.id, 'data-client': client.id } });
  box.checked = checked;
  const late =
    invoice.daysLate > 0
      ? el(doc, 'span', { className: 'late', text: t('popupDaysLate', lang, invoice.daysLate) })
      : el(doc, 'span', {
          className: 'muted',
          text: invoice.dueDate ? t('mailDue', lang, formatDate(invoice.dueDate, locale)) : t('mailNotDue', lang),
        });
  const stage = invoice.stage ? el(doc, 'span', { className: 'stage', text: `· ${t(STAGE_LABEL[invoice.stage], lang)}` }) : null;
  return el(
    doc,
    'label',
    { className: 'inv', attrs: { 'data-relance-invoice': invoice.number } },
    box,
    el(doc, 'span', { text: `${invoice.number} · ${formatMoney(invoice.amountDue, locale)} ·` }),
    late,
    stage,
  );
}

/**
 * The clients and their invoices as checkboxes, the first client's preselected; with none, why
 * (nothing found for the search, or no client matches the recipients). Returns the client whose
 * templates to offer.
 */
export function renderClients(view: PickerView, lang: UiLanguage, data: PickerData | null): PickerClient | undefined {
  const { clientsBox, search } = view;
  const doc = clientsBox.ownerDocument;
  clientsBox.replaceChildren();
  if (!data || data.clients.length === 0) {
    clientsBox.append(
      el(doc, 'p', { className: 'muted', text: search.value.trim() ? t('mailNothingFound', lang) : t('mailNoMatch', lang) }),
    );
    return undefined;
  }
  const first = firstClient(data);
  for (const client of data.clients) {
    const set = el(
      doc,
      'fieldset',
      { attrs: { 'data-relance-client': client.id } },
      el(doc, 'legend', { text: `${client.name} ` }, el(doc, 'span', { className: 'by', text: `· ${t(BY_KEY[client.by], lang)}` })),
      addressList(doc, lang, client),
    );
    const ticked = preselected(client, first);
    for (const invoice of client.invoices) set.append(invoiceRow(doc, lang, client, invoice, ticked.includes(invoice)));
    clientsBox.append(set);
  }
  return first;
}

/** A composed reminder, ready for Insert: its attach row, its preview, and Insert enabled. */
export function showReminder(view: PickerView, lang: UiLanguage, result: ComposedReminder): void {
  showAttach(view, lang, result);
  showPreview(view, result);
  view.status.textContent = '';
  view.insert.disabled = false;
}

/** The attach row for a composed reminder: shown when its invoices have a stored copy, ticked when it carries them. */
function showAttach(view: PickerView, lang: UiLanguage, result: ComposedReminder): void {
  view.attachRow.hidden = result.attachable === 0;
  view.attachBox.checked = result.attachments.length > 0;
  view.attachLabel.textContent = t(result.attachable > 1 ? 'mailAttachInvoices' : 'mailAttachInvoice', lang);
  view.attachNames.textContent = result.attachments.length ? `(${result.attachments.map((a) => a.name).join(', ')})` : '';
}

/** The preview of a composed reminder: its subject, then its text. */
function showPreview(view: PickerView, result: ComposedReminder): void {
  const doc = view.preview.ownerDocument;
  view.preview.replaceChildren(el(doc, 'div', { className: 'subject', text: result.subject }), htmlToNodes(result.html, doc));
}

/**
 * The dialog's keys, the user's own only (a page script's keys do nothing): Escape closes,
 * Ctrl+Enter inserts, Tab cycles within.
 */
export function listenForKeys(view: PickerView, actions: { close(): void; insert(): void }): void {
  view.dialog.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      actions.insert();
    } else if (event.key === 'Tab') cycleFocus(view.root, event);
  });
}

/** Tab and Shift+Tab cycle within the dialog (a modal keeps focus inside). */
function cycleFocus(root: ShadowRoot, event: KeyboardEvent): void {
  const focusable = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), input, select, [tabindex="0"]')].filter(
    (e) => !e.closest('[hidden]'),
  );
  const at = focusable.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? focusable.length - 1 : at - 1) : at === focusable.length - 1 ? 0 : at + 1;
  event.preventDefault();
  focusable[next]?.focus();
}
