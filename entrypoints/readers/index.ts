import { ALL_READERS } from '../../lib/capture/readers';
import { sharedWorld } from '../../lib/portal/shared-world';

/**
 * The readers most pages of a portal never need (lib/capture/readers.ts): a single-invoice page,
 * schema.org invoices, invoices shown as cards or as tables without a header. Injected by the
 * background when the portal script asks for one (cs:loadReader); it only hands them to the
 * portal script, through the isolated world both share.
 */
export default defineUnlistedScript({
  main() {
    sharedWorld.__relanceReaders = ALL_READERS;
  },
});
