import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../lib/core';
import { t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';

export interface CurrentSite {
  tabId: number;
  origin: string;
  host: string;
  enabled: boolean;
  autoTrack: boolean;
}

/**
 * The tab the popup acts on: the active tab, or `?tab=<id>` when the popup page is opened in a
 * tab of its own (tests, and "open in a tab" from the menu).
 */
async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function useCurrentSite(settings: Settings | null, lang: UiLanguage) {
  const [site, setSite] = useState<CurrentSite | null>(null);
  const [message, setMessage] = useState<string>();

  const load = useCallback(async () => {
    if (!settings) return;
    const tab = await targetTab();
    // Without activeTab (the popup page opened in a tab) the browser withholds the tab's URL; the
    // opener may then name the site. Naming a wrong one grants nothing: the browser asks the user
    // for that origin, and refuses to inject into a tab of another.
    const named = new URLSearchParams(location.search).get('site');
    const url = tab?.url ?? (named && URL.canParse(named) ? named : undefined);
    if (!tab?.id || !url || !/^https?:/.test(url)) return setSite(null);
    const { origin, host } = new URL(url);
    const pattern = `${origin}/*`;
    const portal = settings.portals.find((p) => p.origin === pattern);
    const granted = await browser.permissions.contains({ origins: [pattern] });
    setSite({ tabId: tab.id, origin, host, enabled: Boolean(portal) && granted, autoTrack: portal?.autoTrack ?? false });
  }, [settings]);

  useEffect(() => void load(), [load]);

  const enable = async () => {
    if (!site) return;
    // Must run straight from the click: the browser asks the user for this one site.
    const granted = await browser.permissions.request({ origins: [`${site.origin}/*`] });
    if (!granted) return setMessage(t('popupSiteDenied', lang, site.host));
    await send({ type: 'ui:enableSite', origin: site.origin, tabId: site.tabId });
    setSite({ ...site, enabled: true });
    setMessage(undefined);
  };
  const scan = async () => {
    if (site)
      await send({ type: 'ui:scanTab', tabId: site.tabId }).catch((e: unknown) => setMessage(String(e instanceof Error ? e.message : e)));
  };
  const teach = async () => {
    if (!site) return;
    await send({ type: 'ui:teachTab', tabId: site.tabId }).catch((e: unknown) => setMessage(String(e instanceof Error ? e.message : e)));
    window.close(); // the user now clicks on the page
  };
  const setAutoTrack = async (autoTrack: boolean) => {
    if (!site) return;
    await send({ type: 'ui:setAutoTrack', origin: site.origin, autoTrack });
    setSite({ ...site, autoTrack });
  };
  return { site, message, enable, scan, teach, setAutoTrack };
}
