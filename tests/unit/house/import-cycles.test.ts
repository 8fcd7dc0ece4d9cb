import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every relative import in lib/, types included: a cycle of types still ties two modules into one. */
const LIB = path.resolve(import.meta.dirname, '../../../lib');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(LIB)) {
    const deps = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(file, m[1]!)).filter((d): d is string => !!d);
    graph.set(file, deps);
  }
  return graph;
}

/** Modules reachable from `start` that lead back to it, as the shortest loop, or null. */
function cycleThrough(graph: Map<string, string[]>, start: string): string[] | null {
  const queue: string[][] = [[start]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const trail = queue.shift()!;
    for (const next of graph.get(trail.at(-1)!) ?? []) {
      if (next === start) return [...trail, start];
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...trail, next]);
      }
    }
  }
  return null;
}

describe('imports in lib/', () => {
  it('form no cycle', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(50);
    const cycles = [...graph.keys()].map((f) => cycleThrough(graph, f)).filter((c): c is string[] => c !== null);
    expect(cycles.map((c) => c.map((f) => path.relative(LIB, f)).join(' → '))).toEqual([]);
  });
});
