import fc from 'fast-check';
import { expect, it } from 'vitest';
import { normalizeSpaces } from '../../../lib/parse/normalize';

/** The plain definition: every run of white space (NBSP, narrow NBSP, zero-width…) one space, trimmed. */
const reference = (t: string) => t.replace(/[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();

it('normalizeSpaces skips the copy for clean text and otherwise equals the plain definition', () => {
  const chars = fc.constantFrom(
    'a',
    'b',
    'é',
    '1',
    ' ',
    '\t',
    '\n',
    '\r',
    '\v',
    '\f',
    '\u00a0',
    '\u202f',
    '\u2007',
    '\u2028',
    '\u2029',
    '\u200b',
    '\ufeff',
    '\u3000',
    '\u1680',
    '\u205f',
  );
  fc.assert(
    fc.property(
      fc.array(chars, { maxLength: 14 }).map((a) => a.join('')),
      (t) => normalizeSpaces(t) === reference(t),
    ),
    { numRuns: 20_000 },
  );
  const clean = 'FA2611-0012 Garage Martin';
  expect(normalizeSpaces(clean)).toBe(clean);
});
