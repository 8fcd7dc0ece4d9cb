/**
 * The text of a CSV file as a spreadsheet or portal wrote it: UTF-8 (with or without a BOM) when
 * the bytes are valid UTF-8, else Windows-1252, what Excel on a French or English Windows saves
 * "CSV (separator: semicolon)" in. Valid UTF-8 by accident is near impossible for accented
 * Windows-1252 text (an `é` alone is an invalid UTF-8 byte), so the strict decoder decides.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    // ignoreBOM false: the decoder drops a leading BOM itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252's characters at bytes 0x80–0x9F (€, Œ, ’, …). Browsers decode them so already;
 * some runtimes (Node before 23) treat the label as Latin-1 and give C1 controls instead. Mapping
 * C1 controls back is a no-op where decoding was right: there, only the five unassigned bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as C1, and they are left alone.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
