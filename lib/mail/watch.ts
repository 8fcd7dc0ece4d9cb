import type { ComposeHandle, WebmailAdapter } from './compose';

/**
 * A scan at most this often: a compose opens within a frame or two of a click, and webmails
 * mutate their DOM in bursts; 120 ms shows the button with no visible delay and merges a burst.
 */
const SCAN_DELAY_MS = 120;

export interface WatchStats {
  /** Mutation callbacks received, scans run, and the time spent in both (ms). */
  callbacks: number;
  scans: number;
  ms: number;
}

export interface ComposeWatcher {
  composes(): ComposeHandle[];
  /** Scans now instead of at the next quiet moment. */
  scan(): void;
  stop(): void;
}

export interface WatchHandlers {
  added(compose: ComposeHandle): void;
  /** `replaced`: the same draft came back with new elements (not closed). */
  removed(compose: ComposeHandle, replaced: boolean): void;
}

/**
 * Follows the composes of a webmail page as they open and close. Webmails mutate their DOM all
 * the time, so the observer callback does no work but arm one timer; a scan (a few
 * querySelectorAll) then runs at most once per `delay` ms. Only child-list changes are observed:
 * attribute and text churn costs nothing.
 */
export function watchComposes(
  doc: Document,
  adapter: WebmailAdapter,
  handlers: WatchHandlers,
  options: { delay?: number; stats?: WatchStats } = {},
): ComposeWatcher {
  const delay = options.delay ?? SCAN_DELAY_MS;
  const stats = options.stats;
  const view = doc.defaultView ?? globalThis;
  const known = new Map<string, ComposeHandle>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scan = () => {
    const start = stats ? performance.now() : 0;
    if (timer !== undefined) view.clearTimeout(timer);
    timer = undefined;
    const found = new Map(adapter.findComposes(doc).map((c) => [c.key, c]));
    for (const [key, compose] of known) {
      const now = found.get(key);
      if (!now) {
        known.delete(key);
        handlers.removed(compose, false);
      } else if (now.editor !== compose.editor) {
        // The site re-rendered this compose: same draft, new elements.
        known.set(key, now);
        handlers.removed(compose, true);
        handlers.added(now);
      }
    }
    for (const [key, compose] of found) {
      if (known.has(key)) continue;
      known.set(key, compose);
      handlers.added(compose);
    }
    if (stats) {
      stats.scans += 1;
      stats.ms += performance.now() - start;
    }
  };

  const observer = new MutationObserver(() => {
    if (stats) {
      const start = performance.now();
      stats.callbacks += 1;
      if (timer === undefined) timer = view.setTimeout(scan, delay);
      stats.ms += performance.now() - start;
    } else if (timer === undefined) timer = view.setTimeout(scan, delay);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan();

  return {
    composes: () => [...known.values()],
    scan,
    stop() {
      observer.disconnect();
      if (timer !== undefined) view.clearTimeout(timer);
    },
  };
}
