import { t, type UiLanguage } from '../i18n/content';
import type { ContentMessage, Reply } from '../messaging/protocol';

/** A message to the background whose answer is the data, or which throws with its error. */
export type Request = <T>(message: ContentMessage) => Promise<T>;

/** The content script's `send` turned into a Request: no answer and a refusal both throw. */
export function requester(send: <T>(message: ContentMessage) => Promise<Reply<T>>): Request {
  return async <T>(message: ContentMessage): Promise<T> => {
    const reply = await send<T>(message);
    if (!reply) throw new Error('no answer from Relance');
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  };
}

/** The "it failed" text shown to the user, with the error's own message. */
export const failedText = (lang: UiLanguage, error: unknown): string =>
  t('mailFailed', lang, error instanceof Error ? error.message : String(error));
