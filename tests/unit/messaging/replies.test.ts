import { describe, expect, expectTypeOf, it } from 'vitest';
import type { createHandlers } from '../../../lib/background/handlers';
import type { Client, Invoice, ReminderEvent, Settings } from '../../../lib/core';
import { isBackgroundMessage } from '../../../lib/messaging/background-message';
import {
  BackgroundMessageSchema,
  ContentMessageSchema,
  UiMessageSchema,
  type BackgroundMessageType,
  type MessageType,
} from '../../../lib/messaging/protocol';
import type { Replies } from '../../../lib/messaging/replies';
import type { Handlers } from '../../../lib/messaging/router';
import type { send } from '../../../lib/messaging/send';

type Sent<M extends Parameters<typeof send>[0]> = Awaited<ReturnType<typeof send<M>>>;

describe('typed replies', () => {
  it('has one reply type for every message type of the three unions, and no other', () => {
    expectTypeOf<keyof Replies>().toEqualTypeOf<MessageType | BackgroundMessageType>();
    // The same at run time, from the schemas: a message added to the protocol without a reply fails here too.
    const types = [ContentMessageSchema, UiMessageSchema, BackgroundMessageSchema].flatMap((u) => u.options.map((o) => o.shape.type.value));
    expect(new Set(types).size).toBe(types.length);
    expect(types.filter((t) => t.startsWith('bg:')).sort()).toEqual(['bg:fetchPdf', 'bg:openPicker']);
  });

  it('send() gives the caller the reply its message type maps to', () => {
    expectTypeOf<Sent<{ type: 'ui:markPaid'; id: string }>>().toEqualTypeOf<Invoice>();
    expectTypeOf<Sent<{ type: 'ui:saveSettings'; settings: object }>>().toEqualTypeOf<Settings>();
    expectTypeOf<Sent<{ type: 'ui:undoAction'; invoiceId: string }>>().toEqualTypeOf<ReminderEvent | null>();
    expectTypeOf<Sent<{ type: 'ui:snooze'; invoiceIds: string[]; days: number }>>().toEqualTypeOf<string>();
    expectTypeOf<Replies['ui:invoiceAction']>().toEqualTypeOf<ReminderEvent[]>();
    expectTypeOf<Replies['ui:updateClient']>().toEqualTypeOf<Client>();
  });

  it('the background handlers return exactly the mapped reply types', () => {
    expectTypeOf<ReturnType<typeof createHandlers>>().toEqualTypeOf<Handlers>();
    expectTypeOf<Awaited<ReturnType<Handlers['ui:markPaid']>>>().toEqualTypeOf<Invoice>();
    expectTypeOf<Awaited<ReturnType<Handlers['cs:mailTakeFill']>>>().toEqualTypeOf<Replies['cs:mailTakeFill']>();
  });

  it('a handler answering the wrong type does not compile', () => {
    const wrong: Pick<Handlers, 'ui:snooze'> = {
      // @ts-expect-error ui:snooze answers the date snoozed until (a string), not a count
      async 'ui:snooze'() {
        return 3;
      },
    };
    const right: Pick<Handlers, 'ui:snooze'> = { 'ui:snooze': async () => '2026-12-01' };
    expect(typeof wrong['ui:snooze']).toBe('function');
    expect(typeof right['ui:snooze']).toBe('function');
  });

  it('a caller expecting another reply type does not compile', () => {
    const read = (reply: Sent<{ type: 'ui:prepareLetter'; invoiceIds: string[] }>) => {
      // @ts-expect-error a letter has no token: that is ui:prepareDraft's reply
      return reply.token as string;
    };
    expect(read({ html: '', subject: 's', invoiceIds: [] })).toBeUndefined();
  });
});

describe("isBackgroundMessage (the content scripts' zod-free check)", () => {
  const self = 'relance-id';
  it.each([
    ['the right type from this extension', { type: 'bg:openPicker' }, { id: self }, true],
    ['another type', { type: 'bg:somethingElse' }, { id: self }, false],
    ['another extension', { type: 'bg:openPicker' }, { id: 'other' }, false],
    ['no sender id (a page)', { type: 'bg:openPicker' }, {}, false],
    ['not an object', 'bg:openPicker', { id: self }, false],
    ['null', null, { id: self }, false],
  ])('%s', (_name, message, sender, expected) => {
    expect(isBackgroundMessage(message, sender, self, 'bg:openPicker')).toBe(expected);
  });
});
