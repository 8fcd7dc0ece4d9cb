import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  PaymentLinkPatternSchema,
  SettingsSchema,
  type Invoice,
  type ReminderEvent,
  type Settings,
  type Stage,
} from '../../../lib/core';
import { nextAction } from '../../../lib/dunning/next-action';
import { groupDueActions, type PlannedAction } from '../../../lib/dunning/plan';

const now = '2026-01-01T00:00:00.000Z';
const DUE = '2026-03-02'; // a Monday, no French holiday near it
const invoice = (n = 'FA1', clientId = 'dupont'): Invoice => ({
  id: `erp.example.fr:${n}`,
  number: n,
  clientId,
  clientName: 'Dupont',
  total: { minor: 124_000, currency: 'EUR' },
  amountDue: { minor: 124_000, currency: 'EUR' },
  issueDate: '2026-01-31',
  dueDate: DUE,
  dueDateInferred: false,
  status: 'open',
  statusSetBy: 'capture',
  kind: 'invoice',
  source: { url: 'https://erp.example.fr/', host: 'erp.example.fr', method: 'table', seenAt: now },
  notes: '',
  unpaid: 1,
  createdAt: now,
  updatedAt: now,
});
const sent = (stage: Stage, date: string): ReminderEvent => ({
  invoiceIds: ['erp.example.fr:FA1'],
  clientId: 'dupont',
  stage,
  channel: 'email',
  action: 'sent',
  at: `${date}T09:00:00.000Z`,
  date,
  to: [],
});
const withSchedule = (schedule: Partial<Settings['schedule']>, over: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  ...over,
  schedule: { ...defaultSettings().schedule, ...schedule },
});
const run = (settings: Settings, today: string, history: ReminderEvent[] = []) =>
  nextAction({ invoice: invoice(), history, settings, today });

describe('settings added for issue 13 keep old stored settings valid', () => {
  it('fills every new key with its default when a stored record predates them', () => {
    const old = {
      company: { name: 'Atelier', iban: 'FR76...' },
      schedule: { reminder1DaysAfter: 5 },
      legal: { regime: 'FR' },
      checkHour: 8,
    };
    const s = SettingsSchema.parse(old);
    expect(s.company).toMatchObject({ name: 'Atelier', email: '' });
    expect(s.schedule).toMatchObject({
      reminder1DaysAfter: 5,
      courtesyEnabled: true,
      reminder2Enabled: true,
      formalNoticeEnabled: true,
      litigationEnabled: true,
      groupPerClient: true,
    });
    expect(s.defaultClientLanguage).toBe('auto');
    expect(s.legal.rates).toBeUndefined();
  });

  it.each([
    [{ company: { email: 'not-an-address' } }, 'company.email'],
    [{ company: { paymentLinkPattern: 'javascript:alert(1)' } }, 'company.paymentLinkPattern'],
    [{ defaultClientLanguage: 'de' }, 'defaultClientLanguage'],
    [{ legal: { rates: { '2026-H3': { ecb: 2 } } } }, 'legal.rates'],
    [{ schedule: { reminder2Enabled: 'yes' } }, 'schedule.reminder2Enabled'],
  ])('refuses %j at %s', (value, path) => {
    const r = SettingsSchema.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).some((p) => p.startsWith(path))).toBe(true);
  });

  it('accepts an https payment link only, and reads one stored in http before this rule as https', () => {
    expect(SettingsSchema.safeParse({ company: { paymentLinkPattern: 'https://pay.example/{number}?a={amount}' } }).success).toBe(true);
    expect(PaymentLinkPatternSchema.safeParse('http://pay.example/{number}').success).toBe(false);
    expect(SettingsSchema.parse({ company: { paymentLinkPattern: 'http://pay.example/{number}' } }).company.paymentLinkPattern).toBe(
      'https://pay.example/{number}',
    );
  });
});

describe('the schedule honours each stage switched on or off', () => {
  it('proposes no courtesy note when it is off, the call instead once overdue', () => {
    expect(run(withSchedule({}), '2026-02-20')).toMatchObject({ stage: 'courtesy' });
    expect(run(withSchedule({ courtesyEnabled: false }), '2026-02-20')).toMatchObject({ stage: 'call', date: '2026-03-05' });
    expect(run(withSchedule({ courtesyEnabled: false, callEnabled: false }), '2026-02-20')).toMatchObject({
      stage: 'reminder1',
      date: '2026-03-09',
    });
  });

  it('goes from the first reminder to the formal notice when the second is off, its own gap after the first', () => {
    const s = withSchedule({ reminder2Enabled: false });
    expect(run(s, '2026-03-10', [sent('reminder1', '2026-03-09')])).toMatchObject({
      stage: 'formal-notice',
      date: '2026-03-19',
      reason: { code: 'after-reminder1' },
    });
  });

  it('stops after the second reminder when both the formal notice and litigation are off', () => {
    const s = withSchedule({ formalNoticeEnabled: false, litigationEnabled: false });
    expect(run(s, '2026-03-25', [sent('reminder1', '2026-03-09'), sent('reminder2', '2026-03-19')])).toBeNull();
  });

  it('moves the first reminder with its offset', () => {
    expect(run(withSchedule({ reminder1DaysAfter: 7, callEnabled: false, courtesyEnabled: false }), '2026-03-03')?.date).toBe('2026-03-09');
    expect(run(withSchedule({ reminder1DaysAfter: 14, callEnabled: false, courtesyEnabled: false }), '2026-03-03')?.date).toBe(
      '2026-03-16',
    );
  });

  it('lands on the next working day of the chosen country (Easter Monday 2026 is a holiday in France and in England, not in "none")', () => {
    // Due 2026-03-30 + 7 = Monday 6 April 2026, Easter Monday.
    const inv = { ...invoice(), dueDate: '2026-03-30' };
    const at = (workingDays: Settings['workingDays']) =>
      nextAction({
        invoice: inv,
        history: [],
        settings: withSchedule({ callEnabled: false, courtesyEnabled: false }, { workingDays }),
        today: '2026-03-31',
      })?.date;
    expect(at('FR')).toBe('2026-04-07');
    expect(at('GB')).toBe('2026-04-07');
    expect(at('none')).toBe('2026-04-06');
  });
});

describe('grouping several invoices of a client', () => {
  const planned = (n: string): PlannedAction => ({
    invoice: invoice(n),
    stage: 'reminder1',
    date: '2026-03-09',
    due: true,
    catchUp: false,
    tone: 'standard',
    amountDue: { minor: 100, currency: 'EUR' },
    daysLate: 7,
    reason: { code: 'overdue-first-reminder', daysLate: 7 },
  });
  it('puts them in one message by default, one message each when grouping is off', () => {
    const actions = [planned('FA1'), planned('FA2'), planned('FA3')];
    expect(groupDueActions(actions).map((g) => g.invoices.length)).toEqual([3]);
    expect(groupDueActions(actions, { perClient: false }).map((g) => g.invoices.length)).toEqual([1, 1, 1]);
  });
});
