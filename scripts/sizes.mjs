// Sizes of the production build, per file, raw and gzip: what each entrypoint costs to load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function buildSizes(dir) {
  const rows = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|html)$/.test(name)) {
        const bytes = readFileSync(full);
        rows.push({ file: path.relative(dir, full), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return rows.sort((a, b) => b.gzip - a.gzip);
}

export function printSizes(dir) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`\nBuild sizes (${path.basename(dir)})`);
  console.log('| file | raw kB | gzip kB |');
  console.log('|---|---:|---:|');
  const rows = buildSizes(dir);
  for (const r of rows) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
  // Issue 11: the portal content script loads on every page of an enabled portal.
  const portal = rows.find((r) => r.file === path.join('content-scripts', 'portal.js'));
  if (portal) console.log(`\nPortal content script: ${(portal.gzip / 1024).toFixed(1)} kB gzip (target ≤ ${PORTAL_TARGET_KB} kB)`);
}

const PORTAL_TARGET_KB = 30;
