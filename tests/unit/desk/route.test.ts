import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../entrypoints/desk/route';

describe("the desk's hash routes", () => {
  it.each<[string, Route]>([
    ['#today', { view: 'today' }],
    ['#invoices', { view: 'invoices' }],
    ['#overview', { view: 'overview' }],
    ['#clients', { view: 'clients' }],
    ['#client/garage-martin-sarl', { view: 'client', clientId: 'garage-martin-sarl', invoiceId: undefined }],
    ['#client/a%2Fb%23c/erp.example.fr%3AFA-1', { view: 'client', clientId: 'a/b#c', invoiceId: 'erp.example.fr:FA-1' }],
    ['', { view: 'today' }],
    ['#client', { view: 'today' }],
    ['#client/%E0%A4%A', { view: 'today' }],
    ['#nowhere', { view: 'today' }],
  ])('%s is read as its view', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { view: 'today' },
    { view: 'invoices' },
    { view: 'overview' },
    { view: 'clients' },
    { view: 'client', clientId: 'dupont & fils/2', invoiceId: undefined },
    { view: 'client', clientId: 'x#y', invoiceId: 'erp.example.fr:FA 1/2' },
  ])('the address written for %o reads back as the same view', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});
