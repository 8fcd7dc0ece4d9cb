import { daysBetween, type Client, type Tone } from '../core';

/** What the client's past invoices say about them; computed by the caller from stored invoices. */
export interface PaymentRecord {
  /** Invoices of this client paid so far. */
  paid: number;
  /** Of those, paid more than LATE_AFTER_DAYS days after their due date. */
  paidLate: number;
}

export const LATE_AFTER_DAYS = 7;

/**
 * The user's choice wins. Otherwise: a client of two years or more who paid at least three
 * invoices, four in five of them on time, gets the gentle variant; one who paid at least three,
 * half or more of them late, gets the firm one.
 */
export function toneFor(client: Pick<Client, 'tone' | 'since'> | undefined, record: PaymentRecord | undefined, today: string): Tone {
  if (client?.tone) return client.tone;
  if (!record || record.paid < 3) return 'standard';
  const lateShare = record.paidLate / record.paid;
  if (lateShare >= 0.5) return 'firm';
  const longStanding = client?.since !== undefined && daysBetween(client.since, today) >= 730;
  return longStanding && lateShare <= 0.2 ? 'gentle' : 'standard';
}

/** Days added to the first reminder and to every gap: more time for a good client, less for a bad one. */
export const TONE_SHIFT_DAYS: Readonly<Record<Tone, number>> = { gentle: 3, standard: 0, firm: -3 };
