/**
 * `npm run digest`: runs the command (scripts/digest.ts) from one bundle of its sources, rebuilt with esbuild when a
 * source or the installed packages changed. Starting from the bundle takes about 0.1 s; compiling TypeScript at
 * every start took 0.8 s, which a script calling `digest` once per file pays every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Exit code when the command itself can't run (it could not be built): not one of the command's own answers. */
const BROKEN = 70;

const root = resolve(import.meta.dirname, '..');
/** What says the packages changed: npm rewrites its record of node_modules on every install, and the lock with it. */
const PACKAGE_RECORDS = ['package-lock.json', 'node_modules/.package-lock.json'];

const outDir = writableDir([
  join(root, 'node_modules/.cache/digest-cli'),
  // A read-only install: a directory of this project's own in the system's temporary directory.
  join(tmpdir(), `digest-cli-${createHash('sha256').update(root).digest('hex').slice(0, 16)}`),
]);
const bundle = join(outDir, 'digest.mjs');
/** When the bundle was built, and from which of the project's files. */
const recordFile = join(outDir, 'inputs.json');

try {
  if (stale()) await rebuild();
} catch (error) {
  console.error(`digest: could not build the command: ${error instanceof Error ? error.message : error}`);
  process.exit(BROKEN);
}
await import(pathToFileURL(bundle).href);

function writableDir(candidates) {
  for (const dir of candidates) {
    try {
      mkdirSync(dir, { recursive: true });
      const probe = join(dir, `.probe-${process.pid}`);
      writeFileSync(probe, '');
      unlinkSync(probe);
      return dir;
    } catch {
      // Not writable: the next place.
    }
  }
  console.error('digest: no writable directory to build the command in');
  process.exit(BROKEN);
}

/**
 * Stale when any input changed since the build began — not since it ended, so a file saved during a build is seen
 * next time. Times are compared from the start of that second: file systems with one-second times round down.
 */
function stale() {
  if (!existsSync(bundle) || !existsSync(recordFile)) return true;
  let record;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8'));
  } catch {
    return true;
  }
  const { startedAt, files } = record ?? {};
  if (typeof startedAt !== 'number' || !Array.isArray(files)) return true;
  const since = Math.floor(startedAt / 1000) * 1000;
  const changed = (path, required) => {
    const full = join(root, path);
    if (!existsSync(full)) return required;
    return statSync(full).mtimeMs >= since;
  };
  return (
    files.some((path) => changed(path, true)) ||
    changed('scripts/run-digest.mjs', true) ||
    PACKAGE_RECORDS.some((path) => changed(path, false))
  );
}

async function rebuild() {
  const startedAt = Date.now();
  // Loaded only to rebuild: esbuild's start-up is a third of the command's.
  const { build } = await import('esbuild');
  // Written aside and renamed into place: two commands started at once never run a half-written bundle.
  const partial = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [join(root, 'scripts/digest.ts')],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
    // The failure sentences come from the extension's English catalogue (scripts/lib/failure-text.ts).
    loader: { '.yml': 'text' },
    // Packages written as CommonJS call require() for Node's own modules, which an ES module bundle lacks.
    banner: {
      js: "import { createRequire as __digestRequire } from 'node:module'; const require = __digestRequire(import.meta.url);",
    },
  });
  const files = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/'));
  renameSync(partial, bundle);
  const record = `${recordFile}.${process.pid}.tmp`;
  writeFileSync(record, JSON.stringify({ startedAt, files }));
  renameSync(record, recordFile);
}
