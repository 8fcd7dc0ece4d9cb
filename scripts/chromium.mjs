// Finds Debian's Chromium (and Firefox ESR) for the browser tests, installing it when allowed. Never downloads a
// browser build of its own: Playwright drives the system one through executablePath.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every launch here needs: no sandbox (root in a container), and none of Chromium's own
 * traffic, which this offline machine refuses many times a second.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** The arguments that load one unpacked extension, then the common flags, then `extra`. */
export function extensionArgs(extensionPath, extra = []) {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...CHROMIUM_FLAGS, ...extra];
}

export function ensureChromium() {
  return ensureDebianPackage(CHROMIUM, 'chromium', 'CHROMIUM_PATH');
}

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's Firefox ESR, for the Firefox run (tests/firefox), installed the same way. */
export function ensureFirefox() {
  return ensureDebianPackage(FIREFOX, 'firefox-esr', 'FIREFOX_PATH');
}

/** Poppler's pdftotext and pdftoppm: the statement test reads and pictures the PDF Chromium printed. */
export function ensurePoppler() {
  return ensureDebianPackage('/usr/bin/pdftotext', 'poppler-utils', 'PATH');
}

/** A virtual display (Xvfb), for the test that runs `npm start`'s windowed demo on a machine with no screen. */
export function ensureXvfb() {
  return ensureDebianPackage('/usr/bin/xvfb-run', 'xvfb', 'PATH');
}

function ensureDebianPackage(binary, pkg, variable) {
  if (existsSync(binary)) return { ok: true, path: binary };
  if (process.getuid?.() !== 0) {
    return { ok: false, message: `${pkg} is missing: run \`sudo apt-get install -y ${pkg}\` (or set ${variable}) and try again.` };
  }
  console.log(`Installing Debian ${pkg} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
  if (install.status !== 0 || !existsSync(binary))
    return { ok: false, message: `Installing ${pkg} with apt-get failed; see the output above.` };
  return { ok: true, path: binary };
}
