/** Public holidays, computed (no table to keep up to date but the UK's one-off days). */

export interface Holiday {
  date: string;
  name: string;
}

export type HolidayCountry = 'FR' | 'GB';

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday

/** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The n-th (1-based) given weekday of a month, or the last one when n is -1. */
function nthWeekday(year: number, month: number, dow: number, n: number): string {
  if (n > 0) {
    const first = iso(year, month, 1);
    return shift(first, ((dow - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = iso(year, month + 1, 0);
  return shift(last, -((weekday(last) - dow + 7) % 7));
}

/** France, metropolitan: the eleven public holidays (Code du travail L3133-1). */
function france(year: number): Holiday[] {
  const easter = easterSunday(year);
  return [
    { date: iso(year, 1, 1), name: "Jour de l'an" },
    { date: shift(easter, 1), name: 'Lundi de Pâques' },
    { date: iso(year, 5, 1), name: 'Fête du Travail' },
    { date: iso(year, 5, 8), name: 'Victoire 1945' },
    { date: shift(easter, 39), name: 'Ascension' },
    { date: shift(easter, 50), name: 'Lundi de Pentecôte' },
    { date: iso(year, 7, 14), name: 'Fête nationale' },
    { date: iso(year, 8, 15), name: 'Assomption' },
    { date: iso(year, 11, 1), name: 'Toussaint' },
    { date: iso(year, 11, 11), name: 'Armistice 1918' },
    { date: iso(year, 12, 25), name: 'Noël' },
  ];
}

/** Bank holidays moved or added by royal proclamation (England and Wales). */
const UK_MOVED: Readonly<Record<string, { remove?: string; add: Holiday[] }>> = {
  '2020': { remove: 'Early May bank holiday', add: [{ date: '2020-05-08', name: 'Early May bank holiday (VE Day)' }] },
  '2022': {
    remove: 'Spring bank holiday',
    add: [
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'State Funeral of Queen Elizabeth II' },
    ],
  },
  '2023': { add: [{ date: '2023-05-08', name: 'Coronation of King Charles III' }] },
};

/** England and Wales: bank holidays, with substitute days when a fixed one falls at a weekend. */
function unitedKingdom(year: number): Holiday[] {
  const easter = easterSunday(year);
  const days: Holiday[] = [];
  const newYear = iso(year, 1, 1);
  const nyDow = weekday(newYear);
  days.push({ date: nyDow === 6 ? shift(newYear, 2) : nyDow === 0 ? shift(newYear, 1) : newYear, name: "New Year's Day" + (nyDow % 6 === 0 ? ' (substitute day)' : '') });
  days.push({ date: shift(easter, -2), name: 'Good Friday' }, { date: shift(easter, 1), name: 'Easter Monday' });
  days.push({ date: nthWeekday(year, 5, 1, 1), name: 'Early May bank holiday' });
  days.push({ date: nthWeekday(year, 5, 1, -1), name: 'Spring bank holiday' });
  days.push({ date: nthWeekday(year, 8, 1, -1), name: 'Summer bank holiday' });
  // Christmas and Boxing Day: a weekend day moves to the next free weekday (Sat 25 → Mon 27, Tue 28).
  const christmas = iso(year, 12, 25);
  const cDow = weekday(christmas);
  const [xmas, boxing] = cDow === 5 ? [christmas, shift(christmas, 3)] : cDow === 6 ? [shift(christmas, 2), shift(christmas, 3)] : cDow === 0 ? [shift(christmas, 2), shift(christmas, 1)] : [christmas, shift(christmas, 1)];
  days.push({ date: xmas, name: 'Christmas Day' }, { date: boxing, name: 'Boxing Day' });
  const moved = UK_MOVED[String(year)];
  const kept = moved?.remove ? days.filter((d) => d.name !== moved.remove) : days;
  return [...kept, ...(moved?.add ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<string, Holiday[]>();

export function publicHolidays(year: number, country: HolidayCountry): Holiday[] {
  const key = `${country}${year}`;
  let list = cache.get(key);
  if (!list) {
    list = country === 'FR' ? france(year) : unitedKingdom(year);
    cache.set(key, list);
  }
  return list;
}
