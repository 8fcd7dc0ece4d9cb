import type { RelanceDb } from '../db';

/** What every group of handlers shares: the database, and how to say the data changed. */
export interface HandlerScope {
  db: RelanceDb;
  /** Refreshes the badge and tells the scheduler, then answers `result`. */
  changed<T>(result: T): Promise<T>;
}
