import type { Message, Reply } from './protocol';

/** Sends a message to the background and unwraps its reply; a refusal becomes an Error. */
export async function send<T = unknown>(message: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('No answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
