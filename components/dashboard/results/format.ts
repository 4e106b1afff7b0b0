// Numbers in the UI language's conventions (1,234 / 12.5% in both ja and en, dates per locale).
import { t, uiLanguage } from '../../../lib/platform/i18n';

const locale = () => (uiLanguage() === 'ja' ? 'ja-JP' : 'en-US');

export const formatCount = (n: number) => new Intl.NumberFormat(locale()).format(n);

export const formatPercent = (share: number | null) =>
  share === null ? '–' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** Hours with one decimal: latencies span minutes to days and HR compares them against "next day". */
export const formatHours = (ms: number | null) =>
  ms === null ? '–' : t('hrHours', new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(ms / 3_600_000));

export const formatDate = (ms: number | null) => (ms === null || !(Math.abs(ms) <= 8.64e15) ? '' : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(ms));

/** 'YYYY-MM' as "Jan 2025" / "2025年1月". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}
