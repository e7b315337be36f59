import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The layers of utils/ (see .dependency-cruiser.cjs and docs/architecture.md), checked by dependency-cruiser on
 * every run: no cycle between files, no import upward, an engine free of the browser, storage and UI; and, computed
 * here from the same graph, no cycle between the folders of utils/.
 */

const ROOT = join(import.meta.dirname, '..');
const LAYERS = ['core', 'engine', 'store', 'runtime'];

interface Cruised {
  modules: { source: string; dependencies: { resolved: string }[] }[];
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
}

const cruised: Cruised = JSON.parse(
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'json',
      'utils',
      'components',
      'entrypoints',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ),
);

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

it('reads every module of utils/ (a parser that reads nothing would find no violation)', () => {
  const read = new Set(cruised.modules.map((m) => m.source));
  expect(filesUnder('utils').filter((file) => !file.endsWith('.d.ts') && !read.has(file))).toEqual([]);
});

it('finds no import that breaks a rule: no cycle, nothing upward, nothing of the browser in the engine', () => {
  const violations = cruised.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  expect(violations).toEqual([]);
});

it('has every module of utils/ in a layer', () => {
  expect(filesUnder('utils').filter((file) => !LAYERS.some((layer) => file.startsWith(`utils/${layer}/`)))).toEqual([]);
});

it('has no cycle between the folders of utils/', () => {
  // A folder: a layer's subfolder (`utils/engine/rank`), or the layer itself for the files at its top.
  const folderOf = (file: string) =>
    file
      .split('/')
      .slice(0, file.split('/').length > 3 ? 3 : 2)
      .join('/');
  const edges = new Map<string, Set<string>>();
  for (const m of cruised.modules.filter((m) => m.source.startsWith('utils/'))) {
    for (const { resolved } of m.dependencies.filter((d) => d.resolved.startsWith('utils/'))) {
      const [from, to] = [folderOf(m.source), folderOf(resolved)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  expect(cyclesIn(edges)).toEqual([]);
});

/** The strongly connected groups of more than one folder (Tarjan's algorithm). */
function cyclesIn(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return groups;
}
