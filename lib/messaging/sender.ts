/** The parts of `runtime.MessageSender` trust is decided from. `url` is deliberately absent. */
export interface SenderInfo {
  id?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'extension-page' | 'content-script' | 'untrusted';

export interface Self {
  id: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  origin: string;
}

/**
 * Who sent a message. Another extension, or a page through externally_connectable, is
 * untrusted. An extension page has our origin. A content script runs in a tab's frame on a web
 * origin. `sender.url` is never read: it can name a different document than the one that
 * really sent the message (Bitwarden's sender checks learned this the hard way).
 */
export function classifySender(sender: SenderInfo, self: Self): SenderKind {
  if (sender.id !== self.id) return 'untrusted';
  if (sender.origin !== undefined) {
    if (sender.origin === self.origin) return 'extension-page';
    if (/^https?:\/\/[^/]+$/.test(sender.origin) && sender.tab && typeof sender.frameId === 'number') return 'content-script';
    return 'untrusted';
  }
  // Firefox leaves `origin` out. Its extension pages have no tab unless opened in one; a page of
  // ours in a tab is then treated as a content script: the safe side.
  if (sender.tab && typeof sender.frameId === 'number') return 'content-script';
  if (!sender.tab) return 'extension-page';
  return 'untrusted';
}
