import { el, FONT, shadowHost } from './el';

const CSS = `:host { all: initial; position: fixed; left: 24px; bottom: 24px; z-index: 2147483647; }
.toast { ${FONT} display: flex; gap: 12px; align-items: center; max-width: 460px; color: #fff; background: #202124; border-radius: 8px; padding: 10px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
a { color: #8ab4f8; white-space: nowrap; }
button { font: inherit; color: #8ab4f8; background: none; border: 0; cursor: pointer; padding: 4px; white-space: nowrap; }
button:focus-visible { outline: 2px solid #8ab4f8; border-radius: 4px; }`;

/** A plain message stays this long: time to read a sentence, then it leaves the page alone. */
const TOAST_MS = 6000;

export interface ToastAction {
  label: string;
  run(): Promise<string | void> | string | void;
}

/** A file offered for download from the toast (a Blob URL of Relance's own). */
export interface ToastLink {
  label: string;
  href: string;
  download: string;
}

/** A short message at the bottom of the page; with an action or links it stays until used or closed. */
export function showToast(doc: Document, text: string, action?: ToastAction, links: readonly ToastLink[] = []): HTMLElement {
  doc.querySelectorAll('relance-toast').forEach((old) => old.remove());
  const { host, root } = shadowHost(doc, 'relance-toast', CSS);
  host.setAttribute('data-relance', 'toast');
  const message = el(doc, 'span', { text });
  const box = el(doc, 'div', { className: 'toast', attrs: { role: 'status', 'aria-live': 'polite' } }, message);
  if (action) {
    const button = el(doc, 'button', { text: action.label, attrs: { type: 'button', 'data-relance-action': 'toast-action' } });
    button.addEventListener('click', async (event) => {
      if (!event.isTrusted) return; // the page cannot take a recorded send back
      const after = await action.run();
      if (after) message.textContent = after;
      button.remove();
      setTimeout(() => host.remove(), TOAST_MS);
    });
    box.append(button);
  } else if (links.length === 0) setTimeout(() => host.remove(), TOAST_MS);
  for (const link of links)
    box.append(
      el(doc, 'a', { text: link.label, attrs: { href: link.href, download: link.download, 'data-relance-action': 'download-attachment' } }),
    );
  const close = el(doc, 'button', { text: '×', attrs: { type: 'button', 'aria-label': 'Close' } });
  close.addEventListener('click', () => host.remove());
  box.append(close);
  root.append(box);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}
