import { defineConfig } from 'wxt';
import { EXTENSION_PERMISSIONS } from './utils/permissions';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Digest',
    description:
      'Key sentences and key figures of the article in the open tab, in English and Chinese — on your machine, nothing sent anywhere.',
    permissions: [...EXTENSION_PERMISSIONS],
    action: { default_title: 'Digest this page' },
  },
});
