// The built extension in Debian's Chromium on saved Gmail and Outlook pages served at their real URLs.
import type { Page } from 'playwright-core';
import { FIXTURES } from '../sites/fixtures';
import { axeInSidebar, landmarkCount, launch, sidebar, SIDEBAR_IFRAME, type Harness } from './harness';

const fixture = (file: string) => {
  const f = FIXTURES.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f;
};
const GMAIL_JA = fixture('gmail-thread-ja-2026-11-24.html');
const GMAIL_REPLY_JA = fixture('gmail-reply-open-ja-2026-11-24.html');
const GMAIL_EN = fixture('gmail-thread-en-2026-11-24.html');
const OUTLOOK_JA = fixture('outlook-office-conversation-ja-2026-11-24.html');
const OUTLOOK_EN = fixture('outlook-office365-thread-en-2026-11-24.html');
const OUTLOOK_LIVE = fixture('outlook-live-thread-ja-2026-11-24.html');

const UI = {
  en: { proposeCall: 'Propose a call', exportCsv: 'Export CSV' },
  ja: { proposeCall: '電話を提案する', exportCsv: 'CSVをエクスポート' },
} as const;

async function openThread(h: Harness, f: { url: string; file: string }): Promise<Page> {
  const page = await h.open(f.url, f.file);
  await sidebar(page).waitFor({ timeout: 10_000 });
  return page;
}

/** Text of every range in the decline highlight, read in the page's main world. */
const highlightTexts = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('afterfollow-decline');
    return h ? [...h].map((r) => r.toString()) : null;
  });

// The message editor, not Outlook's recipient well (also an editable textbox, with a listbox popup).
const COMPOSE = 'div[contenteditable="true"][role="textbox"]:not([aria-haspopup])';
/** An item listed in the sidebar (not the same words in a template preview). */
const item = (page: Page, text: string) => sidebar(page).getByTestId('item-text').filter({ hasText: text }).first();

const composeText = (page: Page) => page.locator(COMPOSE).first().innerText();

