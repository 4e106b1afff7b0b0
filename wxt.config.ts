import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

import { MAIL_HOSTS } from './lib/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [tailwindcss()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    host_permissions: MAIL_HOSTS,
    // The sidebar is an extension page framed by the content script: only the mail hosts may frame it.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: MAIL_HOSTS }],
    // Only what is used: alarms and notifications for the follow-up clock (the log lives in IndexedDB).
    permissions: ['alarms', 'notifications'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'afterfollow@afterfollow.app', strict_min_version: '140.0' },
    },
  },
});
