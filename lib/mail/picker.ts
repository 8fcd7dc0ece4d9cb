import type { Stage } from '../core/reminder-event';
import { formatDate, formatMoney } from '../format';
import { localeOf, t, type MessageKey, type UiLanguage } from '../i18n';
import { STAGE_LABEL } from '../i18n/stages';
import { el, FONT, shadowHost } from './el';
import { htmlToNodes } from './html-to-nodes';
import { addressList, newAddressFlag } from './picker-addresses';
import type { ComposedReminder, PickerClient, PickerData } from './messages';

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

const WRITABLE: readonly Stage[] = ['courtesy', 'reminder1', 'reminder2', 'formal-notice', 'thank-you'];
const BY_KEY: Record<PickerClient['by'], MessageKey> = { email: 'mailMatchEmail', domain: 'mailMatchDomain', name: 'mailMatchName', search: 'mailMatchSearch' };

export interface PickerDeps {
  lang: UiLanguage;
  lookup(query: string): Promise<PickerData>;
  /** `attach`: the user's "Attach the invoice" choice; unset, the stage's default (on for the first reminder). */
  compose(invoiceIds: string[], stage: Stage, templateId?: string, attach?: boolean): Promise<ComposedReminder>;
  /** The user said yes to an address the reminder left out of To ("use it?"). */
  confirmAddress?(clientId: string, email: string): Promise<void>;
  /** Puts the reminder in the compose; the message to show, or throws. */
  insert(reminder: ComposedReminder): Promise<string>;
  closed(): void;
}

export interface Picker {
  host: HTMLElement;
  close(): void;
}

/**
 * The compose picker: the matched clients' invoices (checkboxes), the template for the stage
 * (preselected), a live preview, and Insert. A modal dialog in a Shadow DOM, fully keyboard
 * operable: focus starts inside, Tab cycles within, Escape closes, Ctrl+Enter inserts.
 */
