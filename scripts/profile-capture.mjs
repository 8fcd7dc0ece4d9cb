#!/usr/bin/env node
// CPU profile of extractInvoices on the bench's 2,000-row page (RELANCE_ROWS=n for another size), in Chromium, by self time:
// `RELANCE_PROFILE=1 npx wxt build --mode bench && node scripts/profile-capture.mjs` (RELANCE_ALLOC=1: bytes allocated instead).
// Profiles extractInvoices on the 2,000-row bench page inside the bench build (unminified).
import { chromium } from '@playwright/test';
import { CHROMIUM, extensionArgs } from './chromium.mjs';
import path from 'node:path';
const EXT = path.resolve(import.meta.dirname, '../.output/chrome-mv3-bench');
const context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args: extensionArgs(EXT) });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(worker.url()).host}/bench.html`);
await page.waitForFunction(() => 'relanceProfile' in globalThis);
const rows = Number(process.env.RELANCE_ROWS ?? 2000);
// RELANCE_PARTS=1: the list whose client and status cells are read in parts (avatar, name, e-mail; icon, badge);
// RELANCE_DETAIL=1: the single-invoice page.
const kind = process.env.RELANCE_DETAIL ? 'detail' : process.env.RELANCE_PARTS ? 'parts' : 'list';
await page.evaluate(([n, k]) => globalThis.relanceProfile.setup(n, k), [rows, kind]);
// RELANCE_STEPS=1: the longest steps of a chunked extraction instead (step index, ms), three runs.
if (process.env.RELANCE_STEPS) {
  for (let i = 0; i < 3; i++) console.log(JSON.stringify(await page.evaluate(() => globalThis.relanceProfile.steps())));
  await context.close();
  process.exit(0);
}
// RELANCE_PHASES=1: the median time of each phase (index, grids, plan, rows, validation), 30 runs.
if (process.env.RELANCE_PHASES) {
  console.log(await page.evaluate(() => globalThis.relanceProfile.phases(30)));
  await context.close();
  process.exit(0);
}
const cdp = await context.newCDPSession(page);
// RELANCE_ALLOC=1: what one extraction allocates on the JavaScript heap (sampling heap profiler, every
// object collected or not), in all and by the function that allocated it: a count, steady on a busy
// machine where times are not (V8 makes a new object for each regular expression literal it runs).
if (process.env.RELANCE_ALLOC) {
  const runs = 10;
  await page.evaluate(() => globalThis.relanceProfile.run(3));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await page.evaluate((n) => globalThis.relanceProfile.run(n), runs);
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  const bytes = new Map();
  let total = 0;
  const visit = (node) => {
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(visit);
  };
  visit(profile.head);
  console.log('MB allocated per extraction', (total / runs / 1e6).toFixed(2));
  for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(((100 * v) / total).toFixed(1).padStart(5), '%', k);
  await context.close();
  process.exit(0);
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const ms = await page.evaluate((runs) => globalThis.relanceProfile.run(runs), process.env.RELANCE_DETAIL ? 300 : 30);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('run ms per extraction', ms);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(((100 * v) / total).toFixed(1).padStart(5), '%', k);
// Samples by call chain (innermost first), for the two questions below.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const chainOf = (id) => {
  const chain = [];
  for (let at = id; at !== undefined; at = parent.get(at)) chain.push(byId.get(at).callFrame.functionName || '(anon)');
  return chain;
};
/** Time of the samples whose chain holds `name`, grouped by `keyOf(chain, index of name)`. */
const grouped = (name, keyOf, top) => {
  const groups = new Map();
  for (const [id, t] of counts) {
    const chain = chainOf(id);
    const i = chain.indexOf(name);
    if (i >= 0) groups.set(keyOf(chain, i), (groups.get(keyOf(chain, i)) ?? 0) + t);
  }
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log((v / 1000).toFixed(1).padStart(7), 'ms', k);
};
// What a function spends its time in (RELANCE_UNDER=name): by the callee just below it.
if (process.env.RELANCE_UNDER) grouped(process.env.RELANCE_UNDER, (chain, i) => (i === 0 ? '(self)' : chain[i - 1]), 15);
// Who calls a function (RELANCE_CALLERS=name): by its callers, five deep.
if (process.env.RELANCE_CALLERS) grouped(process.env.RELANCE_CALLERS, (chain, i) => chain.slice(i, i + 5).join(' < '), 12);
await context.close();
