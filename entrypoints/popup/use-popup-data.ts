import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../lib/core';
import { today as currentDay } from '../../lib/clock';
import { getSettings, overdueOverview, type Overview } from '../../lib/db';
import { uiLanguage, type UiLanguage } from '../../lib/i18n';
import type { NextActions, TodayReply } from '../../lib/messaging/replies';
import { send } from '../../lib/messaging/send';

const POPUP_ROWS = 6;
/** Today's first actions: the desk's first groups, a few. */
const TODAY_GROUPS = 3;

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; lang: UiLanguage; day: string; overview: Overview; settings: Settings };

/** What the popup shows: the overdue count and total, today's first actions, the first overdue invoices and each one's next step. */
export function usePopupData() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [next, setNext] = useState<NextActions>({});
  const [today, setToday] = useState<TodayReply | null>(null);
  const load = useCallback(async () => {
    try {
      const settings = await getSettings();
      const lang = uiLanguage(settings.uiLanguage);
      const day = await currentDay();
      document.documentElement.lang = lang;
      // The popup stays small: the first few; the desk has the rest.
      const overview = await overdueOverview(day, POPUP_ROWS);
      setState({ kind: 'ready', lang, day, settings, overview });
      // Drawn as they come, after the counts: the same groups as the desk's Today, worked out once by the background.
      const [nextActions, first] = await Promise.all([
        overview.invoices.length ? send({ type: 'ui:nextActions', invoiceIds: overview.invoices.map((i) => i.id) }) : {},
        send({ type: 'ui:today', limit: TODAY_GROUPS }),
      ]);
      setNext(nextActions);
      setToday(first);
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => void load(), [load]);

  return { state, next, today, load };
}
