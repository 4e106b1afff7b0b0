// Every UI string goes through browser.i18n, so the UI follows the browser's language.
// The English catalogue is bundled as a fallback for environments without i18n (unit tests).
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

let override: ((key: string) => string) | null = null;
/** Tests use this to render in another catalogue (e.g. Japanese). */
export function setMessageSourceForTests(source: ((key: string) => string) | null) {
  override = source;
}

function lookup(key: MessageKey): string {
  if (override) return override(key);
  try {
    const text = browser.i18n.getMessage(key);
    if (text) return text;
  } catch {
    // fakeBrowser and some test hosts do not implement i18n.
  }
  return en[key].message;
}

/** Substitutes $1…$9 ourselves so the same strings work in every browser and in tests. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = lookup(key);
  return subs.length ? text.replace(/\$([1-9])/g, (m, d: string) => String(subs[Number(d) - 1] ?? m)) : text;
}

export function uiLanguage(): 'ja' | 'en' {
  let lang = '';
  try {
    lang = browser.i18n.getUILanguage();
  } catch {
    lang = typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
  if (override) lang = override('@@ui_locale') || lang;
  return lang.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function formatDateTime(epochMs: number | null): string {
  if (epochMs === null) return t('notSet');
  return new Intl.DateTimeFormat(uiLanguage() === 'ja' ? 'ja-JP' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(epochMs);
}
