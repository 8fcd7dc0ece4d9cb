import { applyInvoiceAction, markPaid, undoLastAction, updateClient } from '../db';
import type { Handlers } from '../messaging';
import { today } from '../clock';
import type { HandlerScope } from './handler-scope';
import { sayingRefusals } from './refusals';
import { todayReply } from './today';

/** The desk: what the user records about invoices and clients. */
export function deskHandlers({ db, changed }: HandlerScope) {
  return {
    async 'ui:markPaid'(message) {
      return changed(await markPaid(message.id, await today(), db));
    },
    async 'ui:invoiceAction'(message) {
      const day = await today();
      return changed(await sayingRefusals(db, () => applyInvoiceAction(message.invoiceIds, message.action, day, db)));
    },
    async 'ui:undoAction'(message) {
      return changed(await undoLastAction(message.invoiceId, db));
    },
    async 'ui:updateClient'(message) {
      return changed(await updateClient(message.clientId, message.patch, db, await today()));
    },
    async 'ui:today'(message) {
      return todayReply(await today(), message.limit, db);
    },
  } satisfies Partial<Handlers>;
}
