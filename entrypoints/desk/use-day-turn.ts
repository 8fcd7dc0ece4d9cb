import { useEffect } from 'react';

/**
 * Calls `onTurn` when the tab is looked at again on another day than `today`: a desk left open
 * overnight would otherwise show yesterday's title and offer yesterday as the default date of a
 * payment or a promise, while the background already works on the new day.
 */
export function useDayTurn(today: string | undefined, readDay: () => Promise<string>, onTurn: () => void): void {
  useEffect(() => {
    if (!today) return;
    const check = () => {
      if (document.visibilityState === 'hidden') return;
      void readDay().then((day) => day !== today && onTurn());
    };
    addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [today, readDay, onTurn]);
}
