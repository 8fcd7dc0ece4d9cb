import { useEffect, useRef, useState } from 'react';
import { useDesk } from './context';

/**
 * Reads what a view shows, again after every change; the last answer wins. `initial`: an answer
 * already in hand at mount (Today's early answer), drawn at once instead of read again.
 */
export function useLoad<T>(read: () => Promise<T>, deps: unknown[], initial: T | null = null): T | null {
  const desk = useDesk();
  const [value, setValue] = useState<T | null>(initial);
  const inHand = useRef(initial !== null);
  useEffect(() => {
    if (inHand.current) {
      inHand.current = false;
      return;
    }
    let live = true;
    read().then(
      (v) => live && setValue(v),
      (error: unknown) => live && desk.fail(error),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [desk.version, ...deps]);
  return value;
}
