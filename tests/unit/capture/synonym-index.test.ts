import { describe, expect, it } from 'vitest';
import { synonymsFor } from '../../../lib/capture/columns';
import { FIELD_SYNONYMS } from '../../../lib/capture/synonyms';
import { headerKey } from '../../../lib/capture/text';
import { seeded as random } from '../../seeded';

const ALL = FIELD_SYNONYMS.flatMap(([, words]) => words);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The rule every synonym is held to: the whole header, or whole words inside it. */
const matches = (key: string, word: string) => key === word || new RegExp(`(?:^|[^a-z0-9])${escape(word)}(?![a-z0-9])`).test(key);

const FILLER = [
  '(EUR)',
  '€',
  'du',
  'the',
  'n°',
  '#',
  '2026',
  'ß',
  'Σ',
  '-',
  '/',
  ':',
  '.',
  'ttc',
  'incl.',
  'x',
  'amounts',
  'dates',
  'ref1',
];

describe('the synonyms tried on a header (indexed by their first run of letters and digits)', () => {
  it('hold every synonym the header contains, in the table order, for 4,000 generated headers', () => {
    const next = random(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    let compared = 0;
    for (let n = 0; n < 4000; n++) {
      const pieces = Array.from({ length: 1 + Math.floor(next() * 4) }, () => (next() < 0.6 ? pick(ALL) : pick(FILLER)));
      const glue = pick([' ', '', ' / ', '-', ': ']);
      const key = headerKey(pieces.join(glue));
      const expected = ALL.filter((w) => matches(key, w));
      const tried = synonymsFor(key).map((s) => s.word);
      expect(
        tried.filter((w) => matches(key, w)),
        key,
      ).toEqual(expected);
      compared += expected.length;
    }
    // The headers did contain synonyms: the comparison was not of empty lists.
    expect(compared).toBeGreaterThan(4000);
  });

  it('try far fewer synonyms than the whole table on a usual header', () => {
    expect(synonymsFor(headerKey('Date d’échéance')).length).toBeLessThan(ALL.length / 5);
  });
});
