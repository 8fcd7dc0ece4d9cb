/**
 * An event as if the user made it. happy-dom, like a browser, marks every script-dispatched event
 * untrusted; Relance's UI answers trusted ones only, so tests of the user's own actions need this.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
