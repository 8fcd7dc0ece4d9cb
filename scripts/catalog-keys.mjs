// A Vite plugin: `import en from '…/_locales/en/messages.json?keys=pill,teach'` gives only the
// messages whose keys start with one of those words, with what `translate` reads (the message and
// its placeholders' content): a content script then carries its own strings, not every script's
// and the manifest's. The build (wxt.config.ts) and the unit tests (vitest.config.ts) both use it.
import { readFileSync } from 'node:fs';

/** @param {Record<string, { message: string; placeholders?: Record<string, { content: string }> }>} catalog @param {string[]} prefixes */
export function pickMessages(catalog, prefixes) {
  /** @type {typeof catalog} */
  const picked = {};
  for (const [key, entry] of Object.entries(catalog)) {
    if (!prefixes.some((p) => key.startsWith(p))) continue;
    picked[key] = { message: entry.message };
    if (entry.placeholders)
      picked[key].placeholders = Object.fromEntries(Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]));
  }
  return picked;
}

export function catalogKeys() {
  return {
    name: 'relance:catalog-keys',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id */
    load(id) {
      const [file, query] = id.split('?');
      if (!query || !file.endsWith('/messages.json')) return null;
      const keys = new URLSearchParams(query).get('keys');
      if (!keys) return null;
      // A module, not JSON: the bundler's JSON handling passes over ids with a query.
      return `export default ${JSON.stringify(pickMessages(JSON.parse(readFileSync(file, 'utf8')), keys.split(',')))};`;
    },
  };
}
