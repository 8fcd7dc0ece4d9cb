import { z } from 'zod';
import {
  AttachmentRefSchema,
  ClientPatchSchema,
  DetectedInvoiceSchema,
  ImportedInvoiceSchema,
  InvoiceActionSchema,
  RecipeSchema,
  SettingsPatchSchema,
  StageSchema,
  TemplateSchema,
} from '../core';

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
  z.object({
    type: z.literal('cs:mailCompose'),
    invoiceIds: InvoiceIds,
    stage: StageSchema,
    templateId: z.string().min(1).max(100).optional(),
    /** "Attach the invoice"; unset: the stage's default. */ attach: z.boolean().optional(),
  }),
  /** The user sent a compose Relance wrote: record it, learn the addresses. */
  z.object({
    type: z.literal('cs:mailSent'),
    invoiceIds: InvoiceIds,
    stage: StageSchema,
    webmail: WebmailSchema,
    to: z.array(z.string().max(320)).max(50),
    /** Recipients shown by name only (Outlook chips): the client's known address stands for a name that matches it. */
    names: z.array(z.string().max(300)).max(50).optional(),
    subject: z.string().max(2000),
    /** The invoice files the compose showed attached when it was sent. */
    attachments: z.array(AttachmentRefSchema).max(20).optional(),
  }),
  /** The user undid that send in the webmail: the history entry goes, with the addresses it taught. */
  z.object({ type: z.literal('cs:mailUnsent'), eventId: z.number().int().positive(), learned: z.array(z.string().max(320)).max(50) }),
  /** The reminder a "Draft in Gmail/Outlook" link left for this tab, if any (taken once). */
  z.object({ type: z.literal('cs:mailTakeFill'), webmail: WebmailSchema }),
  // trust: "Not right? Teach this page" in the pill's Track preview (a trusted click on a visible pill).
  /** Teach mode on the sender's own tab, as the popup's Teach starts it (portal pages only). */
  z.object({ type: z.literal('cs:startTeach') }),
  /** The user confirmed, in the picker, an address the client already has (Gmail and Outlook only). */
  z.object({ type: z.literal('cs:mailConfirmAddress'), clientId: z.string().min(1).max(200), email: z.string().max(320) }),
  // webmail: the copy of the invoice, for a compose about that invoice in the sender's own tab.
  z.object({ type: z.literal('cs:mailAttachment'), fileId: z.string().min(3).max(600) }),
  // split: a reader the portal script loads only on a page that needs it, into the sender's own frame.
  /** Runs that reader's script (entrypoints/readers, entrypoints/pdf for `pdf`, entrypoints/preview for `preview`) beside the portal script. */
  z.object({ type: z.literal('cs:loadReader'), reader: z.enum(['detail', 'structured', 'records', 'pdf', 'preview']) }),
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
  z.object({
    type: z.literal('ui:prepareDraft'),
    invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200),
    /** "Attach the invoice"; unset: the stage's default. */ attach: z.boolean().optional(),
  }),
  /** Opens the reminder prepared by ui:prepareDraft in a new webmail compose and fills it there. */
  z.object({ type: z.literal('ui:openDraft'), token: z.string().min(1).max(100), webmail: WebmailSchema }),
  z.object({ type: z.literal('ui:recordSent'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200), stage: StageSchema }),
  z.object({ type: z.literal('ui:nextActions'), invoiceIds: z.array(z.string().min(1).max(330)).max(500) }),
  z.object({
    type: z.literal('ui:snooze'),
    invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200),
    days: z.number().int().min(1).max(90),
  }),
  z.object({ type: z.literal('ui:prepareLetter'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200) }),
  z.object({ type: z.literal('ui:recordPrinted'), invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(200) }),
  z.object({ type: z.literal('ui:saveTemplate'), template: TemplateSchema }),
  z.object({ type: z.literal('ui:deleteTemplate'), id: z.string().min(1).max(100) }),
  /** e2e builds only: pins "today" and runs the daily check, as the alarm would. */
  z.object({ type: z.literal('ui:debugSetToday'), today: z.iso.date().nullable() }),
  // desk: what the user records about invoices and clients.
  /** A payment, promise, dispute, call, pause… on one invoice or a selection, all or nothing. */
  z.object({
    type: z.literal('ui:invoiceAction'),
    invoiceIds: z.array(z.string().min(1).max(330)).min(1).max(10_000),
    action: InvoiceActionSchema,
  }),
  /** Takes back the last desk action recorded on this invoice. */
  z.object({ type: z.literal('ui:undoAction'), invoiceId: z.string().min(1).max(330) }),
  z.object({ type: z.literal('ui:updateClient'), clientId: z.string().min(1).max(200), patch: ClientPatchSchema }),
  // settings: the customer statement and the CSV import.
  /** A client's statement of account (open invoices and credit notes), as printable HTML. */
  z.object({ type: z.literal('ui:prepareStatement'), clientId: z.string().min(1).max(200) }),
  /** Invoices read from a CSV file: a dry run says what would be added, updated and refused; else one transaction. */
  z.object({
    type: z.literal('ui:importInvoices'),
    invoices: z.array(ImportedInvoiceSchema).max(50_000),
    host: z.string().regex(/^[a-z0-9.-]{1,253}(:\d{1,5})?$/),
    dryRun: z.boolean(),
  }),
  // dbkeep: backups are read and written by the options page itself (a large one exceeds a
  // runtime message's 64 MiB); it then says so, and the background refreshes the badge and schedule.
  z.object({ type: z.literal('ui:dataChanged') }),
  // today: the desk's Today and the popup's first actions, worked out once in the background.
  /** Today's first `limit` groups (one per client and stage), with how many there are and what was done today. */
  z.object({ type: z.literal('ui:today'), limit: z.number().int().min(1).max(10_000) }),
  // pdflink: the copy of an invoice from the PDF link its portal page showed (the desk's files panel).
  /** Whether "Fetch from portal" can work now: a PDF link is known and a tab of that portal is open. */
  z.object({ type: z.literal('ui:portalPdfStatus'), invoiceId: z.string().min(1).max(330) }),
  /** Asks the portal's content script in an open tab to download the invoice's PDF; stores it if it is one. */
  z.object({ type: z.literal('ui:fetchPortalPdf'), invoiceId: z.string().min(1).max(330) }),
]);

// typed: what the background asks of a content script (browser.tabs.sendMessage). The content
// scripts check these by hand (isBackgroundMessage): zod has no place in a page's world.
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  /** The keyboard shortcut: open the picker on the compose being written. */
  z.object({ type: z.literal('bg:openPicker') }),
  // pdflink: download this link of the tab's own origin with the user's session, and answer its bytes.
  z.object({ type: z.literal('bg:fetchPdf'), url: z.string().max(2048) }),
]);

export const MessageSchema = z.union([ContentMessageSchema, UiMessageSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type UiMessage = z.infer<typeof UiMessageSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;
export type BackgroundMessageType = BackgroundMessage['type'];

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
