import {
  addDays,
  daysBetween,
  type Client,
  type Invoice,
  type Money,
  type ReminderEvent,
  type Settings,
  type Stage,
  type Tone,
} from '../core';
import { toneFor, TONE_SHIFT_DAYS, type PaymentRecord } from './tone';
import { nextWorkingDay } from './working-days';

/** The escalation, in order. The phone call and the courtesy note are side steps (see below). */
const LADDER = ['reminder1', 'reminder2', 'formal-notice', 'litigation'] as const;
type LadderStage = (typeof LADDER)[number];
const ENABLED = { reminder2: 'reminder2Enabled', 'formal-notice': 'formalNoticeEnabled', litigation: 'litigationEnabled' } as const;

/** Actions that count as "actually sent": a draft that was never sent does not move the schedule. */
const DONE_ACTIONS = new Set<ReminderEvent['action']>(['sent', 'called', 'printed', 'done']);

export type ReasonCode =
  | 'due-soon'
  | 'overdue-call'
  | 'overdue-first-reminder'
  | 'after-reminder1'
  | 'after-reminder2'
  | 'after-formal-notice'
  | 'paid-after-reminders';

export interface NextAction {
  stage: Stage;
  /** The working day the action falls on; before `today` when it was missed (catch-up). */
  date: string;
  /** True when `date` is today or past. */
  due: boolean;
  /** True when the action is late because the schedule could not run (browser closed). */
  catchUp: boolean;
  tone: Tone;
  /** What is chased: the amount still due, after any part payment. */
  amountDue: Money;
  daysLate: number;
  reason: { code: ReasonCode; daysLate: number; since?: string };
}

export interface NextActionInput {
  invoice: Invoice;
  /** Every event of this invoice (others are ignored), in any order. */
  history: readonly ReminderEvent[];
  client?: Client;
  record?: PaymentRecord;
  settings: Settings;
  today: string;
}

/**
 * The next thing to do about one invoice, or null when there is nothing to do: a credit note,
 * a draft, a cancelled or disputed invoice, a client or invoice paused (for good or until a day), a promise to pay not yet
 * broken, litigation already handed over, or a payment that needs no thanks.
 *
 * Each reminder waits both for its offset from the due date and for its gap after the previous
 * reminder actually sent. Stages are never skipped: after days with the browser closed, the
 * first unsent stage is proposed, dated when it should have happened (`catchUp`).
 */
export function nextAction({ invoice, history, client, record, settings, today }: NextActionInput): NextAction | null {
  if (invoice.kind !== 'invoice') return null;
  const s = settings.schedule;
  const events = history
    .filter((e) => e.invoiceIds.includes(invoice.id) && DONE_ACTIONS.has(e.action))
    .sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
  const tone = toneFor(client, record, today);
  const daysLate = Math.max(0, daysBetween(invoice.dueDate, today));
  const action = (stage: Stage, raw: string, code: ReasonCode, since?: string): NextAction => {
    const date = nextWorkingDay(raw, settings.workingDays);
    return {
      stage,
      date,
      due: date <= today,
      catchUp: date < today,
      tone,
      amountDue: invoice.amountDue,
      daysLate,
      reason: { code, daysLate, since },
    };
  };

  if (invoice.status === 'paid') {
    const chased = events.some((e) => e.stage !== 'courtesy' && e.stage !== 'thank-you');
    const thanked = events.some((e) => e.stage === 'thank-you');
    const paidAt = invoice.paidAt ?? today;
    if (!s.thankYouEnabled || !chased || thanked || daysBetween(paidAt, today) > s.thankYouWithinDays) return null;
    return action('thank-you', paidAt, 'paid-after-reminders');
  }
  if (invoice.status !== 'open' && invoice.status !== 'partial') return null;
  if (client?.paused || (client?.pausedUntil && today <= client.pausedUntil)) return null;
  if (invoice.pausedUntil && today <= invoice.pausedUntil) return null;
  if (invoice.promiseDate && today <= invoice.promiseDate) return null;

  const last = events.at(-1);
  const lastRung = Math.max(-1, ...events.map((e) => LADDER.indexOf(e.stage as LadderStage)));
  const shift = TONE_SHIFT_DAYS[tone];
  // Never two actions closer than the minimum gap, and never before a broken promise.
  const notBefore = (date: string) => {
    let d = date;
    if (last && daysBetween(last.date, d) < s.minGapDays) d = addDays(last.date, s.minGapDays);
    if (invoice.promiseDate && d <= invoice.promiseDate) d = addDays(invoice.promiseDate, 1);
    return d;
  };

  if (lastRung === -1) {
    const courtesySent = events.some((e) => e.stage === 'courtesy');
    if (s.courtesyEnabled && !courtesySent && today < invoice.dueDate && s.courtesyDaysBefore > 0) {
      return action('courtesy', notBefore(addDays(invoice.dueDate, -s.courtesyDaysBefore)), 'due-soon');
    }
    const reminder1 = notBefore(addDays(invoice.dueDate, Math.max(1, s.reminder1DaysAfter + shift)));
    const called = events.some((e) => e.stage === 'call');
    // The call is a side step: proposed before the first reminder, never blocking it.
    if (s.callEnabled && !called && tone !== 'firm') {
      const call = notBefore(addDays(invoice.dueDate, Math.max(1, s.callDaysAfter)));
      if (call < reminder1 && today < reminder1) return action('call', call, 'overdue-call');
    }
    return action('reminder1', reminder1, 'overdue-first-reminder');
  }

  const previous = [...events].reverse().find((e) => e.stage === LADDER[lastRung])!;
  // A stage switched off is stepped over: the next one waits its own gap after the previous reminder.
  const enabled = (stage: LadderStage) => stage === 'reminder1' || s[ENABLED[stage]];
  const next = LADDER.slice(lastRung + 1).find(enabled);
  if (!next) return null; // handed over to litigation (or nothing left switched on): nothing more to propose
  const gaps: Record<Exclude<LadderStage, 'reminder1'>, number> = {
    reminder2: s.reminder2GapDays,
    'formal-notice': s.formalNoticeGapDays,
    litigation: s.litigationGapDays,
  };
  const codes: Record<Exclude<LadderStage, 'litigation'>, ReasonCode> = {
    reminder1: 'after-reminder1',
    reminder2: 'after-reminder2',
    'formal-notice': 'after-formal-notice',
  };
  const rung = LADDER.indexOf(next);
  const stepsBefore = LADDER.slice(1, rung + 1).filter(enabled) as Exclude<LadderStage, 'reminder1'>[];
  const gap = gaps[next as Exclude<LadderStage, 'reminder1'>];
  const offset = s.reminder1DaysAfter + stepsBefore.reduce((sum, st) => sum + gaps[st], 0);
  const code = codes[previous.stage as Exclude<LadderStage, 'litigation'>];
  const byGap = addDays(previous.date, Math.max(s.minGapDays, gap + shift));
  const byOffset = addDays(invoice.dueDate, Math.max(1, offset + (stepsBefore.length + 1) * shift));
  return action(next, notBefore(byGap > byOffset ? byGap : byOffset), code, previous.date);
}
