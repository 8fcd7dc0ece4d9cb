import { z } from 'zod';
import { DetectedInvoiceSchema, RecipeSchema, SettingsPatchSchema, StageSchema, TemplateSchema } from '../core';

/**
 * Every message has a direction-prefixed type: `cs:` comes from a content script (it may only
 * report what it saw), `ui:` from an extension page (popup, options). The router decides from the
 * sender, not from the prefix, who may send what (see ALLOWED_FROM).
 */
const InvoiceIds = z.array(z.string().min(1).max(330)).min(1).max(200);
const WebmailSchema = z.enum(['gmail', 'outlook']);

export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('cs:invoicesFound'),
    url: z.string().max(2048),
    /** Set when the user clicked Track on the page (a trusted click in our Shadow DOM). */
    track: z.boolean().default(false),
    invoices: z.array(DetectedInvoiceSchema).max(20_000),
  }),
  /** The recipes taught for the sender's own site. */
  z.object({ type: z.literal('cs:getRecipes') }),
  /** Saved only for the sender's own site, and only from a tab the user put in teach mode. */
  z.object({ type: z.literal('cs:saveRecipe'), recipe: RecipeSchema }),
  // Webmail content scripts (Gmail and Outlook origins only, checked by the handlers).
  /** The clients and invoices a compose's recipients point at, or a search by name or number. */
  z.object({
    type: z.literal('cs:mailLookup'),
    recipients: z.array(z.object({ email: z.string().max(320).optional(), name: z.string().max(300).optional() })).max(100),
    query: z.string().max(100).default(''),
  }),
  /** The reminder for some invoices of one client, at a stage, with a template the user picked. */
  z.object({ type: z.literal('cs:mailCompose'), invoiceIds: InvoiceIds, stage: StageSchema, templateId: z.string().min(1).max(100).optional() }),
  /** The user sent a compose Relance wrote: record it, learn the addresses. */
  z.object({
    type: z.literal('cs:mailSent'),
    invoiceIds: InvoiceIds,
    stage: StageSchema,
    webmail: WebmailSchema,
    to: z.array(z.string().max(320)).max(50),
    subject: z.string().max(2000),
  }),
  /** The user undid that send in the webmail: the history entry goes, with the addresses it taught. */
  z.object({ type: z.literal('cs:mailUnsent'), eventId: z.number().int().positive(), learned: z.array(z.string().max(320)).max(50) }),
  /** The reminder a "Draft in Gmail/Outlook" link left for this tab, if any (taken once). */
  z.object({ type: z.literal('cs:mailTakeFill'), webmail: WebmailSchema }),
]);

export const UiMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui:markPaid'), id: z.string().min(1).max(330) }),
  z.object({ type: z.literal('ui:deleteAll'), confirm: z.literal('DELETE') }),
  z.object({ type: z.literal('ui:saveSettings'), settings: SettingsPatchSchema }),
  z.object({ type: z.literal('ui:refreshBadge') }),
  z.object({ type: z.literal('ui:enableSite'), origin: z.string().max(300), tabId: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('ui:disableSite'), origin: z.string().max(300) }),
  z.object({ type: z.literal('ui:setAutoTrack'), origin: z.string().max(300), autoTrack: z.boolean() }),
  z.object({ type: z.literal('ui:scanTab'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('ui:teachTab'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('ui:deleteRecipe'), id: z.string().min(1).max(80) }),
  z.object({ type: z.literal('ui:prepareDraft'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200) }),
  /** Opens the reminder prepared by ui:prepareDraft in a new webmail compose and fills it there. */
  z.object({ type: z.literal('ui:openDraft'), token: z.string().min(1).max(100), webmail: WebmailSchema }),
  z.object({ type: z.literal('ui:recordSent'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200), stage: StageSchema }),
  z.object({ type: z.literal('ui:nextActions'), invoiceIds: z.array(z.string().min(1).max(330)).max(500) }),
  z.object({ type: z.literal('ui:snooze'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200), days: z.number().int().min(1).max(90) }),
  z.object({ type: z.literal('ui:prepareLetter'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200) }),
  z.object({ type: z.literal('ui:recordPrinted'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200) }),
  z.object({ type: z.literal('ui:saveTemplate'), template: TemplateSchema }),
  z.object({ type: z.literal('ui:deleteTemplate'), id: z.string().min(1).max(100) }),
  /** e2e builds only: pins "today" and runs the daily check, as the alarm would. */
  z.object({ type: z.literal('ui:debugSetToday'), today: z.iso.date().nullable() }),
  // dbkeep: backups are read and written by the options page itself (a large one exceeds a
  // runtime message's 64 MiB); it then says so, and the background refreshes the badge and schedule.
  z.object({ type: z.literal('ui:dataChanged') }),
]);

export const MessageSchema = z.union([ContentMessageSchema, UiMessageSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type UiMessage = z.infer<typeof UiMessageSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
