import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { WriteLog, writeScopes, type WriteScope } from '../../../lib/background/schedule-writes';

const keys = (...k: string[] | number[]) => new RangeSet().addKeys(k);
const summary = (s: WriteScope | undefined) =>
  s && { full: s.full, settings: s.settings, invoiceIds: [...s.invoiceIds], eventIds: [...s.eventIds], clientIds: [...s.clientIds] };

describe('what a write Dexie reports touched', () => {
  it.each([
    [
      'an invoice written',
      { 'idb://relance/invoices/': keys('erp:F1') },
      { full: false, settings: false, invoiceIds: ['erp:F1'], eventIds: [], clientIds: [] },
    ],
    [
      'an invoice and its event (a desk action), the event by its new key',
      { 'idb://relance/invoices/': keys('erp:F1'), 'idb://relance/events/': keys(7), 'idb://relance/events/clientId': keys('client-1') },
      { full: false, settings: false, invoiceIds: ['erp:F1'], eventIds: [7], clientIds: [] },
    ],
    [
      'a client',
      { 'idb://relance/clients/': keys('client-2'), 'idb://relance/clients/name': keys('Dupont') },
      { full: false, settings: false, invoiceIds: [], eventIds: [], clientIds: ['client-2'] },
    ],
    [
      'rows whose former value Dexie did not see (:dels)',
      { 'idb://relance/events/:dels': keys(3, 4) },
      { full: false, settings: false, invoiceIds: [], eventIds: [3, 4], clientIds: [] },
    ],
    [
      'the settings',
      { 'idb://relance/settings/': keys('settings') },
      { full: false, settings: true, invoiceIds: [], eventIds: [], clientIds: [] },
    ],
    [
      'a table cleared (a range of keys)',
      { 'idb://relance/invoices/': new RangeSet(-Infinity, [[]]) },
      { full: true, settings: false, invoiceIds: [], eventIds: [], clientIds: [] },
    ],
    [
      'a key of a kind the table does not use',
      { 'idb://relance/events/': keys('x') },
      { full: true, settings: false, invoiceIds: [], eventIds: [], clientIds: [] },
    ],
  ])('%s', (_what, parts, expected) => {
    expect(summary(writeScopes(parts)?.get('relance'))).toEqual(expected);
  });

  it('leaves the tables the schedule does not read, and tells databases apart (a name may hold slashes)', () => {
    const scopes = writeScopes({ 'idb://relance/files/': keys('f1'), 'idb://a/b/clients/': keys('c') })!;
    expect([...scopes.keys()]).toEqual(['a/b']);
    expect(summary(scopes.get('a/b'))!.clientIds).toEqual(['c']);
  });

  it('reads a report copied from another page (a plain tree, no prototype) as the one made here', () => {
    const parts = { 'idb://relance/invoices/': keys('erp:F1', 'erp:F2', 'erp:F3', 'erp:F4') };
    expect(summary(writeScopes(structuredClone(parts))?.get('relance'))!.invoiceIds.sort()).toEqual([
      'erp:F1',
      'erp:F2',
      'erp:F3',
      'erp:F4',
    ]);
  });

  it('cannot say for a part that names no database', () => {
    expect(writeScopes({ all: new RangeSet(-Infinity, [[]]) })).toBeNull();
  });
});

describe('the writes since a schedule', () => {
  const one = (clients: string[], full = false) =>
    new Map([['db', { full, settings: false, invoiceIds: new Set<string>(), eventIds: new Set<number>(), clientIds: new Set(clients) }]]);

  it('adds up what the writes after a version touched, up to another, in one database', () => {
    const log = new WriteLog();
    log.add(one(['a']));
    const from = log.add(one(['b']));
    log.add(one(['c']));
    log.add(new Map([['other', one(['x']).get('db')!]]));
    const to = log.add(one(['d']));
    log.add(one(['e']));
    expect([...log.since(from, to, 'db').clientIds]).toEqual(['c', 'd']);
    expect(log.since(to, to, 'db').full).toBe(false);
  });

  it('cannot say after a write that named nothing, or when the writes are no longer all kept', () => {
    const log = new WriteLog();
    log.add(one(['a']));
    log.add(null);
    expect(log.since(0, 2, 'db').full).toBe(true);
    for (let i = 0; i < 600; i++) log.add(one(['b']));
    expect(log.since(3, log.version, 'db').full).toBe(true);
    expect(log.since(log.version - 10, log.version, 'db').full).toBe(false);
  });
});
