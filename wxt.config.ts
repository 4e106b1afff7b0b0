import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';

import { MAIL_HOSTS } from './lib/hosts';
import { zodWithoutEval } from './scripts/zod-without-eval';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    plugins: [zodWithoutEval(), tailwindcss()],
    // Team sync (background only): PouchDB's design-document filter plugin builds code from strings;
    // the sync passes function filters only (lib/sync/changes-filter-stub.ts).
    resolve: { alias: { 'pouchdb-changes-filter': resolve('lib/sync/changes-filter-stub.ts') } },
  }),
  // scripts/zip.mjs makes the sources package from the committed tree (git archive), not from this folder.
  zip: { zipSources: false },
  // One manifest for every store; the Gecko settings go only into the Firefox build (Chromium and Edge
  // would list them as unrecognised keys).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    host_permissions: MAIL_HOSTS,
    // The sidebar is an extension page framed by the content script: only the mail hosts may frame it.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: MAIL_HOSTS }],
    // Only what is used: alarms and notifications for the follow-up clock (the log lives in IndexedDB).
    permissions: ['alarms', 'notifications'],
    // Team sync (issue 18), off by default: the Options page asks for exactly the team server's host at
    // run time. https only; http only on the machine itself (tests, a local CouchDB).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // Team sync's cookie sign-in only: asked for with the host when a pasted session cookie is saved, to
    // put it in the browser's cookie store for that server (password sign-in needs no more than the host).
    optional_permissions: ['cookies'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'afterfollow@afterfollow.app',
          // 140: CSS Custom Highlight API, and the first Firefox that reads data_collection_permissions.
          strict_min_version: '140.0',
          // Nothing leaves the browser: the log stays in the extension's IndexedDB (docs/store/privacy.md).
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on. Afterfollow is made for the
        // mail clients' desktop pages; this only keeps the declaration valid there.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
