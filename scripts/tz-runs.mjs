// Which unit folders `npm test` runs again at both ends of the day (scripts/test.mjs), and the rule
// that keeps that choice honest (tests/unit/house/tz-runs.test.ts).
import { readdirSync } from 'node:fs';

/** Unit folders that hold no date: house rules, catalogs, messages and content-script units. */
export const UNDATED = new Set(['house', 'i18n', 'mail', 'messaging', 'portal']);

/**
 * What in a test's own code reads the clock or the machine's time zone: fake or real "now", local
 * Date fields and constructors, locale formatting, date-fns (local time) and Relance's clock and
 * calendar modules. A test in an undated folder that does any of it belongs in the time-zone runs.
 */
export const USES_LOCAL_TIME =
  /\b(?:setSystemTime|useFakeTimers|localToday|today)\(|\bnew Date\(|\bDate\.(?:now|parse)\(|\b(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|TimezoneOffset)\(|\btoLocale\w*\(|\bIntl\.DateTimeFormat\b|['"]date-fns|\/(?:clock|calendar)['"/]/;

/** Every unit folder but the undated ones: a new folder is in the time-zone runs until said otherwise. */
export function datedFolders(root = 'tests/unit') {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !UNDATED.has(d.name))
    .map((d) => `${root}/${d.name}`);
}
