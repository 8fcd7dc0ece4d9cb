import type { Readers } from '../capture/extract';
import type { Recipe } from '../core/recipe';

/**
 * What Relance's content scripts in one page share: they run in the extension's own isolated
 * world, whose globals the page's scripts never see. The portal script marks itself there (a
 * second injection does nothing) and lends teach mode, injected later, its `useRecipes`; a
 * reader's script, injected when the portal script asks for it, leaves its reader there.
 */
export const sharedWorld = globalThis as {
  __relancePortal?: boolean;
  __relanceUseRecipes?: (recipes: Recipe[]) => void;
  __relanceReaders?: Readers;
};
