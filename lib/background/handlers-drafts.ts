import { getSettings, snooze } from '../db';
import type { Handlers } from '../messaging';
import { nextAction } from '../dunning';
import { composedOf, composeReminder, prepareDraft, recordSent } from './drafts';
import { validateTemplate } from '../templates';
import { addDays } from '../core/calendar';
import { today } from '../clock';
import { openDraftTab, rememberWebmail } from './mail';
import { savePrepared, takePrepared } from './pending-fills';
import type { HandlerScope } from './handler-scope';

/** Reminders from extension pages: drafts, letters, the schedule's next steps, templates. */
export function draftsHandlers({ db, changed }: HandlerScope) {
  return {
    async 'ui:prepareDraft'(message) {
      const draft = await prepareDraft(message.invoiceIds, await today(), db, message.attach);
      const token = await savePrepared(composedOf(draft));
      return { ...draft, token };
    },
    async 'ui:openDraft'(message) {
      const prepared = await takePrepared(message.token);
      if (!prepared) throw new Error('This draft has expired: draft it again.');
      await rememberWebmail(message.webmail, db);
      return openDraftTab(prepared, message.webmail);
    },
    async 'ui:recordSent'(message) {
      await recordSent(message.invoiceIds, message.stage, await today(), db);
      return changed(true);
    },
    async 'ui:nextActions'(message) {
      const day = await today();
      const settings = await getSettings(db);
      const invoices = (await db.invoices.bulkGet(message.invoiceIds)).filter((i) => i !== undefined);
      const events = await db.events.where('invoiceIds').anyOf(message.invoiceIds).toArray();
      const clients = await db.clients.bulkGet([...new Set(invoices.map((i) => i.clientId))]);
      // How many copies of each invoice are kept: the popup offers "Attach the invoice" for them.
      const files = await db.files.where('invoiceId').anyOf(message.invoiceIds).keys(); // the index's keys: one invoice id per file
      const filesOf = (id: string) => files.filter((key) => key === id).length;
      return Object.fromEntries(
        invoices.map((invoice) => {
          const action = nextAction({
            invoice,
            history: events.filter((e) => e.invoiceIds.includes(invoice.id)),
            client: clients.find((c) => c?.id === invoice.clientId),
            settings,
            today: day,
          });
          return [invoice.id, action && { stage: action.stage, date: action.date, due: action.due, files: filesOf(invoice.id) }];
        }),
      );
    },
    async 'ui:snooze'(message) {
      const until = addDays(await today(), message.days - 1);
      for (const id of message.invoiceIds) await snooze(id, until, db);
      return changed(until);
    },
    async 'ui:prepareLetter'(message) {
      const r = await composeReminder(message.invoiceIds, await today(), db, 'formal-notice');
      return { html: r.mail.html, subject: r.mail.subject, invoiceIds: r.invoiceIds };
    },
    async 'ui:recordPrinted'(message) {
      await recordSent(message.invoiceIds, 'formal-notice', await today(), db, true);
      return changed(true);
    },
    async 'ui:saveTemplate'(message) {
      if (message.template.builtin) throw new Error('built-in templates are read-only: copy one to edit it');
      for (const part of [message.template.subject, message.template.body]) {
        const check = validateTemplate(part);
        if (!check.ok)
          throw new Error(check.errors.map((e) => `${e.message}${e.line ? ` (line ${e.line}, column ${e.column})` : ''}`).join('; '));
      }
      await db.templates.put(message.template);
      return { warnings: [...validateTemplate(message.template.subject).warnings, ...validateTemplate(message.template.body).warnings] };
    },
    async 'ui:deleteTemplate'(message) {
      await db.templates.delete(message.id);
      return true;
    },
  } satisfies Partial<Handlers>;
}
