import { createContext, useContext } from 'react';
import type { Invoice, InvoiceAction, InvoiceActionKind, Settings } from '../../lib/core';
import type { MessageKey, UiLanguage } from '../../lib/i18n';

export interface Desk {
  lang: UiLanguage;
  locale: string;
  today: string;
  settings: Settings;
  /** Bumped after every change, so views read the database again. */
  version: number;
  t(key: MessageKey, ...subs: (string | number)[]): string;
  /** Records an action on some invoices through the background; says what happened, with Undo. */
  act(invoiceIds: string[], action: InvoiceAction): Promise<boolean>;
  undo(invoiceId: string): Promise<void>;
  draft(invoiceIds: string[], webmail: 'gmail' | 'outlook'): Promise<void>;
  /** Something changed outside `act` (a client saved, a snooze). */
  changed(message?: string): void;
  fail(error: unknown): void;
  /** Opens the small form an action needs (an amount, a date, a reason) for these invoices. */
  ask(kind: InvoiceActionKind, invoices: Invoice[]): void;
}

export const DeskContext = createContext<Desk | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('outside the desk');
  return desk;
}
