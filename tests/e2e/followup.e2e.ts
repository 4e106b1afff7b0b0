// The follow-up clock and templates, as a recruiter uses them from the sidebar.
import type { Page } from 'playwright-core';
import { launch, sidebar, type Harness } from './harness';

const GMAIL = { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzcrQXbmSxrKgvwJNpFzvPBlH', file: 'gmail-reply-open-ja-2026-11-24.html' };
const OUTLOOK = {
  url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjJmLTQ5ZDEtMDACLTAwCgAQAGh7Hc2VfU5Cq0jXk4mU3aY%3D',
  file: 'outlook-office-conversation-ja-2026-11-24.html',
};
const COMPOSE = 'div[contenteditable="true"][role="textbox"]:not([aria-haspopup])';
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
/** datetime-local value for a moment, in the browser's (= this machine's) zone. */
const localInput = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

async function addInterview(page: Page, at: number) {
  const bar = sidebar(page);
  await bar.getByRole('button', { name: /Add interview/ }).click();
  await bar.getByLabel('Date and time').fill(localInput(at));
  await bar.getByLabel('Interviewers (comma-separated)').fill('Tanaka');
  await bar.getByRole('form', { name: 'Add interview' }).getByRole('button', { name: 'Add interview' }).click();
}

const badge = (h: Harness) =>
  h.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({}));

describe('follow-up clock and templates', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('en');
  });
  afterAll(async () => {
    await h?.close();
  });

  // First: later tests send follow-ups, which would complete this interview's follow-up.
  it('badges overdue follow-ups once an interview two days ago has none', async () => {
    const page = await h.open(GMAIL.url, GMAIL.file);
    await sidebar(page).getByTestId('candidate-name').waitFor();
    await addInterview(page, Date.now() - 2 * DAY);
    const due = sidebar(page).locator('[data-due-kind="post_interview_follow_up"]');
    await expect.poll(() => due.count()).toBeGreaterThan(0);
    const overdueRows = sidebar(page).locator('[data-due-kind]', { hasText: 'Overdue since' });
    await expect.poll(async () => (await badge(h)) === String(await overdueRows.count()) && (await overdueRows.count()) > 0).toBe(true);
    expect(h.blocked).toEqual([]);
    await page.close();
  });

  for (const site of [GMAIL, OUTLOOK]) {
    it(`suggests the post-interview follow-up the day after the interview and inserts it filled (${new URL(site.url).hostname})`, async () => {
      const page = await h.open(site.url, site.file);
      await sidebar(page).getByTestId('candidate-name').waitFor();
      await addInterview(page, Date.now() - DAY);
      const card = sidebar(page).locator('li', { hasText: /send the follow-up/ }).first();
      await card.waitFor();
      await card.locator('summary').click();
      // The position is not known yet: the card asks for it instead of sending a hole.
      const insert = card.getByRole('button', { name: 'Insert into reply' });
      expect(await insert.isDisabled()).toBe(true);
      await card.getByLabel('Position').fill('バックエンドエンジニア');
      await insert.click();
      await expect.poll(() => page.locator(COMPOSE).first().innerText()).toContain('バックエンドエンジニア');
      expect(await page.locator(COMPOSE).first().innerText()).toContain('山田 花子 様');
      expect(await page.locator(COMPOSE).first().innerText()).not.toContain('{{');
      // The follow-up is logged with the time it took, from opening the thread to inserting it.
      const log = await h.context.newPage();
      await log.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
      const sent = (await log.evaluate(`new Promise((resolve) => {
        const open = indexedDB.open('afterfollow');
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => resolve(req.result.filter((e) => e.kind === 'follow_up_sent').map((e) => e.detail));
        };
      })`)) as { moment: string; workMs: number }[];
      expect(sent.map((d) => d.moment)).toContain('after_interview');
      const timed = sent.find((d) => d.moment === 'after_interview')!;
      expect(timed.workMs).toBeGreaterThan(0);
      expect(timed.workMs).toBeLessThan(120_000);
      await log.close();
      await page.close();
    });
  }

});
