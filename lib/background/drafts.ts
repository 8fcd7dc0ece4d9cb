import type { Stage, Template } from '../core';
import { getDb, getSettings, recordEvent, type RelanceDb } from '../db';
import { nextAction } from '../dunning';
import { clientLanguage } from '../i18n';
import type { ComposedReminder } from '../mail/messages';
import type { Draft } from '../messaging/replies';
import { chooseRecipient } from './recipients';
import { BUILTIN_TEMPLATES, buildTemplateData, builtinTemplate, renderEmail } from '../templates';
import { filesToAttach } from './attachments';

/** The user's own template for a stage and language when there is one (its tone first), else the built-in. */
async function templateFor(stage: Stage, lang: 'fr' | 'en', tone: Template['tone'], db: RelanceDb): Promise<Template> {
  const own = await db.templates.where('[stage+language]').equals([stage, lang]).toArray();
  return own.find((t) => t.tone === tone) ?? own.find((t) => !t.tone) ?? own[0] ?? builtinTemplate(stage, lang, tone ?? 'standard')!;
}

/**
 * The reminder for some invoices of one client, at `stage` or at the stage the schedule proposes
 * for the first of them, in the client's language and tone. `attach`: whether the copy of the
 * invoice goes with it (by default for the first reminder, as the French practice asks), when
 * there is a stored file; the text says so only then.
 */
export async function composeReminder(
  invoiceIds: readonly string[],
  today: string,
  db: RelanceDb = getDb(),
  stageOverride?: Stage,
  templateId?: string,
  attach?: boolean,
) {
  const invoices = (await db.invoices.bulkGet([...invoiceIds])).filter((i) => i !== undefined);
  const first = invoices[0];
  if (!first) throw new Error('invoice not found');
  const sameClient = invoices.filter((i) => i.clientId === first.clientId);
  const [settings, client, history] = await Promise.all([
    getSettings(db),
    db.clients.get(first.clientId),
    db.events
      .where('invoiceIds')
      .anyOf(sameClient.map((i) => i.id))
      .toArray(),
  ]);
  const action = nextAction({ invoice: first, history, client, settings, today });
  const proposed: Stage =
    !action || action.stage === 'call' || action.stage === 'litigation'
      ? first.status === 'paid'
        ? 'thank-you'
        : 'reminder1'
      : action.stage;
  const stage = stageOverride ?? proposed;
  const lang = clientLanguage(client, settings);
  const chosen = templateId ? ((await db.templates.get(templateId)) ?? BUILTIN_TEMPLATES.find((t) => t.id === templateId)) : undefined;
  const template = chosen && chosen.stage === stage ? chosen : await templateFor(stage, lang, action?.tone, db);
  const files = await filesToAttach(
    sameClient.map((i) => i.id),
    db,
  );
  const attachments = (attach ?? stage === 'reminder1') ? files : [];
  const data = buildTemplateData({
    invoices: sameClient,
    client,
    settings,
    today,
    stage,
    tone: action?.tone,
    history,
    lang: template.language,
    attachment: attachments.length > 0,
  });
  const recipient = chooseRecipient(client, first.source.host);
  return {
    stage,
    clientId: first.clientId,
    invoiceIds: sameClient.map((i) => i.id),
    numbers: sameClient.map((i) => i.number),
    templateId: template.id,
    to: recipient.to,
    newAddress: recipient.newAddress,
    mail: renderEmail(template, data),
    attachments,
    attachable: files.length,
  };
}

/** A reminder to open in a webmail; recorded as drafted (only a reminder sent moves the schedule). */
export async function prepareDraft(
  invoiceIds: readonly string[],
  today: string,
  db: RelanceDb = getDb(),
  attach?: boolean,
): Promise<Draft> {
  const r = await composeReminder(invoiceIds, today, db, undefined, undefined, attach);
  await recordEvent(
    {
      invoiceIds: r.invoiceIds,
      clientId: r.clientId,
      stage: r.stage,
      channel: 'email',
      action: 'drafted',
      at: new Date().toISOString(),
      date: today,
      to: r.to,
      subject: r.mail.subject.slice(0, 500),
    },
    db,
  );
  return {
    stage: r.stage,
    templateId: r.templateId,
    clientId: r.clientId,
    invoiceIds: r.invoiceIds,
    numbers: r.numbers,
    to: r.to,
    newAddress: r.newAddress,
    ...r.mail,
    attachments: r.attachments,
    attachable: r.attachable,
  };
}

/** The parts of a draft a webmail compose needs. */
export function composedOf(draft: Draft): ComposedReminder {
  return {
    invoiceIds: draft.invoiceIds,
    numbers: draft.numbers,
    clientId: draft.clientId,
    stage: draft.stage,
    templateId: draft.templateId,
    to: draft.to,
    newAddress: draft.newAddress,
    subject: draft.subject,
    html: draft.html,
    text: draft.text,
    attachments: draft.attachments,
    attachable: draft.attachable,
  };
}

/** The user says the reminder left (until the webmail integration sees the send itself), or printed the letter. */
export async function recordSent(
  invoiceIds: readonly string[],
  stage: Stage,
  today: string,
  db: RelanceDb = getDb(),
  printed = false,
): Promise<void> {
  const invoices = (await db.invoices.bulkGet([...invoiceIds])).filter((i) => i !== undefined);
  if (!invoices[0]) throw new Error('invoice not found');
  const channel = stage === 'call' ? 'phone' : printed || stage === 'formal-notice' ? 'letter' : stage === 'litigation' ? 'task' : 'email';
  const action = printed ? 'printed' : stage === 'call' ? 'called' : stage === 'litigation' ? 'done' : 'sent';
  await recordEvent(
    {
      invoiceIds: invoices.map((i) => i.id),
      clientId: invoices[0].clientId,
      stage,
      channel,
      action,
      at: new Date().toISOString(),
      date: today,
      to: [],
    },
    db,
  );
}
