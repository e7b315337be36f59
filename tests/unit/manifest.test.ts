import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';
import type { Browser } from 'wxt/browser';
import { EXTENSION_PERMISSIONS } from '@/utils/runtime/permissions';

/**
 * Least privilege, checked on the manifest WXT really generates (a production build into a temporary folder, about
 * a second): the manifest is assembled from wxt.config.ts *and* every entrypoint's options, so reading the config alone
 * would miss a content script that starts matching every page. The e2e suite checks the exact permission list of
 * the build it loads; this test names what must never appear, whatever else changes.
 */

/** Permissions that would let Digest see more than the tab the reader clicked on, or see it without a click. */
const FORBIDDEN_PERMISSIONS = [
  'tabs',
  'history',
  'webRequest',
  'webRequestBlocking',
  'declarativeNetRequest',
  'cookies',
  'webNavigation',
  '<all_urls>',
];
/** Host patterns that match every site (or every site of a scheme). */
const EVERY_SITE = /^(<all_urls>|\*:\/\/\*\/|https?:\/\/\*\/|\*:\/\/\*\/\*|https?:\/\/\*\/\*)/;

const silent = {
  debug() {},
  info() {},
  log() {},
  success() {},
  warn() {},
  error: console.error,
  fatal: console.error,
  level: 0,
};

let manifest: Browser.runtime.ManifestV3;
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'digest-manifest-'));
  // Vitest sets NODE_ENV=test, which would bundle React's development build; build what `wxt build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    manifest = (await build({ outDir, mode: 'production', logger: silent })).manifest as Browser.runtime.ManifestV3;
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built manifest', () => {
  it('asks for exactly the permissions utils/runtime/permissions.ts lists, context menus included', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...EXTENSION_PERMISSIONS].sort());
    expect(manifest.permissions).toContain('contextMenus');
  });

  it('binds Alt+Shift+D to the toolbar action, which opens the popup on the current tab', () => {
    expect(manifest.commands?._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+D' });
  });

  it('takes its name and description from the locales, English by default', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
  });

  it('asks for no permission that reaches beyond the clicked tab', () => {
    for (const permission of FORBIDDEN_PERMISSIONS) expect(manifest.permissions ?? []).not.toContain(permission);
  });

  it('has no host permissions, optional or not', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('registers no content script on any page: they are injected into the clicked tab only', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('exposes nothing to web pages', () => {
    for (const entry of manifest.web_accessible_resources ?? []) {
      expect(typeof entry === 'string' ? [] : (entry.matches ?? []).filter((m) => EVERY_SITE.test(m))).toEqual([]);
    }
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the default MV3 content security policy: no eval, no remote script', () => {
    // Absent means Chrome's default for extension pages, `script-src 'self'; object-src 'self'`.
    const policy = manifest.content_security_policy?.extension_pages;
    if (policy === undefined) return;
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
