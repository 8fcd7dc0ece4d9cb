import { monthOf } from './months';
import { clean, fold } from './normalize';
import { relativeDate } from './relative-date';

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export interface DateHint {
  lang?: string;
  /** The page's order for numeric dates (detectDateOrder). */
  order?: DateOrder;
  /** `YYYY-MM-DD`: the day relative phrases ("overdue by 9 days") count from. */
  today?: string;
  /** Accepted years, inclusive; default 1970–2100 (DEFAULT_YEARS). */
  years?: readonly [number, number];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Years an invoice page can mean: nothing was invoiced by this tool's users before 1970, and a
 * year past 2100 is a typo or an id. Callers reading other material can widen it (`hint.years`).
 */
export const DEFAULT_YEARS: readonly [number, number] = [1970, 2100];

/** A real calendar date within the years, or null (31 February, year 0, year 9999). */
export function toIsoDate(year: number, month: number, day: number, years: readonly [number, number] = DEFAULT_YEARS): string | null {
  if (![year, month, day].every(Number.isInteger) || year < years[0] || year > years[1] || month < 1 || month > 12 || day < 1) return null;
  // Date.UTC rolls 31 February over to March: a changed month means no such day.
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1 || t.getUTCFullYear() !== year) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years: 00–69 are 2000s, 70–99 the 1900s (the POSIX pivot, matching the 1970 floor). */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

/** Languages whose numeric dates put the year first (2026/03/15, 2026. 03. 15.). */
const YEAR_FIRST_LANGS = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn']);
/** English variants that write the month first, like the United States. */
const MONTH_FIRST_LANGS = new Set(['en', 'en-us', 'en-ph', 'en-as', 'en-gu', 'en-pr', 'en-um', 'en-vi']);

/**
 * The order numeric dates follow in a language when the date itself cannot tell: month first in
 * US English (a bare `en` is taken as US, the default of most portals), year first in East Asian
 * languages and Hungarian, day first everywhere else (fr, de, es, it, en-GB…).
 */
export function orderForLang(lang: string | undefined): DateOrder {
  const l = (lang ?? '').toLowerCase().replace('_', '-');
  if (MONTH_FIRST_LANGS.has(l)) return 'MDY';
  return YEAR_FIRST_LANGS.has(l.split('-')[0]!) ? 'YMD' : 'DMY';
}

/** 15/03/2026, 03-15-26, 29.02.2020, "26. 10.21", "30 . 09 . 22": three numbers, one separator. */
const NUMERIC = /(?<![\d.:])(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{2,4})(?![\d:]|\.\d)/g;

/** The order the numbers themselves force: a first number over 12 is a day, so is a second. */
function forcedOrder(triples: readonly RegExpExecArray[]): DateOrder | undefined {
  for (const m of triples) {
    if (m[1]!.length > 2) continue;
    const x = Number(m[1]);
    const y = Number(m[3]);
    if (x > 12 && y <= 12) return 'DMY';
    if (y > 12 && x <= 12) return 'MDY';
  }
  return undefined;
}

function numericDate(t: string, hint: DateHint, years: readonly [number, number]): string | null | undefined {
  const triples = [...t.matchAll(NUMERIC)];
  const m = triples[0];
  if (!m) return undefined;
  const [a, sep, b, c] = [m[1]!, m[2]!, m[3]!, m[4]!];
  if (a.length === 4) return toIsoDate(Number(a), Number(b), Number(c), years);
  if (a.length === 3 || c.length === 3) return null;
  // A page that writes years first (26/03/15) says so; a four-digit year at the end rules it out.
  if (hint.order === 'YMD' && c.length === 2) return toIsoDate(fullYear(a), Number(b), Number(c), years);
  // Another date in the same text may settle it ("05/03/2026 – 15/03/2026"), then the hint, then
  // the convention that dotted dates are day first (05.03.2026), then the language.
  const given = hint.order === 'YMD' ? undefined : hint.order;
  const order = forcedOrder(triples) ?? given ?? (sep === '.' ? 'DMY' : orderForLang(hint.lang));
  // A year-first language (ja, hu) puts a short year first too; with a four-digit year last, the
  // date can only be day or month first, and is read day first.
  if (order === 'YMD' && c.length === 2) return toIsoDate(fullYear(a), Number(b), Number(c), years);
  const [day, month] = order === 'MDY' ? [Number(b), Number(a)] : [Number(a), Number(b)];
  return toIsoDate(fullYear(c), month, day, years);
}

/**
 * A date as pages print it: ISO, `15/03/2026`, `03/15/2026`, `05.03.2026`, `15 mars 2026`,
 * `1er mars 2026`, `Mar 5, 2026`, `5 March 2026`, two-digit years, with weekdays and times
 * around; relative phrases when `today` is given. Day/month order of numeric dates: whichever
 * the numbers force (13/02 is DMY), else the hint's, else a dotted date is DMY, else the
 * language's. Null for no date, an impossible one (31/02) or a year outside `hint.years`.
 */
const cache = new Map<string, string | null>();

export function parseDate(text: string, hint: DateHint = {}): string | null {
  if (typeof text !== 'string' || text.length > 500) return null;
  // Lists repeat dates: one parse per distinct text and hints.
  const key = [text, hint.lang, hint.order, hint.today, hint.years?.join('-')].join('\u0000');
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
  const years = hint.years ?? DEFAULT_YEARS;

  // ISO first: 2026-03-15, 2015-05-02T10:20:19+0000
  const iso = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(t);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), years);

  const numeric = numericDate(t, hint, years);
  if (numeric !== undefined) return numeric;

  const folded = fold(t);
  const named = namedMonthDate(folded, hint, years);
  if (named !== undefined) return named;

  const relative = hint.today ? relativeDate(folded, hint.today) : null;
  return relative && toIsoDate(Number(relative.slice(0, 4)), Number(relative.slice(5, 7)), Number(relative.slice(8, 10)), years);
}

