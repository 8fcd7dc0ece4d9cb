import { DAY_WORDS, FUTURE_BEFORE, LATE_WORDS, NUMBER_WORDS, PAST_AFTER, PAST_BEFORE, TERMS_WORDS, UNIT_DAYS } from './relative-words';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One alternation, longest words first so "en retard de" wins over "retard". */
const oneOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const word = (body: string) => new RegExp(`(?<![a-z])(?:${body})(?![a-z])`);

const COUNT = `(\\d{1,4}|${oneOf(Object.keys(NUMBER_WORDS))})`;
const UNIT = `(${oneOf(Object.keys(UNIT_DAYS))})`;
const FUTURE = word(`(?:${oneOf(FUTURE_BEFORE)}) ${COUNT} ?${UNIT}`);
const PAST_LEADING = word(`(?:${oneOf(PAST_BEFORE)})\\W{0,3}${COUNT} ?${UNIT}`);
const PAST_TRAILING = word(`${COUNT} ?${UNIT}\\W{0,3}(?:${oneOf(PAST_AFTER)})`);
const TERMS = word(oneOf(TERMS_WORDS));
const LATE = word(oneOf(LATE_WORDS));
const DAYS = DAY_WORDS.map(([w, offset]) => [word(escape(w)), offset] as const);

/** A relative phrase is a short cell; in a longer text "hier" or "morgen" is just a word. */
const MAX_LENGTH = 48;

function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function days(count: string, unit: string): number {
  const n = /^\d/.test(count) ? Number(count) : NUMBER_WORDS[count]!;
  return n * UNIT_DAYS[unit]!;
}

/**
 * The date a relative phrase stands for, counted in calendar days from `today` (`YYYY-MM-DD`,
 * UTC arithmetic, so the process time zone never shifts it): "Due in 3 days", "overdue by 9
 * days", "en retard de 12 jours", "il y a un jour", "seit 5 Tagen überfällig", "vencida hace 4
 * días", "scaduta da 3 giorni", "due today". `folded` is lower case without accents.
 */
export function relativeDate(folded: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) return null;
  const t = folded.replace(/[’‘`´]/g, "'").trim();
  if (t.length > MAX_LENGTH || TERMS.test(t)) return null;
  let m = PAST_LEADING.exec(t) ?? PAST_TRAILING.exec(t);
  if (m) return addDays(today, -days(m[1]!, m[2]!));
  m = FUTURE.exec(t);
  if (m && !LATE.test(t)) return addDays(today, days(m[1]!, m[2]!));
  for (const [re, offset] of DAYS) if (re.test(t)) return addDays(today, offset);
  return null;
}
