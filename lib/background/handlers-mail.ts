import type { Handlers } from '../messaging';
import { today } from '../clock';
import {
  composeForCompose,
  confirmAddress,
  lookupForCompose,
  recordSentFromWebmail,
  rememberWebmail,
  retractSentFromWebmail,
  webmailOf,
} from './mail';
import { takePendingFill } from './pending-fills';
import { grantFiles, readAttachment } from './attachments';
import type { HandlerScope } from './handler-scope';

/** The webmail content scripts (Gmail and Outlook origins only: webmailOf refuses any other). */
export function mailHandlers({ db, changed }: HandlerScope) {
  return {
    async 'cs:mailLookup'(message, context) {
      webmailOf(context.origin);
      return lookupForCompose(message.recipients, message.query, await today(), db);
    },
    async 'cs:mailCompose'(message, context) {
      webmailOf(context.origin);
      const composed = await composeForCompose(message.invoiceIds, message.stage, message.templateId, await today(), db, message.attach);
      // This tab's compose is now about these invoices: their files may be attached from it.
      if (context.tabId !== undefined && composed.attachable) await grantFiles(context.tabId, composed.invoiceIds);
      return composed;
    },
    async 'cs:mailSent'(message, context) {
      const webmail = webmailOf(context.origin);
      const result = await recordSentFromWebmail({ ...message, webmail }, await today(), db);
      await rememberWebmail(webmail, db);
      return changed(result);
    },
    async 'cs:mailUnsent'(message, context) {
      await retractSentFromWebmail({ eventId: message.eventId, webmail: webmailOf(context.origin), learned: message.learned }, db);
      return changed(true);
    },
    async 'cs:mailConfirmAddress'(message, context) {
      webmailOf(context.origin);
      await confirmAddress(message.clientId, message.email, db);
      return true;
    },
    async 'cs:mailTakeFill'(message, context) {
      const webmail = webmailOf(context.origin);
      if (webmail !== message.webmail || context.tabId === undefined) return null;
      const fill = await takePendingFill(context.tabId, webmail);
      if (fill?.attachments?.length) await grantFiles(context.tabId, fill.invoiceIds);
      return fill;
    },
    async 'cs:mailAttachment'(message, context) {
      webmailOf(context.origin);
      if (context.tabId === undefined) throw new Error('webmail messages come from a tab');
      return readAttachment(message.fileId, context.tabId, db);
    },
  } satisfies Partial<Handlers>;
}
