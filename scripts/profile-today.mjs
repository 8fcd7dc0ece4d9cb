#!/usr/bin/env node
// CPU profile of opening the desk's Today with 10,000 invoices (RELANCE_INVOICES=n for another
// count), by self time: `RELANCE_PROFILE=1 npx wxt build --mode bench && node scripts/profile-today.mjs`.
// The page (navigation, React) is profiled in the bench page, whose frame holds the desk; the
// background's share is the time of its answer (RELANCE_FRESH=1: after a write, so the background
// works the schedule out again while the page waits; RELANCE_FRESH=call: after a call logged on one
// client through the background, as the desk records it). RELANCE_WORKER=1: the service worker's
// profile instead, while it works Today out again after each write and answers (the times are the
// answer's round trips, 30 ms after the write).
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, extensionArgs } from './chromium.mjs';

const EXT = path.resolve(import.meta.dirname, '../.output/chrome-mv3-bench');
const context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args: extensionArgs(EXT) });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(worker.url()).host}/bench.html`);
await page.waitForFunction(() => 'relanceTodayProfile' in globalThis);
await page.evaluate((n) => globalThis.relanceTodayProfile.seed(n), Number(process.env.RELANCE_INVOICES ?? 10_000));
await page.evaluate(() => globalThis.relanceTodayProfile.open()); // the background keeps the schedule from here on
const fresh = process.env.RELANCE_FRESH;
const inWorker = Boolean(process.env.RELANCE_WORKER);
const cdp = await context.newCDPSession(page);
const send = inWorker ? await workerSession(cdp) : (method, params) => cdp.send(method, params);
await send('Profiler.enable');
await send('Profiler.setSamplingInterval', { interval: 100 });
const runs = 5;
const times = [];
await send('Profiler.start');
for (let i = 0; i < runs; i++) {
  if (fresh === 'call') await page.evaluate(() => globalThis.relanceTodayProfile.call());
  else if (fresh) await page.evaluate(() => globalThis.relanceTodayProfile.touch());
  if (inWorker) {
    const ask = async () => {
      const start = performance.now();
      await globalThis.relanceTodayProfile.ask();
      return performance.now() - start;
    };
    times.push(Math.round(await page.evaluate(ask)));
    continue;
  }
  const opened = await page.evaluate(() => globalThis.relanceTodayProfile.open());
  times.push(`${Math.round(opened.ms)} (header at ${Math.round(opened.shell)})`);
}
const { profile } = await send('Profiler.stop');
console.log(inWorker ? 'ms of the answer, each run:' : 'ms from navigation to an interactive Today, each run:', times.join(', '));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map();
for (const [id, t] of counts) {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`self time, ${(total / 1000 / runs).toFixed(0)} ms sampled per run (idle included):`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(((100 * v) / total).toFixed(1).padStart(5), '%', (v / 1000 / runs).toFixed(1).padStart(6), 'ms', k);
await context.close();

/**
 * Profiler commands sent to the extension's service worker through the page's session (Playwright
 * opens none for a worker): attached without flattening, each command and its answer a message.
 */
async function workerSession(session) {
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map();
  let last = 0;
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  return (method, params = {}) =>
    new Promise((resolve) => {
      const id = ++last;
      waiting.set(id, resolve);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}
