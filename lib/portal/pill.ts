import { t, type UiLanguage } from '../i18n/pill';
import { el, shadowMode } from '../mail/el';
import { isExposed } from './exposed';
import type { PreviewButton, PreviewPanel, PreviewState } from './preview';

export type PillState =
  | { kind: 'found'; count: number; overdue: number; covered?: boolean }
  /** What Track would store, before the first Track on a site, drawn by the preview's script. */
  | (PreviewState & { panel: PreviewPanel })
  | { kind: 'tracked'; count: number; overdue: number; auto: boolean }
  | { kind: 'error'; message: string };

export interface PillActions {
  /** Track on the pill (the controller shows the preview first, or tracks). */
  track(): void;
  /** "Track N invoices" in the preview. */
  confirm(): void;
  /** "Not right? Teach this page" in the preview. */
  teach(): void;
  /** The preview closed without tracking. */
  cancel(): void;
}

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483646; right: 16px; bottom: 16px; }
.wrap { display: flex; flex-direction: column; align-items: flex-end; gap: 8px; font: 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2430; }
.pill { display: flex; align-items: center; gap: 8px; background: #fff; border: 1px solid #d0d5dd; border-radius: 999px; padding: 6px 6px 6px 12px;
  box-shadow: 0 4px 16px rgba(16, 24, 40, .16); }
.brand { font-weight: 700; color: #1a56db; }
.late { color: #c5221f; font-weight: 600; }
button { font: inherit; border-radius: 999px; border: 1px solid #1a56db; background: #1a56db; color: #fff; padding: 4px 12px; cursor: pointer; }
button.ghost { background: transparent; color: #5f6368; border-color: transparent; padding: 4px 8px; }
.ok { color: #188038; font-weight: 600; padding-right: 8px; }
.err { color: #c5221f; padding-right: 8px; max-width: 360px; }
@media (prefers-color-scheme: dark) { .wrap { color: #e8eaed; } .pill { background: #202124; border-color: #3c4043; } }
`;

export interface Pill {
  host: HTMLElement;
  render(state: PillState): void;
  remove(): void;
}

type PillAction = 'track' | Parameters<PreviewButton>[1];
type ActionButton = (label: string, action: PillAction, className?: string) => HTMLButtonElement;

/**
 * The small badge Relance shows on a portal page, in a Shadow DOM (closed in a release) so the
 * page's styles and scripts cannot reach it. Its actions answer only a real click (`isTrusted`) on
 * a pill the user could see (isExposed): a page script cannot click it, and a page cannot fade,
 * shrink or cover it to make the user click it unknowingly.
 */
export function createPill(doc: Document, lang: UiLanguage, actions: PillActions): Pill {
  const host = doc.createElement('relance-pill');
  host.setAttribute('data-relance', 'pill');
  const shadow = host.attachShadow({ mode: shadowMode() });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const wrap = el(doc, 'div', { className: 'wrap' });
  shadow.append(style, wrap);
  (doc.body ?? doc.documentElement).append(host);
  let current: PillState | undefined;

  const run: Record<PillAction, () => void> = {
    track: () => actions.track(),
    'confirm-track': () => actions.confirm(),
    'teach-page': () => actions.teach(),
  };
  const button: ActionButton = (label, action, className) => {
    const b = el(doc, 'button', { className, text: label, attrs: { type: 'button', 'data-relance-action': action } });
    b.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      if (!isExposed(host, b, event)) {
        if (current && current.kind !== 'error') render({ kind: 'found', count: current.count, overdue: current.overdue, covered: true });
        return;
      }
      run[action]();
    });
    return b;
  };

  const render = (state: PillState) => {
    current = state;
    host.setAttribute('data-relance-state', state.kind); // for tests and the demo, whatever the language
    const box = el(
      doc,
      'div',
      { className: 'pill', attrs: { role: 'status', 'aria-live': 'polite' } },
      el(doc, 'span', { className: 'brand', text: 'Relance' }),
    );
    wrap.replaceChildren();
    if (state.kind === 'preview') wrap.append(state.panel(doc, lang, state, button, () => actions.cancel()));
    wrap.append(box);
    if (state.kind === 'error') {
      box.append(el(doc, 'span', { className: 'err', text: t('pillFailed', lang, state.message) }));
      return;
    }
    box.append(el(doc, 'span', { text: t('pillInvoices', lang, state.count) }));
    if (state.overdue > 0)
      box.append(el(doc, 'span', { text: '·' }), el(doc, 'span', { className: 'late', text: t('pillOverdue', lang, state.overdue) }));
    if (state.kind === 'found' && state.covered)
      box.append(el(doc, 'span', { className: 'err', text: t('pillHidden', lang), attrs: { 'data-relance': 'pill-covered' } }));
    if (state.kind === 'found') box.append(button(t('pillTrack', lang), 'track'));
    else if (state.kind === 'tracked')
      box.append(el(doc, 'span', { className: 'ok', text: `✓ ${t(state.auto ? 'pillTrackedAuto' : 'pillTracked', lang)}` }));
    const hide = el(doc, 'button', {
      className: 'ghost',
      text: '×',
      attrs: { type: 'button', 'aria-label': t('pillClose', lang), 'data-relance-action': 'hide-pill' },
    });
    hide.addEventListener('click', () => host.remove());
    box.append(hide);
  };
  return { host, render, remove: () => host.remove() };
}
