import { t, type UiLanguage } from '../i18n/content';
import type { ComposeHandle } from './compose';
import { el, FONT, shadowHost } from './el';

const CSS = `:host { all: initial; display: inline-block; vertical-align: middle; }
:host([data-floating]) { position: fixed; z-index: 2147483640; }
button { ${FONT} font-weight: 600; display: inline-flex; align-items: center; gap: 6px; color: #1a56db; background: #fff; border: 1px solid #c6d4f5;
  border-radius: 18px; padding: 5px 12px 5px 9px; margin: 0 6px; cursor: pointer; box-shadow: 0 1px 2px rgba(60,64,67,.15); }
button:hover { background: #eef3fd; }
button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #1a56db; }`;

export interface ComposeButton {
  host: HTMLElement;
  /** Floating over the editor (Outlook) rather than in the site's toolbar. */
  floating: boolean;
  /** Keeps a floating button on the editor's corner; hides it when the editor is not shown. */
  place(): void;
  remove(): void;
}

/**
 * The Relance button of one compose: in Gmail's bottom toolbar beside Send, in Outlook floating on
 * the editor's bottom-right corner (OWA has no toolbar that survives its releases).
 */
export function createComposeButton(compose: ComposeHandle, lang: UiLanguage, onOpen: () => void): ComposeButton {
  const doc = compose.editor.ownerDocument;
  const { host, root } = shadowHost(doc, 'relance-compose-button', CSS);
  host.setAttribute('data-relance', 'compose-button');
  const button = el(
    doc,
    'button',
    { attrs: { type: 'button', 'data-relance-action': 'open-picker', title: t('mailButtonTitle', lang), 'aria-haspopup': 'dialog' } },
    el(doc, 'span', { className: 'dot' }),
    doc.createTextNode(t('mailButton', lang)),
  );
  // Only a real click: a page script cannot open the picker behind the user's back.
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    if (event.isTrusted) onOpen();
  });
  root.append(button);

  const slot = compose.buttonSlot();
  let wrapper: Element = host;
  if (slot.kind === 'inline') {
    if (slot.after instanceof HTMLTableCellElement) {
      wrapper = doc.createElement('td');
      wrapper.append(host);
    }
    slot.after.after(wrapper);
  } else {
    host.setAttribute('data-floating', '');
    (doc.body ?? doc.documentElement).append(host);
  }

  const place = () => {
    if (slot.kind !== 'floating') return;
    const box = compose.editor.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0 && compose.editor.isConnected;
    host.style.display = shown ? '' : 'none';
    if (!shown) return;
    const view = doc.defaultView!;
    host.style.top = `${Math.min(box.bottom, view.innerHeight) - 44}px`;
    host.style.left = `${Math.min(box.right, view.innerWidth) - 112}px`;
  };
  place();
  return { host, floating: slot.kind === 'floating', place, remove: () => wrapper.remove() };
}
