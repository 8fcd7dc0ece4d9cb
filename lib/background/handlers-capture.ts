import { invoiceId, type CapturedInvoice, type DetectedInvoice } from '../core';
import { getSettings, saveSettings, upsertDetected } from '../db';
import type { Handlers } from '../messaging';
import { disablePortal, enablePortal, injectPortalScript, matchPattern } from './portals';
import { isTeaching, startTeaching, stopTeaching } from './teach-mode';
import { injectReader } from './readers';
import { today } from '../clock';
import { assertCaptureSender, rememberScannedTab } from './capture-senders';
import type { HandlerScope } from './handler-scope';
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
    // Only a link of the sender's own origin: its content script fetches it with the user's session.
    pdfUrl: found.pdfUrl && URL.canParse(found.pdfUrl) && new URL(found.pdfUrl).origin === origin ? found.pdfUrl : undefined,
  };
}

/** Capture and the portal sites: what content scripts report, teach mode, the sites the user enabled. */
export function captureHandlers({ db, changed }: HandlerScope) {
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
      const result = await upsertDetected(
        captured,
        { today: await today(), defaultPaymentTermsDays: settings.defaultPaymentTermsDays },
        db,
      );
      if (message.track && portal && !portal.trackedAt) {
        await saveSettings({ portals: settings.portals.map((p) => (p.origin === pattern ? { ...p, trackedAt: seenAt } : p)) }, db);
      }
      return changed({ stored: true, mode, found, ...result });
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
      const others = settings.recipes.filter(
        (r) => !(r.origin === message.recipe.origin && r.path === message.recipe.path && r.kind === message.recipe.kind),
      );
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
      return saveSettings(
        { portals: settings.portals.map((p) => (p.origin === pattern ? { ...p, autoTrack: message.autoTrack } : p)) },
        db,
      );
    },
    async 'ui:scanTab'(message) {
      await rememberScannedTab(message.tabId);
      await injectPortalScript(message.tabId);
      return true;
    },
    // split: the portal script asks for a reader where it runs (an enabled site, or a tab the user scanned).
    async 'cs:loadReader'(message, context) {
      await assertCaptureSender(context, db);
      if (context.tabId === undefined) throw new Error('a reader is for a tab');
      await injectReader(context.tabId, context.frameId ?? 0, message.reader);
      return true;
    },
  } satisfies Partial<Handlers>;
}
