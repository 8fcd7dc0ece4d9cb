/**
 * Bytes as base64 text, for what crosses a runtime message or a JSON backup: 4/3 of the size (a
 * 10 MB file is 13.4 MB of text, where an array of numbers would be about 40 MB, against Chrome's
 * 64 MiB message cap). Zod-free: content scripts use it too.
 */
export function toBase64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 back to bytes; `atob` throws on text that is not base64. */
export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The length of the base64 text of `bytes` bytes, padding included. */
export const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
