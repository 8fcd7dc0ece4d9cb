import { describe, expect, it } from 'vitest';
import { fixedIndemnity, lateCharges, simpleInterest, type LateChargesInput } from '../../../lib/legal';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const gbp = (minor: number) => ({ minor, currency: 'GBP' });

describe('lateCharges: worked examples', () => {
  // Each expected interest is worked by hand in the comment: amount × rate × days / 365, half up.
  it.each<
    [
      string,
      LateChargesInput,
      {
        daysLate: number;
        ratePercent: number;
        interest: number;
        indemnity: { minor: number; currency: string };
        rateSource: string;
        floorApplied: boolean;
      },
    ]
  >([
    // 124 000 × 12.15 % × 30 / 365 = 1 238.30… → 12,38 € (ECB 2.15 of 1 January 2026 + 10)
    [
      'FR: 1 240,00 € 30 days late at ECB + 10 = 12.15 %',
      { amountDue: eur(124_000), dueDate: '2026-03-01', today: '2026-03-31', regime: 'FR' },
      { daysLate: 30, ratePercent: 12.15, interest: 1238, indemnity: eur(4000), rateSource: 'table', floorApplied: false },
    ],
    // 124 000 × 10.15 % × 30 / 365 = 1 034.46… → 10,34 €
    [
      'EU: the same invoice at ECB + 8 = 10.15 %',
      { amountDue: eur(124_000), dueDate: '2026-03-01', today: '2026-03-31', regime: 'EU' },
      { daysLate: 30, ratePercent: 10.15, interest: 1034, indemnity: eur(4000), rateSource: 'table', floorApplied: false },
    ],
    // Due 30 June 2025 → the ECB rate of 1 January 2025 (3.15): 100 000 × 13.15 % × 30 / 365 = 1 080.82… → 10,81 €
    [
      'FR: a due date in June takes the rate of 1 January',
      { amountDue: eur(100_000), dueDate: '2025-06-30', today: '2025-07-30', regime: 'FR' },
      { daysLate: 30, ratePercent: 13.15, interest: 1081, indemnity: eur(4000), rateSource: 'table', floorApplied: false },
    ],
    // H1 2024: ECB 4.5 + 10 = 14.5 < 3 × 5.07 = 15.21: 1 000 000 × 15.21 % × 30 / 365 = 12 501.37 → 125,01 €
    [
      'FR: the floor of three times the legal rate wins in H1 2024',
      { amountDue: eur(1_000_000), dueDate: '2024-03-15', today: '2024-04-14', regime: 'FR' },
      { daysLate: 30, ratePercent: 15.21, interest: 12_501, indemnity: eur(4000), rateSource: 'table', floorApplied: true },
    ],
    // H2 2024: 4.25 + 10 = 14.25 < 3 × 4.92 = 14.76: 200 000 × 14.76 % × 10 / 365 = 808.77 → 8,09 €
    [
      'FR: and in H2 2024',
      { amountDue: eur(200_000), dueDate: '2024-09-30', today: '2024-10-10', regime: 'FR' },
      { daysLate: 10, ratePercent: 14.76, interest: 809, indemnity: eur(4000), rateSource: 'table', floorApplied: true },
    ],
    // Interest runs from 1 October 2025 → Bank Rate of 30 June 2025 (4.25) + 8 = 12.25 %:
    // 500 000 × 12.25 % × 61 / 365 = 10 236.30… → £102.36; £5,000 is under £10,000 → £70
    [
      'UK: £5,000 61 days late at Bank Rate + 8 = 12.25 %',
      { amountDue: gbp(500_000), dueDate: '2025-09-30', today: '2025-11-30', regime: 'UK' },
      { daysLate: 61, ratePercent: 12.25, interest: 10_236, indemnity: gbp(7000), rateSource: 'table', floorApplied: false },
    ],
    // Bank Rate on 31 December 2025 was 3.75: 100 000 × 11.75 % × 30 / 365 = 965.75 → £9.66; £1,000 → £70
    [
      'UK: 2026 at 3.75 + 8 = 11.75 %',
      { amountDue: gbp(100_000), dueDate: '2026-02-15', today: '2026-03-17', regime: 'UK' },
      { daysLate: 30, ratePercent: 11.75, interest: 966, indemnity: gbp(7000), rateSource: 'table', floorApplied: false },
    ],
    // 1 000 000 × 15 % × 73 / 365 = 30 000 exactly
    [
      'FR: an agreed 15 % overrides the default',
      { amountDue: eur(1_000_000), dueDate: '2026-01-10', today: '2026-03-24', regime: 'FR', ratePercent: 15 },
      { daysLate: 73, ratePercent: 15, interest: 30_000, indemnity: eur(4000), rateSource: 'override', floorApplied: false },
    ],
    // 5 % is below 3 × 2.62 = 7.86: raised to it. 124 000 × 7.86 % × 30 / 365 = 801.07 → 8,01 €
    [
      'FR: an agreed rate below the floor is raised to 7.86 %',
      { amountDue: eur(124_000), dueDate: '2026-03-01', today: '2026-03-31', regime: 'FR', ratePercent: 5 },
      { daysLate: 30, ratePercent: 7.86, interest: 801, indemnity: eur(4000), rateSource: 'override', floorApplied: true },
    ],
    // No floor in the Directive: 124 000 × 5 % × 30 / 365 = 509.58… → 5,10 €
    [
      'EU: an agreed 5 % stays 5 %',
      { amountDue: eur(124_000), dueDate: '2026-03-01', today: '2026-03-31', regime: 'EU', ratePercent: 5 },
      { daysLate: 30, ratePercent: 5, interest: 510, indemnity: eur(4000), rateSource: 'override', floorApplied: false },
    ],
    // 28 Feb → 1 Mar 2024 is 2 calendar days (29 Feb counts): 365 000 × 10 % × 2 / 365 = 200
    // (EU: in 2024 a French 10 % would be raised to the 15.21 % floor)
    [
      'counts 29 February as a day late',
      { amountDue: eur(365_000), dueDate: '2024-02-28', today: '2024-03-01', regime: 'EU', ratePercent: 10 },
      { daysLate: 2, ratePercent: 10, interest: 200, indemnity: eur(4000), rateSource: 'override', floorApplied: false },
    ],
    // A whole leap year is 366 days, still over 365: 100 000 × 10 % × 366 / 365 = 10 027.39… → 100,27 €
    [
      'divides by 365 in a leap year too',
      { amountDue: eur(100_000), dueDate: '2024-01-01', today: '2025-01-01', regime: 'EU', ratePercent: 10 },
      { daysLate: 366, ratePercent: 10, interest: 10_027, indemnity: eur(4000), rateSource: 'override', floorApplied: false },
    ],
    // H2 2026's ECB rate is carried forward (provisional): used, and flagged
    [
      'FR: H2 2026 uses the carried-forward ECB rate and says so',
      { amountDue: eur(124_000), dueDate: '2026-09-01', today: '2026-10-01', regime: 'FR' },
      { daysLate: 30, ratePercent: 12.15, interest: 1238, indemnity: eur(4000), rateSource: 'latest-known', floorApplied: false },
    ],
    // No rate published yet for 2031: the latest known one, flagged
    [
      'UK: a half-year beyond the table uses the latest known Bank Rate',
      { amountDue: gbp(100_000), dueDate: '2031-02-01', today: '2031-03-03', regime: 'UK' },
      { daysLate: 30, ratePercent: 11.75, interest: 966, indemnity: gbp(7000), rateSource: 'latest-known', floorApplied: false },
    ],
  ])('%s', (_label, input, expected) => {
    const { interest, ...rest } = expected;
    expect(lateCharges(input)).toEqual({
      ...rest,
      interest: { minor: interest, currency: input.amountDue.currency },
      basis: expect.any(String),
    });
  });
});

