import type { EmailSource, Money, Stage, Tone } from '../core';
import type { WebmailName } from './compose';
import type { MatchKind } from './match';

/**
 * What the webmail content scripts and the background say to each other, as plain types: the
 * content scripts stay free of zod (the background validates every message it receives).
 */
export interface PickerInvoice {
  id: string;
  number: string;
  amountDue: Money;
  dueDate?: string;
  daysLate: number;
  /** The stage the schedule proposes now, or null when nothing is due yet. */
  stage: Stage | null;
}

/** An address of the client and where it was learned (none for addresses older than sources). */
export interface PickerAddress {
  email: string;
  source?: EmailSource;
}

export interface PickerClient {
  id: string;
  name: string;
  emails: string[];
  /** The same addresses, each with its source, for the user to see. */
  addresses?: PickerAddress[];
  language: 'fr' | 'en';
  /** How the compose's recipients (or the user's search) found this client. */
  by: MatchKind | 'search';
  /** The stage to write for: the most urgent due action among its invoices. */
  stage: Stage;
  invoices: PickerInvoice[];
}

export interface PickerTemplate {
  id: string;
  name: string;
  stage: Stage;
  language: 'fr' | 'en';
  tone?: Tone;
  builtin: boolean;
}

export interface PickerData {
  clients: PickerClient[];
  templates: PickerTemplate[];
  /** The user's locale for amounts and dates. */
  lang: 'fr' | 'en';
}

/** A stored copy of an invoice that can go with a reminder. */
export interface AttachmentFile {
  fileId: string;
  name: string;
  size: number;
  type: string;
}

/** A file's bytes as the background hands them to a webmail tab (base64: runtime messages are JSON). */
export interface AttachmentBytes {
  fileId: string;
  name: string;
  type: string;
  data: string;
}

export interface ComposedReminder {
  invoiceIds: string[];
  /** The invoices' numbers, as the reminder shows them. */
  numbers: string[];
  clientId: string;
  stage: Stage;
  templateId: string;
  to: string[];
  /** An address the user must confirm before it goes in To ("new address, learned from …"). */
  newAddress?: EmailSource;
  subject: string;
  html: string;
  text: string;
  /** The invoice files to attach (the text says so); empty when the user chose not to, or there are none. */
  attachments: AttachmentFile[];
  /** How many files these invoices have: the picker offers "Attach the invoice" only when there is one. */
  attachable: number;
}

/** A reminder waiting for the compose a "Draft in Gmail/Outlook" link opens in this tab. */
export interface PendingFill extends ComposedReminder {
  webmail: WebmailName;
}
