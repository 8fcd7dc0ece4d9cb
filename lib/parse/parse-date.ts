import { monthOf } from './months';
import { clean, fold } from './normalize';

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export interface DateHint {
  lang?: string;
  /** The page's order for numeric dates (detectDateOrder). */
  order?: DateOrder;
  /** `YYYY-MM-DD`: the day relative phrases ("overdue by 9 days") count from. */
  today?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date in a plausible range, or null (31 February, year 0, year 9999). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years: 00–69 are 2000s, 70–99 the 1900s (the POSIX pivot). */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/** The order numeric dates follow in a language when the date itself cannot tell. */
export function orderForLang(lang: string | undefined): DateOrder {
  const l = (lang ?? '').toLowerCase();
  return l === 'en' || l === 'en-us' || l.startsWith('en-us') || l === 'en-ph' ? 'MDY' : 'DMY';
}

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, days: 1, jour: 1, jours: 1, j: 1, d: 1, tag: 1, tage: 1, tagen: 1, dia: 1, dias: 1, week: 7, weeks: 7, semaine: 7, semaines: 7, woche: 7, wochen: 7, semana: 7, semanas: 7 };
const UNIT = '(days?|jours?|j|d|tage?n?|dias?|weeks?|semaines?|wochen?|semanas?)';

/** "due in 3 days", "overdue by 9 days", "en retard de 12 jours", "3 days ago", "today"… */
function relative(folded: string, today: string): string | null {
  const n = (s: string) => Number(s);
  let m: RegExpExecArray | null;
  if (/^(today|aujourd'?hui|heute|hoy|oggi)\b/.test(folded) || /\b(due|echeance|echue?) (today|aujourd'?hui)\b/.test(folded)) return today;
  if (/\b(tomorrow|demain|morgen|manana|domani)\b/.test(folded)) return addDaysIso(today, 1);
  if (/\b(yesterday|hier|gestern|ayer|ieri)\b/.test(folded)) return addDaysIso(today, -1);
  // Future: "due in 3 days", "in 3 days", "dans 3 jours", "in 3 Tagen", "en 3 dias"
  if ((m = new RegExp(`\\b(?:in|dans|en|within) (\\d{1,4}) ${UNIT}\\b`).exec(folded))) {
    if (!/\b(retard|late|overdue)\b/.test(folded)) return addDaysIso(today, n(m[1]!) * UNIT_DAYS[m[2]!]!);
  }
  // Past: "overdue by 9 days", "late by 9 days", "en retard de 12 jours", "retard : 12 j", "9 days overdue/late/ago", "il y a 3 jours", "depuis 3 jours"
  if ((m = new RegExp(`\\b(?:overdue|late|past due|retard|en retard|echue?|depuis|il y a|seit|vencida|hace)\\D{0,8}?(\\d{1,4}) ?${UNIT}\\b`).exec(folded))) {
    return addDaysIso(today, -n(m[1]!) * UNIT_DAYS[m[2]!]!);
  }
  if ((m = new RegExp(`\\b(\\d{1,4}) ?${UNIT} (?:overdue|late|past due|ago|de retard|en retard|uberfallig|ueberfaellig|de atraso)\\b`).exec(folded))) {
    return addDaysIso(today, -n(m[1]!) * UNIT_DAYS[m[2]!]!);
  }
  return null;
}

/**
 * A date as pages print it: ISO, `15/03/2026`, `03/15/2026`, `05.03.2026`, `15 mars 2026`,
 * `1er mars 2026`, `Mar 5, 2026`, `5 March 2026`, two-digit years, with weekdays and times
 * around; relative phrases when `today` is given. Day/month order of numeric dates: the hint's,
 * else whichever the numbers force (13/02 is DMY), else a dotted date is DMY, else the language's.
 */
const cache = new Map<string, string | null>();

export function parseDate(text: string, hint: DateHint = {}): string | null {
  if (typeof text !== 'string' || text.length > 500) return null;
  // Lists repeat dates: one parse per distinct text and hints.
  const key = `${text}\u0000${hint.lang ?? ''}\u0000${hint.order ?? ''}\u0000${hint.today ?? ''}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = readDate(text, hint);
  if (cache.size > 5000) cache.clear();
  cache.set(key, result);
  return result;
}

function readDate(text: string, hint: DateHint): string | null {
  const t = clean(text);
  if (!t) return null;
  const folded = fold(t);

  // ISO first: 2026-03-15, 2015-05-02T10:20:19+0000
  let m = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(t);
  if (m) return toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));

  // Numeric triples: 15/03/2026, 03-15-26, 29.02.2020, "26. 10.21", "30 . 09 . 22"
  m = /(?<![\d.:])(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{2,4})(?![\d:]|\.\d)/.exec(t);
  if (m) {
    const [a, b, c] = [m[1]!, m[3]!, m[4]!];
    if (a.length === 4) return toIsoDate(Number(a), Number(b), Number(c));
    const x = Number(a);
    const y = Number(b);
    let order = hint.order;
    if (x > 12 && y <= 12) order = 'DMY';
    else if (y > 12 && x <= 12) order = 'MDY';
    else order ??= m[2] === '.' ? 'DMY' : orderForLang(hint.lang);
    const [day, month] = order === 'MDY' ? [y, x] : [x, y];
    return toIsoDate(fullYear(c), month, day);
  }

  // Month names: "15 mars 2026", "1er mars 2026", "Mar 5, 2026", "décembre 5 2014", "25th march 2015"
  const words = folded.replace(/[,[\]()]/g, ' ').split(/\s+/).filter(Boolean);
  const monthIndex = words.findIndex((w, i) => monthOf(w) !== undefined && (!AMBIGUOUS_MONTHS.has(w.replace(/\.$/, '')) || hasNumberNear(words, i)));
  if (monthIndex >= 0) {
    const month = monthOf(words[monthIndex]!)!;
    const numbers = words
      .map((w, i) => ({ i, v: /^(\d{1,4})(?:st|nd|rd|th|er|e|eme|o|º|\.)?$/.exec(w)?.[1] }))
      .filter((x): x is { i: number; v: string } => x.v !== undefined);
    const year = numbers.find((x) => x.v.length === 4);
    const day = numbers
      .filter((x) => x !== year && x.v.length <= 2 && Number(x.v) >= 1 && Number(x.v) <= 31)
      .sort((p, q) => Math.abs(p.i - monthIndex) - Math.abs(q.i - monthIndex))[0];
    const shortYear = !year ? numbers.find((x) => x !== day && x.v.length === 2 && x.i > monthIndex) : undefined;
    if (day && (year || shortYear)) return toIsoDate(year ? Number(year.v) : fullYear(shortYear!.v), month, Number(day.v));
    if (day && !year && hint.today) return toIsoDate(Number(hint.today.slice(0, 4)), month, Number(day.v));
  }

  return hint.today ? relative(folded, hint.today) : null;
}

/** Month names that are also ordinary words ("may", "set", "mai"): months only beside a number. */
const AMBIGUOUS_MONTHS = new Set(['mar', 'may', 'mai', 'set', 'gen', 'ago', 'dec', 'jan', 'ene', 'sep', 'oct', 'nov']);

/** "mar", "may", "dec" are also ordinary words: only a month when a number stands beside them. */
function hasNumberNear(words: string[], i: number): boolean {
  return [words[i - 1], words[i + 1]].some((w) => w !== undefined && /^\d/.test(w));
}
