import { describe, expect, it } from 'vitest';
import { FIELD_SYNONYMS, FOREIGN_CAPTION_WORDS, FOREIGN_TABLE_HEADERS, INVOICE_CAPTION_WORDS } from '../../../lib/capture/synonyms';
import { fold } from '../../../lib/parse/normalize';
import { NEGATIONS, PARTIAL_MARKERS, STATUS_WORDS } from '../../../lib/parse/statuses';

/** The tables capture reads are data: checked like data (Dark Reader tests its config files so). */
const duplicates = (words: readonly string[]) => words.filter((w, i) => words.indexOf(w) !== i);
const folded = (w: string) => w === fold(w).trim();

describe('capture data tables', () => {
  it('give each header synonym to one field only, once', () => {
    expect(duplicates(FIELD_SYNONYMS.flatMap(([, words]) => words))).toEqual([]);
    expect(duplicates(FIELD_SYNONYMS.map(([field]) => field))).toEqual([]);
  });

  it('list each status word once', () => {
    expect(duplicates(STATUS_WORDS.map(([word]) => word))).toEqual([]);
  });

  it.each([
    ['INVOICE_CAPTION_WORDS', INVOICE_CAPTION_WORDS],
    ['FOREIGN_CAPTION_WORDS', FOREIGN_CAPTION_WORDS],
    ['FOREIGN_TABLE_HEADERS', FOREIGN_TABLE_HEADERS],
    ['NEGATIONS', NEGATIONS],
    ['PARTIAL_MARKERS', PARTIAL_MARKERS],
  ])('%s has no duplicate', (_name, words) => {
    expect(duplicates(words)).toEqual([]);
  });

  it('hold folded words only (lower case, no accents, trimmed), since the page text is folded before lookup', () => {
    const all = [
      ...FIELD_SYNONYMS.flatMap(([, w]) => w),
      ...STATUS_WORDS.map(([w]) => w),
      ...INVOICE_CAPTION_WORDS,
      ...FOREIGN_CAPTION_WORDS,
      ...FOREIGN_TABLE_HEADERS,
    ];
    expect(all.filter((w) => !folded(w))).toEqual([]);
  });
});
