// A Vite plugin: content scripts run on every page of a portal or a webmail, so they get a second
// minifier's pass (terser, two compress passes) over the bundler's output, about 2 % off their
// gzip size. Extension pages and the background load once and keep the bundler's output.
import { minify } from 'terser';

/**
 * The scripts the background injects into pages (unlisted scripts, built at the output's root): the
 * portal script and those it asks for. The webmail scripts are the manifest's, in content-scripts/.
 */
export const PAGE_SCRIPTS = ['portal', 'readers', 'pdf', 'preview', 'teach'];
const isPageScript = (fileName) => fileName.startsWith('content-scripts/') || PAGE_SCRIPTS.some((name) => fileName === `${name}.js`);

/** @returns {import('vite').Plugin} */
export function minifyContentScripts() {
  return {
    name: 'relance:minify-content-scripts',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk' || !isPageScript(item.fileName)) continue;
        const out = await minify(item.code, { ecma: 2020, compress: { passes: 2 }, mangle: true });
        if (out.code) item.code = out.code;
      }
    },
  };
}
