import type { Recipe, RecipeField } from '../core/recipe';
import { buildRecipe } from '../capture/teach';
import { t, type PortalMessageKey as MessageKey, type UiLanguage } from '../i18n/portal';
import { shadowMode } from '../mail/el';

const STEPS: readonly { field: RecipeField; label: MessageKey; optional: boolean }[] = [
  { field: 'number', label: 'fieldNumber', optional: false },
  { field: 'client', label: 'fieldClient', optional: false },
  { field: 'total', label: 'fieldTotal', optional: false },
  { field: 'dueDate', label: 'fieldDueDate', optional: false },
  { field: 'issueDate', label: 'fieldIssueDate', optional: true },
  { field: 'status', label: 'fieldStatus', optional: true },
  { field: 'amountDue', label: 'fieldAmountDue', optional: true },
];

const STYLE = `
:host { all: initial; }
.panel { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; width: 300px; font: 13px/1.4 system-ui, sans-serif; color: #1f2430;
  background: #fff; border: 2px solid #1a56db; border-radius: 10px; padding: 12px; box-shadow: 0 8px 24px rgba(16,24,40,.2); }
h2 { font-size: 14px; margin: 0 0 6px; color: #1a56db; }
.step { font-weight: 600; margin: 6px 0; }
ol { margin: 6px 0; padding-left: 18px; color: #5f6368; } li.done { color: #188038; }
.row { display: flex; gap: 6px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #d0d5dd; background: #fff; cursor: pointer; }
button.primary { background: #1a56db; border-color: #1a56db; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
.box { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px solid #1a56db; background: rgba(26,86,219,.08); border-radius: 3px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * The teaching overlay: asks for one field at a time and catches the user's next real click on
 * the page (the page never sees it). Resolves with the recipe, or null when cancelled.
 */
export function teach(doc: Document, lang: UiLanguage, origin: string): Promise<Recipe | null> {
  return new Promise((resolve) => {
    const host = doc.createElement('relance-teach');
    host.setAttribute('data-relance', 'teach');
    const shadow = host.attachShadow({ mode: shadowMode() });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const panel = el(doc, 'div', undefined, { class: 'panel', role: 'dialog', 'aria-label': t('teachTitle', lang) });
    const box = el(doc, 'div', undefined, { class: 'box', hidden: '' });
    shadow.append(style, panel, box);
    (doc.body ?? doc.documentElement).append(host);

    const picks: Partial<Record<RecipeField, Element>> = {};
    let step = 0;

    const finish = (recipe: Recipe | null) => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('mouseover', onOver, true);
      host.remove();
      resolve(recipe);
    };
    const save = () => finish(buildRecipe(picks, origin, doc.location?.pathname ?? '/', new Date()));

    const render = () => {
      panel.replaceChildren();
      panel.append(el(doc, 'h2', t('teachTitle', lang)));
      const current = STEPS[step];
      if (current)
        panel.append(el(doc, 'p', t('teachStep', lang, t(current.label, lang)), { class: 'step', 'data-relance-step': current.field }));
      const list = el(doc, 'ol');
      for (const s of STEPS) {
        const item = el(
          doc,
          'li',
          `${t(s.label, lang)}${picks[s.field] ? ` : ${(picks[s.field]!.textContent ?? '').trim().slice(0, 40)}` : ''}`,
        );
        if (picks[s.field]) item.className = 'done';
        list.append(item);
      }
      panel.append(list);
      const row = el(doc, 'div', undefined, { class: 'row' });
      const skip = el(doc, 'button', t('teachSkip', lang), { type: 'button', 'data-relance-action': 'teach-skip' });
      skip.disabled = !current?.optional;
      skip.addEventListener('click', () => {
        step++;
        render();
      });
      const requiredDone = STEPS.filter((s) => !s.optional).every((s) => picks[s.field]);
      const saveButton = el(doc, 'button', t('teachSave', lang), { type: 'button', class: 'primary', 'data-relance-action': 'teach-save' });
      saveButton.disabled = !requiredDone;
      saveButton.addEventListener('click', save);
      const cancel = el(doc, 'button', t('teachCancel', lang), { type: 'button', 'data-relance-action': 'teach-cancel' });
      cancel.addEventListener('click', () => finish(null));
      row.append(skip, saveButton, cancel);
      panel.append(row);
    };

    function onClick(event: MouseEvent) {
      const target = event.target as Element | null;
      if (!target || host.contains(target) || event.composedPath().includes(host)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const current = STEPS[step];
      if (!event.isTrusted || !current) return; // a page script cannot teach
      picks[current.field] = target;
      step++;
      if (step >= STEPS.length) save();
      else render();
    }
    function onOver(event: MouseEvent) {
      const target = event.target as Element | null;
      if (!target || event.composedPath().includes(host)) return;
      const r = target.getBoundingClientRect();
      box.removeAttribute('hidden');
      Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    }
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('mouseover', onOver, true);
    render();
  });
}
