import { invoiceId, type CapturedInvoice, type DetectedInvoice, type SettingsPatch } from '../core';
import { applyInvoiceAction, getDb, getSettings, importInvoices, markPaid, saveSettings, snooze, undoLastAction, updateClient, upsertDetected, type RelanceDb } from '../db';
import type { Handlers } from '../messaging';
import { nextAction } from '../dunning';
import { refreshBadge } from './badge';
import { composedOf, composeReminder, prepareDraft, recordSent } from './drafts';
import { validateTemplate } from '../templates';
import { addDays } from '../core/calendar';
import { disablePortal, enablePortal, injectPortalScript, matchPattern } from './portals';
import { isTeaching, startTeaching, stopTeaching } from './teach-mode';
import { setTodayForTests, today } from '../clock';
import { composeForCompose, confirmAddress, lookupForCompose, openDraftTab, recordSentFromWebmail, rememberWebmail, retractSentFromWebmail, webmailOf } from './mail';
import { assertCaptureSender, rememberScannedTab } from './capture-senders';
import { savePrepared, takePendingFill, takePrepared } from './pending-fills';
import { prepareStatement } from './statement';
import { grantFiles, readAttachment } from './attachments';

/**
 * A detected invoice becomes a stored one only with what storage needs; the host always comes
 * from the sender's origin, so a page can never write invoices in another site's name.
 */
export function toCaptured(found: DetectedInvoice, origin: string, url: string, seenAt: string): CapturedInvoice | null {
  if (!found.clientName) return null;
  const host = new URL(origin).host;
  const sameOrigin = URL.canParse(url) && new URL(url).origin === origin;
  return {
    number: found.number,
    clientName: found.clientName,
    clientEmail: found.clientEmail,
    total: found.total,
    amountDue: found.amountDue,
    issueDate: found.issueDate,
    dueDate: found.dueDate,
    status: found.status,
    kind: found.kind,
    source: { url: sameOrigin ? url : origin + '/', host, method: 'table', seenAt },
  };
}

export interface HandlerHooks {
  /** Invoices changed: the schedule may have something new to say (runs the daily check). */
  onDataChanged?(): void;
}

