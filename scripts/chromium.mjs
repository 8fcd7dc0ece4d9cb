// Finds Debian's Chromium for the browser tests, installing it when allowed. Never downloads a
// browser build of its own: Playwright drives the system one through executablePath.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every launch here needs: no sandbox (root in a container), and none of Chromium's own
 * traffic, which this offline machine refuses many times a second.
 */
export const CHROMIUM_FLAGS = Object.freeze(['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']);

/** The arguments that load one unpacked extension, then the common flags, then `extra`. */
export function extensionArgs(extensionPath, extra = []) {
  return [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...CHROMIUM_FLAGS, ...extra];
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return { ok: true, path: CHROMIUM };
  if (process.getuid?.() !== 0) {
    return { ok: false, message: `Chromium is missing: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH) and try again.` };
  }
  console.log('Installing Debian chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install.status !== 0 || !existsSync(CHROMIUM)) return { ok: false, message: 'Installing chromium with apt-get failed; see the output above.' };
  return { ok: true, path: CHROMIUM };
}
