import { FIELD_SYNONYMS, FOREIGN_TABLE_HEADERS, type Field } from './synonyms';
import { headerKey } from './text';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SYNONYMS = FIELD_SYNONYMS.flatMap(([field, words]) => words.map((w) => ({ field, word: w, re: new RegExp(`(?:^|[^a-z0-9])${escape(w)}(?![a-z0-9])`) })));
const FOREIGN = FOREIGN_TABLE_HEADERS.map((w) => new RegExp(`(?:^|[^a-z0-9])${escape(w)}(?![a-z0-9])`));

/** The field a header names, by its longest matching synonym, or undefined. */
export function fieldOfHeader(text: string): Field | undefined {
  const key = headerKey(text);
  // A sentence ("Les 3 dernières factures clients modifiées") is a caption, not a column header.
  if (!key || key.length > 60 || key.split(' ').length > 5) return undefined;
  let best: { field: Field; length: number; exact: boolean } | undefined;
  for (const s of SYNONYMS) {
    const exact = key === s.word;
    if (!exact && !s.re.test(key)) continue;
    if (!best || (exact && !best.exact) || (exact === best.exact && s.word.length > best.length)) best = { field: s.field, length: s.word.length, exact };
  }
  return best?.field;
}

export function isForeignHeader(text: string): boolean {
  const key = headerKey(text);
  return FOREIGN.some((re) => re.test(key));
}

export type ColumnMap = Partial<Record<Exclude<Field, 'ignore'>, number>>;

/**
 * Maps header texts (by column position) to fields. When two columns claim a field, the first
 * keeps it, except a second date column that names no due date becomes the issue date, and
 * vice versa ("Date" then "Échéance").
 */
export function mapHeaders(headers: readonly string[]): { map: ColumnMap; foreign: boolean; matched: number } {
  const map: ColumnMap = {};
  let foreign = false;
  let matched = 0;
  headers.forEach((h, i) => {
    if (!h) return;
    if (isForeignHeader(h)) foreign = true;
    const field = fieldOfHeader(h);
    if (!field) return;
    matched++;
    if (field === 'ignore') return;
    if (map[field] === undefined) map[field] = i;
  });
  return { map, foreign, matched };
}
