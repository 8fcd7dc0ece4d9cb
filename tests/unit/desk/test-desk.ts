import type { Desk } from '../../../entrypoints/desk/context';
import { SettingsSchema, type InvoiceAction } from '../../../lib/core';

/** A desk context for views rendered alone: strings are their keys, actions succeed and do nothing. */
export function testDesk(today: string, overrides: Partial<Desk> = {}): Desk {
  return {
    lang: 'en',
    locale: 'en-GB',
    today,
    settings: SettingsSchema.parse({}),
    version: 0,
    t: (key, ...subs) => [key, ...subs].join(' '),
    act: async () => true,
    undo: async () => undefined,
    draft: async () => undefined,
    changed: () => undefined,
    fail: (error) => {
      throw error;
    },
    ask: () => undefined,
    ...overrides,
  };
}

/** What a view asked of the desk: actions, drafts, and the forms it opened (kind, invoice ids). */
export interface DeskCalls {
  act: [string[], InvoiceAction][];
  draft: [string[], 'gmail' | 'outlook'][];
  ask: [string, string[]][];
}

/** A test desk that records what the view asks of it. */
export function recordingDesk(today: string, version = 0): { desk: Desk; calls: DeskCalls } {
  const calls: DeskCalls = { act: [], draft: [], ask: [] };
  const desk = testDesk(today, {
    version,
    act: async (ids, action) => {
      calls.act.push([ids, action]);
      return true;
    },
    draft: async (ids, webmail) => void calls.draft.push([ids, webmail]),
    ask: (kind, invoices) => void calls.ask.push([kind, invoices.map((i) => i.id)]),
  });
  return { desk, calls };
}
