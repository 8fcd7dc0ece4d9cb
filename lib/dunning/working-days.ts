import { addDays, weekdayOf } from '../core/calendar';
import { publicHolidays } from './holidays';

export type WorkingDayCountry = 'FR' | 'GB' | 'none';

const holidaySets = new Map<string, Set<string>>();

function holidaySet(year: number, country: 'FR' | 'GB'): Set<string> {
  const key = `${country}${year}`;
  let set = holidaySets.get(key);
  if (!set) {
    set = new Set(publicHolidays(year, country).map((h) => h.date));
    holidaySets.set(key, set);
  }
  return set;
}

/**
 * Monday to Friday, less the country's public holidays. `none` keeps weekends off but no
 * holiday: for a business whose holidays are neither French nor British. Calendar dates only:
 * the answer never depends on the machine's time zone.
 */
export function isWorkingDay(date: string, country: WorkingDayCountry): boolean {
  const dow = weekdayOf(date);
  if (dow === 0 || dow === 6) return false;
  if (country === 'none') return true;
  return !holidaySet(Number(date.slice(0, 4)), country).has(date);
}

const next = (date: string) => addDays(date, 1);

/** The date itself when it is a working day, else the next one. */
export function nextWorkingDay(date: string, country: WorkingDayCountry): string {
  let d = date;
  while (!isWorkingDay(d, country)) d = next(d);
  return d;
}

/** `n` working days after `date` (n ≥ 0; 0 gives the date itself moved to a working day). */
export function addWorkingDays(date: string, n: number, country: WorkingDayCountry): string {
  let d = nextWorkingDay(date, country);
  for (let i = 0; i < n; i++) d = nextWorkingDay(next(d), country);
  return d;
}
