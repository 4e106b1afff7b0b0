// Every UI string goes through browser.i18n, so the UI follows the browser's language.
// The English catalogue is bundled as a fallback for environments without i18n (unit tests).
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

let override: ((key: string) => string) | null = null;
/** Tests use this to render in another catalogue (e.g. Japanese). */
export function setMessageSourceForTests(source: ((key: string) => string) | null) {
  override = source;
}

const substitute = (text: string, subs: string[]) => text.replace(/\$([1-9])/g, (m, d: string) => subs[Number(d) - 1] ?? m);

/** A UI string in the browser's language; $1…$9 are filled from `subs`. */
export function t(key: MessageKey, ...values: (string | number)[]): string {
  const subs = values.map(String);
  if (override) return substitute(override(key), subs);
  try {
    // Chromium fills (and, without substitutions, strips) $1…$9 itself.
    const text = browser.i18n.getMessage(key, subs);
    if (text) return text;
  } catch {
    // fakeBrowser and some test hosts do not implement i18n.
  }
  return substitute(en[key].message, subs);
}

/** Message bases that come in plural forms: `<base>_one`, `<base>_other` (ja has only "other"). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/**
 * A counted UI string through the language's plural rules (Intl.PluralRules): "1 follow-up overdue",
 * "2 follow-ups overdue". $1 is the count (formatted per locale); further values fill $2….
 */
export function tn(base: PluralKey, count: number, ...values: (string | number)[]): string {
  const locale = uiLanguage() === 'ja' ? 'ja-JP' : 'en-US';
  const form = `${base}_${new Intl.PluralRules(locale).select(count)}`;
  const key = (form in en ? form : `${base}_other`) as MessageKey;
  return t(key, new Intl.NumberFormat(locale).format(count), ...values);
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
  // Out of JavaScript's date range Intl throws, which would take the whole view down.
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return t('notSet');
  return new Intl.DateTimeFormat(uiLanguage() === 'ja' ? 'ja-JP' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(epochMs);
}