export function openPicker(doc: Document, deps: PickerDeps): Picker {
  const { lang } = deps;
  const locale = localeOf(lang);
  const { host, root } = shadowHost(doc, 'relance-picker', CSS);
  host.setAttribute('data-relance', 'picker');
  const titleId = 'relance-picker-title';
  const close = () => {
    host.remove();
    deps.closed();
  };

  const closeButton = el(doc, 'button', { className: 'icon', text: '×', attrs: { type: 'button', 'aria-label': t('mailCancel', lang) } });
  closeButton.addEventListener('click', close);
  const search = el(doc, 'input', { attrs: { type: 'search', 'aria-label': t('mailSearch', lang), placeholder: t('mailSearch', lang), 'data-relance': 'picker-search' } });
  const clientsBox = el(doc, 'div', { attrs: { 'data-relance': 'picker-clients' } });
  const select = el(doc, 'select', { attrs: { 'aria-label': t('mailTemplate', lang), 'data-relance': 'picker-template' } });
  // "Attach the invoice": shown only when the chosen invoices have a stored copy.
  const attachBox = el(doc, 'input', { attrs: { type: 'checkbox', 'data-relance': 'picker-attach-box' } });
  const attachLabel = el(doc, 'span');
  const attachNames = el(doc, 'span', { className: 'muted' });
  const attachRow = el(doc, 'label', { className: 'attach', attrs: { 'data-relance': 'picker-attach', hidden: '' } }, attachBox, attachLabel, attachNames);
  const preview = el(doc, 'div', { className: 'preview', attrs: { 'data-relance': 'picker-preview', 'aria-label': t('mailPreview', lang), role: 'region', tabindex: '0' } });
  const flagBox = el(doc, 'div', { attrs: { 'data-relance': 'picker-flags' } });
  const status = el(doc, 'div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', 'data-relance': 'picker-status' } });
  const cancel = el(doc, 'button', { text: t('mailCancel', lang), attrs: { type: 'button' } });
  cancel.addEventListener('click', close);
  const insert = el(doc, 'button', { className: 'primary', text: t('mailInsert', lang), attrs: { type: 'button', 'data-relance-action': 'insert', disabled: '' } });
  const dialog = el(
    doc,
    'div',
    { className: 'dialog', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId } },
    el(doc, 'header', {}, el(doc, 'h2', { attrs: { id: titleId } }, el(doc, 'span', { className: 'brand', text: 'Relance' }), doc.createTextNode(` · ${t('mailPickerTitle', lang)}`)), closeButton),
    el(doc, 'div', { className: 'body' }, search, clientsBox, el(doc, 'label', { className: 'muted', text: t('mailTemplate', lang) }), select, attachRow, flagBox, preview),
    el(doc, 'footer', {}, status, cancel, insert),
  );
  root.append(dialog);
  (doc.body ?? doc.documentElement).append(host);

  let data: PickerData | null = null;
  let reminder: ComposedReminder | null = null;
  let generation = 0;
  let templateTouched = false;
  let attachTouched = false;

  const checked = () => [...clientsBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')];
  const clientOf = (id: string) => data?.clients.find((c) => c.id === id);

  function fillTemplates(client: PickerClient | undefined) {
    if (!data || !client) return select.replaceChildren();
    const keep = templateTouched ? select.value : `stage:${client.stage}`;
    select.replaceChildren();
    for (const stage of WRITABLE) {
      const group = el(doc, 'optgroup', { attrs: { label: t(STAGE_LABEL[stage], lang) } });
      group.append(el(doc, 'option', { text: t(STAGE_LABEL[stage], lang), attrs: { value: `stage:${stage}` } }));
      for (const tpl of data.templates.filter((x) => x.stage === stage && x.language === client.language)) group.append(el(doc, 'option', { text: tpl.name, attrs: { value: `tpl:${tpl.id}` } }));
      select.append(group);
    }
    select.value = [...select.options].some((o) => o.value === keep) ? keep : `stage:${client.stage}`;
  }

  async function refreshPreview() {
    const boxes = checked();
    const run = ++generation;
    insert.disabled = true;
    reminder = null;
    flagBox.replaceChildren();
    if (boxes.length === 0) {
      preview.replaceChildren();
      status.textContent = data?.clients.length ? t('mailSelectInvoice', lang) : '';
      return;
    }
    const value = select.value;
    const template = value.startsWith('tpl:') ? data?.templates.find((x) => x.id === value.slice(4)) : undefined;
    const stage = (template?.stage ?? value.slice(6)) as Stage;
    status.textContent = t('mailLoading', lang);
    try {
      const result = await deps.compose(boxes.map((b) => b.value), stage, template?.id, attachTouched ? attachBox.checked : undefined);
      if (run !== generation) return;
      reminder = result;
      const fresh = result.newAddress;
      if (fresh && deps.confirmAddress) {
        flagBox.append(newAddressFlag(doc, lang, fresh, () => void deps.confirmAddress!(result.clientId, fresh.email).then(refreshPreview, showError)));
      }
      showAttach(result);
      preview.replaceChildren(el(doc, 'div', { className: 'subject', text: result.subject }), htmlToNodes(result.html, doc));
      status.textContent = '';
      insert.disabled = false;
    } catch (error) {
      if (run === generation) showError(error);
    }
  }

  function showError(error: unknown) {
    status.textContent = t('mailFailed', lang, error instanceof Error ? error.message : String(error));
  }

  function showAttach(result: ComposedReminder) {
    attachRow.hidden = result.attachable === 0;
    attachBox.checked = result.attachments.length > 0;
    attachLabel.textContent = t(result.attachable > 1 ? 'mailAttachInvoices' : 'mailAttachInvoice', lang);
    attachNames.textContent = result.attachments.length ? `(${result.attachments.map((a) => a.name).join(', ')})` : '';
  }

  function renderClients() {
    clientsBox.replaceChildren();
    if (!data || data.clients.length === 0) {
      clientsBox.append(el(doc, 'p', { className: 'muted', text: search.value.trim() ? t('mailNothingFound', lang) : t('mailNoMatch', lang) }));
      fillTemplates(undefined);
      return;
    }
    const first = data.clients.find((c) => c.invoices.some((i) => i.stage)) ?? data.clients[0]!;
    for (const client of data.clients) {
      const set = el(doc, 'fieldset', { attrs: { 'data-relance-client': client.id } }, el(doc, 'legend', { text: `${client.name} ` }, el(doc, 'span', { className: 'by', text: `· ${t(BY_KEY[client.by], lang)}` })), addressList(doc, lang, client));
      const preselect = client === first ? (client.invoices.some((i) => i.stage) ? client.invoices.filter((i) => i.stage) : client.invoices.slice(0, 1)) : [];
      for (const invoice of client.invoices) {
        const box = el(doc, 'input', { attrs: { type: 'checkbox', value: invoice.id, 'data-client': client.id } });
        box.checked = preselect.includes(invoice);
        const late = invoice.daysLate > 0 ? el(doc, 'span', { className: 'late', text: t('popupDaysLate', lang, invoice.daysLate) }) : el(doc, 'span', { className: 'muted', text: invoice.dueDate ? t('mailDue', lang, formatDate(invoice.dueDate, locale)) : t('mailNotDue', lang) });
        const stage = invoice.stage ? el(doc, 'span', { className: 'stage', text: `· ${t(STAGE_LABEL[invoice.stage], lang)}` }) : null;
        set.append(el(doc, 'label', { className: 'inv', attrs: { 'data-relance-invoice': invoice.number } }, box, el(doc, 'span', { text: `${invoice.number} · ${formatMoney(invoice.amountDue, locale)} ·` }), late, stage));
      }
      clientsBox.append(set);
    }
    fillTemplates(first);
  }

  // Only the user's own changes, typing and keys (as for clicks): a page script must neither list
  // the clients by typing in the search nor change which invoice Insert writes.
  clientsBox.addEventListener('change', (event) => {
    if (!event.isTrusted) return;
    const box = event.target as HTMLInputElement;
    // One message goes to one client: choosing an invoice of another client starts over there.
    if (box.checked) for (const other of checked()) if (other.dataset.client !== box.dataset.client) other.checked = false;
    if (box.checked) fillTemplates(clientOf(box.dataset.client ?? ''));
    void refreshPreview();
  });
  select.addEventListener('change', (event) => {
    if (!event.isTrusted) return;
    templateTouched = true;
    void refreshPreview();
  });
  attachBox.addEventListener('change', () => {
    attachTouched = true;
    void refreshPreview();
  });

  async function load(query: string) {
    status.textContent = t('mailLoading', lang);
    try {
      data = await deps.lookup(query);
      renderClients();
      status.textContent = '';
      await refreshPreview();
    } catch (error) {
      status.textContent = t('mailFailed', lang, error instanceof Error ? error.message : String(error));
    }
  }

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', (event) => {
    if (!event.isTrusted) return;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void load(search.value), 250);
  });

  const doInsert = async () => {
    if (!reminder) return;
    insert.disabled = true;
    try {
      status.textContent = await deps.insert(reminder);
      close();
    } catch (error) {
      status.textContent = t('mailFailed', lang, error instanceof Error ? error.message : String(error));
      insert.disabled = false;
    }
  };
  // Only the user's own click or keys: a page script cannot make Relance write into a compose.
  insert.addEventListener('click', (event) => event.isTrusted && void doInsert());

  dialog.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void doInsert();
    } else if (event.key === 'Tab') {
      const focusable = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), input, select, [tabindex="0"]')].filter((e) => !e.closest('[hidden]'));
      const at = focusable.indexOf(root.activeElement as HTMLElement);
      const next = event.shiftKey ? (at <= 0 ? focusable.length - 1 : at - 1) : at === focusable.length - 1 ? 0 : at + 1;
      event.preventDefault();
      focusable[next]?.focus();
    }
  });

  void load('').then(() => (clientsBox.querySelector<HTMLInputElement>('input:checked') ?? clientsBox.querySelector<HTMLInputElement>('input') ?? search).focus());
  return { host, close };
}
