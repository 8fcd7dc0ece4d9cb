import type { InvoiceActionKind } from '../../lib/core';
import type { MessageKey } from '../../lib/i18n';

/** Each action's name, on its button and as its form's title (a module of its own: Today's buttons need it, not the form). */
export const ACTION_TITLE: Record<InvoiceActionKind, MessageKey> = {
  payment: 'deskRecordPayment',
  promise: 'deskPromise',
  dispute: 'deskDispute',
  call: 'deskLogCall',
  pause: 'deskPause',
  resume: 'deskResume',
  cancel: 'deskCancel',
  'correct-due-date': 'deskCorrectDueDate',
  note: 'deskAddNote',
};
