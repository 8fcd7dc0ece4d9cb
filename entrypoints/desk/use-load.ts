import { useEffect, useRef, useState } from 'react';
import { useDesk } from './context';

/**
 * Reads what a view shows, again after every change; the last answer wins. `initial`: an answer
 * already in hand at mount (Today's early answer), drawn at once instead of read again.
 */
export function useLoad<T>(read: () => Promise<T>, deps: unknown[], initial: T | null = null): T | null {
  return useLoadState(read, deps, initial).value;
}

/**
 * useLoad, saying also whether the value shown was read since the desk's last change (`current`):
 * until the new answer comes, a view shows the one before, which may still offer what was just done.
 */
export function useLoadState<T>(read: () => Promise<T>, deps: unknown[], initial: T | null = null): { value: T | null; current: boolean } {
  const desk = useDesk();
  const [{ value, version }, setLoaded] = useState<{ value: T | null; version: number }>({ value: initial, version: desk.version });
  const inHand = useRef(initial !== null);
  useEffect(() => {
    if (inHand.current) {
      inHand.current = false;
      return;
    }
    let live = true;
    const asked = desk.version;
    read().then(
      (v) => live && setLoaded({ value: v, version: asked }),
      (error: unknown) => live && desk.fail(error),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [desk.version, ...deps]);
  return { value, current: version === desk.version };
}
