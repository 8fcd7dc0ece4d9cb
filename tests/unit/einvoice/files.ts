import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared real e-invoices (../shared/fixtures/einvoices, see its SOURCES.md). */
export const EINVOICES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/einvoices');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(EINVOICES, name)));
}
