import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datedFolders, UNDATED, USES_LOCAL_TIME } from '../../../scripts/tz-runs.mjs';

const UNIT = 'tests/unit';
const undatedTests = [...UNDATED].flatMap((folder) =>
  readdirSync(path.join(UNIT, folder))
    // This file quotes the ways a test reads the clock, as examples for the rule: it reads none.
    .filter((name) => /\.test\.tsx?$/.test(name) && name !== path.basename(import.meta.filename))
    .map((name) => path.join(UNIT, folder, name)),
);

describe('the time-zone runs of npm test', () => {
  it('take every unit folder but the undated ones, and each undated folder exists', () => {
    const folders = readdirSync(UNIT, { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const folder of UNDATED) expect(folders.map((d) => d.name)).toContain(folder);
    expect(datedFolders(UNIT).sort()).toEqual(
      folders
        .map((d) => d.name)
        .filter((name) => !UNDATED.has(name))
        .map((name) => `${UNIT}/${name}`)
        .sort(),
    );
  });

  it.each(undatedTests)('leave out %s, which reads no clock and no local time', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(USES_LOCAL_TIME);
  });

  it('see every way a test reads the clock or the time zone', () => {
    const uses = [
      'vi.setSystemTime(new Date(2026, 2, 9));',
      'vi.useFakeTimers();',
      'expect(localToday()).toBe(day);',
      'const day = await today();',
      'const now = Date.now();',
      'const d = new Date(at);',
      'date.getDate()',
      'date.toLocaleDateString("fr-FR")',
      'new Intl.DateTimeFormat("fr")',
      "import { addDays } from 'date-fns';",
      "import { setTodayForTests } from '../../../lib/clock';",
      "import { addDays } from '../../../lib/core/calendar';",
    ];
    for (const line of uses) expect(line).toMatch(USES_LOCAL_TIME);
    // Calendar dates as text and UTC fields are the same in every time zone.
    for (const line of ["parseDate('09/03/2026')", "{ dueDate: '2026-03-09' }", 'd.getUTCDate()', 'formatDay(today)'])
      expect(line).not.toMatch(USES_LOCAL_TIME);
  });
});