describe('lateCharges: the UK reference date', () => {
  // The 2002 Order takes the rate of the 30 June or 31 December before the day interest starts
  // to run, the day after the due date.
  it.each([
    ['2025-06-29', 12.75], // runs from 30 June 2025 → rate of 31 December 2024 (4.75)
    ['2025-06-30', 12.25], // runs from 1 July 2025 → rate of 30 June 2025 (4.25)
    ['2025-12-31', 11.75], // runs from 1 January 2026 → rate of 31 December 2025 (3.75)
  ])('a debt due on %s carries %f %%', (dueDate, ratePercent) => {
    expect(lateCharges({ amountDue: gbp(100_000), dueDate, today: '2026-03-01', regime: 'UK' }).ratePercent).toBe(ratePercent);
  });
});

describe('lateCharges: rounding and exactness', () => {
  it.each([
    [1824, 0], // 1 824 × 10 % / 365 = 0.4997 → 0
    [1825, 1], // exactly 0.5 → 1
    [5475, 2], // exactly 1.5 → 2
    [9125, 3], // exactly 2.5 → 3 (half up, not to even)
    [9_999_999_996_725, 2_739_726_027], // 2 739 726 026.5 exactly, near Money's bound → up
  ])('one day at 10 %% on %i minor units is %i', (minor, interest) => {
    expect(
      lateCharges({ amountDue: eur(minor), dueDate: '2026-03-01', today: '2026-03-02', regime: 'EU', ratePercent: 10 }).interest.minor,
    ).toBe(interest);
  });

  it('computes 12.15 % from 2.15 + 10 without floating error', () => {
    // 2.15 + 10 is 12.149999… in doubles; in rate units it is 121 500.
    expect(simpleInterest(365_000_000, 121_500, 1)).toBe(121_500);
  });

  it.each([
    ['a malformed due date', { dueDate: '2026-3-1' }],
    ['an impossible date', { today: '2026-02-30' }],
    ['a rate that is not a number', { ratePercent: Number.NaN }],
    ['a negative rate', { ratePercent: -1 }],
    ['a fractional amount', { amountDue: eur(10.5) }],
  ])('refuses %s', (_l, patch) => {
    expect(() => lateCharges({ amountDue: eur(1000), dueDate: '2026-03-01', today: '2026-03-31', regime: 'FR', ...patch })).toThrow(
      RangeError,
    );
  });
});

