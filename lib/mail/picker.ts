import type { Stage } from '../core/reminder-event';
import { t, type UiLanguage } from '../i18n/content';
import type { ComposedReminder, PickerData } from './messages';
import { newAddressFlag } from './picker-addresses';
import { chosenTemplate, PickerState } from './picker-data';
import { buildPickerView, fillTemplates, listenForKeys, renderClients, showReminder } from './picker-view';
import { failedText } from './request';

/** The search waits for the user to pause typing this long: one lookup per word, not per key. */
const SEARCH_DEBOUNCE_MS = 250;

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
  const view = buildPickerView(doc, lang);
  const { host, search, clientsBox, select, attachBox, preview, flagBox, status, insert } = view;
  const state = new PickerState();
  const close = () => {
    host.remove();
    deps.closed();
  };
  const showError = (error: unknown) => void (status.textContent = failedText(lang, error));
  const checked = () => [...clientsBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')];
  view.closeButton.addEventListener('click', close);
  view.cancel.addEventListener('click', close);
  (doc.body ?? doc.documentElement).append(host);

  async function refreshPreview() {
    const boxes = checked();
    const run = state.nextPreview();
    insert.disabled = true;
    state.reminder = null;
    flagBox.replaceChildren();
    if (boxes.length === 0) {
      preview.replaceChildren();
      status.textContent = state.data?.clients.length ? t('mailSelectInvoice', lang) : '';
      return;
    }
    const { stage, templateId } = chosenTemplate(state.data, select.value);
    status.textContent = t('mailLoading', lang);
    try {
      const result = await deps.compose(
        boxes.map((b) => b.value),
        stage,
        templateId,
        state.attachTouched ? attachBox.checked : undefined,
      );
      if (!state.isLatest(run)) return;
      state.reminder = result;
      const fresh = result.newAddress;
      if (fresh && deps.confirmAddress) {
        flagBox.append(
          newAddressFlag(doc, lang, fresh, () => void deps.confirmAddress!(result.clientId, fresh.email).then(refreshPreview, showError)),
        );
      }
      showReminder(view, lang, result);
    } catch (error) {
      if (state.isLatest(run)) showError(error);
    }
  }

  async function load(query: string) {
    status.textContent = t('mailLoading', lang);
    try {
      state.data = await deps.lookup(query);
      fillTemplates(view, lang, state.data, renderClients(view, lang, state.data), state.templateTouched);
      status.textContent = '';
      await refreshPreview();
    } catch (error) {
      showError(error);
    }
  }

  async function doInsert() {
    if (!state.reminder) return;
    insert.disabled = true;
    try {
      status.textContent = await deps.insert(state.reminder);
      close();
    } catch (error) {
      showError(error);
      insert.disabled = false;
    }
  }

  listenForUser(view, { lang, state, checked, refreshPreview, load, insert: doInsert });
  listenForKeys(view, { close, insert: () => void doInsert() });

  void load('').then(() =>
    (clientsBox.querySelector<HTMLInputElement>('input:checked') ?? clientsBox.querySelector<HTMLInputElement>('input') ?? search).focus(),
  );
  return { host, close };
}

interface UserHandlers {
  lang: UiLanguage;
  state: PickerState;
  checked(): HTMLInputElement[];
  refreshPreview(): Promise<void>;
  load(query: string): Promise<void>;
  insert(): Promise<void>;
}

/**
 * Only the user's own changes, typing, clicks and keys: a page script must neither list the
 * clients by typing in the search, nor change which invoice Insert writes, nor make Relance
 * write into a compose.
 */
function listenForUser(view: ReturnType<typeof buildPickerView>, h: UserHandlers): void {
  const { clientsBox, select, attachBox, search, insert } = view;
  const { lang, state } = h;
  clientsBox.addEventListener('change', (event) => {
    if (!event.isTrusted) return;
    const box = event.target as HTMLInputElement;
    // One message goes to one client: choosing an invoice of another client starts over there.
    if (box.checked) for (const other of h.checked()) if (other.dataset.client !== box.dataset.client) other.checked = false;
    if (box.checked) fillTemplates(view, lang, state.data, state.clientOf(box.dataset.client ?? ''), state.templateTouched);
    void h.refreshPreview();
  });
  select.addEventListener('change', (event) => {
    if (!event.isTrusted) return;
    state.templateTouched = true;
    void h.refreshPreview();
  });
  attachBox.addEventListener('change', (event) => {
    if (!event.isTrusted) return;
    state.attachTouched = true;
    void h.refreshPreview();
  });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', (event) => {
    if (!event.isTrusted) return;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void h.load(search.value), SEARCH_DEBOUNCE_MS);
  });
  insert.addEventListener('click', (event) => event.isTrusted && void h.insert());
}
