import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../lib/core';
import { today as currentDay } from '../../lib/clock';
import { getSettings, overdueOverview, type Overview } from '../../lib/db';
import { uiLanguage, type UiLanguage } from '../../lib/i18n';
import type { NextActions } from '../../lib/messaging/replies';
import { send } from '../../lib/messaging/send';

const POPUP_ROWS = 6;

export type PopupState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; lang: UiLanguage; day: string; overview: Overview; settings: Settings };

/** What the popup shows: the first overdue invoices, read from the database, and each one's next step. */
export function usePopupData() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [next, setNext] = useState<NextActions>({});
  const load = useCallback(async () => {
    try {
      const settings = await getSettings();
      const lang = uiLanguage(settings.uiLanguage);
      const day = await currentDay();
      document.documentElement.lang = lang;
      // The popup stays small: the first few; the desk has the rest.
      const overview = await overdueOverview(day, POPUP_ROWS);
      setState({ kind: 'ready', lang, day, settings, overview });
      if (overview.invoices.length) setNext(await send({ type: 'ui:nextActions', invoiceIds: overview.invoices.map((i) => i.id) }));
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => void load(), [load]);

  return { state, next, load };
}
