import { daysBetween, type Money } from '../core';
import { DEFAULT_RATES, lookupRate, type RateTable } from './rates';

export * from './rates';

export type Regime = 'FR' | 'EU' | 'UK';

export interface LateChargesInput {
  amountDue: Money;
  dueDate: string;
  today: string;
  regime: Regime;
  /** Overrides the dated default (a rate agreed in the contract or the general terms). */
  ratePercent?: number;
  /** Reference rates; the built-in table by default. */
  rates?: RateTable;
}

export interface LateCharges {
  daysLate: number;
  ratePercent: number;
  interest: Money;
  indemnity: Money;
  /** Where the rate came from: the override, the table for that half-year, or the latest known. */
  rateSource: 'override' | 'table' | 'latest-known';
  /** The legal basis, to quote in firm letters. */
  basis: string;
}

/** Points added to the reference rate by default. */
export const MARGIN: Readonly<Record<Regime, number>> = { FR: 10, EU: 8, UK: 8 };

export const BASIS: Readonly<Record<Regime, string>> = {
  FR: 'Code de commerce, art. L441-10 et D441-5',
  EU: 'Directive 2011/7/EU',
  UK: 'Late Payment of Commercial Debts (Interest) Act 1998',
};

/** The default rate of a regime for an invoice due on `dueDate`, and how sure it is. */
export function defaultRatePercent(regime: Regime, dueDate: string, table: RateTable = DEFAULT_RATES): { ratePercent: number; exact: boolean } {
  const ref = lookupRate(table, regime === 'UK' ? 'boe' : 'ecb', dueDate);
  if (!ref) throw new Error(`no reference rate known for ${regime} at ${dueDate}`);
  return { ratePercent: roundRate(ref.rate + MARGIN[regime]), exact: ref.exact };
}

/** Statutory fixed compensation per late invoice. */
export function fixedIndemnity(regime: Regime, amountDue: Money): Money {
  if (regime !== 'UK') return { minor: 4000, currency: 'EUR' }; // D441-5 and the Directive: 40 €, whatever the invoice currency
  const pounds = amountDue.minor; // thresholds of the 1998 Act, on the debt in pence
  return { minor: pounds < 100_000 ? 4000 : pounds < 1_000_000 ? 7000 : 10_000, currency: 'GBP' };
}

/**
 * Late-payment interest and the fixed indemnity. Penalties run from the day after the due date,
 * with no reminder needed; interest = amount due × rate × days late / 365, in integer
 * arithmetic, rounded half up to the minor unit. Nothing is charged when not late, or on a
 * credit note or a zero balance.
 */
export function lateCharges({ amountDue, dueDate, today, regime, ratePercent, rates = DEFAULT_RATES }: LateChargesInput): LateCharges {
  const daysLate = Math.max(0, daysBetween(dueDate, today));
  const zero = { minor: 0, currency: amountDue.currency };
  let rate: number;
  let rateSource: LateCharges['rateSource'];
  if (ratePercent !== undefined) {
    rate = ratePercent;
    rateSource = 'override';
  } else {
    const d = defaultRatePercent(regime, dueDate, rates);
    rate = d.ratePercent;
    rateSource = d.exact ? 'table' : 'latest-known';
  }
  if (daysLate === 0 || amountDue.minor <= 0) {
    return { daysLate, ratePercent: rate, interest: zero, indemnity: { ...zero }, rateSource, basis: BASIS[regime] };
  }
  // Rate in hundredths of a basis point (12.15 % → 121 500), so the whole product is an integer.
  const rateUnits = BigInt(Math.round(rate * 10_000));
  const numerator = BigInt(amountDue.minor) * rateUnits * BigInt(daysLate);
  const denominator = 365n * 1_000_000n;
  const minor = Number((2n * numerator + denominator) / (2n * denominator)); // half up
  return { daysLate, ratePercent: rate, interest: { minor, currency: amountDue.currency }, indemnity: fixedIndemnity(regime, amountDue), rateSource, basis: BASIS[regime] };
}

/**
 * France: the agreed penalty rate may not be below three times the legal interest rate
 * (L441-10). Returns the message to show when it is.
 */
export function validateFrenchRate(ratePercent: number, dueDate: string, lang: 'fr' | 'en' = 'fr', table: RateTable = DEFAULT_RATES): { ok: true } | { ok: false; minimum: number; message: string } {
  const legal = lookupRate(table, 'frLegalPro', dueDate);
  if (!legal) return { ok: true };
  const minimum = roundRate(legal.rate * 3);
  if (ratePercent >= minimum) return { ok: true };
  const shown = lang === 'fr' ? minimum.toFixed(2).replace('.', ',') : minimum.toFixed(2);
  const message =
    lang === 'fr'
      ? `Le taux des pénalités de retard doit être au moins égal à trois fois le taux d'intérêt légal, soit ${shown} % (Code de commerce, art. L441-10).`
      : `The late-payment penalty rate must be at least three times the French legal interest rate: ${shown} % (Code de commerce, art. L441-10).`;
  return { ok: false, minimum, message };
}

function roundRate(r: number): number {
  return Math.round(r * 10_000) / 10_000;
}
