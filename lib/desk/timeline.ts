import type { Invoice, Money, ReminderEvent } from '../core';

/** One line of a client's timeline, the evidence trail a formal notice or a court file needs. */
export interface TimelineEntry {
  /** `captured` when Relance first saw the invoice; otherwise the event's action. */
  kind: ReminderEvent['action'] | 'captured';
  at: string;
  date: string;
  numbers: string[];
  event?: ReminderEvent;
  /** For `captured`: where it was read. */
  source?: { host: string; method: string };
  amount?: Money;
}

/**
 * Everything that happened with a client's invoices, newest first: each invoice's capture, then
 * every reminder drafted and sent, call, letter, promise, dispute, payment, pause and note.
 */
export function clientTimeline(invoices: readonly Invoice[], events: readonly ReminderEvent[]): TimelineEntry[] {
  const numberOf = new Map(invoices.map((i) => [i.id, i.number]));
  const entries: TimelineEntry[] = invoices.map((i) => ({
    kind: 'captured',
    at: i.createdAt,
    date: i.createdAt.slice(0, 10),
    numbers: [i.number],
    source: { host: i.source.host, method: i.source.method },
    amount: i.total,
  }));
  for (const e of events) {
    entries.push({
      kind: e.action,
      at: e.at,
      date: e.date,
      numbers: e.invoiceIds.map((id) => numberOf.get(id) ?? id.slice(id.indexOf(':') + 1)),
      event: e,
      amount: e.amount,
    });
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || (b.event?.id ?? 0) - (a.event?.id ?? 0));
}
