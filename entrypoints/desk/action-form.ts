import { toMoney, type CALL_OUTCOMES, type Invoice, type InvoiceAction, type InvoiceActionKind } from '../../lib/core';
import type { MessageKey, UiLanguage } from '../../lib/i18n';
import { parseAmount } from '../../lib/parse';

type Outcome = (typeof CALL_OUTCOMES)[number];

/**
 * The action a filled form stands for, or the message that says what is missing. The background
 * checks it again (zod, and the invoice's state): this only turns fields into a message.
 */
export function actionFromForm(
  kind: InvoiceActionKind,
  form: FormData,
  context: { one: Invoice | null; outcome: Outcome; lang: UiLanguage },
): InvoiceAction | { error: MessageKey } {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const note = text('note') || undefined;
  switch (kind) {
    case 'payment': {
      if (!context.one) return { kind, date: text('date'), note };
      const currency = context.one.amountDue.currency;
      const parsed = parseAmount(text('amount'), { currency, lang: context.lang });
      if (!parsed) return { error: 'deskBadAmount' };
      return { kind, date: text('date'), amount: toMoney(parsed.value, currency), note };
    }
    case 'promise':
      return { kind, date: text('date'), note };
    case 'dispute':
      return text('reason') ? { kind, reason: text('reason') } : { error: 'deskReasonNeeded' };
    case 'call':
      return { kind, outcome: context.outcome, promiseDate: context.outcome === 'promised' ? text('date') : undefined, note };
    case 'pause':
      return { kind, until: text('date'), note };
    case 'correct-due-date':
      return { kind, dueDate: text('date'), note };
    case 'note':
      return text('note') ? { kind, text: text('note') } : { error: 'deskNoteNeeded' };
    case 'resume':
    case 'cancel':
      return { kind, note };
  }
}

/** Keys of a modal form: Escape closes, Ctrl+Enter confirms from a text area, Tab stays inside. */
export function dialogKeys(event: React.KeyboardEvent, box: HTMLFormElement | null, onClose: () => void): void {
  if (event.key === 'Escape') {
    event.stopPropagation();
    onClose();
  }
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    box?.requestSubmit();
  }
  if (event.key !== 'Tab' || !box) return;
  const focusable = [...box.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((e) => !e.hasAttribute('disabled'));
  const [first, last] = [focusable[0], focusable.at(-1)];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
