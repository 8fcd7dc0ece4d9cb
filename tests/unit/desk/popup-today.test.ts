import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../lib/core';
import { STAGE_LABEL } from '../../../lib/i18n/stages';
import { mainActionOf } from '../../../entrypoints/popup/TodayActions';

describe("the popup's first actions", () => {
  it('give each stage the button the desk puts first: the e-mail, the call, the letter, or the desk for litigation', () => {
    const stages = Object.keys(STAGE_LABEL) as Stage[];
    expect(Object.fromEntries(stages.map((s) => [s, mainActionOf(s)]))).toEqual({
      courtesy: 'draft-gmail',
      call: 'log-call',
      reminder1: 'draft-gmail',
      reminder2: 'draft-gmail',
      'formal-notice': 'print-letter',
      litigation: 'open-desk',
      'thank-you': 'draft-gmail',
    });
  });
});
