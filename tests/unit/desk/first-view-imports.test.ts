import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENTRY = path.join(ROOT, 'entrypoints/desk/main.tsx');
/** Static imports and re-exports; `import('…')` is a lazy chunk and is not matched. */
const STATIC = /(?:^|\n)\s*(?:import|export)\s+([^'";]*?)\s*from\s+'([^']+)'|(?:^|\n)\s*import\s+'([^']+)'/g;

/** Whether an import brings only types (erased from the bundle): `import type …` or every name `type …`. */
function typeOnly(clause: string): boolean {
  if (/^type\s/.test(clause)) return true;
  const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
  return names !== undefined && names.split(',').every((n) => n.trim() === '' || /^type\s/.test(n.trim()));
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

/** Every module the page's entry loads before it runs: source files (relative to the repo) and packages. */
function firstLoad(entry: string): Set<string> {
  const reached = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const [clause, spec] = m[3] ? ['', m[3]] : [m[1]!, m[2]!];
      if (typeOnly(clause)) continue;
      if (!spec.startsWith('.')) {
        reached.add(spec);
        continue;
      }
      const target = resolve(file, spec);
      if (!target || reached.has(path.relative(ROOT, target))) continue;
      reached.add(path.relative(ROOT, target));
      queue.push(target);
    }
  }
  return reached;
}

describe("the desk's first view", () => {
  const loaded = firstLoad(ENTRY);

  it('loads the shell and Today, with React and the strings', () => {
    expect(loaded).toContain('entrypoints/desk/App.tsx');
    expect(loaded).toContain('entrypoints/desk/TodayView.tsx');
    expect(loaded).toContain('react-dom/client');
    expect(loaded).toContain('lib/i18n/index.ts');
  });

  // The other views and the action form come as lazy chunks when first shown; Today's settings
  // come with the background's answer, so the page neither opens the database nor builds the
  // schemas before its first view.
  it.each([
    ['the database', (m: string) => m === 'dexie' || m.startsWith('lib/db/')],
    ['the schemas', (m: string) => m === 'zod' || m === 'lib/core/index.ts' || m === 'lib/core/zod-config.ts'],
    ['the list virtualiser', (m: string) => m.startsWith('@tanstack/')],
    ['the CSV reader and writer', (m: string) => m === 'papaparse' || m.startsWith('lib/csv/')],
    ['the amount and date parsers', (m: string) => m.startsWith('lib/parse/')],
    [
      'the other views and the action form',
      (m: string) => /entrypoints\/desk\/(InvoicesView|OverviewView|ClientView|ClientsView|ActionDialog)\.tsx$/.test(m),
    ],
  ])('does not load %s', (_what, matches) => {
    expect([...loaded].filter(matches)).toEqual([]);
  });
});
