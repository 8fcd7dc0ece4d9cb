import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, defaultSettings, type Client, type Invoice, type ReminderEvent, type Settings, type Stage } from '../../../lib/core';
import { nextAction, type NextActionInput } from '../../../lib/dunning/next-action';
import { isWorkingDay } from '../../../lib/dunning/working-days';

const now = '2026-01-01T00:00:00.000Z';
// Due on Monday 2 March 2026: no French holiday within weeks around it.
const DUE = '2026-03-02';

function invoice(over: Partial<Invoice> = {}): Invoice {
  return {
    id: 'erp.example.fr:FA1',
    number: 'FA1',
    clientId: 'dupont',
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
    ...over,
  };
}

function sent(stage: Stage, date: string, action: ReminderEvent['action'] = 'sent'): ReminderEvent {
  return {
    invoiceIds: ['erp.example.fr:FA1'],
    clientId: 'dupont',
    stage,
    channel: stage === 'call' ? 'phone' : 'email',
    action,
    at: `${date}T09:00:00.000Z`,
    date,
    to: [],
  };
}

const settings = defaultSettings();
const run = (today: string, history: ReminderEvent[] = [], over: Partial<NextActionInput> = {}) =>
  nextAction({ invoice: invoice(), history, settings, today, ...over });

describe('nextAction: the default French schedule', () => {
  it.each([
    ['2026-02-20', [], 'courtesy', '2026-02-27', false],
    ['2026-02-27', [], 'courtesy', '2026-02-27', true],
    ['2026-03-02', [sent('courtesy', '2026-02-27')], 'call', '2026-03-05', false],
    ['2026-03-05', [sent('courtesy', '2026-02-27')], 'call', '2026-03-05', true],
    ['2026-03-06', [sent('courtesy', '2026-02-27'), sent('call', '2026-03-05', 'called')], 'reminder1', '2026-03-09', false],
    ['2026-03-09', [], 'reminder1', '2026-03-09', true],
    ['2026-03-10', [sent('reminder1', '2026-03-09')], 'reminder2', '2026-03-19', false],
    ['2026-03-19', [sent('reminder1', '2026-03-09')], 'reminder2', '2026-03-19', true],
    ['2026-03-25', [sent('reminder1', '2026-03-09'), sent('reminder2', '2026-03-19')], 'formal-notice', '2026-03-30', false],
    [
      '2026-04-20',
      [sent('reminder1', '2026-03-09'), sent('reminder2', '2026-03-19'), sent('formal-notice', '2026-03-30', 'printed')],
      'litigation',
      '2026-04-14',
      true,
    ],
  ] as const)('on %s with %j proposes %s on %s (due: %s)', (today, history, stage, date, due) => {
    expect(run(today, [...history])).toMatchObject({ stage, date, due });
  });

  it('proposes reminder 2 ten days after reminder 1 was actually sent, not after it was planned', () => {
    expect(run('2026-03-30', [sent('reminder1', '2026-03-24')])).toMatchObject({
      stage: 'reminder2',
      date: '2026-04-03',
      due: false,
      reason: { code: 'after-reminder1', since: '2026-03-24' },
    });
  });

  it('ignores drafts that were never sent', () => {
    expect(run('2026-03-20', [sent('reminder1', '2026-03-09', 'drafted')])).toMatchObject({ stage: 'reminder1', catchUp: true });
  });

  it('after weeks with the browser closed proposes the next unsent stage, dated when it was due, and skips none', () => {
    expect(run('2026-05-15', [])).toMatchObject({ stage: 'reminder1', date: '2026-03-09', due: true, catchUp: true, daysLate: 74 });
  });

  it('moves a stage that falls on a weekend or a public holiday to the next working day', () => {
    // Due Friday 1 May 2026 (holiday) → reminder 1 at +7 = Friday 8 May (holiday) → Monday 11 May.
    expect(run('2026-05-09', [], { invoice: invoice({ dueDate: '2026-05-01' }) })).toMatchObject({
      stage: 'reminder1',
      date: '2026-05-11',
    });
  });

  it('skips the courtesy note once the due date has come', () => {
    expect(run('2026-03-02')).toMatchObject({ stage: 'call' });
  });

  it('chases the amount still due after a part payment', () => {
    expect(
      run('2026-03-09', [], { invoice: invoice({ status: 'partial', amountDue: { minor: 24_000, currency: 'EUR' } }) })?.amountDue,
    ).toEqual({ minor: 24_000, currency: 'EUR' });
  });

  it('has nothing to propose after litigation was handed over', () => {
    const all = [
      sent('reminder1', '2026-03-09'),
      sent('reminder2', '2026-03-19'),
      sent('formal-notice', '2026-03-30'),
      sent('litigation', '2026-04-14', 'done'),
    ];
    expect(run('2026-06-01', all)).toBeNull();
  });
});

