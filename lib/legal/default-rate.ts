import { addDays } from '../core/calendar';
import { toPercent, toRateUnits, UNITS_PER_PERCENT } from './rate-units';
import { DEFAULT_RATES, lookupRate, type RateKey, type RateLookup, type RateSource, type RateTable } from './rates';

export type Regime = 'FR' | 'EU' | 'UK';

/** Points added to the reference rate by default: L441-10 (FR), 2011/7/EU (EU), the 1998 Act's order (UK). */
export const MARGIN: Readonly<Record<Regime, number>> = { FR: 10, EU: 8, UK: 8 };

export interface DefaultRate {
  ratePercent: number;
  /** The same rate in hundredths of a basis point (12.15 % → 121 500). */
  rateUnits: number;
  rateSource: RateSource;
  /** The half-year of the reference rate used, e.g. `2026-H1`. */
  referencePeriod: string;
  /** France only: three times the legal rate was higher than ECB + 10, and was used. */
  floorApplied: boolean;
}

const SOURCE_RANK: Readonly<Record<RateSource, number>> = { table: 0, 'latest-known': 1, 'earliest-known': 2 };
/** The less certain of two sources, so a flag is never lost when two rates are combined. */
const weaker = (a: RateSource, b: RateSource) => (SOURCE_RANK[a] >= SOURCE_RANK[b] ? a : b);

function reference(table: RateTable, key: RateKey, date: string): RateLookup {
  const found = lookupRate(table, key, date);
  if (!found) throw new Error(`the rate table has no ${key} rate`);
  return found;
}

/**
 * France's floor, in rate units: three times the legal interest rate of the half-year (L441-10),
 * or null when the table holds no legal rate.
 */
export function frenchRateFloor(
  dueDate: string,
  table: RateTable = DEFAULT_RATES,
): { units: number; source: RateSource; period: string } | null {
  const legal = lookupRate(table, 'frLegalPro', dueDate);
  return legal && { units: 3 * toRateUnits(legal.rate), source: legal.source, period: legal.period };
}

/**
 * The statutory default rate for an invoice due on `dueDate`, with where it came from.
 * - FR: ECB rate of the due date's half-year + 10 points, raised to three times the legal rate
 *   when that is higher (it was, all through 2024).
 * - EU: ECB rate of the due date's half-year + 8 points.
 * - UK: Bank Rate + 8 points, the Bank Rate being the one of 31 December or 30 June before the
 *   day interest starts to run, which is the day after the due date: a debt due on 30 June runs
 *   from 1 July and takes the rate of that 30 June.
 */
export function defaultRate(regime: Regime, dueDate: string, table: RateTable = DEFAULT_RATES): DefaultRate {
  const ref = regime === 'UK' ? reference(table, 'boe', addDays(dueDate, 1)) : reference(table, 'ecb', dueDate);
  let units = toRateUnits(ref.rate) + MARGIN[regime] * UNITS_PER_PERCENT;
  let rateSource = ref.source;
  let floorApplied = false;
  if (regime === 'FR') {
    const floor = frenchRateFloor(dueDate, table);
    if (floor && floor.units > units) {
      units = floor.units;
      rateSource = weaker(rateSource, floor.source);
      floorApplied = true;
    }
  }
  return { ratePercent: toPercent(units), rateUnits: units, rateSource, referencePeriod: ref.period, floorApplied };
}

/** The statutory default rate in percent (see `defaultRate` for the rules and the provenance). */
export function defaultRatePercent(regime: Regime, dueDate: string, table: RateTable = DEFAULT_RATES): number {
  return defaultRate(regime, dueDate, table).ratePercent;
}
