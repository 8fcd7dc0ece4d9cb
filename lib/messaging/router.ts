import { MessageSchema, type Message, type MessageType, type Reply } from './protocol';
import type { Replies } from './replies';
import { classifySender, type Self, type SenderInfo, type SenderKind } from './sender';

/** Settings and deletion are for extension pages only (backups never cross a message: the options page writes them). */
export const ALLOWED_FROM: Readonly<Record<MessageType, readonly SenderKind[]>> = {
  'cs:invoicesFound': ['content-script'],
  'cs:getRecipes': ['content-script'],
  'cs:saveRecipe': ['content-script'],
  'cs:mailLookup': ['content-script'],
  'cs:mailCompose': ['content-script'],
  'cs:mailSent': ['content-script'],
  'cs:mailUnsent': ['content-script'],
  'cs:mailTakeFill': ['content-script'],
  'cs:mailAttachment': ['content-script'],
  'ui:openDraft': ['extension-page'],
  'ui:teachTab': ['extension-page'],
  'ui:deleteRecipe': ['extension-page'],
  'ui:prepareDraft': ['extension-page'],
  'ui:recordSent': ['extension-page'],
  'ui:nextActions': ['extension-page'],
  'ui:snooze': ['extension-page'],
  'ui:prepareLetter': ['extension-page'],
  'ui:recordPrinted': ['extension-page'],
  'ui:saveTemplate': ['extension-page'],
  'ui:deleteTemplate': ['extension-page'],
  'ui:markPaid': ['extension-page'],
  'ui:deleteAll': ['extension-page'],
  'ui:saveSettings': ['extension-page'],
  'ui:refreshBadge': ['extension-page'],
  'ui:debugSetToday': ['extension-page'],
  'ui:enableSite': ['extension-page'],
  'ui:disableSite': ['extension-page'],
  'ui:setAutoTrack': ['extension-page'],
  'ui:scanTab': ['extension-page'],
  'ui:invoiceAction': ['extension-page'],
  'ui:undoAction': ['extension-page'],
  'ui:updateClient': ['extension-page'],
  // settings:
  'ui:prepareStatement': ['extension-page'],
  'ui:importInvoices': ['extension-page'],
  // trust:
  'cs:startTeach': ['content-script'],
  'cs:mailConfirmAddress': ['content-script'],
  'ui:dataChanged': ['extension-page'],
  // today:
  'ui:today': ['extension-page'],
  // pdflink:
  'ui:portalPdfStatus': ['extension-page'],
  'ui:fetchPortalPdf': ['extension-page'],
  // split:
  'cs:loadReader': ['content-script'],
};

export interface HandlerContext {
  kind: SenderKind;
  /** The sender's origin for content scripts: where the data came from. */
  origin?: string;
  tabId?: number;
  frameId?: number;
}

export type Handlers = {
  [K in MessageType]: (message: Extract<Message, { type: K }>, context: HandlerContext) => Promise<Replies[K]>;
};

export interface RouterLog {
  dropped(reason: string): void;
}

/**
 * A `runtime.onMessage` listener: parses every message, checks who may send it, and answers
 * `{ ok, data | error }`. Anything that fails is dropped with a reason and never reaches a handler.
 */
export function createRouter(handlers: Handlers, self: Self, log: RouterLog = { dropped: () => {} }) {
  return (raw: unknown, sender: SenderInfo): Promise<Reply> => {
    const kind = classifySender(sender, self);
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) {
      log.dropped('malformed message');
      return Promise.resolve({ ok: false, error: 'malformed message' });
    }
    const message = parsed.data;
    if (!ALLOWED_FROM[message.type].includes(kind)) {
      log.dropped(`${message.type} refused from ${kind}`);
      return Promise.resolve({ ok: false, error: 'not allowed' });
    }
    const handler = handlers[message.type] as (m: Message, c: HandlerContext) => Promise<unknown>;
    const context: HandlerContext = {
      kind,
      origin: kind === 'content-script' ? sender.origin : undefined,
      tabId: sender.tab?.id,
      frameId: sender.frameId,
    };
    return handler(message, context).then(
      (data): Reply => ({ ok: true, data }),
      (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
