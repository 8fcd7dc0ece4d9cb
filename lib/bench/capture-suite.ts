import { extractInvoices, extractInvoicesChunked } from '../capture';
import { planGrid } from '../capture/from-grid';
import { findGrids } from '../capture/grid';
import { mergeInto } from '../capture/merge';
import { pageLanguage } from '../capture/page';
import { indexPage } from '../capture/page-index';
import { textOf } from '../capture/text';
import { isValidDetected } from '../capture/validate';
import type { Candidate } from '../capture/candidate';
import { measure, type Measurement } from './measure';

const CLIENTS = ['Boulangerie Dupont & Fils', 'Garage Martin SARL', 'Cabinet Leroy', 'Hôtel des Voyageurs', 'Menuiserie Bernard'];
const STATUS = ['Payée', 'Impayée', 'En retard', 'Partiellement payée', 'Brouillon'];

function cell(tag: 'td' | 'th', text: string, cls?: string): HTMLElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (cls) c.className = cls;
  return c;
}

/** An amount as French lists print it: "6 301,20 €" (grouped thousands, comma, symbol after). */
function euros(minor: number): string {
  const whole = String(Math.trunc(minor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${whole},${String(minor % 100).padStart(2, '0')} €`;
}

/** A realistic French list of `n` invoices, with utility classes, links and action menus. */
export function listPage(n: number): HTMLElement {
  const host = document.createElement('section');
  host.lang = 'fr';
  const table = document.createElement('table');
  table.className = 'table table-hover align-middle w-100';
  const head = table.createTHead().insertRow();
  for (const h of ['N° facture', 'Client', 'Date', 'Échéance', 'Montant HT', 'Montant TTC', 'Reste à payer', 'Statut', ''])
    head.append(cell('th', h));
  const body = table.createTBody();
  for (let i = 0; i < n; i++) {
    const tr = body.insertRow();
    tr.className = 'align-middle hover:bg-gray-50';
    const ref = cell('td', '');
    const a = document.createElement('a');
    a.href = `/f/${i}`;
    a.textContent = `FA26${String(i % 12).padStart(2, '0')}-${String(i).padStart(5, '0')}`;
    ref.append(a);
    const day = String((i % 28) + 1).padStart(2, '0');
    tr.append(
      ref,
      cell('td', CLIENTS[i % 5]!),
      cell('td', `${day}/10/2026`),
      cell('td', `${day}/11/2026`),
      cell('td', euros(((i * 7919) % 900_000) + 1000), 'text-end'),
      cell('td', euros(Math.round(((i * 7919) % 900_000) * 1.2) + 1200), 'text-end'),
      cell('td', i % 3 ? '0,00 €' : euros(120_000), 'text-end'),
      cell('td', STATUS[i % 5]!),
      cell('td', '⋯ Relancer Dupliquer'),
    );
  }
  host.append(table);
  return host;
}

/**
 * The same list as an app renders it (issue 11): each client cell an avatar's initials, the name
 * and the e-mail under it; each status a badge beside an icon-font ligature. Every such cell is
 * read in its parts, where the plain list reads one text.
 */
function partsPage(n: number): HTMLElement {
  const host = listPage(n);
  const rows = host.querySelectorAll('tbody tr');
  rows.forEach((tr, i) => {
    const [client, status] = [tr.children[1]!, tr.children[7]!];
    const name = client.textContent!;
    const avatar = document.createElement('span');
    avatar.className = 'avatar';
    avatar.textContent = name.slice(0, 2).toUpperCase();
    const block = document.createElement('div');
    const link = document.createElement('a');
    link.href = `/clients/${i % 5}`;
    link.textContent = name;
    const mail = document.createElement('div');
    mail.className = 'text-muted small';
    mail.textContent = `compta@client-${i % 5}.fr`;
    block.append(link, mail);
    client.replaceChildren(avatar, block);
    const icon = document.createElement('span');
    icon.className = 'material-icons';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = 'schedule';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = status.textContent!;
    status.replaceChildren(icon, badge);
  });
  return host;
}

function detailPage(): HTMLElement {
  const host = document.createElement('article');
  host.lang = 'fr';
  const h1 = document.createElement('h1');
  h1.textContent = 'Facture FA-2026-118 Impayée';
  const dl = document.createElement('dl');
  for (const [k, v] of [
    ['Client', 'Menuiserie Bernard'],
    ['Date de facture', '15/10/2026'],
    ["Date d'échéance", '14/11/2026'],
    ['Total HT', '2 265,00 €'],
    ['Total TTC', '2 718,00 €'],
    ['Reste à payer', '2 000,00 €'],
  ]) {
    const dt = document.createElement('dt');
    dt.textContent = k!;
    const dd = document.createElement('dd');
    dd.textContent = v!;
    dl.append(dt, dd);
  }
  const items = document.createElement('table');
  const hr = items.insertRow();
  for (const h of ['Désignation', 'Qté', 'P.U. HT', 'Total HT']) hr.append(cell('th', h));
  for (let i = 0; i < 12; i++) {
    const r = items.insertRow();
    r.append(cell('td', `Prestation ${i}`), cell('td', '2'), cell('td', '45,00 €'), cell('td', '90,00 €'));
  }
  host.append(h1, dl, items);
  return host;
}

/** The baseline: reading every text node of the page once, with nothing else. */
export function textWalk(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += walker.currentNode.nodeValue!.length;
  return chars;
}

/**
 * What any extractor has to do at the least: read the text of every cell, once. Beside the text
 * walk, it shows what the walk leaves out (one string per cell, where the walk only measures nodes).
 */
function cellTexts(root: Element): number {
  let chars = 0;
  for (const row of root.querySelectorAll('tr'))
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) chars += (c.textContent ?? '').length;
  return chars;
}

/**
 * The structure any table reader needs before parsing anything: the page's grids found, their rows
 * listed, each row's cells put at their column positions (spans expanded), and the text of the
 * cells a list of invoices names (all but the action column) read and normalised. Extraction's
 * own machinery, parsing left out: what remains of the 3× budget is what parsing can spend.
 */
function gridTexts(root: Element): number {
  let chars = 0;
  for (const grid of findGrids(root, indexPage(root).grids)) {
    grid.more(Infinity);
    for (const row of grid.rows) {
      const cells = row.cells;
      for (let c = 0; c < cells.length - 1; c++) chars += textOf(cells[c]).length;
    }
  }
  return chars;
}

/**
 * A full collection, where the browser allows it (the bench runs Chromium with `--expose-gc`):
 * one measurement's garbage is otherwise collected inside the next one's first slices.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Extraction in the real browser DOM: one go, in slices (longest slice), and the text-walk baseline. */
export async function captureSuite(): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const n of [200, 2000, 10_000]) {
    const page = listPage(n);
    document.body.append(page);
    collect();
    const base = await measure(`text walk baseline, ${n} rows`, () => textWalk(page), { runs: 7 });
    const cells = await measure(`every cell's text read once, ${n} rows`, () => cellTexts(page), { runs: 7 });
    cells.note = `${(cells.median / base.median).toFixed(1)}× baseline`;
    const structure = await measure(`grids, rows, cells at their columns, text read, nothing parsed, ${n} rows`, () => gridTexts(page), {
      runs: 7,
    });
    structure.note = `${(structure.median / base.median).toFixed(1)}× baseline`;
    const found = extractInvoices(page).length;
    // Issue 11: 2,000 rows within 25 ms. Reading cells in their parts costs more than the text
    // walk, so the ratio to it is printed as a figure, not held to the old 3× target.
    const one = await measure(`extractInvoices, ${n} rows`, () => extractInvoices(page, { today: '2026-11-22' }), {
      runs: n === 10_000 ? 3 : 7,
      target: n === 2000 ? 25 : undefined,
    });
    one.note = `${found} found; ${(one.median / base.median).toFixed(1)}× the text walk`;
    // Long tasks as the browser itself reports them (over 50 ms), with the content script's own
    // yielding (idle time by default): the same path the portal content script takes.
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    // Let the long tasks of the one-go runs above (and of the collection) be reported first, then forget them.
    collect();
    await new Promise((r) => setTimeout(r, 300));
    longTasks.length = 0;
    // The slices themselves, timed from inside: a long task the browser reports beyond the
    // longest slice is not extraction's (a garbage collection between slices, for one).
    let longestSlice = 0;
    const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 100 }));
    const timedYield = async () => {
      longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
      await idle();
      sliceStart = performance.now();
    };
    let sliceStart = 0;
    const chunked = await measure(
      `extractInvoicesChunked, ${n} rows`,
      () => {
        sliceStart = performance.now();
        return extractInvoicesChunked(page, { today: '2026-11-22' }, { yieldToPage: timedYield });
      },
      { runs: 3 },
    );
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    const tasks = longTasks.length
      ? `${longTasks.length} long tasks reported, longest ${Math.max(...longTasks).toFixed(0)} ms`
      : 'no task over 50 ms';
    chunked.note = `longest slice ${longestSlice.toFixed(0)} ms; ${tasks} (target: none over 50 ms)`;
    out.push(base, cells, structure, one, chunked);
    page.remove();
  }
  const parted = partsPage(2000);
  document.body.append(parted);
  collect();
  const partsBase = await measure('text walk baseline, 2000 rows with cells in parts', () => textWalk(parted), { runs: 7 });
  const partsFound = extractInvoices(parted).length;
  const partsRun = await measure(
    'extractInvoices, 2000 rows with cells in parts (avatar, name, e-mail; icon and badge)',
    () => extractInvoices(parted, { today: '2026-11-22' }),
    { runs: 7, target: 25 },
  );
  partsRun.note = `${partsFound} found; ${(partsRun.median / partsBase.median).toFixed(1)}× the text walk`;
  out.push(partsBase, partsRun);
  parted.remove();
  const detail = detailPage();
  document.body.append(detail);
  // The lists' garbage collected first, as before each list: else it is collected inside these short runs.
  collect();
  out.push(
    await measure('extractInvoices, detail page', () => extractInvoices(detail, { today: '2026-11-22' }), {
      runs: 21,
      warmup: 3,
      target: 5,
    }),
  );
  detail.remove();
  return out;
}

