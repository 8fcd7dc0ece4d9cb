// A Vite plugin: content scripts run on every page of a portal or a webmail, so they get a second
// minifier's pass (terser, two compress passes) over the bundler's output, about 2 % off their
// gzip size. Extension pages and the background load once and keep the bundler's output.
import { minify } from 'terser';

/** @returns {import('vite').Plugin} */
export function minifyContentScripts() {
  return {
    name: 'relance:minify-content-scripts',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk' || !item.fileName.startsWith('content-scripts/')) continue;
        const out = await minify(item.code, { ecma: 2020, compress: { passes: 2 }, mangle: true });
        if (out.code) item.code = out.code;
      }
    },
  };
}
