import type { ComposeHandle } from './compose';

/**
 * Where the user was typing: the picker inserts at that compose's cursor, and the shortcut opens
 * on the compose last focused.
 */
export class ComposeFocus {
  private readonly cursors = new Map<string, Range>();
  private focused: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly composes: () => ComposeHandle[],
    private readonly composeOf: (node: Node | null) => ComposeHandle | undefined,
  ) {
    doc.addEventListener('selectionchange', this.onSelection);
    doc.addEventListener('focusin', this.onFocus, true);
  }

  /** The user's last cursor in this compose's editor. */
  cursor(key: string): Range | undefined {
    return this.cursors.get(key);
  }

  /** The compose the user last typed in or focused, if it is still open. */
  last(): ComposeHandle | undefined {
    return this.composes().find((c) => c.key === this.focused);
  }

  forget(key: string): void {
    this.cursors.delete(key);
  }

  stop(): void {
    this.doc.removeEventListener('selectionchange', this.onSelection);
    this.doc.removeEventListener('focusin', this.onFocus, true);
  }

  private readonly onSelection = () => {
    const selection = this.doc.getSelection();
    if (!selection?.rangeCount) return;
    const range = selection.getRangeAt(0);
    const compose = this.composes().find((c) => c.editor.contains(range.startContainer));
    if (compose) {
      this.cursors.set(compose.key, range.cloneRange());
      this.focused = compose.key;
    }
  };

  private readonly onFocus = (event: FocusEvent) => {
    const compose = this.composeOf(event.target as Node);
    if (compose) this.focused = compose.key;
  };
}
