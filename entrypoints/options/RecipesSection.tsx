import type { Settings } from '../../lib/core';
import { t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';

const FIELD_ORDER = ['number', 'client', 'total', 'dueDate', 'issueDate', 'status', 'amountDue'];

/** Recipes taught in teach mode: where, what kind, which fields; each can be forgotten. */
export function RecipesSection({ lang, settings, onChange }: { lang: UiLanguage; settings: Settings; onChange(): void }) {
  return (
    <section className="recipes" data-relance="recipes">
      <h2>{t('optionsRecipes', lang)}</h2>
      {settings.recipes.length === 0 ? (
        <p className="hint">{t('optionsRecipesEmpty', lang)}</p>
      ) : (
        <ul className="site-list">
          {settings.recipes.map((r) => {
            const fields = Object.keys(r.kind === 'list' ? r.columns : r.selectors).sort(
              (a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b),
            );
            return (
              <li key={r.id} data-relance-recipe={r.id}>
                <span className="origin">
                  {new URL(r.origin.replace(/\/\*$/, '')).host}
                  {r.path}
                </span>
                <span>
                  {r.kind} · {fields.join(', ')}
                </span>
                <button
                  type="button"
                  className="danger"
                  data-relance-action="delete-recipe"
                  onClick={() => void send({ type: 'ui:deleteRecipe', id: r.id }).then(onChange)}
                >
                  {t('optionsDeleteRecipe', lang)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