describe('nextAction: what is not chased', () => {
  it.each([
    ['a draft', { status: 'draft' }],
    ['a cancelled invoice', { status: 'cancelled' }],
    ['a disputed invoice', { status: 'disputed' }],
    ['a credit note', { kind: 'credit-note' }],
    ['an invoice paused until after today', { pausedUntil: '2026-03-20' }],
    ['an invoice promised for a later day', { promiseDate: '2026-03-25' }],
    ['an invoice promised for today', { promiseDate: '2026-03-20' }],
  ] as const)('%s', (_label, over) => {
    expect(run('2026-03-20', [], { invoice: invoice(over as Partial<Invoice>) })).toBeNull();
  });

  it('a paused client', () => {
    const client: Client = { id: 'dupont', name: 'Dupont', emails: [], emailSources: [], paused: true, createdAt: now, updatedAt: now };
    expect(run('2026-03-20', [], { client })).toBeNull();
  });

  it.each(['2026-03-20', '2026-03-27'])('a client paused until %s, through that day; the chase resumes the day after', (until) => {
    const client: Client = {
      id: 'dupont',
      name: 'Dupont',
      emails: [],
      emailSources: [],
      paused: false,
      pausedUntil: until,
      createdAt: now,
      updatedAt: now,
    };
    expect(run('2026-03-20', [], { client })).toBeNull();
    expect(run(until, [], { client })).toBeNull();
    expect(run(addDays(until, 1), [], { client })).toMatchObject({ stage: 'reminder1' });
  });

  it('resumes the day after a broken promise', () => {
    expect(run('2026-03-21', [], { invoice: invoice({ promiseDate: '2026-03-20' }) })).toMatchObject({
      stage: 'reminder1',
      date: '2026-03-23',
      due: false,
    });
  });
});

describe('nextAction: thank-you', () => {
  const paid = invoice({ status: 'paid', unpaid: 0, paidAt: '2026-03-25', amountDue: { minor: 0, currency: 'EUR' } });
  it('thanks a client who paid after a reminder', () => {
    expect(run('2026-03-26', [sent('reminder1', '2026-03-09')], { invoice: paid })).toMatchObject({
      stage: 'thank-you',
      date: '2026-03-25',
      due: true,
    });
  });
  it.each([
    ['no reminder was sent', [], '2026-03-26'],
    ['only the courtesy note was sent', [sent('courtesy', '2026-02-27')], '2026-03-26'],
    ['the thanks were already sent', [sent('reminder1', '2026-03-09'), sent('thank-you', '2026-03-26')], '2026-03-27'],
    ['the payment is months old', [sent('reminder1', '2026-03-09')], '2026-09-01'],
  ] as const)('says nothing when %s', (_label, history, today) => {
    expect(run(today, [...history], { invoice: paid })).toBeNull();
  });
});

describe('nextAction: tone', () => {
  const client = (over: Partial<Client>): Client => ({
    id: 'dupont',
    name: 'Dupont',
    emails: [],
    emailSources: [],
    paused: false,
    createdAt: now,
    updatedAt: now,
    ...over,
  });
  it('gives a long-standing punctual client the gentle variant and three more days', () => {
    expect(run('2026-03-05', [], { client: client({ since: '2020-01-01' }), record: { paid: 20, paidLate: 1 } })).toMatchObject({
      tone: 'gentle',
      stage: 'call',
    });
    expect(
      run('2026-03-06', [sent('call', '2026-03-05', 'called')], {
        client: client({ since: '2020-01-01' }),
        record: { paid: 20, paidLate: 1 },
      }),
    ).toMatchObject({ tone: 'gentle', stage: 'reminder1', date: '2026-03-12' });
  });
  it('gives a frequent late payer the firm variant, no call and an earlier first reminder', () => {
    expect(run('2026-03-03', [], { record: { paid: 6, paidLate: 4 } })).toMatchObject({
      tone: 'firm',
      stage: 'reminder1',
      date: '2026-03-06',
    });
  });
  it('lets the user set the tone', () => {
    expect(run('2026-03-03', [], { client: client({ tone: 'firm' }), record: { paid: 20, paidLate: 0 } })?.tone).toBe('firm');
  });
});

