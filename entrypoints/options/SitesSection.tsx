import type { Settings } from '../../lib/core';
import { t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';

/** Enabled portals: automatic tracking per site, and removal (which also returns the permission). */
export function SitesSection({ lang, settings, onChange }: { lang: UiLanguage; settings: Settings; onChange(): void }) {
  const originOf = (pattern: string) => pattern.replace(/\/\*$/, '');
  return (
    <section className="sites" data-relance="sites">
      <h2>{t('optionsSites', lang)}</h2>
      <p className="hint">{t('optionsSitesHint', lang)}</p>
      {settings.portals.length === 0 ? (
        <p>{t('optionsSitesEmpty', lang)}</p>
      ) : (
        <ul className="site-list">
          {settings.portals.map((p) => (
            <li key={p.origin} data-relance-site={originOf(p.origin)}>
              <span className="origin">{new URL(originOf(p.origin)).host}</span>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={p.autoTrack}
                  onChange={(e) =>
                    void send({ type: 'ui:setAutoTrack', origin: originOf(p.origin), autoTrack: e.currentTarget.checked }).then(onChange)
                  }
                />
                {t('optionsAutoTrack', lang)}
              </label>
              <button
                type="button"
                className="danger"
                data-relance-action="remove-site"
                onClick={() => void send({ type: 'ui:disableSite', origin: originOf(p.origin) }).then(onChange)}
              >
                {t('optionsRemoveSite', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
