import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * scripts/run-digest.mjs, the launcher that bundles scripts/digest.ts into node_modules/.cache/digest-cli and runs
 * it. Each test runs a copy of the launcher in a throwaway project (its own scripts/digest.ts, package-lock.json and
 * node_modules, with esbuild linked in from this one), so the real cache is never touched.
 */

const ROOT = resolve(__dirname, '../..');
const LAUNCHER = join(ROOT, 'scripts/run-digest.mjs');
/** What npm gives every file it extracts from a package tarball: 1985-10-26, so a package's files look ancient. */
const NPM_MTIME = new Date('1985-10-26T08:15:00Z');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-launcher-'));
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(LAUNCHER, join(dir, 'scripts/run-digest.mjs'));
  writeFileSync(
    join(dir, 'scripts/digest.ts'),
    "import { version } from 'fake-dep';\nconsole.log(`dep ${version}`);\n",
  );
  writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(ROOT, 'node_modules/esbuild'), join(dir, 'node_modules/esbuild'), 'dir');
  installDep(dir, 1);
  // Everything the project holds is older than any bundle built from it.
  const past = new Date(Date.now() - 3_600_000);
  for (const f of ['scripts/run-digest.mjs', 'scripts/digest.ts', 'package-lock.json'])
    utimesSync(join(dir, f), past, past);
  return dir;
}

/** What `npm install` does to a package: new files (with npm's fixed mtime), and npm's own record of the tree. */
function installDep(dir: string, version: number) {
  const pkg = join(dir, 'node_modules/fake-dep');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(
    join(pkg, 'package.json'),
    JSON.stringify({ name: 'fake-dep', version: `${version}.0.0`, main: 'index.js' }),
  );
  writeFileSync(join(pkg, 'index.js'), `exports.version = ${version};\n`);
  for (const f of ['package.json', 'index.js']) utimesSync(join(pkg, f), NPM_MTIME, NPM_MTIME);
  writeFileSync(join(dir, 'node_modules/.package-lock.json'), JSON.stringify({ version }));
}

function run(dir: string) {
  const r = spawnSync(process.execPath, [join(dir, 'scripts/run-digest.mjs')], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('digest launcher (scripts/run-digest.mjs)', () => {
  it('rebuilds when a source changes, also one saved in the second the last build began', () => {
    const dir = project();
    expect(run(dir).stdout.trim()).toBe('dep 1');
    writeFileSync(join(dir, 'scripts/digest.ts'), "console.log('edited');\n");
    expect(run(dir).stdout.trim()).toBe('edited');
    writeFileSync(join(dir, 'scripts/digest.ts'), "console.log('edited again');\n");
    expect(run(dir).stdout.trim()).toBe('edited again');
  });

  it('says so, with its own exit code, when the sources do not build', () => {
    const dir = project();
    writeFileSync(join(dir, 'scripts/digest.ts'), 'const = ;\n');
    const r = run(dir);
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(/^digest: could not build the command/);
  });

  it('rebuilds after `npm install` changes a package without changing package-lock.json', () => {
    // e.g. `git pull` (new lock) → `npm run digest` (bundled against the old node_modules) → `npm install`: npm
    // rewrites node_modules (and node_modules/.package-lock.json), not necessarily package-lock.json.
    const dir = project();
    expect(run(dir).stdout.trim()).toBe('dep 1');
    installDep(dir, 2);
    const r = run(dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('dep 2');
  });

  it('still runs when it cannot write its cache (read-only node_modules), instead of crashing', () => {
    const dir = project();
    // The cache directory can't be created: here `.cache` is a file; on a read-only install mkdir fails with EROFS
    // or EACCES the same way.
    writeFileSync(join(dir, 'node_modules/.cache'), '');
    const r = run(dir);
    expect(r.stderr).not.toMatch(/ENOTDIR|EACCES|EROFS|EEXIST/);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('dep 1');
  });
});
