import { fromDayNumber, toDayNumber } from '../core/calendar';

// Public holidays computed from rules, on integer day numbers (days since 1970-01-01): no Date
// object, so no time zone can shift a holiday by one day. The only table is the UK's one-off
// days, which no rule predicts.

export interface Holiday {
  /** `YYYY-MM-DD` */
  date: string;
  name: string;
}

/** FR: metropolitan France. GB: England and Wales (Scotland and Northern Ireland differ). */
export type HolidayCountry = 'FR' | 'GB';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const day = (year: number, month: number, dayOfMonth: number) => toDayNumber(`${year}-${pad2(month)}-${pad2(dayOfMonth)}`);
/** 0 Sunday … 6 Saturday; 1970-01-01 (day 0) was a Thursday. */
const weekday = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;
const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;

/**
 * Easter Sunday in the Gregorian calendar, as a day number. The anonymous Gregorian computus
 * (published in Nature, 1876): the golden number places the year in the 19-year lunar cycle,
 * the century terms correct for the Gregorian leap-year rule and the drift of the moon, and the
 * last terms find the Sunday after the paschal full moon.
 */
function easterDayNumber(year: number): number {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeaps = Math.floor(century / 4);
  const centuryRest = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const lunarShift = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - skippedLeaps - lunarShift + 15) % 30;
  const leapsInCentury = Math.floor(yearOfCentury / 4);
  const yearRest = yearOfCentury % 4;
  const toSunday = (32 + 2 * centuryRest + 2 * leapsInCentury - epact - yearRest) % 7;
  const lateCorrection = Math.floor((golden + 11 * epact + 22 * toSunday) / 451);
  const offset = epact + toSunday - 7 * lateCorrection + 114;
  return day(year, Math.floor(offset / 31), (offset % 31) + 1);
}

/** Gregorian Easter Sunday of `year`, `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  return fromDayNumber(easterDayNumber(year));
}

/** The first given weekday of a month. */
function firstWeekday(year: number, month: number, dow: number): number {
  const first = day(year, month, 1);
  return first + ((dow - weekday(first) + 7) % 7);
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, dow: number): number {
  const last = day(year, month + 1, 1) - 1; // used for May and August only: month + 1 stays in the year
  return last - ((weekday(last) - dow + 7) % 7);
}

interface DayRule {
  at: number;
  name: string;
}

/**
 * France: the eleven public holidays of the Code du travail (L3133-1), never moved when they fall
 * on a weekend. Whit Monday stays a holiday although many firms work it as the "journée de
 * solidarité". Alsace-Moselle's Good Friday and 26 December are not included.
 */
function france(year: number): DayRule[] {
  const easter = easterDayNumber(year);
  return [
    { at: day(year, 1, 1), name: "Jour de l'an" },
    { at: easter + 1, name: 'Lundi de Pâques' },
    { at: day(year, 5, 1), name: 'Fête du Travail' },
    { at: day(year, 5, 8), name: 'Victoire 1945' },
    { at: easter + 39, name: 'Ascension' },
    { at: easter + 50, name: 'Lundi de Pentecôte' },
    { at: day(year, 7, 14), name: 'Fête nationale' },
    { at: day(year, 8, 15), name: 'Assomption' },
    { at: day(year, 11, 1), name: 'Toussaint' },
    { at: day(year, 11, 11), name: 'Armistice 1918' },
    { at: day(year, 12, 25), name: 'Noël' },
  ];
}

/**
 * Bank holidays moved or added by royal proclamation in England and Wales. `replaces` names the
 * rule-based holiday that did not happen that year.
 */
