// The recruiter's day in the sidebar (issue 16): the suggestion that fits the hint, what matters above
// the fold, dark mode, and accessibility in both themes and both locales.
import type { Page } from 'playwright-core';
import { FIXTURES } from '../sites/fixtures';
import { axeInSidebar, launch, sidebar, SIDEBAR_IFRAME, type Harness } from './harness';

const fixture = (file: string) => FIXTURES.find((f) => f.file === file)!;
/** 「…今回は見送らせていただくことも考えております。」: a soft hint, the issue's own example. */
const OUTLOOK_SOFT_JA = fixture('outlook-real-thread-ja-2026-11-25.html');
const GMAIL_JA = fixture('gmail-thread-ja-2026-11-24.html');
const GMAIL_INBOX = fixture('gmail-inbox-ja-2026-11-24.html');
const GMAIL_EN = fixture('gmail-thread-en-2026-11-24.html');

const UI = {
  en: { proposeCall: 'Propose a call', survey: 'Ask for the decline survey', surveyTitle: /survey/i, edit: 'Edit', save: 'Save', stage: 'Stage', declined: 'Declined' },
  ja: { proposeCall: '電話を提案する', survey: '辞退アンケートを依頼する', surveyTitle: /アンケート/, edit: '編集', save: '保存', stage: '選考段階', declined: '辞退' },
} as const;

async function openThread(h: Harness, f: { url: string; file: string }): Promise<Page> {
  const page = await h.open(f.url, f.file);
  await sidebar(page).waitFor({ timeout: 10_000 });
  return page;
}

/** The sidebar's computed background (the landmark's own), as relative luminance 0…1. */
const sidebarLuminance = (page: Page) =>
  page
    .frameLocator(SIDEBAR_IFRAME)
    .getByRole('complementary', { name: 'Afterfollow' })
    .evaluate((el) => {
      const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255);
      const lin = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    });

describe.each(['en', 'ja'] as const)('the recruiter’s day in a %s browser', (locale) => {
  let h: Harness;
  const ui = UI[locale];
  beforeAll(async () => {
    h = await launch(locale);
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    expect(h.blocked).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });

  it('a soft hint gets a call proposal and no survey; a recorded decline gets the survey', async () => {
    const page = await openThread(h, OUTLOOK_SOFT_JA);
    const bar = sidebar(page);
    await bar.getByRole('button', { name: ui.proposeCall }).waitFor();
    await bar.getByRole('region', { name: /Suggested follow-ups|おすすめのフォロー/ }).waitFor();
    expect(await bar.getByRole('button', { name: ui.survey }).count()).toBe(0);
    expect(await bar.locator('summary').filter({ hasText: ui.surveyTitle }).count()).toBe(0);
    expect(await bar.getByText('お祈り申し上げます', { exact: false }).count()).toBe(0);

    // The recruiter records the outcome: the candidate declined.
    await bar.getByRole('button', { name: ui.edit, exact: true }).click();
    await bar.getByRole('combobox', { name: ui.stage }).selectOption('declined');
    await bar.getByRole('button', { name: ui.save, exact: true }).click();
    await bar.locator('summary').filter({ hasText: ui.surveyTitle }).first().waitFor();
    await bar.getByRole('button', { name: ui.survey }).waitFor();
    await page.close();
  });

  it('at a 1366×768 window the first open question shows in the sidebar without scrolling', async () => {
    const page = await h.context.newPage();
    // The browser's own bars take about 110 px of a 768 px screen.
    await page.setViewportSize({ width: 1366, height: 658 });
    h.serve(new URL(GMAIL_JA.url).hostname, GMAIL_JA.file);
    await page.goto(GMAIL_JA.url);
    const first = sidebar(page).getByTestId('item-text').first();
    await first.waitFor({ timeout: 10_000 });
    const frame = (await page.locator(SIDEBAR_IFRAME).boundingBox())!;
    const box = (await first.boundingBox())!;
    const scroller = await first.evaluate((el) => {
      const s = el.closest('.overflow-y-auto')!;
      return { top: s.scrollTop, bottom: s.getBoundingClientRect().bottom };
    });
    expect(scroller.top).toBe(0);
    // boundingBox is in page coordinates: the question ends above the frame's and the window's bottom.
    expect(box.y + box.height).toBeLessThanOrEqual(Math.min(frame.y + frame.height, 658));
    expect(box.y + box.height - frame.y).toBeLessThanOrEqual(scroller.bottom);
    await page.close();
  });

  it('outside a thread the sidebar is a slim rail with today\'s due count', async () => {
    // A wavering candidate whose decline hint wants a reaction: a follow-up due (long overdue by now).
    const thread = await openThread(h, GMAIL_EN);
    await sidebar(thread).getByRole('button', { name: ui.proposeCall }).waitFor();
    await thread.close();
    const page = await h.open(GMAIL_INBOX.url, GMAIL_INBOX.file);
    await sidebar(page).waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await page.locator(SIDEBAR_IFRAME).boundingBox())?.width).toBe(44);
    const count = sidebar(page).getByTestId('rail-due-today');
    await count.waitFor();
    expect(Number(await count.innerText())).toBeGreaterThan(0);
    await page.close();
  });

  it('follows a dark mail client under a light OS', async () => {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    // Gmail's dark theme: light text on a dark background.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = 'body { background: #202124 !important; color: #e8eaed !important; }';
        document.head.append(style);
      });
    });
    h.serve(new URL(GMAIL_JA.url).hostname, GMAIL_JA.file);
    await page.goto(GMAIL_JA.url);
    await sidebar(page).getByTestId('item-text').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => sidebarLuminance(page)).toBeLessThan(0.05);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('follows a %s colour scheme, and axe passes', async (scheme) => {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    h.serve(new URL(GMAIL_JA.url).hostname, GMAIL_JA.file);
    await page.goto(GMAIL_JA.url);
    await sidebar(page).getByTestId('item-text').first().waitFor({ timeout: 10_000 });
    if (scheme === 'dark') await expect.poll(() => sidebarLuminance(page)).toBeLessThan(0.05);
    else await expect.poll(() => sidebarLuminance(page)).toBeGreaterThan(0.8);
    expect(await axeInSidebar(page)).toEqual([]);
    // No button label wraps (「編集」 once broke into 編/集).
    const wrapped = await sidebar(page).evaluate((aside) =>
      [...aside.querySelectorAll('button')]
        .filter((b) => b.getClientRects().length > 0 && b.clientHeight >= 2 * parseFloat(getComputedStyle(b).lineHeight))
        .map((b) => b.textContent),
    );
    expect(wrapped).toEqual([]);
    await page.close();
  });

  it('keys typed in the sidebar stay in it, and a visible focus ring marks the focused control', async () => {
    const page = await openThread(h, GMAIL_JA);
    await sidebar(page).getByTestId('item-text').first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      document.addEventListener('keydown', (e) => (window as unknown as { seen: string[] }).seen.push(e.key), true);
    });
    const button = sidebar(page).getByRole('button', { name: ui.proposeCall });
    await button.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('jk');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    const outline = await sidebar(page).evaluate(() => {
      const el = document.activeElement!;
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
