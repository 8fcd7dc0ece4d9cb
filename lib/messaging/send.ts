import type { Message, Reply } from './protocol';
import type { Replies } from './replies';

/**
 * Sends a message to the background and unwraps its reply, typed by the message's type (see
 * Replies); a refusal becomes an Error.
 */
export async function send<M extends Message>(message: M): Promise<Replies[M['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Replies[M['type']]> | undefined;
  if (!reply) throw new Error('No answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
