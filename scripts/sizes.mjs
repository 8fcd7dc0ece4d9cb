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
  printPortalCost(rows);
}

const PORTAL_TARGET_KB = 30;
/** The target in bytes, with kB read as 1,000 bytes (the stricter reading). */
const PORTAL_TARGET_BYTES = PORTAL_TARGET_KB * 1000;
/** Scripts the portal script has the background inject into its page only when the page needs them. */
const ON_DEMAND = [
  ['readers', 'single-invoice pages, schema.org data, cards and tables without a header'],
  ['pdf', 'a page with a link that may offer a PDF, or the desk asking for a copy'],
  ['preview', 'the Track preview, at a site’s first Track'],
  ['teach', 'teach mode, on the user’s request'],
];

/**
 * Issue 11: the portal content script loads on every page of an enabled portal; the scripts it
 * asks for only when a page needs them are counted apart, and what each kind of page loads in all.
 */
function printPortalCost(rows) {
  const gzip = (name) => rows.find((r) => r.file === `${name}.js`)?.gzip;
  const kb = (n) => `${(n / 1024).toFixed(1)} kB (${n} bytes)`;
  const portal = gzip('portal');
  if (portal === undefined) return;
  const margin = PORTAL_TARGET_BYTES - portal;
  console.log(
    `\nPortal content script: ${kb(portal)} gzip (target ≤ ${PORTAL_TARGET_KB} kB: ${margin >= 0 ? `${margin} bytes under` : `${-margin} bytes OVER`} ${PORTAL_TARGET_BYTES} bytes)`,
  );
  for (const [name, when] of ON_DEMAND) if (gzip(name) !== undefined) console.log(`  + ${name}.js ${kb(gzip(name))}, loaded for ${when}`);
  const [readers = 0, pdf = 0] = [gzip('readers'), gzip('pdf')];
  console.log('What a page loads in all (gzip):');
  console.log(`  a table list: ${kb(portal)}; with PDF links: ${kb(portal + pdf)}`);
  console.log(`  a single-invoice page, or invoices as cards: ${kb(portal + readers)}; with a PDF link: ${kb(portal + readers + pdf)}`);
}
