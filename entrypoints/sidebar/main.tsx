// The sidebar: an extension page shown in an iframe that the content script places beside the mail.
// The mail page cannot read it or drive it; it reads the log itself (live) and talks to the
// background through typed runtime messages.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { useRail } from './use-rail';
import { uiLanguage } from '../../lib/platform/i18n';
import { send } from '../../lib/messages/client';
import { parseThemeMessage, sidebarTheme, type ThemeMessage } from '../../lib/messages/theme';
import { composing } from '../../components/sidebar/keys';
import '../../components/sidebar/sidebar.css';

// Escape gives focus back to the mail (never while a Japanese IME is composing). Keys typed here stay
// in this frame: the mail client's shortcuts never see them.
window.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !composing(e)) void send('tab.layout', { action: 'focus-mail' }).catch(() => {});
});

// Light or dark: the mail client's theme, told by the content script, and the OS setting (as the page
// sees it once told; until then as this frame sees it).
const osDark = window.matchMedia('(prefers-color-scheme: dark)');
let told: ThemeMessage | null = null;
const applyTheme = () => {
  document.documentElement.dataset.theme = sidebarTheme(told ?? { page: null, os: osDark.matches ? 'dark' : 'light' });
};
osDark.addEventListener('change', applyTheme);
window.addEventListener('message', (e) => {
  if (e.source !== window.parent) return;
  const message = parseThemeMessage(e.data);
  if (!message) return;
  told = message;
  applyTheme();
});
applyTheme();

function Root() {
  // The benchmark reads when the landmark first rendered (npm run bench: sidebar visible).
  useEffect(() => void performance.mark('afterfollow:sidebar-shown'), []);
  return <SidebarApp rail={useRail()} />;
}

document.documentElement.lang = uiLanguage();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary context={`sidebar ${browser.runtime.getManifest().version}`} copy={(text) => navigator.clipboard.writeText(text)}>
    <Root />
  </ErrorBoundary>,
);
