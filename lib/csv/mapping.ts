import { fold } from '../parse/normalize';
import type { CsvColumn } from './index';

/** What a CSV column can be imported as; the user confirms or fixes each one. */
export const IMPORT_FIELDS = [
  'number',
  'client',
  'email',
  'total',
  'amountDue',
  'currency',
  'issueDate',
  'dueDate',
  'status',
  'kind',
  'portal',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Headers the capture's synonym table has no reason to know: a page never shows them as columns. */
const EXTRA_SYNONYMS: Readonly<Record<string, ImportField>> = {
  currency: 'currency',
  devise: 'currency',
  monnaie: 'currency',
  waehrung: 'currency',
  wahrung: 'currency',
  moneda: 'currency',
  'currency code': 'currency',
  portal: 'portal',
  portail: 'portal',
  source: 'portal',
};

/** From the capture's field to the import's; fields the import does not take are ignored. */
const FROM_CAPTURE: Readonly<Partial<Record<NonNullable<CsvColumn['field']>, ImportField>>> = {
  number: 'number',
  client: 'client',
  email: 'email',
  total: 'total',
  amountDue: 'amountDue',
  issueDate: 'issueDate',
  dueDate: 'dueDate',
  status: 'status',
  type: 'kind',
};

/** The proposed field per column: each field at most once, the first column that names it. */
export function guessMapping(columns: readonly CsvColumn[]): ImportField[] {
  const taken = new Set<ImportField>();
  return columns.map((c) => {
    const field = EXTRA_SYNONYMS[fold(c.header).trim()] ?? (c.field ? FROM_CAPTURE[c.field] : undefined) ?? 'ignore';
    if (field === 'ignore' || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** A mapping the import can run: a number and a client column, and some amount. */
export function mappingProblems(mapping: readonly ImportField[]): ('number' | 'client' | 'amount' | 'duplicate')[] {
  const problems: ('number' | 'client' | 'amount' | 'duplicate')[] = [];
  if (!mapping.includes('number')) problems.push('number');
  if (!mapping.includes('client')) problems.push('client');
  if (!mapping.includes('total') && !mapping.includes('amountDue')) problems.push('amount');
  const used = mapping.filter((f) => f !== 'ignore');
  if (new Set(used).size !== used.length) problems.push('duplicate');
  return problems;
}
