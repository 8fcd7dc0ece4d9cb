/**
 * Words of the relative phrases portals print next to a due date ("Due in 3 days", "en retard de
 * 12 jours", "seit 5 Tagen überfällig"), folded (lower case, no accents), EN/FR/DE/ES/IT.
 * Months and years are left out on purpose: "overdue by a month" is a rounded figure, and a
 * precise-looking date made from it would be wrong by up to two weeks.
 */

/** Length in days of each unit word. */
export const UNIT_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  d: 1,
  week: 7,
  weeks: 7,
  wk: 7,
  wks: 7,
  jour: 1,
  jours: 1,
  j: 1,
  semaine: 7,
  semaines: 7,
  sem: 7,
  tag: 1,
  tage: 1,
  tagen: 1,
  woche: 7,
  wochen: 7,
  dia: 1,
  dias: 1,
  semana: 7,
  semanas: 7,
  giorno: 1,
  giorni: 1,
  gg: 1,
  settimana: 7,
  settimane: 7,
};

/** Number words standing for a count ("in a day", "il y a un jour", "vor einem Tag"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  ein: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  due: 2,
  tre: 3,
};

/** The day itself and its neighbours, each with its offset in days. */
export const DAY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['today', 0],
  ['aujourd hui', 0],
  ["aujourd'hui", 0],
  ['heute', 0],
  ['hoy', 0],
  ['oggi', 0],
  ['tomorrow', 1],
  ['demain', 1],
  ['morgen', 1],
  ['manana', 1],
  ['domani', 1],
  ['yesterday', -1],
  ['hier', -1],
  ['gestern', -1],
  ['ayer', -1],
  ['ieri', -1],
];

/** Words before the count that put the date in the future: "due in 3 days", "dans 3 jours". */
export const FUTURE_BEFORE = ['in', 'dans', 'en', 'tra', 'fra'];

/**
 * Payment terms count from the invoice date, not from today: "payable within 30 days",
 * "paiement à 30 jours", "zahlbar in 14 Tagen" are no due date of their own.
 */
export const TERMS_WORDS = [
  'payable',
  'net',
  'terms',
  'within',
  'paiement a',
  'conditions',
  'sous',
  'zahlbar',
  'zahlungsziel',
  'innerhalb',
  'pagadero',
  'plazo',
  'pagamento a',
  'entro',
];

/** Words before the count that put the date in the past: "overdue by 9 days", "il y a 3 jours". */
export const PAST_BEFORE = [
  'overdue by',
  'overdue',
  'late by',
  'late',
  'past due by',
  'past due',
  'en retard de',
  'en retard depuis',
  'retard de',
  'retard',
  'echue depuis',
  'echu depuis',
  'echue de',
  'depuis',
  'il y a',
  'uberfallig seit',
  'seit',
  'vor',
  'vencida hace',
  'vencido hace',
  'vencida desde hace',
  'hace',
  'atrasada',
  'retraso de',
  'con retraso de',
  'scaduta da',
  'scaduto da',
  'in ritardo di',
  'ritardo di',
  'da',
];

/** Words after the count that put the date in the past: "9 days overdue", "3 jours de retard". */
export const PAST_AFTER = [
  'overdue',
  'late',
  'past due',
  'ago',
  'de retard',
  'en retard',
  'uberfallig',
  'ueberfaellig',
  'verspatet',
  'zu spat',
  'de atraso',
  'de retraso',
  'vencida',
  'vencido',
  'fa',
  'di ritardo',
  'in ritardo',
];

/** Words that make a phrase about lateness: such a phrase never gives a future date. */
export const LATE_WORDS = [
  'overdue',
  'late',
  'past due',
  'retard',
  'echue',
  'echu',
  'uberfallig',
  'vencida',
  'vencido',
  'atrasada',
  'scaduta',
  'scaduto',
  'ritardo',
];
