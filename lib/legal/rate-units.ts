// Rates are computed in integer "rate units", hundredths of a basis point: 12.15 % is 121 500.
// Sums like 2.15 + 10 or products like 3 × 2.62 then stay exact, where doubles would give
// 12.149999… or 7.8599999….

export const UNITS_PER_PERCENT = 10_000;

/** Percent to rate units; throws on a rate that is not a finite number of at most four decimals. */
export function toRateUnits(percent: number): number {
  const units = Math.round(percent * UNITS_PER_PERCENT);
  if (!Number.isFinite(percent) || Math.abs(percent * UNITS_PER_PERCENT - units) > 1e-6) {
    throw new RangeError(`a rate must be a finite percent with at most four decimals, got ${percent}`);
  }
  return units;
}

/** Percent to rate units, rounding what lies beyond four decimals (a rate typed by the user); throws when not finite. */
export function roundRateUnits(percent: number): number {
  if (!Number.isFinite(percent)) throw new RangeError(`a rate must be a finite percent, got ${percent}`);
  return Math.round(percent * UNITS_PER_PERCENT);
}

/** Rate units back to percent: an integer over 10^4, so 121 500 gives exactly the double 12.15. */
export function toPercent(units: number): number {
  return units / UNITS_PER_PERCENT;
}

/** "7,86" (fr) or "7.86" (en): two decimals at least, four at most. */
export function formatRate(units: number, lang: 'fr' | 'en'): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / UNITS_PER_PERCENT);
  const decimals = String(abs % UNITS_PER_PERCENT)
    .padStart(4, '0')
    .replace(/0{1,2}$/, '');
  return `${sign}${whole}${lang === 'fr' ? ',' : '.'}${decimals}`;
}
