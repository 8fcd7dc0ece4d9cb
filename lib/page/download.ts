/** Saves `blob` as a download named `name` (extension pages only). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click starts the download asynchronously: the URL must outlive it a little.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date for file names: `relance-invoices-2026-12-03.csv`. */
export const fileStamp = (): string => new Date().toISOString().slice(0, 10);
