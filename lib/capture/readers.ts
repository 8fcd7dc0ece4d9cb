import { readAsDetail } from './detail-reader';
import type { Readers } from './extract';
import { extractFromJsonLd, extractFromMicrodata } from './from-structured';
import { extractFromRecords, readTableRecords } from './records';

/**
 * Every reader only some pages need (see Readers in extract.ts): what lib/capture/index.ts
 * registers, and what the readers' script (entrypoints/readers) hands the portal script.
 */
export const ALL_READERS = {
  detail: readAsDetail,
  structured: { jsonld: extractFromJsonLd, microdata: extractFromMicrodata },
  records: { page: extractFromRecords, table: readTableRecords },
} satisfies Required<Readers>;
