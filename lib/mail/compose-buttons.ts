import type { UiLanguage } from '../i18n/content';
import type { ComposeHandle } from './compose';
import { createComposeButton, type ComposeButton } from './compose-button';

/**
 * How often floating buttons follow their editor: Outlook's panes move without scrolling or
 * resizing, and half a second keeps up with a pane's move without costing anything noticeable.
 */
const FOLLOW_MS = 500;

/** Relance's button in every compose, kept in place as the page scrolls, resizes and moves its panes. */
export class ComposeButtons {
  private readonly buttons = new Map<string, ComposeButton>();
  private placer: number | undefined;
  private readonly view: Window | null;
  private readonly place = () => this.buttons.forEach((b) => b.place());

  constructor(
    doc: Document,
    private readonly lang: UiLanguage,
  ) {
    this.view = doc.defaultView;
    this.view?.addEventListener('resize', this.place);
    this.view?.addEventListener('scroll', this.place, { capture: true, passive: true });
  }

  add(compose: ComposeHandle, open: () => void): void {
    this.buttons.set(compose.key, createComposeButton(compose, this.lang, open));
    this.follow();
  }

  remove(key: string): void {
    this.buttons.get(key)?.remove();
    this.buttons.delete(key);
    this.follow();
  }

  stop(): void {
    this.buttons.forEach((b) => b.remove());
    this.view?.removeEventListener('resize', this.place);
    this.view?.removeEventListener('scroll', this.place, { capture: true });
    if (this.placer !== undefined) this.view?.clearInterval(this.placer);
  }

  // Floating buttons follow their editor at a slow pace, and only while there is one to follow.
  private follow() {
    const floating = [...this.buttons.values()].some((b) => b.floating);
    if (floating && this.placer === undefined) this.placer = this.view?.setInterval(this.place, FOLLOW_MS);
    if (!floating && this.placer !== undefined) {
      this.view?.clearInterval(this.placer);
      this.placer = undefined;
    }
  }
}