const UK_PROCLAIMED: Readonly<Record<number, { replaces?: string; days: Holiday[] }>> = {
  1995: { replaces: 'Early May bank holiday', days: [{ date: '1995-05-08', name: 'Early May bank holiday (VE Day 50th anniversary)' }] },
  1999: { days: [{ date: '1999-12-31', name: 'Millennium bank holiday' }] },
  2002: {
    replaces: 'Spring bank holiday',
    days: [
      { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
  },
  2011: { days: [{ date: '2011-04-29', name: 'Royal wedding bank holiday' }] },
  2012: {
    replaces: 'Spring bank holiday',
    days: [
      { date: '2012-06-04', name: 'Spring bank holiday' },
      { date: '2012-06-05', name: 'Diamond Jubilee bank holiday' },
    ],
  },
  2020: { replaces: 'Early May bank holiday', days: [{ date: '2020-05-08', name: 'Early May bank holiday (VE Day 75th anniversary)' }] },
  2022: {
    replaces: 'Spring bank holiday',
    days: [
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: { days: [{ date: '2023-05-08', name: 'Coronation of King Charles III' }] },
};

/**
 * England and Wales, with today's rules (the early May holiday dates from 1978; earlier years get
 * it too). A fixed holiday on a weekend gives a substitute weekday: New Year's Day on Saturday or
 * Sunday moves to Monday; Christmas and Boxing Day on a weekend move to the next weekdays not
 * already taken (Christmas on Saturday: Monday 27 and Tuesday 28; on Sunday: Boxing Day keeps
 * Monday 26 and Christmas moves to Tuesday 27).
 */
function englandAndWales(year: number): DayRule[] {
  const easter = easterDayNumber(year);
  const newYear = day(year, 1, 1);
  const newYearDow = weekday(newYear);
  const newYearShift = newYearDow === SATURDAY ? 2 : newYearDow === SUNDAY ? 1 : 0;
  const christmas = day(year, 12, 25);
  const taken = new Set<number>();
  const nextFree = (from: number) => {
    let d = from;
    while (weekday(d) === SATURDAY || weekday(d) === SUNDAY || taken.has(d)) d += 1;
    taken.add(d);
    return d;
  };
  // Boxing Day claims its own date first when that is a weekday (Christmas on Sunday).
  const boxingFirst = weekday(christmas) === SUNDAY;
  const boxingEarly = boxingFirst ? nextFree(christmas + 1) : 0;
  const christmasAt = nextFree(christmas);
  const boxingAt = boxingFirst ? boxingEarly : nextFree(christmas + 1);
  const substitute = (name: string, moved: boolean) => (moved ? `${name} (substitute day)` : name);
  const rules: DayRule[] = [
    { at: newYear + newYearShift, name: substitute("New Year's Day", newYearShift > 0) },
    { at: easter - 2, name: 'Good Friday' },
    { at: easter + 1, name: 'Easter Monday' },
    { at: firstWeekday(year, 5, MONDAY), name: 'Early May bank holiday' },
    { at: lastWeekday(year, 5, MONDAY), name: 'Spring bank holiday' },
    { at: lastWeekday(year, 8, MONDAY), name: 'Summer bank holiday' },
    { at: christmasAt, name: substitute('Christmas Day', christmasAt !== christmas) },
    { at: boxingAt, name: substitute('Boxing Day', boxingAt !== christmas + 1) },
  ];
  const proclaimed = UK_PROCLAIMED[year];
  if (!proclaimed) return rules;
  const kept = rules.filter((r) => r.name !== proclaimed.replaces);
  return [...kept, ...proclaimed.days.map((h) => ({ at: toDayNumber(h.date), name: h.name }))];
}

const cache = new Map<string, readonly Holiday[]>();

/**
 * The public holidays of a year, in date order. Results are cached per country and year; the
 * returned array is frozen so a caller cannot corrupt the cache.
 */
export function publicHolidays(year: number, country: HolidayCountry): readonly Holiday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`publicHolidays: year out of range: ${year}`);
  const key = `${country}${year}`;
  let list = cache.get(key);
  if (!list) {
    const rules = country === 'FR' ? france(year) : englandAndWales(year);
    list = Object.freeze(rules.sort((a, b) => a.at - b.at).map((r) => Object.freeze({ date: fromDayNumber(r.at), name: r.name })));
    cache.set(key, list);
  }
  return list;
}
