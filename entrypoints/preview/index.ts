import { previewPanel } from '../../lib/portal/preview';
import { sharedWorld } from '../../lib/portal/shared-world';

/**
 * The Track preview (lib/portal/preview.ts): what Track would store, shown once per site before
 * its first Track. Injected by the background when the portal script asks for it (cs:loadReader),
 * so the script every page of a portal loads does not carry it; it only hands the panel to the
 * portal script, through the isolated world both share.
 */
export default defineUnlistedScript({
  main() {
    sharedWorld.__relancePreview = previewPanel;
  },
});
