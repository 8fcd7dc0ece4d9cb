import type { TodayGroup } from '../desk/today';
import type { Client, EmailSource, Invoice, Recipe, ReminderEvent, Settings, Stage } from '../core';
import type { UpsertResult } from '../db/upsert-detected';
import type { UiLanguage } from '../i18n';
import type { AttachmentBytes, AttachmentFile, ComposedReminder, PendingFill, PickerData } from '../mail/messages';
import type { Statement } from '../statement';
import type { RenderedEmail } from '../templates/email';
import type { TemplateIssue } from '../templates/validate';
import type { BackgroundMessageType, MessageType } from './protocol';

/*
 * What each message answers, in one place: the router's handlers must return it and `send()`
 * gives it to the caller, so a handler that changes its reply breaks its callers' build.
 * Types only (no value is imported): content scripts may read this file.
 */

/** What a capture report did: nothing before the site's first Track, else what was stored. */
export type CaptureReply =
  { stored: false; mode: 'none'; found: number } | (UpsertResult & { stored: true; mode: 'track' | 'auto' | 'update'; found: number });

/** A reminder prepared in an extension page; `token` opens it in a webmail compose (ui:openDraft). */
export interface Draft extends RenderedEmail {
  stage: Stage;
  numbers: string[];
  templateId: string;
  clientId: string;
  invoiceIds: string[];
  to: string[];
  /** An address left out of To until the user confirms it (learned from a send or another site). */
  newAddress?: EmailSource;
  attachments: AttachmentFile[];
  attachable: number;
}

/** The next step of each invoice asked about (null: nothing more to do), with its stored copies. */
export type NextActions = Record<string, { stage: Stage; date: string; due: boolean; files: number } | null>;

export interface LetterReply {
  html: string;
  subject: string;
  invoiceIds: string[];
}

/** What the schedule proposes today: the first groups asked for, largest amount first. */
export interface TodayReply {
  day: string;
  groups: TodayGroup[];
  /** How many groups there are in all. */
  total: number;
  /** What the user did today (reminders sent, calls, payments recorded…). */
  done: number;
  /** The settings the schedule was worked out with: the desk starts from them without opening the database. */
  settings: Settings;
}

export interface StatementReply {
  clientId: string;
  title: string;
  html: string;
  lang: UiLanguage;
  totals: Statement['totals'];
}

// pdflink: the copy of an invoice from its portal page.
/** Why a portal PDF was not stored; the desk says it in words. */
export type PortalPdfReason = 'cross-origin' | 'network' | 'http' | 'login' | 'not-pdf' | 'too-big' | 'no-tab' | 'no-link';
export interface PortalPdfFailure {
  ok: false;
  reason: PortalPdfReason;
  /** The HTTP status, when the portal answered with an error. */
  status?: number;
}
/** What the portal tab's content script downloaded: base64 bytes (checked there, and again in the background). */
export interface PortalPdf {
  ok: true;
  data: string;
  size: number;
  /** The portal's own file name (Content-Disposition), when it gave one. */
  name?: string;
}

export interface Replies {
  // Content scripts (capture).
  'cs:invoicesFound': CaptureReply;
  'cs:getRecipes': Recipe[];
  'cs:saveRecipe': Recipe;
  'cs:startTeach': true;
  // Content scripts (webmail).
  'cs:mailLookup': PickerData;
  'cs:mailCompose': ComposedReminder;
  'cs:mailSent': { learned: string[]; eventId: number };
  'cs:mailUnsent': true;
  'cs:mailTakeFill': PendingFill | null;
  'cs:mailConfirmAddress': true;
  'cs:mailAttachment': AttachmentBytes;
  // Extension pages.
  'ui:markPaid': Invoice;
  'ui:deleteAll': true;
  'ui:saveSettings': Settings;
  /** The badge's count of overdue invoices. */
  'ui:refreshBadge': number;
  'ui:enableSite': { enabled: boolean };
  'ui:disableSite': true;
  'ui:setAutoTrack': Settings;
  'ui:scanTab': true;
  'ui:teachTab': true;
  'ui:deleteRecipe': Settings;
  'ui:prepareDraft': Draft & { token: string };
  /** The webmail tab opened, when the browser gives its id. */
  'ui:openDraft': number | undefined;
  'ui:recordSent': true;
  'ui:nextActions': NextActions;
  /** The calendar date the reminders wait until. */
  'ui:snooze': string;
  'ui:prepareLetter': LetterReply;
  'ui:recordPrinted': true;
  'ui:saveTemplate': { warnings: TemplateIssue[] };
  'ui:deleteTemplate': true;
  /** The day the extension now takes for today. */
  'ui:debugSetToday': string;
  'ui:invoiceAction': ReminderEvent[];
  'ui:undoAction': ReminderEvent | null;
  'ui:updateClient': Client;
  'ui:prepareStatement': StatementReply;
  'ui:importInvoices': UpsertResult;
  /** The badge's count, refreshed. */
  'ui:dataChanged': number;
  // today:
  'ui:today': TodayReply;
  // pdflink:
  /** Null when no PDF link is known for the invoice. */
  'ui:portalPdfStatus': { host: string; tabOpen: boolean } | null;
  'ui:fetchPortalPdf': { ok: true; name: string; size: number } | (PortalPdfFailure & { host?: string });
  // split:
  'cs:loadReader': true;
  // The background to content scripts: nothing comes back.
  'bg:openPicker': void;
  'bg:fetchPdf': PortalPdf | PortalPdfFailure;
}

/** Every message type has exactly one reply type (a missing or extra key fails the build). */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type RepliesCoverEveryMessage = Assert<Exactly<keyof Replies, MessageType | BackgroundMessageType>>;

/** The reply to a message, from its type. */
export type ReplyTo<M extends { type: keyof Replies }> = Replies[M['type']];
