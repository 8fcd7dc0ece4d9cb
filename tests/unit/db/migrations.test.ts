import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_VERSIONS, upsertDetected } from '../../../lib/db';
import { captured } from './helpers';

/**
 * The pattern every schema change follows: seed the database as the previous released version
 * wrote it, open it with the current code, check that every row survived and reads back valid.
 * With one version so far, it checks that reopening keeps data and that versions only grow.
 */
describe('database versions', () => {
  it('lists released versions in increasing order, never rewriting one', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))(
    'opens data written by version %i with the current schema and keeps every row',
    async (version) => {
      const name = `migrate-from-${version}`;
      const old = new Dexie(name);
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
      await old.open();
      old.close();

      const seed = openDatabase(name);
      await upsertDetected(
        Array.from({ length: 25 }, (_, i) => captured(`M${i}`)),
        { today: '2026-11-22' },
        seed,
      );
      const before = await seed.invoices.toArray();
      seed.close();

      const current = openDatabase(name);
      expect(await current.invoices.toArray()).toEqual(before);
      expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      current.close();
    },
  );
});
