import { t, type UiLanguage } from '../i18n';
import { shadowMode } from '../mail/el';

export type PillState =
  | { kind: 'found'; count: number; overdue: number }
  | { kind: 'tracked'; count: number; overdue: number; auto: boolean }
  | { kind: 'error'; message: string };

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; }
.pill { display: flex; align-items: center; gap: 8px; font: 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2430; background: #fff; border: 1px solid #d0d5dd; border-radius: 999px; padding: 6px 6px 6px 12px;
  box-shadow: 0 4px 16px rgba(16, 24, 40, .16); }
.brand { font-weight: 700; color: #1a56db; }
.late { color: #c5221f; font-weight: 600; }
button { font: inherit; border-radius: 999px; border: 1px solid #1a56db; background: #1a56db; color: #fff; padding: 4px 12px; cursor: pointer; }
button.ghost { background: transparent; color: #5f6368; border-color: transparent; padding: 4px 8px; }
.ok { color: #188038; font-weight: 600; padding-right: 8px; }
.err { color: #c5221f; padding-right: 8px; }
@media (prefers-color-scheme: dark) { .pill { background: #202124; color: #e8eaed; border-color: #3c4043; } }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; attrs?: Record<string, string> } = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text; // text only: page data never becomes markup
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  return node;
}

export interface Pill {
  host: HTMLElement;
  render(state: PillState): void;
  remove(): void;
}

/**
 * The small badge Relance shows on a portal page, in a Shadow DOM (closed in a release) so the
 * page's styles and scripts cannot reach it. Track only answers real clicks (`isTrusted`): a page script cannot track
 * invoices by clicking it.
 */
export function createPill(doc: Document, lang: UiLanguage, onTrack: () => void): Pill {
  const host = doc.createElement('relance-pill');
  host.setAttribute('data-relance', 'pill');
  const shadow = host.attachShadow({ mode: shadowMode() });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = el('div', { className: 'pill', attrs: { role: 'status', 'aria-live': 'polite' } });
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).append(host);

  const render = (state: PillState) => {
    host.setAttribute('data-relance-state', state.kind); // for tests and the demo, whatever the language
    box.replaceChildren();
    box.append(el('span', { className: 'brand', text: 'Relance' }));
    if (state.kind === 'error') {
      box.append(el('span', { className: 'err', text: t('pillFailed', lang, state.message) }));
      return;
    }
    box.append(el('span', { text: t('pillInvoices', lang, state.count) }));
    if (state.overdue > 0) box.append(el('span', { text: '·' }), el('span', { className: 'late', text: t('pillOverdue', lang, state.overdue) }));
    if (state.kind === 'found') {
      const track = el('button', { text: t('pillTrack', lang), attrs: { type: 'button', 'data-relance-action': 'track' } });
      track.addEventListener('click', (event) => {
        if (event.isTrusted) onTrack();
      });
      box.append(track);
    } else {
      box.append(el('span', { className: 'ok', text: `✓ ${t(state.auto ? 'pillTrackedAuto' : 'pillTracked', lang)}` }));
    }
    const hide = el('button', { className: 'ghost', text: '×', attrs: { type: 'button', 'aria-label': t('pillClose', lang), 'data-relance-action': 'hide-pill' } });
    hide.addEventListener('click', () => host.remove());
    box.append(hide);
  };
  return { host, render, remove: () => host.remove() };
}
