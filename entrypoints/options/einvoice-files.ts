import type { EInvoiceImportItem, ImportPlanRow } from '../../lib/db';
import type { EInvoice } from '../../lib/einvoice';

export interface ReadFile {
  name: string;
  item?: EInvoiceImportItem;
  error?: string;
}

/**
 * Reads the chosen files. The reader (pdf-lib, fast-xml-parser, fflate: ~200 kB) is imported
 * here, on demand, so it lands in a lazy chunk and never weighs on the page's first paint.
 */
export async function readEInvoiceFiles(files: readonly File[]): Promise<ReadFile[]> {
  const { readEInvoice, MAX_EINVOICE_BYTES } = await import('../../lib/einvoice');
  const out: ReadFile[] = [];
  for (const file of files) {
    // Refused before reading: a huge file is never loaded into memory.
    if (file.size > MAX_EINVOICE_BYTES) {
      out.push({ name: file.name, error: `The file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB).` });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const einvoice: EInvoice = await readEInvoice(bytes, file.name);
      out.push({ name: file.name, item: { einvoice, file: { name: file.name, type: file.type, bytes } } });
    } catch (error) {
      out.push({ name: file.name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/** Pairs each read file with its planned action (the plan lists only the files that were read). */
export function withPlan(files: readonly ReadFile[], plan: readonly ImportPlanRow[]): (ReadFile & { plan?: ImportPlanRow })[] {
  let i = 0;
  return files.map((f) => (f.item ? { ...f, plan: plan[i++] } : f));
}