/** For a CPU profile of extraction alone (scripts/profile-capture.mjs): a page, then `runs` extractions. */
let profiled: HTMLElement | null = null;
export const captureProfile = {
  /** `parts`: the list whose client and status cells are read in parts (partsPage); `detail`: the single-invoice page. */
  setup(n: number, kind: 'list' | 'parts' | 'detail' = 'list') {
    profiled?.remove();
    profiled = kind === 'detail' ? detailPage() : kind === 'parts' ? partsPage(n) : listPage(n);
    document.body.append(profiled);
    return textWalk(profiled);
  },
  /** The longest steps of a chunked extraction (index of the step, ms): where a long slice comes from. */
  async steps(): Promise<[number, number][]> {
    // Clock reads after each step; NaN marks a yield, so that waiting is never counted as work.
    const times: number[] = [];
    const yieldToPage = () => new Promise<void>((resolve) => (times.push(NaN), requestIdleCallback(() => resolve(), { timeout: 100 })));
    await extractInvoicesChunked(
      profiled!,
      { today: '2026-11-22' },
      { yieldToPage, now: () => (times.push(performance.now()), times.at(-1)!) },
    );
    const steps = times
      .slice(1)
      .map((t, i): [number, number] => [i, t - times[i]!])
      .filter(([, ms]) => !Number.isNaN(ms));
    return steps
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([i, ms]) => [i, Math.round(ms * 10) / 10]);
  },
  /** Median ms of each phase of one extraction over `runs` runs, and the text walk's: where the time goes. */
  phases(runs: number): Record<string, number> {
    const times: Record<string, number[]> = {};
    const lap = (name: string, start: number) => (times[name] ??= []).push(performance.now() - start);
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      textWalk(profiled!);
      lap('text walk', t);
      t = performance.now();
      const index = indexPage(profiled!);
      lap('indexPage', t);
      t = performance.now();
      const grids = findGrids(profiled!, index.grids);
      grids[0]!.more(Infinity);
      lap('findGrids', t);
      const hints = { lang: pageLanguage(profiled!), today: '2026-11-22' };
      t = performance.now();
      const plan = planGrid(grids[0]!, hints)!;
      lap('planGrid', t);
      t = performance.now();
      plan.prepare();
      lap('prepare', t);
      t = performance.now();
      const byNumber = new Map<string, Candidate>();
      for (const row of plan.rows) {
        const c = plan.read(row);
        if (c) mergeInto(byNumber, c);
      }
      lap('read rows', t);
      t = performance.now();
      for (const c of byNumber.values()) if (!isValidDetected(c)) throw new Error(`invalid capture ${c.number}`);
      lap('validate', t);
      t = performance.now();
      extractInvoices(profiled!, { today: '2026-11-22' });
      lap('whole extraction', t);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v) * 100) / 100]));
  },
  run(runs: number) {
    const start = performance.now();
    for (let i = 0; i < runs; i++) extractInvoices(profiled!, { today: '2026-11-22' });
    return (performance.now() - start) / runs;
  },
};
