/**
 * One interface over the compose windows of Gmail and Outlook on the web. Each site's adapter
 * (gmail.ts, outlook.ts) keeps its selectors as ordered fallbacks in one table; everything else
 * (the button, the picker, send detection) only talks to these handles.
 */
export type WebmailName = 'gmail' | 'outlook';

/** A recipient as the page shows it: Outlook chips often carry only a display name. */
export interface Recipient {
  email?: string;
  name?: string;
}

/** Where the Relance button goes: inside the site's own toolbar, or floating over the editor. */
export type ButtonSlot = { kind: 'inline'; after: Element } | { kind: 'floating' };

export interface ComposeHandle {
  readonly webmail: WebmailName;
  /** Stable while the compose is open, even if the site re-renders its editor. */
  readonly key: string;
  readonly root: HTMLElement;
  readonly editor: HTMLElement;
  recipients(): Recipient[];
  subject(): string;
  /** Sets the subject; false when the compose has none to set (a reply hides it). */
  setSubject(subject: string): boolean;
  /** Adds one address to To; true when the compose then shows it. */
  addRecipient(email: string): boolean;
  buttonSlot(): ButtonSlot;
  /**
   * Hands files to the compose through the webmail's own mechanism (a drop on its drop zone, its
   * file input); false when it found none to hand them to. Whether they were taken shows in
   * attachedNames().
   */
  attachFiles(files: readonly File[]): Promise<boolean>;
  /** The names of the files the compose shows attached (its attachment chips). */
  attachedNames(): string[];
  /** Whether an event on `target` sends or discards this compose. */
  isSend(target: Element): boolean;
  isDiscard(target: Element): boolean;
}

export interface WebmailAdapter {
  readonly name: WebmailName;
  /** Every compose open in the document whose body editor exists. */
  findComposes(doc: Document): ComposeHandle[];
}

/** A selector table: field → ordered fallbacks, the first that matches wins. */
export type SelectorTable = Readonly<Record<string, readonly string[]>>;

/** The first element under `root` matched by the first selector of `list` that matches anything. */
export function first<T extends Element = HTMLElement>(root: ParentNode, list: readonly string[]): T | null {
  for (const selector of list) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matched by the first selector of `list` that matches anything. */
export function all<T extends Element = HTMLElement>(root: ParentNode, list: readonly string[]): T[] {
  for (const selector of list) {
    const found = root.querySelectorAll<T & Element>(selector);
    if (found.length) return [...found];
  }
  return [];
}

/** The nearest ancestor (or self) matched by one of the selectors, tried in order. */
export function closest(el: Element, list: readonly string[]): HTMLElement | null {
  for (const selector of list) {
    const found = el.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Send and Discard of one compose: the send button is the first match of `send` in it (a split
 * "more send options" button beside it does not send); discard is any of `discard`.
 */
export function sendAndDiscard(
  root: HTMLElement,
  send: readonly string[],
  discard: readonly string[],
): Pick<ComposeHandle, 'isSend' | 'isDiscard'> {
  return {
    isSend(target) {
      const button = first(root, send);
      return !!button && (target === button || button.contains(target));
    },
    isDiscard: (target) => discard.some((selector) => !!target.closest(selector)),
  };
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

/** The e-mail address in a chip's text or attribute ("Jean <jean@x.fr>", "jean@x.fr"), lower-cased. */
export function emailIn(text: string | null | undefined): string | undefined {
  return text ? EMAIL.exec(text)?.[0]?.toLowerCase() : undefined;
}
