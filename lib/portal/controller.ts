import type { DetectedInvoice } from '../core';
import type { Recipe } from '../core/recipe';
import type { UiLanguage } from '../i18n/content';
import type { ContentMessage, Reply } from '../messaging/protocol';
import type { Replies } from '../messaging/replies';
import { createPill, type Pill, type PillActions, type PillState } from './pill';
import { PREVIEW_ROWS, type PreviewPanel } from './preview';

export interface PortalDeps {
  /** May be asynchronous: the content script reads long lists in slices (extractInvoicesChunked). */
  extract(
    root: ParentNode,
    context: { url: string; lang?: string; today: string; recipes?: readonly Recipe[] },
  ): DetectedInvoice[] | Promise<DetectedInvoice[]>;
  send(message: Extract<ContentMessage, { type: 'cs:invoicesFound' }>): Promise<Reply<Replies['cs:invoicesFound']>>;
  /** "Not right? Teach this page" in the Track preview: teach mode on this page. */
  teach?(): void;
  /**
   * The Track preview's panel, a script of its own (entrypoints/preview) loaded at a
   * site's first Track; without it (none given, or it failed to load) Track tracks at once.
   */
  preview?(): Promise<PreviewPanel | undefined>;
  today(): string;
  lang: UiLanguage;
  /** Quiet time after the last page change before scanning again. */
  debounceMs?: number;
  /** A page that never stops changing is still scanned this often. */
  maxWaitMs?: number;
}

export function countOverdue(invoices: readonly DetectedInvoice[], today: string): number {
  return invoices.filter(
    (i) =>
      (i.kind ?? 'invoice') === 'invoice' &&
      (i.status === 'open' || i.status === 'partial' || i.status === undefined) &&
      i.dueDate !== undefined &&
      i.dueDate < today,
  ).length;
}

const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 0);

/**
 * Scans the page after load and after every burst of changes (SPA navigation, pagination),
 * shows what it found in the pill, and reports it to the background, which decides what to
 * store. Returns a function that stops everything.
 */
export interface PortalCapture {
  stop(): void;
  /** Uses these recipes from the next scan on, and scans now. */
  useRecipes(recipes: readonly Recipe[]): void;
}

/**
 * Calls `onQuiet` once the page has stopped changing for `debounceMs`, and at least every
 * `maxWaitMs` while it never stops; changes `ours` says are Relance's own do not count.
 * `settled()` starts the next burst's count afresh.
 */
function watchChanges(
  doc: Document,
  ours: (record: MutationRecord) => boolean,
  onQuiet: () => void,
  debounceMs: number,
  maxWaitMs: number,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const observer = new MutationObserver((records) => {
    if (records.every(ours)) return;
    const now = Date.now();
    firstChange ||= now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstChange + maxWaitMs - now));
    timer = setTimeout(() => idle(onQuiet), wait);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return {
    settled: () => void (firstChange = 0),
    stop() {
      observer.disconnect();
      clearTimeout(timer);
    },
  };
}

export function startPortalCapture(doc: Document, deps: PortalDeps): PortalCapture {
  const { debounceMs = 800, maxWaitMs = 3000 } = deps;
  let pill: Pill | undefined;
  let lastSignature = '';
  let trackedHere = false;
  let latest: DetectedInvoice[] = [];
  let stopped = false;
  let recipes: readonly Recipe[] = [];
  /** What the background last said of this site: 'none' until its first Track. */
  let siteMode: Replies['cs:invoicesFound']['mode'] | undefined;
  /** The invoices the Track preview shows: a confirmation tracks exactly those. */
  let previewing: DetectedInvoice[] | undefined;

  const report = async (track: boolean, invoices = latest) => {
    const reply = await deps
      .send({ type: 'cs:invoicesFound', url: doc.location?.href ?? '', track, invoices })
      .catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (reply.ok) siteMode = reply.data.mode;
    if (stopped || !pill || (previewing && !track)) return;
    pill.render(pillState(reply, track, invoices.length, countOverdue(invoices, deps.today())));
  };

  const track = (invoices: DetectedInvoice[]) => {
    previewing = undefined;
    trackedHere = true;
    void report(true, invoices);
  };
  // Before the first Track on a site the user sees what would be stored, and can teach the page
  // instead when the columns were read wrong (issue 11, item 8).
  const pillActions: PillActions = {
    async track() {
      if (trackedHere || (siteMode !== undefined && siteMode !== 'none')) return track(latest);
      const shown = latest;
      const panel = await deps.preview?.().catch(() => undefined);
      if (!panel) return track(shown);
      if (stopped || trackedHere) return;
      previewing = shown;
      const overdue = countOverdue(shown, deps.today());
      pill?.render({ kind: 'preview', count: shown.length, overdue, rows: shown.slice(0, PREVIEW_ROWS), panel });
    },
    confirm: () => track(previewing ?? latest),
    teach() {
      pillActions.cancel();
      deps.teach?.();
    },
    cancel() {
      previewing = undefined;
      pill?.render({ kind: 'found', count: latest.length, overdue: countOverdue(latest, deps.today()) });
    },
  };

  const pass = latestOnly(
    () => {
      changes.settled();
      return deps.extract(doc, {
        url: doc.location?.href ?? '',
        lang: doc.documentElement.lang || undefined,
        today: deps.today(),
        recipes,
      });
    },
    (found) => {
      latest = found;
      const signature = JSON.stringify(latest);
      if (signature === lastSignature) return;
      lastSignature = signature;
      if (latest.length === 0) {
        pill?.remove();
        pill = undefined;
        return;
      }
      pill ??= createPill(doc, deps.lang, pillActions);
      if (!previewing) pill.render({ kind: 'found', count: latest.length, overdue: countOverdue(latest, deps.today()) });
      void report(trackedHere);
    },
  );
  const scan = () => (stopped ? Promise.resolve() : pass());

  const changes = watchChanges(
    doc,
    (r) => isOurs(r, pill),
    () => void scan(),
    debounceMs,
    maxWaitMs,
  );
  idle(() => void scan());

  return {
    stop() {
      stopped = true;
      changes.stop();
      pill?.remove();
    },
    useRecipes(next) {
      recipes = next;
      lastSignature = '';
      void scan();
    },
  };
}

/** What the pill says once the background answered a report of `count` invoices. */
function pillState(reply: Reply<Replies['cs:invoicesFound']>, track: boolean, count: number, overdue: number): PillState {
  if (!reply.ok) return { kind: 'error', message: reply.error };
  if (reply.data.stored && (track || reply.data.mode === 'auto'))
    return { kind: 'tracked', count, overdue, auto: reply.data.mode === 'auto' };
  return { kind: 'found', count, overdue };
}

/** Our own pill or teaching panel changing is not the page changing. */
function isOurs(r: MutationRecord, pill: Pill | undefined): boolean {
  return Boolean((r.target as Element).closest?.('[data-relance]') || (pill && (r.target === pill.host || pill.host.contains(r.target))));
}

/**
 * `produce` then `show` its value, one pass at a time: a call during a pass asks for one more pass
 * once it ends, and the value of a pass overtaken so is dropped, not shown.
 */
function latestOnly<T>(produce: () => T | Promise<T>, show: (value: T) => void): () => Promise<void> {
  let running = false;
  let again = false;
  const pass = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let value: T;
    try {
      value = await produce();
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      void pass();
      return;
    }
    show(value);
  };
  return pass;
}