export function createHandlers(hooks: HandlerHooks = {}, db: RelanceDb = getDb()): Handlers {
  const changed = async <T>(result: T): Promise<T> => {
    await refreshBadge(await today(), db);
    hooks.onDataChanged?.();
    return result;
  };
  return {
    async 'cs:invoicesFound'(message, context) {
      const origin = await assertCaptureSender(context, db);
      const settings = await getSettings(db);
      const pattern = `${origin}/*`;
      const portal = settings.portals.find((p) => p.origin === pattern);
      const found = message.invoices.length;
      const seenAt = new Date().toISOString();
      let captured = message.invoices.map((f) => toCaptured(f, origin, message.url, seenAt)).filter((c) => c !== null);
      // Nothing is stored before the user's first Track; after it, what is tracked stays up to
      // date silently; new invoices need another Track, or the site set to track automatically.
      const mode = message.track ? 'track' : portal?.autoTrack ? 'auto' : portal?.trackedAt ? 'update' : 'none';
      if (mode === 'none') return { stored: false, mode, found };
      if (mode === 'update') {
        const ids = captured.map((c) => invoiceId(c.source.host, c.number));
        const known = new Set((await db.invoices.bulkGet(ids)).filter((i) => i !== undefined).map((i) => i.id));
        captured = captured.filter((_, i) => known.has(ids[i]!));
      }
      const result = await upsertDetected(captured, { today: await today(), defaultPaymentTermsDays: settings.defaultPaymentTermsDays }, db);
      if (message.track && portal && !portal.trackedAt) {
        await saveSettings({ portals: settings.portals.map((p) => (p.origin === pattern ? { ...p, trackedAt: seenAt } : p)) }, db);
      }
      return changed({ stored: true, mode, found, autoTrack: portal?.autoTrack ?? false, ...result });
    },
    async 'cs:getRecipes'(_message, context) {
      await assertCaptureSender(context, db);
      const pattern = `${context.origin}/*`;
      return (await getSettings(db)).recipes.filter((r) => r.origin === pattern);
    },
    async 'cs:saveRecipe'(message, context) {
      await assertCaptureSender(context, db);
      if (message.recipe.origin !== `${context.origin}/*`) throw new Error('a recipe is for its own site only');
      if (context.tabId === undefined || !(await isTeaching(context.tabId))) throw new Error('this tab is not in teach mode');
      await stopTeaching(context.tabId);
      const settings = await getSettings(db);
      const others = settings.recipes.filter((r) => !(r.origin === message.recipe.origin && r.path === message.recipe.path && r.kind === message.recipe.kind));
      await saveSettings({ recipes: [message.recipe, ...others].slice(0, 200) }, db);
      return message.recipe;
    },
    async 'ui:teachTab'(message) {
      await rememberScannedTab(message.tabId);
      await startTeaching(message.tabId);
      return true;
    },
    async 'cs:startTeach'(_message, context) {
      await assertCaptureSender(context, db);
      if (context.tabId === undefined) throw new Error('teach mode is for a tab');
      await rememberScannedTab(context.tabId);
      await startTeaching(context.tabId);
      return true;
    },
    async 'ui:deleteRecipe'(message) {
      const settings = await getSettings(db);
      return saveSettings({ recipes: settings.recipes.filter((r) => r.id !== message.id) }, db);
    },
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
          const action = nextAction({ invoice, history: events.filter((e) => e.invoiceIds.includes(invoice.id)), client: clients.find((c) => c?.id === invoice.clientId), settings, today: day });
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
        if (!check.ok) throw new Error(check.errors.map((e) => `${e.message}${e.line ? ` (line ${e.line}, column ${e.column})` : ''}`).join('; '));
      }
      await db.templates.put(message.template);
      return { warnings: [...validateTemplate(message.template.subject).warnings, ...validateTemplate(message.template.body).warnings] };
    },
    async 'ui:deleteTemplate'(message) {
      await db.templates.delete(message.id);
      return true;
    },
    async 'ui:markPaid'(message) {
      return changed(await markPaid(message.id, await today(), db));
    },
    async 'ui:deleteAll'() {
      await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
      return changed(true);
    },
    async 'ui:saveSettings'(message) {
      return changed(await saveSettings(message.settings as SettingsPatch, db));
    },
    async 'ui:refreshBadge'() {
      return refreshBadge(await today(), db);
    },
    async 'ui:enableSite'(message) {
      return enablePortal(message.origin, message.tabId, db);
    },
    async 'ui:disableSite'(message) {
      await disablePortal(message.origin, db);
      return true;
    },
    async 'ui:setAutoTrack'(message) {
      const pattern = matchPattern(message.origin);
      const settings = await getSettings(db);
      return saveSettings({ portals: settings.portals.map((p) => (p.origin === pattern ? { ...p, autoTrack: message.autoTrack } : p)) }, db);
    },
    async 'ui:scanTab'(message) {
      await rememberScannedTab(message.tabId);
      await injectPortalScript(message.tabId);
      return true;
    },
    async 'ui:invoiceAction'(message) {
      return changed(await applyInvoiceAction(message.invoiceIds, message.action, await today(), db));
    },
    async 'ui:undoAction'(message) {
      return changed(await undoLastAction(message.invoiceId, db));
    },
    async 'ui:updateClient'(message) {
      return changed(await updateClient(message.clientId, message.patch, db));
    },
    async 'ui:prepareStatement'(message) {
      return prepareStatement(message.clientId, await today(), db);
    },
    async 'ui:importInvoices'(message) {
      const settings = await getSettings(db);
      const options = { today: await today(), host: message.host, dryRun: message.dryRun, defaultPaymentTermsDays: settings.defaultPaymentTermsDays };
      const result = await importInvoices(message.invoices, options, db);
      return message.dryRun ? result : changed(result);
    },
    async 'ui:dataChanged'() {
      return changed(await refreshBadge(await today(), db));
    },
    async 'ui:debugSetToday'(message) {
      await setTodayForTests(message.today); // throws outside e2e builds
      return changed(await today());
    },
  };
}
