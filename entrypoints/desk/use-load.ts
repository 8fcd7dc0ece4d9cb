import { useEffect, useState } from 'react';
import { useDesk } from './context';

/** Reads what a view shows, again after every change; the last answer wins. */
export function useLoad<T>(read: () => Promise<T>, deps: unknown[]): T | null {
  const desk = useDesk();
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
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
