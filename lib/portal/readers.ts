import { registerReaders, type ReaderName } from '../capture/extract';
import { sharedWorld } from './shared-world';

/**
 * ChunkOptions.load for the portal script: asks (once per page and reader) for the reader's script
 * to run in this frame, then registers the readers it left in the shared world. A refused or failed
 * request leaves the reader missing, and capture goes on without it.
 */
export function readerLoader(request: (reader: ReaderName) => Promise<unknown>): (reader: ReaderName) => Promise<void> {
  const asked = new Map<ReaderName, Promise<unknown>>();
  return async (reader) => {
    if (!sharedWorld.__relanceReaders?.[reader]) {
      if (!asked.has(reader))
        asked.set(
          reader,
          request(reader).catch(() => undefined),
        );
      await asked.get(reader);
    }
    registerReaders({ ...sharedWorld.__relanceReaders });
  };
}
