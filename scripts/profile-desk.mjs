#!/usr/bin/env node
// CPU profile of scrolling the desk's invoice list (RELANCE_ROWS invoices, 100,000 by default), in Chromium:
// `RELANCE_PROFILE=1 NODE_ENV=production npx wxt build --mode bench && node scripts/profile-desk.mjs`.
// Prints the long tasks the page saw, then, for each stretch of busy samples over 50 ms (a long task, near enough),
// the functions it spent its own time in: what to make cheaper.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, extensionArgs } from './chromium.mjs';

// RELANCE_GESTURE=1: the wheel instead of the scroll bar (GESTURES in lib/bench/desk-suite.tsx).
const GESTURE = Number(process.env.RELANCE_GESTURE ?? 0);
const EXT = path.resolve(import.meta.dirname, '../.output/chrome-mv3-bench');
const context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args: extensionArgs(EXT) });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(worker.url()).host}/bench.html`);
await page.waitForFunction(() => 'relanceDeskProfile' in globalThis);
// RELANCE_HOLD=1: the page also keeps the invoices and their rows, as the list did before its compact table (the baseline).
await page.evaluate(
  ([n, hold]) => globalThis.relanceDeskProfile.setup(n, hold),
  [Number(process.env.RELANCE_ROWS ?? 100_000), Boolean(process.env.RELANCE_HOLD)],
);
const cdp = await context.newCDPSession(page);
// RELANCE_TRACE=1: a Chromium trace instead, to tell style, layout, paint and garbage collection apart in each long task.
if (process.env.RELANCE_TRACE) {
  await trace(cdp);
  await context.close();
  process.exit(0);
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
console.log('heap MB', await page.evaluate(() => Math.round(performance.memory.usedJSHeapSize / 1e6)));
console.log('scroll', await page.evaluate((g) => globalThis.relanceDeskProfile.scroll(g), GESTURE));
const { profile } = await cdp.send('Profiler.stop');
await context.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (id) => {
  const f = byId.get(id).callFrame;
  return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
};
// (program) is the browser's own work (style, layout, paint): busy, not idle.
const idle = (id) => byId.get(id).callFrame.functionName === '(idle)';
/** Self time per function over samples `from`..`to`, top `n`, and the same by call chain (three deep). */
function report(from, to, n) {
  const self = new Map();
  const chains = new Map();
  for (let i = from; i < to; i++) {
    const id = profile.samples[i];
    const t = profile.timeDeltas[i + 1] ?? 0;
    self.set(name(id), (self.get(name(id)) ?? 0) + t);
    const chain = [];
    for (let at = id, k = 0; at !== undefined && k < 6; at = parent.get(at), k++)
      chain.push(byId.get(at).callFrame.functionName || '(anon)');
    const key = chain.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + t);
  }
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log('   ', (v / 1000).toFixed(1).padStart(7), 'ms', k);
  console.log('    by chain:');
  for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log('   ', (v / 1000).toFixed(1).padStart(7), 'ms', k);
}
console.log('whole scroll, by self time:');
report(0, profile.samples.length, 25);
// Busy stretches: consecutive samples that are not idle.
let start = -1;
let busy = 0;
for (let i = 0; i <= profile.samples.length; i++) {
  const isIdle = i === profile.samples.length || idle(profile.samples[i]);
  if (!isIdle) {
    if (start < 0) {
      start = i;
      busy = 0;
    }
    busy += profile.timeDeltas[i + 1] ?? 0;
  } else if (start >= 0) {
    if (busy > 50_000) {
      console.log(`busy stretch of ${(busy / 1000).toFixed(0)} ms:`);
      report(start, i, 12);
    }
    start = -1;
  }
}

/** The trace of one scroll: per long task (RunTask over 50 ms on the page's main thread), the time of what ran inside it. */
async function trace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      recordMode: 'recordAsMuchAsPossible',
    },
  });
  console.log('scroll', await page.evaluate((g) => globalThis.relanceDeskProfile.scroll(g), GESTURE));
  await cdp.send('Tracing.end');
  await done;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((r) => r.name === 'RunTask' && r.pid === e.pid && r.tid === e.tid && r.dur > 50_000),
  );
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  // tdur is the thread's own CPU time: on a shared machine, wall time also counts the waits for a core.
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const cpu = tasks.map((e) => e.tdur ?? 0).sort((a, b) => b - a);
  console.log(
    `tasks: ${tasks.length}; CPU time ${(cpu.reduce((a, b) => a + b, 0) / 1000).toFixed(0)} ms, longest ${cpu
      .slice(0, 5)
      .map((v) => (v / 1000).toFixed(1))
      .join(', ')} ms; wall time longest ${tasks
      .map((e) => e.dur)
      .sort((a, b) => b - a)
      .slice(0, 5)
      .map((v) => (v / 1000).toFixed(1))
      .join(', ')} ms`,
  );
  const totals = new Map();
  for (const e of mine) if (e.name !== 'RunTask') totals.set(e.name, (totals.get(e.name) ?? 0) + (e.tdur ?? e.dur));
  console.log('whole scroll, CPU time by event (inclusive, nested events counted in each):');
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log('   ', (v / 1000).toFixed(1).padStart(7), 'ms', k);
  for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
    const inside = new Map();
    for (const e of mine)
      if (e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur) inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur);
    console.log(
      `long task of ${(task.dur / 1000).toFixed(0)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms):`,
      [...inside]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
        .join(', '),
    );
  }
}
