import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import { EXTENSION_PERMISSIONS } from './utils/runtime/permissions';

/** The Firefox add-on id; AMO keys the listing and updates on it. */
export const GECKO_ID = 'digest@digest.example';

/**
 * pdf.js's character maps (which decode Chinese, Japanese and Korean fonts) and standard fonts, shipped with the
 * extension at /pdfjs/: the popup reads PDFs with nothing fetched from anywhere else.
 */
function pdfAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return ['cmaps', 'standard_fonts'].flatMap((folder) =>
    readdirSync(join(root, folder)).map((name) => ({
      absoluteSrc: join(root, folder, name),
      relativeDest: `pdfjs/${folder}/${name}`,
    })),
  );
}

// https://wxt.dev/api/config.html
export default defineConfig({
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfAssets());
    },
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  zip: {
    // The sources zip AMO reviews: what builds the extension, not the test run's pictures or scratch files.
    excludeSources: ['tests/e2e/screenshots/**', '.scratch/**', '**/*.log'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: [...EXTENSION_PERMISSIONS],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Runs the toolbar action: the popup opens on the current tab and digests it (and the shortcut grants activeTab).
      // Manifest V2 (Firefox) calls the toolbar button a browser action.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandDigest__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Nothing leaves the browser: https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
