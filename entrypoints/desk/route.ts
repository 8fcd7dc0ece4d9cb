import { useEffect, useState } from 'react';

export type Route =
  | { view: 'today' }
  | { view: 'invoices' }
  | { view: 'overview' }
  | { view: 'clients' }
  /** `invoiceId`: the invoice whose actions are open on arrival (from the popup). */
  | { view: 'client'; clientId: string; invoiceId?: string };

/** `#today`, `#invoices`, `#overview`, `#clients`, `#client/<clientId>` or `#client/<clientId>/<invoiceId>`. */
export function parseRoute(hash: string): Route {
  const [view, ...rest] = hash
    .replace(/^#/, '')
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '';
      }
    });
  if (view === 'invoices' || view === 'overview' || view === 'clients') return { view };
  if (view === 'client' && rest[0]) return { view: 'client', clientId: rest[0], invoiceId: rest[1] || undefined };
  return { view: 'today' };
}

export function hrefOf(route: Route): string {
  if (route.view !== 'client') return `#${route.view}`;
  return `#client/${encodeURIComponent(route.clientId)}${route.invoiceId ? `/${encodeURIComponent(route.invoiceId)}` : ''}`;
}

/** The view is the URL's hash, so the browser's Back and Forward move between views. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
