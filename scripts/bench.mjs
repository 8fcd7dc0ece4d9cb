#!/usr/bin/env node
// `npm run bench`: runs the benchmark suites inside the built extension in Debian's Chromium and
// prints a table. Figures only: nothing here passes or fails a build.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium, extensionArgs } from './chromium.mjs';
import { printSizes } from './sizes.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3-bench');
const only = process.argv.slice(2);

const browserInfo = ensureChromium();
if (!browserInfo.ok) {
  console.error(browserInfo.message);
  process.exit(1);
}
execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production' },
});

const context = await chromium.launchPersistentContext('', {
  executablePath: browserInfo.path,
  headless: true,
  // gc(): each measurement starts on a collected heap, not in the garbage of the one before.
  args: extensionArgs(EXTENSION, ['--js-flags=--expose-gc']),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(worker.url()).host}/bench.html`);
await page.waitForFunction(() => 'relanceBench' in globalThis);
const names = await page.evaluate(() => Object.keys(globalThis.relanceBench));

const rows = [];
for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
  process.stderr.write(`running ${name}…\n`);
  const results = await page.evaluate((n) => globalThis.relanceBench[n](), name);
  for (const r of results) rows.push({ suite: name, ...r });
}
await context.close();

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const header = ['suite', 'measurement', 'runs', 'median ms', 'min', 'max', 'target', 'ok', 'note'];
const table = rows.map((r) => [
  r.suite,
  r.name,
  String(r.runs),
  fmt(r.median),
  fmt(r.min),
  fmt(r.max),
  r.target ? `≤ ${r.target}` : '',
  r.target ? (r.median <= r.target ? 'yes' : 'NO') : '',
  r.note ?? '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of table) console.log(line(row));

execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
printSizes(path.join(ROOT, '.output/chrome-mv3'));
