// The page-layout report as the text a user pastes into a bug report. Everything in it comes from
// lib/sites adapter.layoutReport(): the host and path shape (ids replaced), the view name and the
// censored outline (tag names and whitelisted attributes, never text). Nothing is added from the mail.
import { browser } from 'wxt/browser';
import type { LayoutReportData } from '../../lib/messages/protocol';

export function formatLayoutReport(report: LayoutReportData, version: string): string {
  return [
    'Afterfollow page-layout report',
    `version: ${version}`,
    `site: ${report.site}`,
    `view: ${report.viewName || 'unknown'}`,
    `page: ${report.page}`,
    'outline:',
    report.outline,
  ].join('\n');
}

export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}
