import type { Stage } from '../core';
import { getDb, getSettings, recordEvent, type RelanceDb } from '../db';
import { nextAction } from '../dunning';
import { gmailComposeUrl, outlookComposeUrl } from '../mail/compose-url';
import { uiLanguage } from '../i18n';
import { buildTemplateData, builtinTemplate, renderEmail } from '../templates';

export interface Draft {
  stage: Stage;
  clientId: string;
  invoiceIds: string[];
  to: string[];
  subject: string;
  html: string;
  text: string;
  gmailUrl: string;
  outlookUrl: string;
}

/**
 * The reminder for some invoices of one client, at the stage the schedule proposes for the
 * first of them, in the client's language and tone. Recorded as drafted (which does not move the
 * schedule: only a reminder sent does).
 */
export async function prepareDraft(invoiceIds: readonly string[], today: string, db: RelanceDb = getDb()): Promise<Draft> {
  const invoices = (await db.invoices.bulkGet([...invoiceIds])).filter((i) => i !== undefined);
  const first = invoices[0];
  if (!first) throw new Error('invoice not found');
  const sameClient = invoices.filter((i) => i.clientId === first.clientId);
  const [settings, client, history] = await Promise.all([getSettings(db), db.clients.get(first.clientId), db.events.where('invoiceIds').anyOf(sameClient.map((i) => i.id)).toArray()]);
  const action = nextAction({ invoice: first, history, client, settings, today });
  const stage: Stage = action?.stage === 'call' || action?.stage === 'litigation' || !action ? (first.status === 'paid' ? 'thank-you' : 'reminder1') : action.stage;
  const lang = client?.language ?? uiLanguage(settings.uiLanguage);
  const template = builtinTemplate(stage, lang, action?.tone ?? 'standard')!;
  const data = buildTemplateData({ invoices: sameClient, client, settings, today, stage, tone: action?.tone, history, lang });
  const mail = renderEmail(template, data);
  const to = client?.emails.slice(0, 1) ?? [];
  await recordEvent({ invoiceIds: sameClient.map((i) => i.id), clientId: first.clientId, stage, channel: 'email', action: 'drafted', at: new Date().toISOString(), date: today, to, subject: mail.subject.slice(0, 500) }, db);
  const fields = { to, subject: mail.subject, body: mail.text };
  return { stage, clientId: first.clientId, invoiceIds: sameClient.map((i) => i.id), to, ...mail, gmailUrl: gmailComposeUrl(fields), outlookUrl: outlookComposeUrl(fields) };
}

/** The user says the reminder left (until the webmail integration sees the send itself). */
export async function recordSent(invoiceIds: readonly string[], stage: Stage, today: string, db: RelanceDb = getDb()): Promise<void> {
  const invoices = (await db.invoices.bulkGet([...invoiceIds])).filter((i) => i !== undefined);
  if (!invoices[0]) throw new Error('invoice not found');
  const channel = stage === 'call' ? 'phone' : stage === 'formal-notice' ? 'letter' : stage === 'litigation' ? 'task' : 'email';
  const action = stage === 'call' ? 'called' : stage === 'litigation' ? 'done' : 'sent';
  await recordEvent({ invoiceIds: invoices.map((i) => i.id), clientId: invoices[0].clientId, stage, channel, action, at: new Date().toISOString(), date: today, to: [] }, db);
}
