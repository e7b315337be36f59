// `web-ext lint` on the Firefox build: fails on any error, and on any warning not listed below with its reason.
// Usage: node scripts/lint-firefox.mjs [.output/firefox-mv2]
import { execFileSync } from 'node:child_process';

const dir = process.argv[2] ?? '.output/firefox-mv2';

/** Warnings that are expected, each with why it is not a problem. */
const EXPECTED = [
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    why:
      'data_collection_permissions, which AMO asks for, is read from Firefox for Android 142 and ignored before; ' +
      'desktop Firefox reads it from 140, the strict_min_version (the oldest Firefox the e2e tests ran on).',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(content-scripts\/extract\.js|chunks\/.*\.js)$/,
    why: 'innerHTML inside Mozilla Readability (on a detached clone of the page) and React DOM; Digest renders page text only as text.',
  },
];

let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  // web-ext exits non-zero when there are errors; the JSON report is still on stdout.
  output = error.stdout;
}
const report = JSON.parse(output);
const unexpected = report.warnings.filter(
  (w) => !EXPECTED.some((e) => e.code === w.code && (!e.file || e.file.test(w.file ?? ''))),
);
for (const m of [...report.errors, ...unexpected]) console.error(`${m._type} ${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexpected.length} unexpected), ${report.notices.length} notices`,
);
process.exit(report.errors.length + unexpected.length > 0 ? 1 : 0);
