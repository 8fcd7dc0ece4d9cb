#!/usr/bin/env node
// Every check, in order, stopping at the first failure: the README's `npm test`.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureFirefox, ensurePoppler, ensureXvfb } from './chromium.mjs';
import { datedFolders } from './tz-runs.mjs';

// Not under test-results/: Playwright empties that folder when it starts.
const REPORTS = 'test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** `npm run <script> -- <args>`: the steps are the package.json scripts, so `npm run lint` is the lint here. */
const npmRun = (script, ...args) => ['npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])]];

/** The unit folders whose code reads or writes dates: they run again at both ends of the day. */
const DATED = datedFolders();

// A step is [name, command, args, env?]; an array of steps runs them side by side (as many at once
// as there are cores, at least two), each step's output printed whole when it ends: each is mostly
// single-threaded, and none writes what another reads (the builds write separate .output folders).
const steps = [
  [
    ['typecheck', ...npmRun('typecheck')],
    ['lint', ...npmRun('lint')],
    // One layout for every file (Prettier): `npm run format` writes it; a diff here fails the build.
    ['format', ...npmRun('format:check')],
  ],
  ['unit', ...npmRun('test:unit', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/unit.json`)],
  // Calendar dates must not move with the machine's time zone: the unit suite (where the calendar,
  // schedule, law, storage, desk and templates are tested) runs again at both ends of the day. The
  // DOM suite (pages read in happy-dom, with \`today\` given) runs once: it is most of the time; so do
  // the house rules, catalogs, messages and content-script units, which hold no date.
  [
    'unit (TZ=Pacific/Kiritimati)',
    ...npmRun('test:unit', ...DATED, '--reporter=dot', '--reporter=json', `--outputFile=${REPORTS}/unit-kiritimati.json`),
    { TZ: 'Pacific/Kiritimati' },
  ],
  [
    'unit (TZ=America/Los_Angeles)',
    ...npmRun('test:unit', ...DATED, '--reporter=dot', '--reporter=json', `--outputFile=${REPORTS}/unit-la.json`),
    { TZ: 'America/Los_Angeles' },
  ],
  [
    ['build chrome', ...npmRun('build')],
    ['build chrome (e2e)', ...npmRun('build:e2e')],
    ['build firefox', ...npmRun('build:firefox')],
    ['build firefox (e2e)', ...npmRun('build:firefox:e2e')],
    ['build chrome (demo)', ...npmRun('build:demo')],
  ],
  ['web-ext lint (firefox)', ...npmRun('lint:firefox')],
  [
    'end-to-end',
    ...npmRun('test:e2e', '--reporter=list,json'),
    { RELANCE_SKIP_BUILD: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/e2e.json` },
  ],
  [
    ['firefox', ...npmRun('test:firefox', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/firefox.json`)],
    // `npm start`, both ways, on the demo build: headless it drives the whole flow (portal, popup,
    // Gmail, desk) and fails when a step shows nothing; windowed, on a virtual display, it opens
    // the portal and the desk, then closes instead of waiting for the user.
    ['demo (npm start, headless)', 'node', ['scripts/demo.mjs'], { RELANCE_SKIP_BUILD: '1', RELANCE_HEADLESS: '1' }],
    ['demo (npm start, windowed)', 'xvfb-run', ['-a', 'node', 'scripts/demo.mjs'], { RELANCE_SKIP_BUILD: '1', RELANCE_DEMO_CHECK: '1' }],
  ],
];

for (const browser of [ensureChromium(), ensureFirefox(), ensurePoppler(), ensureXvfb()]) {
  if (!browser.ok) {
    console.error(browser.message);
    process.exit(1);
  }
}

const startedAll = Date.now();
const results = [];
let failed = false;
for (const step of steps) {
  const group = Array.isArray(step[0]) ? step : [step];
  const done = group.length === 1 ? [await runStep(group[0], 'inherit')] : await runTogether(group);
  results.push(...done);
  if (done.some((r) => !r.ok)) {
    failed = true;
    break;
  }
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.name.padEnd(32)} ${r.seconds.padStart(6)} s`);
// Steps run side by side overlap: the wall time is not the sum of the lines above.
console.log(`  ${'all (wall time)'.padEnd(32)} ${((Date.now() - startedAll) / 1000).toFixed(1).padStart(6)} s`);
const counts = countTests();
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed || counts.failed > 0 ? 1 : 0);

/** Runs one step; with `stdio: 'pipe'` its output is kept and handed back instead of shown as it comes. */
function runStep([name, cmd, args, env = {}], stdio) {
  if (stdio === 'inherit') console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const child = spawn(cmd, args, {
    stdio: ['ignore', stdio, stdio],
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env },
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    const end = (ok) => resolve({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1), output: Buffer.concat(output) });
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      end(false);
    });
    child.on('close', (code) => end(code === 0));
  });
}

/** Runs a group's steps side by side, at most one per core, and prints each one's output whole, in order. */
async function runTogether(group) {
  console.log(`\n━━ ${group.map(([name]) => name).join(' · ')} (side by side) ━━`);
  const results = new Array(group.length);
  let next = 0;
  const lane = async () => {
    while (next < group.length) {
      const i = next++;
      results[i] = await runStep(group[i], 'pipe');
    }
  };
  await Promise.all(Array.from({ length: Math.min(group.length, Math.max(2, availableParallelism())) }, lane));
  for (const r of results) {
    console.log(`\n━━ ${r.name} ━━ (${r.seconds} s)`);
    process.stdout.write(r.output);
  }
  return results;
}

/** Adds up the JSON reports of vitest and Playwright. */
function countTests() {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const file of ['unit.json', 'unit-kiritimati.json', 'unit-la.json', 'firefox.json']) {
    const path = `${REPORTS}/${file}`;
    if (!existsSync(path)) continue;
    const r = JSON.parse(readFileSync(path, 'utf8'));
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
  const e2e = `${REPORTS}/e2e.json`;
  if (existsSync(e2e)) {
    const s = JSON.parse(readFileSync(e2e, 'utf8')).stats;
    total.passed += s.expected + s.flaky;
    total.failed += s.unexpected;
    total.skipped += s.skipped;
  }
  return total;
}
