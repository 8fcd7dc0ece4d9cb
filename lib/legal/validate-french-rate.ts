import { frenchRateFloor } from './default-rate';
import { formatRate, roundRateUnits, toPercent } from './rate-units';
import { DEFAULT_RATES, type RateTable } from './rates';

export type FrenchRateCheck = { ok: true } | { ok: false; minimumPercent: number; message: string };

/**
 * Checks an agreed penalty rate against France's floor: at least three times the legal interest
 * rate of the due date's half-year (Code de commerce L441-10). For the options page and the
 * invoice form; `lateCharges` applies the floor by itself.
 */
export function validateFrenchRate(
  ratePercent: number,
  dueDate: string,
  lang: 'fr' | 'en' = 'fr',
  table: RateTable = DEFAULT_RATES,
): FrenchRateCheck {
  const floor = frenchRateFloor(dueDate, table);
  if (!floor) return { ok: true };
  // Compared in rate units: 7.86 against 3 × 2.62 must not fail on 7.8599999….
  if (Number.isFinite(ratePercent) && roundRateUnits(ratePercent) >= floor.units) return { ok: true };
  const shown = formatRate(floor.units, lang);
  const message =
    lang === 'fr'
      ? `Le taux de pénalités doit être au moins de 3 fois le taux d’intérêt légal (${shown} %) — Code de commerce L441-10`
      : `The penalty rate must be at least 3 times the French legal interest rate (${shown}%) — Code de commerce L441-10`;
  return { ok: false, minimumPercent: toPercent(floor.units), message };
}
