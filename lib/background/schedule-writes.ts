import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

/**
 * What a write touched that the schedule is worked out from, in one database: the invoices,
 * events and clients by primary key, the settings, or `full` when it cannot say which (a range of
 * keys as a clear or a bulk write of 50 rows and more reports, a part named otherwise).
 */
export interface WriteScope {
  full: boolean;
  settings: boolean;
  invoiceIds: Set<string>;
  eventIds: Set<number>;
  clientIds: Set<string>;
}

/** The tables the schedule is worked out from (workOut, loadScheduleItems). */
export const SCHEDULE_TABLES = new Set(['settings', 'invoices', 'events', 'clients']);

export function emptyScope(): WriteScope {
  return { full: false, settings: false, invoiceIds: new Set(), eventIds: new Set(), clientIds: new Set() };
}

/** A part's database, table and index: `idb://<database>/<table>/<index>`, the database's name may hold slashes. */
function partOf(name: string): { db: string; table: string; index: string } | null {
  const segments = name.split('/');
  if (!name.startsWith('idb://') || segments.length < 5) return null;
  return { db: segments.slice(2, -2).join('/'), table: segments.at(-2)!, index: segments.at(-1)! };
}

/**
 * The single keys of a range set, or null when it holds a true range. Walked by hand rather than
 * with RangeSet's iterator: a set reported from another page arrives through a BroadcastChannel as
 * a plain copy of the tree, without its prototype.
 */
export function pointKeys(tree: IntervalTree): unknown[] | null {
  const keys: unknown[] = [];
  const stack: IntervalTreeNode[] = 'from' in tree ? [tree] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.from === 'object' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/**
 * Per database, what a write Dexie reports touched, from the primary keys it names (the part of
 * the table, '', and ':dels', the keys whose former row it did not see). Index parts are left:
 * Dexie names an index key only when it changed, and the primary keys name every row written.
 * Null when a part names no database: every database then counts as touched in full.
 */
export function writeScopes(parts: ObservabilitySet): Map<string, WriteScope> | null {
  const scopes = new Map<string, WriteScope>();
  for (const [name, tree] of Object.entries(parts)) {
    const part = partOf(name);
    if (!part) return null;
    if (!SCHEDULE_TABLES.has(part.table)) continue;
    const scope = scopes.get(part.db) ?? emptyScope();
    scopes.set(part.db, scope);
    if (part.table === 'settings') scope.settings = true;
    if (part.table === 'settings' || (part.index !== '' && part.index !== ':dels')) continue;
    const keys = pointKeys(tree);
    if (!keys) scope.full = true;
    else for (const key of keys) addKey(scope, part.table, key);
  }
  return scopes;
}

function addKey(scope: WriteScope, table: string, key: unknown): void {
  if (table === 'events' && typeof key === 'number') scope.eventIds.add(key);
  else if (table === 'invoices' && typeof key === 'string') scope.invoiceIds.add(key);
  else if (table === 'clients' && typeof key === 'string') scope.clientIds.add(key);
  else scope.full = true; // a key of a kind the table does not use
}

/** Adds `more` to `into`. */
export function mergeScope(into: WriteScope, more: WriteScope): void {
  into.full ||= more.full;
  into.settings ||= more.settings;
  for (const id of more.invoiceIds) into.invoiceIds.add(id);
  for (const id of more.eventIds) into.eventIds.add(id);
  for (const id of more.clientIds) into.clientIds.add(id);
}

/** Each write since the data's version 0: its version and what it touched, per database (null: anything). */
interface Write {
  version: number;
  scopes: Map<string, WriteScope> | null;
}

/** Enough for the writes of a busy minute between two schedules; older ones mean a full recompute. */
const KEPT_WRITES = 500;

/** The writes the background has been told of, newest last, their versions following each other. */
export class WriteLog {
  private writes: Write[] = [];
  version = 0;

  /** A write: the data's next version. */
  add(scopes: Map<string, WriteScope> | null): number {
    this.version += 1;
    this.writes.push({ version: this.version, scopes });
    if (this.writes.length > KEPT_WRITES) this.writes.splice(0, this.writes.length - KEPT_WRITES);
    return this.version;
  }

  /**
   * What the writes after version `from`, up to `to`, touched in database `db`; `full` when one
   * of them cannot say, or when they are no longer all kept.
   */
  since(from: number, to: number, db: string): WriteScope {
    const scope = emptyScope();
    if (from === to) return scope;
    const first = this.writes.findIndex((w) => w.version === from + 1);
    if (first < 0) return { ...scope, full: true };
    for (const write of this.writes.slice(first)) {
      if (write.version > to) break;
      if (write.scopes === null) return { ...scope, full: true };
      const touched = write.scopes.get(db);
      if (touched) mergeScope(scope, touched);
    }
    return scope;
  }
}
