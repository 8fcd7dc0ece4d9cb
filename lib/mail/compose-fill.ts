import { t, type UiLanguage } from '../i18n/content';
import type { ComposeHandle, WebmailAdapter } from './compose';
import type { ComposedReminder, PendingFill } from './messages';
import { failedText, type Request } from './request';
import { showToast } from './toast';

/** The webmail puts a compose link's plain text in just after its editor appears: wait this long for it. */
const FILL_TEXT_WAIT_MS = 1500;
/** How often the editor is looked at while waiting: soon after the text lands, without busy work. */
const FILL_RECHECK_MS = 150;
/**
 * A compose link's tab may load before the background has finished opening it: it asks again
 * this often, at most TAKE_RETRIES more times (two seconds: the background answers well within).
 */
const TAKE_RETRY_MS = 500;
const TAKE_RETRIES = 4;
/** A compose link's page slower than this to show its editor has failed; the user gets the text to paste. */
const FILL_TIMEOUT_MS = 15_000;

export interface ComposeFillDeps {
  doc: Document;
  lang: UiLanguage;
  webmail: WebmailAdapter['name'];
  /** The page's address: a compose link's page asks again for its reminder if the first ask was early. */
  url: string;
  request: Request;
  now: () => number;
  /** How long a compose link's page may take to show its editor before the user is told. */
  fillTimeoutMs?: number;
  composes(): ComposeHandle[];
  /** Writes the reminder in place of the compose's text; the message to show, or throws. */
  insert(compose: ComposeHandle, reminder: ComposedReminder): string;
}

/** The reminder a "Draft in Gmail/Outlook" link left for this tab, written into the compose the link opens. */
export class ComposeFill {
  private pending: PendingFill | null = null;
  private stopped = false;
  private readonly isComposeLink: boolean;

  constructor(private readonly deps: ComposeFillDeps) {
    this.isComposeLink = /[?&](view|tf)=cm\b|\/deeplink\/compose/.test(deps.url);
  }

  /** Whether a reminder waits for its compose. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /** Asks the background for this tab's reminder. */
  start(): void {
    void this.take(0);
  }

  stop(): void {
    this.stopped = true;
  }

  /** Fills the compose with the waiting reminder once the webmail has put the link's text in. */
  whenReady(compose: ComposeHandle, since: number): void {
    const { doc, lang, now } = this.deps;
    if (!this.pending) return;
    const empty = (compose.editor.textContent ?? '').trim() === '';
    if (empty && now() - since < FILL_TEXT_WAIT_MS) {
      doc.defaultView?.setTimeout(() => this.whenReady(compose, since), FILL_RECHECK_MS);
      return;
    }
    const fill = this.pending;
    this.pending = null;
    try {
      this.deps.insert(compose, fill);
      showToast(doc, t('mailFilled', lang));
    } catch (error) {
      showToast(doc, failedText(lang, error));
    }
  }

  private timedOut(fill: PendingFill) {
    const { doc, lang } = this.deps;
    if (this.pending !== fill) return;
    this.pending = null;
    showToast(doc, t('mailFillTimeout', lang), {
      label: t('mailCopyFormatted', lang),
      async run() {
        const item = new ClipboardItem({
          'text/html': new Blob([fill.html], { type: 'text/html' }),
          'text/plain': new Blob([fill.text], { type: 'text/plain' }),
        });
        await navigator.clipboard.write([item]);
        return t('mailCopied', lang);
      },
    });
  }

  private async take(attempt: number) {
    const { doc, request, webmail } = this.deps;
    const view = doc.defaultView;
    const fill = await request<PendingFill | null>({ type: 'cs:mailTakeFill', webmail }).catch(() => null);
    if (this.stopped) return;
    if (!fill) {
      if (this.isComposeLink && attempt < TAKE_RETRIES) view?.setTimeout(() => void this.take(attempt + 1), TAKE_RETRY_MS);
      return;
    }
    this.pending = fill;
    view?.setTimeout(() => this.timedOut(fill), this.deps.fillTimeoutMs ?? FILL_TIMEOUT_MS);
    const open = this.deps.composes()[0];
    if (open) this.whenReady(open, this.deps.now());
  }
}