describe('lateCharges: no charges', () => {
  it.each([
    ['on the due date itself', eur(124_000), '2026-03-01'],
    ['before the due date', eur(124_000), '2026-02-20'],
  ])('charges nothing %s', (_l, amountDue, today) => {
    expect(lateCharges({ amountDue, dueDate: '2026-03-01', today, regime: 'FR' })).toMatchObject({
      daysLate: 0,
      interest: eur(0),
      indemnity: eur(0),
    });
  });

  it('charges from the day after the due date', () => {
    expect(lateCharges({ amountDue: eur(124_000), dueDate: '2026-03-01', today: '2026-03-02', regime: 'FR' })).toMatchObject({
      daysLate: 1,
      interest: eur(41),
      indemnity: eur(4000),
    });
  });

  it.each([
    ['a zero balance', eur(0), 'FR'],
    ['a credit note', eur(-15_000), 'FR'],
    ['a credit note in pounds', gbp(-15_000), 'UK'],
  ] as const)('charges nothing on %s, in its own currency', (_l, amountDue, regime) => {
    const r = lateCharges({ amountDue, dueDate: '2026-01-01', today: '2026-03-01', regime });
    expect(r.interest).toEqual({ minor: 0, currency: amountDue.currency });
    expect(r.indemnity).toEqual({ minor: 0, currency: amountDue.currency });
  });
});

describe('fixed indemnity', () => {
  it.each([
    [99_999, 4000], // £999.99
    [100_000, 7000], // £1,000
    [999_999, 7000], // £9,999.99
    [1_000_000, 10_000], // £10,000
  ])('UK: a debt of %i pence earns %i pence', (debt, fixed) => {
    expect(lateCharges({ amountDue: gbp(debt), dueDate: '2025-09-01', today: '2025-10-01', regime: 'UK' }).indemnity).toEqual(gbp(fixed));
  });

  it.each([
    ['FR', 'CHF'],
    ['EU', 'USD'],
  ] as const)('%s: 40 € in euros on an invoice in %s, interest in the invoice currency', (regime, currency) => {
    const r = lateCharges({ amountDue: { minor: 50_000, currency }, dueDate: '2026-01-01', today: '2026-02-01', regime });
    expect(r.indemnity).toEqual(eur(4000));
    expect(r.interest.currency).toBe(currency);
  });

  it.each([
    [{ minor: 99_999, currency: 'EUR' }, 4000], // 999.99 units
    [{ minor: 150_000, currency: 'EUR' }, 7000], // 1,500.00 units
    [{ minor: 150_000, currency: 'JPY' }, 10_000], // ¥150,000: no minor unit, 150,000 units
  ])('UK: a non-sterling debt is sized in its own major units (%o → %i pence)', (amountDue, fixed) => {
    expect(fixedIndemnity('UK', amountDue)).toEqual(gbp(fixed));
  });
});