/** "15 mars 2026", "1er mars 2026", "Mar 5, 2026", "décembre 5 2014", "25th march 2015", "3. März 26". */
function namedMonthDate(folded: string, hint: DateHint, years: readonly [number, number]): string | null | undefined {
  const words = folded
    .replace(/[,[\]()]/g, ' ')
    // "15-Oct-2026", "15.oct.2026": a day and a year joined to the month's word by a hyphen or a dot.
    .replace(/(?<=\d)[-.](?=\p{L})|(?<=\p{L})[-.](?=\d)/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const monthIndex = words.findIndex(
    (w, i) => monthOf(w) !== undefined && (!AMBIGUOUS_MONTHS.has(w.replace(/\.$/, '')) || hasNumberNear(words, i)),
  );
  if (monthIndex < 0) return undefined;
  const month = monthOf(words[monthIndex]!)!;
  const numbers = words
    .map((w, i) => ({ i, v: /^(\d{1,4})(?:st|nd|rd|th|er|re|e|eme|o|º|°|\.)?$/.exec(w)?.[1] }))
    .filter((x): x is { i: number; v: string } => x.v !== undefined);
  const year = numbers.find((x) => x.v.length === 4);
  const day = numbers
    .filter((x) => x !== year && x.v.length <= 2 && Number(x.v) >= 1 && Number(x.v) <= 31)
    .sort((p, q) => Math.abs(p.i - monthIndex) - Math.abs(q.i - monthIndex))[0];
  const shortYear = year ? undefined : numbers.find((x) => x !== day && x.v.length === 2 && x.i > monthIndex);
  if (!day) return undefined;
  if (year || shortYear) return toIsoDate(year ? Number(year.v) : fullYear(shortYear!.v), month, Number(day.v), years);
  // "Due Mar 5": the year of today, when the caller says what today is.
  if (hint.today) return toIsoDate(Number(hint.today.slice(0, 4)), month, Number(day.v), years);
  return undefined;
}

/** Month names that are also ordinary words ("may", "set", "mai"): months only beside a number. */
const AMBIGUOUS_MONTHS = new Set(['mar', 'may', 'mai', 'set', 'gen', 'ago', 'dec', 'jan', 'ene', 'sep', 'oct', 'nov']);

/** "mar", "may", "dec" are also ordinary words: only a month when a number stands beside them. */
function hasNumberNear(words: string[], i: number): boolean {
  return [words[i - 1], words[i + 1]].some((w) => w !== undefined && /^\d/.test(w));
}