/** Simulates a user who does everything proposed, on the day proposed or later. */
function simulate(start: string, days: number, delays: number[], settings: Settings, over: Partial<Invoice> = {}) {
  const history: ReminderEvent[] = [];
  const stages: { stage: Stage; date: string; planned: string }[] = [];
  let inv = invoice(over);
  for (let d = 0; d < days; d++) {
    const today = addDays(start, d);
    const a = nextAction({ invoice: inv, history, settings, today });
    if (a?.due && (delays[stages.length] ?? 0) <= d) {
      history.push(sent(a.stage, today, a.stage === 'call' ? 'called' : a.stage === 'litigation' ? 'done' : 'sent'));
      stages.push({ stage: a.stage, date: today, planned: a.date });
      if (a.stage === 'thank-you') break;
    }
    if (d === 150 && over.status === undefined) inv = { ...inv, status: 'paid', unpaid: 0, paidAt: today };
  }
  return stages;
}

describe('nextAction: properties', () => {
  const order: Stage[] = ['courtesy', 'call', 'reminder1', 'reminder2', 'formal-notice', 'litigation', 'thank-you'];
  const schedule = fc.record({
    courtesyDaysBefore: fc.integer({ min: 0, max: 10 }),
    callDaysAfter: fc.integer({ min: 0, max: 10 }),
    reminder1DaysAfter: fc.integer({ min: 0, max: 20 }),
    reminder2GapDays: fc.integer({ min: 1, max: 20 }),
    formalNoticeGapDays: fc.integer({ min: 1, max: 20 }),
    litigationGapDays: fc.integer({ min: 1, max: 30 }),
    minGapDays: fc.integer({ min: 1, max: 7 }),
    callEnabled: fc.boolean(),
  });
  const country = fc.constantFrom('FR', 'GB', 'none') as fc.Arbitrary<Settings['workingDays']>;

  it('never goes backwards, never repeats a stage, keeps the gaps and lands on working days', () => {
    fc.assert(
      fc.property(
        schedule,
        country,
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 8 }),
        fc.integer({ min: -40, max: 40 }),
        (sch, workingDays, delays, startOffset) => {
          const st: Settings = { ...settings, workingDays, schedule: { ...settings.schedule, ...sch } };
          const stages = simulate(addDays(DUE, startOffset), 220, delays, st);
          const idx = stages.map((s) => order.indexOf(s.stage));
          expect(idx).toEqual([...idx].sort((a, b) => a - b));
          expect(new Set(idx).size).toBe(idx.length);
          for (let i = 1; i < stages.length; i++) {
            if (stages[i]!.stage === 'thank-you') continue;
            const gap = (Date.parse(stages[i]!.date) - Date.parse(stages[i - 1]!.date)) / 86_400_000;
            expect(gap).toBeGreaterThanOrEqual(sch.minGapDays);
            if (stages[i]!.stage === 'reminder2') expect(gap).toBeGreaterThanOrEqual(sch.reminder2GapDays);
            if (stages[i]!.stage === 'formal-notice') expect(gap).toBeGreaterThanOrEqual(sch.formalNoticeGapDays);
          }
          for (const s of stages) if (s.stage !== 'thank-you') expect(isWorkingDay(s.planned, workingDays)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never proposes a reminder for a paid invoice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -60, max: 200 }),
        fc.array(fc.constantFrom<Stage>('courtesy', 'call', 'reminder1', 'reminder2', 'formal-notice'), { maxLength: 4 }),
        (offset, done) => {
          const history = done.map((stage, i) => sent(stage, addDays(DUE, i * 10)));
          const a = nextAction({
            invoice: invoice({ status: 'paid', unpaid: 0, paidAt: DUE }),
            history,
            settings,
            today: addDays(DUE, offset),
          });
          expect(a === null || a.stage === 'thank-you').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same answer whatever the time zone (the suite also runs under other TZ values)', () => {
    const stages = simulate('2026-02-01', 200, [], settings);
    expect(stages.map((s) => s.stage)).toEqual(['courtesy', 'call', 'reminder1', 'reminder2', 'formal-notice', 'litigation', 'thank-you']);
    expect(stages.map((s) => s.date)).toEqual([
      '2026-02-27',
      '2026-03-05',
      '2026-03-09',
      '2026-03-19',
      '2026-03-30',
      '2026-04-14',
      '2026-07-02',
    ]);
  });
});
