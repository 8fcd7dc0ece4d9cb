export const CHROMIUM: string;
export const CHROMIUM_FLAGS: readonly string[];
export function extensionArgs(extensionPath: string, extra?: readonly string[]): string[];
export function ensureChromium(): { ok: true; path: string } | { ok: false; message: string };
export const FIREFOX: string;
export function ensureFirefox(): { ok: true; path: string } | { ok: false; message: string };
export function ensurePoppler(): { ok: true; path: string } | { ok: false; message: string };
export function ensureXvfb(): { ok: true; path: string } | { ok: false; message: string };
