import { daysBetween } from '../core/calendar';
import { CalendarDateSchema } from '../core/dates';
import { minorDigits } from '../core/minor-units';
import type { Money } from '../core/money';
import { defaultRate, frenchRateFloor, type Regime } from './default-rate';
import { roundRateUnits, toPercent, UNITS_PER_PERCENT } from './rate-units';
import { DEFAULT_RATES, type RateSource, type RateTable } from './rates';

export interface LateChargesInput {
  amountDue: Money;
  /** `YYYY-MM-DD` */
  dueDate: string;
  /** `YYYY-MM-DD`: the day the charges are counted to. */
  today: string;
  regime: Regime;
  /** Overrides the dated default (a rate agreed in the general terms); under FR, never below the floor. */
  ratePercent?: number;
  /** Reference rates (validated with RateTableSchema); the built-in table by default. */
  rates?: RateTable;
}

export interface LateCharges {
  daysLate: number;
  ratePercent: number;
  interest: Money;
  indemnity: Money;
  /** Where the rate came from; anything but `table` or `override` deserves a look at the table. */
  rateSource: 'override' | RateSource;
  /** FR: the rate was raised to three times the legal interest rate (L441-10). */
  floorApplied: boolean;
  /** The legal basis, to quote in firm letters. */
  basis: string;
}

export const BASIS: Readonly<Record<Regime, string>> = {
  FR: 'Code de commerce, art. L441-10 et D441-5',
  EU: 'Directive 2011/7/EU',
  UK: 'Late Payment of Commercial Debts (Interest) Act 1998',
};

/**
 * The fixed compensation for recovery costs, per late invoice.
 * - FR (D441-5) and EU (2011/7/EU art. 6): 40 €, in euros whatever the invoice's currency; there
 *   is no exchange rate here to convert it, so an invoice in CHF gets 40 EUR, shown apart.
 * - UK (1998 Act s. 5A): £40 for a debt under £1,000, £70 under £10,000, £100 from £10,000, in
 *   pounds. A debt in another currency is measured in its own major units as if they were pounds
 *   (no exchange rate): an approximation for the rare non-sterling debt under UK law.
 */
export function fixedIndemnity(regime: Regime, amountDue: Money): Money {
  if (regime !== 'UK') return { minor: 4000, currency: 'EUR' };
  const majorUnit = 10 ** minorDigits(amountDue.currency);
  const amount = amountDue.minor;
  const pounds = amount < 1000 * majorUnit ? 40 : amount < 10_000 * majorUnit ? 70 : 100;
  return { minor: pounds * 100, currency: 'GBP' };
}

/**
 * Simple interest over a 365-day year, in minor units, rounded half up:
 * minor × rate × days / 365, with the rate in hundredths of a basis point. BigInt keeps the
 * product exact (1e13 minor × 1e6 units × days would overflow a double's integers).
 */
export function simpleInterest(minor: number, rateUnits: number, days: number): number {
  const numerator = BigInt(minor) * BigInt(rateUnits) * BigInt(days);
  const denominator = 365n * 100n * BigInt(UNITS_PER_PERCENT);
  const rounded = Number((2n * numerator + denominator) / (2n * denominator)); // floor(x + ½) for x ≥ 0
  if (!Number.isSafeInteger(rounded)) throw new RangeError('interest beyond the safe integer range');
  return rounded;
}

function checkInput({ amountDue, dueDate, today, ratePercent }: LateChargesInput): void {
  if (!Number.isSafeInteger(amountDue.minor)) throw new RangeError(`amountDue.minor must be an integer, got ${amountDue.minor}`);
  for (const date of [dueDate, today]) {
    if (!CalendarDateSchema.safeParse(date).success)
      throw new RangeError(`expected a YYYY-MM-DD calendar date, got ${JSON.stringify(date)}`);
  }
  if (ratePercent !== undefined && !(Number.isFinite(ratePercent) && ratePercent >= 0))
    throw new RangeError(`ratePercent must be a finite rate ≥ 0, got ${ratePercent}`);
}

/**
 * Late-payment interest and the fixed indemnity of one invoice on `today`.
 * Penalties run from the day after the due date, with no reminder needed: daysLate is
 * today − dueDate in calendar days (leap days included, still over 365). The rate is the
 * override, else the statutory default of the due date's half-year (see `defaultRate`); under FR
 * either is raised to three times the legal interest rate when below it. Nothing is charged when
 * not late, nor on a zero balance or a credit note (amount ≤ 0): interest and indemnity are then
 * zero in the amount's currency.
 */
export function lateCharges(input: LateChargesInput): LateCharges {
  checkInput(input);
  const { amountDue, dueDate, today, regime, ratePercent, rates = DEFAULT_RATES } = input;
  let units: number;
  let rateSource: LateCharges['rateSource'];
  let floorApplied = false;
  if (ratePercent === undefined) {
    const d = defaultRate(regime, dueDate, rates);
    ({ rateUnits: units, rateSource, floorApplied } = d);
  } else {
    units = roundRateUnits(ratePercent);
    rateSource = 'override';
    const floor = regime === 'FR' ? frenchRateFloor(dueDate, rates) : null;
    if (floor && floor.units > units) {
      units = floor.units;
      floorApplied = true;
    }
  }
  const daysLate = Math.max(0, daysBetween(dueDate, today));
  const charged = daysLate > 0 && amountDue.minor > 0;
  const zero = { minor: 0, currency: amountDue.currency };
  return {
    daysLate,
    ratePercent: toPercent(units),
    interest: charged ? { minor: simpleInterest(amountDue.minor, units, daysLate), currency: amountDue.currency } : zero,
    indemnity: charged ? fixedIndemnity(regime, amountDue) : { ...zero },
    rateSource,
    floorApplied,
    basis: BASIS[regime],
  };
}