describe.each(['en', 'ja'] as const)('Afterfollow in a %s browser', (locale) => {
  let h: Harness;
  const ui = UI[locale];

  beforeAll(async () => {
    h = await launch(locale);
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    // Nothing may leave the browser, and hostile mail may never open a dialog.
    expect(h.blocked).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });

  it('uses the browser language for its UI', async () => {
    const page = await openThread(h, GMAIL_JA);
    const lang = await page.evaluate(() => navigator.language);
    expect(lang.startsWith(locale)).toBe(true);
    await page.close();
  });

  // Before any Outlook page: the same candidate also writes there, which is other mail and other items.
  it('logs each item once after the thread is opened twice; the dashboard lists them and exports CSV', async () => {
    for (let i = 0; i < 2; i++) {
      const page = await openThread(h, GMAIL_JA);
      await item(page, 'リモートワークは週に何日可能でしょうか。').waitFor();
      await page.close();
    }
    const dash = await h.context.newPage();
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    const rows = dash.locator('tr[data-item-id]', { hasText: 'リモートワークは週に何日可能でしょうか。' });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('山田 花子');
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: ui.exportCsv }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('リモートワークは週に何日可能でしょうか。');
    expect(csv).toContain('山田 花子');
    await dash.close();
  });

  it('shows one landmark with the candidate, own questions and worries, and highlights only the decline words', async () => {
    const page = await openThread(h, GMAIL_JA);
    await expect.poll(() => landmarkCount(page)).toBe(1);
    const bar = sidebar(page);
    await bar.getByText('山田 花子').first().waitFor();
    await item(page, 'リモートワークは週に何日可能でしょうか。').waitFor();
    await item(page, '残業が多いのではないかと不安です。').waitFor();
    // The quoted recruiter mail speaks of 辞退 too: never listed, never highlighted.
    expect(await bar.getByText('万が一選考を辞退される場合も', { exact: false }).count()).toBe(0);
    await bar.getByRole('button', { name: ui.proposeCall }).waitFor();
    await expect.poll(() => highlightTexts(page)).not.toBeNull();
    const texts = (await highlightTexts(page))!;
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect('また、他社からも内定をいただいており、少し考える時間をいただけますでしょうか。').toContain(t);
    await page.close();
  });

  /** Clicks "Propose a call", finds the Japanese proposal in the open reply, and undoes it with one Ctrl+Z. */
  async function proposeCallAndUndo(f: { url: string; file: string }) {
    const page = await openThread(h, f);
    const before = await composeText(page);
    await sidebar(page).getByRole('button', { name: ui.proposeCall }).click();
    await expect.poll(() => composeText(page)).toContain('電話');
    await page.locator(COMPOSE).first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => composeText(page)).toBe(before);
    await page.close();
  }

  it("leaves the mail client's own controls uncovered", async () => {
    for (const f of [GMAIL_REPLY_JA, OUTLOOK_JA]) {
      const page = await openThread(h, f);
      await item(page, 'リモートワークは週に何日可能でしょうか。').waitFor();
      // Gmail and Outlook right-align their per-message controls (Reply, More): add one the way they do.
      await page.evaluate(`(() => {
        const row = document.createElement('div');
        row.style.cssText = 'display:flex;justify-content:flex-end';
        row.innerHTML = '<div role="button" tabindex="0" aria-label="More">⋮</div>';
        document.querySelector('[role="main"]').prepend(row);
      })()`);
      // The room is made right after the sidebar renders: poll until the layout has settled.
      const coveredNow = async () => {
        const box = (await page.locator(SIDEBAR_IFRAME).boundingBox())!;
        return (await page.evaluate(`(() => {
        return [...document.querySelectorAll('[role="main"] [role="button"], [role="main"] button, [role="main"] [contenteditable="true"], [role="main"] h2')]
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0)
          .filter(({ r }) => { const cx = r.left + r.width / 2, cy = r.top + r.height / 2; return cx >= BOX.x && cx <= BOX.x + BOX.width && cy >= BOX.y && cy <= BOX.y + BOX.height; })
          .map(({ el }) => el.outerHTML.slice(0, 80));
      })()`.replace(/BOX/g, JSON.stringify(box)))) as string[];
      };
      await expect.poll(coveredNow, { message: f.file }).toEqual([]);
      await page.close();
    }
  });

  it('passes axe (including colour contrast) in the rendered sidebar', async () => {
    const page = await openThread(h, GMAIL_JA);
    await item(page, 'リモートワークは週に何日可能でしょうか。').waitFor();
    expect(await axeInSidebar(page)).toEqual([]);
    await page.close();
  });

  it('"Propose a call" inserts the proposal into the open Gmail reply, and one Ctrl+Z removes it', () => proposeCallAndUndo(GMAIL_REPLY_JA));

  it('inserts the English proposal in an English Gmail thread', async () => {
    const page = await openThread(h, GMAIL_EN);
    await item(page, 'How many days a week can I work remotely?').waitFor();
    // Open a reply box the way Gmail renders one (a static page has no Gmail script to open it).
    await page.evaluate(() => {
      const host = document.querySelector('div.adn:last-of-type') ?? document.body;
      const box = document.createElement('div');
      box.className = 'Am Al editable LW-avf tS-tW';
      box.setAttribute('contenteditable', 'true');
      box.setAttribute('role', 'textbox');
      box.setAttribute('g_editable', 'true');
      box.setAttribute('aria-label', 'Message Body');
      host.append(box);
    });
    await sidebar(page).getByRole('button', { name: ui.proposeCall }).click();
    await expect.poll(() => composeText(page)).toContain('call');
    await page.close();
  });

  it('reads Outlook on office.com, office365.com and outlook.live.com', async () => {
    for (const [f, sentence] of [
      [OUTLOOK_JA, 'リモートワークは週に何日可能でしょうか。'],
      [OUTLOOK_EN, 'How many days a week can I work remotely?'],
      [OUTLOOK_LIVE, 'リモートワークは週に何日可能でしょうか。'],
    ] as const) {
      const page = await openThread(h, f);
      await expect.poll(() => landmarkCount(page)).toBe(1);
      await item(page, sentence).waitFor();
      await page.close();
    }
  });

  it('inserts into the Outlook reply compose with undo', () => proposeCallAndUndo(OUTLOOK_JA));

});
