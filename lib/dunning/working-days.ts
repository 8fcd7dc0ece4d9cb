import { fromDayNumber, toDayNumber } from '../core/calendar';
import { publicHolidays } from './holidays';

/**
 * Whose working days: `FR` (metropolitan France) and `GB` (England and Wales) are Monday to
 * Friday less that country's public holidays. `none` is Monday to Friday with no holiday at all:
 * for a business whose holidays are neither French nor British, reminders still avoid weekends
 * but may fall on any public holiday. Saturday and Sunday are never working days.
 */
export type WorkingDayCountry = 'FR' | 'GB' | 'none';

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Beyond this many working days, a request is a bug (about 400 years), not a schedule. */
const MAX_STEPS = 100_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The day number of a real `YYYY-MM-DD` date; a malformed or impossible date (31 February) throws. */
function dayNumberOf(date: string): number {
  const m = DATE_SHAPE.exec(date);
  const year = m ? +m[1]! : 0;
  const month = m ? +m[2]! : 0;
  const dayOfMonth = m ? +m[3]! : 0;
  const monthDays = (MONTH_DAYS[month - 1] ?? 0) + (month === 2 && isLeap(year) ? 1 : 0);
  if (dayOfMonth < 1 || dayOfMonth > monthDays) throw new RangeError(`expected a YYYY-MM-DD calendar date, got ${JSON.stringify(date)}`);
  return toDayNumber(date);
}

interface HolidayYear {
  first: number;
  last: number;
  days: ReadonlySet<number>;
}

const holidayYears = new Map<string, HolidayYear>();
/** The year looked up last, per country: consecutive lookups nearly always stay in one year. */
const recent: Partial<Record<'FR' | 'GB', HolidayYear>> = {};

function holidaysAround(n: number, country: 'FR' | 'GB'): ReadonlySet<number> {
  const hit = recent[country];
  if (hit && n >= hit.first && n <= hit.last) return hit.days;
  const year = +fromDayNumber(n).slice(0, 4);
  const key = `${country}${year}`;
  let entry = holidayYears.get(key);
  if (!entry) {
    const jan1 = (y: number) => toDayNumber(`${String(y).padStart(4, '0')}-01-01`);
    entry = { first: jan1(year), last: jan1(year + 1) - 1, days: new Set(publicHolidays(year, country).map((h) => toDayNumber(h.date))) };
    holidayYears.set(key, entry);
  }
  recent[country] = entry;
  return entry.days;
}

function isWorkingDayNumber(n: number, country: WorkingDayCountry): boolean {
  const dow = (((n + 4) % 7) + 7) % 7; // 1970-01-01 (day 0) was a Thursday
  if (dow === 0 || dow === 6) return false;
  return country === 'none' || !holidaysAround(n, country).has(n);
}

/** Whether `date` is a working day in `country` (see WorkingDayCountry for `none`). */
export function isWorkingDay(date: string, country: WorkingDayCountry): boolean {
  return isWorkingDayNumber(dayNumberOf(date), country);
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: string, country: WorkingDayCountry): string {
  const start = dayNumberOf(date);
  let n = start;
  while (!isWorkingDayNumber(n, country)) n += 1;
  return n === start ? date : fromDayNumber(n);
}

/** The date itself when it is a working day, else the last working day before it. */
export function previousWorkingDay(date: string, country: WorkingDayCountry): string {
  const start = dayNumberOf(date);
  let n = start;
  while (!isWorkingDayNumber(n, country)) n -= 1;
  return n === start ? date : fromDayNumber(n);
}

/**
 * The `n`-th working day after `date` (n > 0) or before it (n < 0), not counting `date` itself:
 * Friday + 1 is Monday, and so is Saturday + 1. `n = 0` gives `nextWorkingDay(date)`.
 */
export function addWorkingDays(date: string, n: number, country: WorkingDayCountry): string {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_STEPS)
    throw new RangeError(`addWorkingDays: n must be an integer within ±${MAX_STEPS}, got ${n}`);
  if (n === 0) return nextWorkingDay(date, country);
  const step = n > 0 ? 1 : -1;
  let d = dayNumberOf(date);
  for (let left = Math.abs(n); left > 0;) {
    d += step;
    if (isWorkingDayNumber(d, country)) left -= 1;
  }
  return fromDayNumber(d);
}
