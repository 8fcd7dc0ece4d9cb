// Finds Debian's Chromium for the browser tests, installing it when allowed. Never downloads a
// browser build of its own: Playwright drives the system one through executablePath.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
