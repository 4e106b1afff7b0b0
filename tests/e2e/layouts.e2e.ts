// Every real-layout fixture (tests/sites/fixtures.ts, rebuilt from dated public captures) in a real
// Chromium, in English and in Japanese: the right sender, questions, worries and decline state are shown,
// each thread is logged once, highlights touch only the open message, insertion lands in the open compose
// and one Ctrl+Z removes it, internal mail logs nothing. And a view that is not understood names itself
// and copies a censored page-layout report. One browser per locale, one page per fixture.
import type { Page } from 'playwright-core';
import { FIXTURES, type FixtureCase } from '../sites/fixtures';
import { launch, sidebar, sidebarFrame, type Harness } from './harness';

const fixture = (file: string): FixtureCase => {
  const f = FIXTURES.find((x) => x.file === file);
  if (!f) throw new Error(`no fixture ${file}`);
  return f;
};

interface Layout {
  file: string;
  /** The candidate as the sidebar names them. */
  candidate?: string;
  /** Questions and worries of the open mail, each listed once. */
  items?: string[];
  /** The open mail hints at declining: "Propose a call" is offered and its words are highlighted. */
  decline?: string;
  /** How text reaches the open compose: the call proposal, or the first suggested follow-up. */
  insert?: 'call' | 'suggestion';
  /** A colleague's forward: shown as internal, naming the original sender; nothing logged. */
  forwardOf?: string;
  /** Sentences in the page that must not be logged (a colleague's own request). */
  notLogged?: string[];
}

// Order matters once: the Outlook pop-out read window shows no mailbox address, so an Outlook main window
// of the same user (outlook-real-thread-ja) is opened before it, as a user would.
const LAYOUTS: Layout[] = [
  {
    file: 'gmail-real-thread-en-2026-11-25.html',
    candidate: 'Daniel Brooks',
    items: ['Could you tell me whether the role allows working remotely two days a week?', 'What does the on-call schedule look like for new team members?', "I'm a little concerned about the commute"],
    decline: "To be honest, I'm also in the final stage with another company, so I may need to step back from this process if the timeline doesn't work.",
    insert: 'call',
  },
  {
    file: 'outlook-real-thread-ja-2026-11-25.html',
    candidate: '山田 花子',
    items: ['試用期間中の給与は本採用後と同じ条件でしょうか。', '育児と両立できるよう、時短勤務の制度があれば教えていただけますか。', '転勤の可能性があるのではないかと少し心配しております。'],
    decline: '正直に申し上げますと、家族とも相談しており、今回は見送らせていただくことも考えております。',
    insert: 'call',
  },
  {
    file: 'gmail-real-split-en-2026-12-02.html',
    candidate: 'Daniel Brooks',
    items: ['Is the relocation allowance paid before the start date or after?', 'Could the start date move to February 2 instead of January 12?', "I'm worried the notice period at my current job may not allow January."],
  },
  {
    file: 'gmail-real-long-thread-ja-2026-12-02.html',
    candidate: '山田 花子',
    items: ['最終面接の前に、配属先のチーム構成を教えていただけますでしょうか。', '入社時期を来年4月まで延ばすことは可能でしょうか。', '通勤時間が長くなることが少し心配です。'],
    insert: 'suggestion',
  },
  {
    file: 'gmail-real-popout-compose-en-2026-12-02.html',
    candidate: 'Daniel Brooks',
    items: ['Would it be possible to have the final interview online?'],
    insert: 'suggestion',
  },
  {
    file: 'gmail-real-internal-forward-ja-2026-12-02.html',
    forwardOf: '山田 花子',
    notLogged: ['来週までにご回答いただけますか？'],
  },
  {
    file: 'outlook-real-cached-panes-en-2026-12-02.html',
    candidate: 'Daniel Brooks',
    items: ['Is the signing bonus paid with the first salary?', 'Could I work from the Osaka office two days a week?', 'I am a little worried about the on-call load in the first months.'],
  },
  {
    file: 'outlook-real-popout-read-ja-2026-12-02.html',
    candidate: '山田 花子',
    items: ['入社日を5月1日に変更していただくことは可能でしょうか。', '住宅手当の支給条件を教えていただけますか。', '現職の引き継ぎが間に合わないのではないかと不安です。'],
  },
  {
    file: 'outlook-real-cloud-bottom-en-2026-12-02.html',
    candidate: 'Daniel Brooks',
    items: ['Can I bring a laptop to the technical interview?', 'Will the interview be in English or Japanese?'],
  },
  {
    file: 'outlook-real-pane-off-ja-2026-12-02.html',
    candidate: '山田 花子',
    items: ['面接の交通費は支給されますでしょうか。', '服装の指定があれば教えていただけますか。'],
  },
];

const UI = {
  en: { expand: 'Expand Afterfollow sidebar', proposeCall: 'Propose a call', insert: 'Insert into reply', copy: 'Copy page-layout report', copied: 'Page-layout report copied.', treatAs: (n: string) => `Treat as ${n}’s thread`, internalForward: 'A colleague forwarded mail from' },
  ja: { expand: 'Afterfollow サイドバーを開く', proposeCall: '電話を提案する', insert: '返信欄に挿入', copy: 'ページ構造レポートをコピー', copied: 'ページ構造レポートをコピーしました。', treatAs: (n: string) => `${n} さんのスレッドとして扱う`, internalForward: '社内の方が' },
} as const;

// The message editor, not Outlook's recipient well (also an editable textbox, with a listbox popup).
const COMPOSE = 'div[contenteditable="true"][role="textbox"]:not([aria-haspopup])';
/**
 * The sidebar, opened: where the mail column would be squeezed below a readable width (the cached-panes
 * page at this window size) or outside a thread, it starts as a rail the user expands.
 */
async function openSidebar(page: Page, expand: string) {
  const bar = sidebar(page);
  await bar.waitFor({ timeout: 10_000 });
  const button = sidebarFrame(page).getByRole('button', { name: expand });
  if (await button.count()) await button.click();
  return bar;
}

/** The sidebar showing a candidate, expanded by the user if it is the rail (it may turn into one while the page settles). */
async function candidateSidebar(page: Page, expand: string, candidate: string) {
  const bar = sidebar(page);
  await bar.waitFor({ timeout: 10_000 });
  await expect
    .poll(
      async () => {
        const button = sidebarFrame(page).getByRole('button', { name: expand });
        if (await button.count()) await button.click({ timeout: 2_000 }).catch(() => {});
        return (await bar.getByTestId('candidate-name').count()) ? bar.getByTestId('candidate-name').innerText() : `(${await bar.innerText().catch(() => '')})`;
      },
      { timeout: 20_000, interval: 300 },
    )
    .toBe(candidate);
  return bar;
}

const item = (page: Page, text: string) => sidebar(page).getByTestId('item-text').filter({ hasText: text });

/** Text and visibility of every range in the decline highlight, read in the page's main world. */
const highlights = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('afterfollow-decline');
    return h ? [...h].map((r) => ({ text: r.toString(), shown: (r as Range).getClientRects().length > 0 && (r as Range).getBoundingClientRect().width > 0 })) : [];
  });

/** Every editor's text; insertion must land in exactly one of them. */
const editorTexts = (page: Page) => page.locator(COMPOSE).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));

describe.each(['en', 'ja'] as const)('real layouts in a %s browser', (locale) => {
  let h: Harness;
  const ui = UI[locale];

  beforeAll(async () => {
    h = await launch(locale);
    // The recruiter's settings, so suggested follow-ups have nothing left to fill in.
    const setup = await h.context.newPage();
    await setup.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await setup.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ channel: 'afterfollow', type: 'settings.set', data: { recruiterName: 'Ken Sato', company: 'Example Corp', surveyUrl: 'https://survey.example.com/s', signature: 'Ken' } }),
    );
    await setup.close();
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => {
    expect(h.blocked).toEqual([]);
    expect(h.dialogs).toEqual([]);
  });

  it.each(LAYOUTS.map((l) => [l.file, l] as const))('%s', async (_file, layout) => {
    const fx = fixture(layout.file);
    const page = await h.open(fx.url, fx.file);
    // Give the page's first report time to settle the frame's mode before looking for the rail.
    await sidebar(page).waitFor({ timeout: 10_000 });
    await expect.poll(() => sidebarFrame(page).getByRole('button').count()).toBeGreaterThan(0);
    const bar = await openSidebar(page, ui.expand);

    if (layout.forwardOf) {
      await bar.getByText(ui.internalForward, { exact: false }).waitFor();
      expect(await bar.getByText(ui.internalForward, { exact: false }).innerText()).toContain(layout.forwardOf);
      await bar.getByRole('button', { name: ui.treatAs(layout.forwardOf) }).waitFor();
      expect(await bar.getByTestId('item-text').count()).toBe(0);
      expect(await highlights(page)).toEqual([]);
      await page.close();
      return;
    }

    // The right sender, questions and worries.
    await expect.poll(() => bar.getByTestId('candidate-name').innerText(), { message: fx.file }).toBe(layout.candidate);
    for (const text of layout.items ?? []) await item(page, text).first().waitFor();
    // Hidden panes, hidden text and folded messages never reach the sidebar.
    const shown = await bar.innerText();
    for (const hidden of fx.neverRead ?? []) expect(shown, fx.file).not.toContain(hidden);

    // The decline state, and highlights only on the open message's words.
    const call = bar.getByRole('button', { name: ui.proposeCall });
    if (layout.decline) {
      await call.waitFor();
      await expect.poll(() => highlights(page).then((r) => r.length), { message: fx.file }).toBeGreaterThan(0);
      for (const r of await highlights(page)) {
        expect(layout.decline).toContain(r.text);
        expect(r.shown).toBe(true);
      }
    } else {
      expect(await call.count()).toBe(0);
      expect(await highlights(page)).toEqual([]);
    }

    // Insertion into the compose the user has open, undone by one Ctrl+Z.
    if (layout.insert) {
      const before = await editorTexts(page);
      if (layout.insert === 'call') await call.click();
      else {
        // The first suggestion is open; what it asks for (an answer to the question) is filled in first.
        const card = bar.locator('details[open]').first();
        for (const box of await card.locator('textarea').all()) await box.fill('OK');
        await card.getByRole('button', { name: ui.insert }).click();
      }
      await expect.poll(async () => (await editorTexts(page)).filter((t, i) => t !== before[i]).length, { message: fx.file }).toBe(1);
      const changed = (await editorTexts(page)).findIndex((t, i) => t !== before[i]);
      await page.locator(COMPOSE).nth(changed).focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorTexts(page), { message: fx.file }).toEqual(before);
    }

    // Opened again: still one row per item.
    await page.reload();
    await sidebar(page).waitFor({ timeout: 10_000 });
    await expect.poll(() => sidebarFrame(page).getByRole('button').count()).toBeGreaterThan(0);
    await openSidebar(page, ui.expand);
    for (const text of layout.items ?? []) await item(page, text).first().waitFor();
    await page.close();
  });

  it('logged each thread once, and nothing of internal mail', async () => {
    const dash = await h.context.newPage();
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    for (const layout of LAYOUTS) {
      for (const text of layout.items ?? []) {
        await expect.poll(() => dash.locator('tr[data-item-id]', { hasText: text }).count(), { message: `${layout.file}: ${text}` }).toBe(1);
      }
      for (const text of layout.notLogged ?? []) expect(await dash.locator('tr[data-item-id]', { hasText: text }).count()).toBe(0);
    }
    await dash.close();
  });

  // A reply popped out into its own window (OWA's "Open in new window": the inline draft closes, a window opens at
  // /mail/deeplink/compose…): "Propose a call" or a template, asked for in the main window's sidebar, lands in that
  // window's compose and one Ctrl+Z there removes it; the window's own sidebar shows the thread and inserts there too.
  it.each([
    { main: 'outlook-real-thread-ja-2026-11-25.html', popout: 'outlook-real-reply-popout-ja-2026-12-03.html', candidate: '山田 花子', insert: 'call' as const, projected: false },
    { main: 'outlook-real-cloud-bottom-en-2026-12-02.html', popout: 'outlook-real-reply-popout-en-2026-12-03.html', candidate: 'Daniel Brooks', insert: 'suggestion' as const, projected: false },
    // OWA's other way: an empty window it renders from the main window (owa-popout-v2 projection, about:blank).
    { main: 'outlook-real-thread-ja-2026-11-25.html', popout: 'outlook-real-reply-popout-ja-2026-12-03.html', candidate: '山田 花子', insert: 'call' as const, projected: true },
  ])('a reply popped out of $main (projected: $projected) receives the insertion, undone by one Ctrl+Z', async ({ main, popout, candidate, insert, projected }) => {
    const fxMain = fixture(main);
    const fxPop = fixture(popout);
    h.serveUrl(fxPop.url, fxPop.file);
    const page = await h.open(fxMain.url, fxMain.file);
    page.setDefaultTimeout(15_000);
    await candidateSidebar(page, ui.expand, candidate);
    // OWA closes the inline draft it pops out, and opens the window.
    await page.evaluate(`document.querySelectorAll('[data-app-section="ComposeContainer"]').forEach((c) => c.closest('.aVla3')?.remove())`);
    const opened = h.context.waitForEvent('page');
    if (projected) {
      const { readFileSync } = await import('node:fs');
      const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(readFileSync(`tests/fixtures/${fxPop.file}`, 'utf8'))![1]!;
      await page.evaluate(`(() => { const w = window.open('about:blank', '_blank', 'popup,width=900,height=760'); w.document.body.innerHTML = ${JSON.stringify(body)}; })()`);
    } else await page.evaluate(`window.open(${JSON.stringify(fxPop.url)}, '_blank', 'popup,width=900,height=760')`);
    const win = await opened;
    win.setDefaultTimeout(15_000);
    await win.waitForLoadState();
    await win.locator(COMPOSE).first().click({ timeout: 15_000 });
    const mainBefore = await editorTexts(page);
    const before = await editorTexts(win);
    expect(before).toHaveLength(1);

    const run = async (where: Page) => {
      const b = await candidateSidebar(where, ui.expand, candidate);
      if (insert === 'call') await b.getByRole('button', { name: ui.proposeCall }).click({ timeout: 15_000 });
      else {
        const card = b.locator('details[open]').first();
        await card.waitFor({ timeout: 15_000 });
        for (const box of await card.locator('textarea').all()) await box.fill('OK');
        await card.getByRole('button', { name: ui.insert }).click({ timeout: 15_000 });
      }
      await expect.poll(() => editorTexts(win), { message: popout, timeout: 10_000 }).not.toEqual(before);
      expect(await editorTexts(page)).toEqual(mainBefore);
      await win.bringToFront();
      await win.locator(COMPOSE).first().focus();
      await win.keyboard.press('Control+z');
      await expect.poll(() => editorTexts(win), { message: popout }).toEqual(before);
    };
    // From the main window's sidebar, then from the pop-out's own.
    await run(page);
    await page.bringToFront();
    await run(win);
    await win.close();
    await page.close();
  });

  // A message opened in its own window before the main window (no conversation known yet) logs under its item id;
  // once the main window reads the conversation, the two readings are one thread: each item once, and the pop-out
  // shows the conversation.
  it('a pop-out read window opened before the main window joins the conversation once the main window reads it', async () => {
    const fxPop = fixture('outlook-real-popout-read-ja-2026-12-02.html');
    const fxMain = fixture('outlook-real-popout-main-ja-2026-12-03.html');
    const items = fxMain.messages!.flatMap((m) => m.own ?? []);
    h.serveUrl(fxPop.url, fxPop.file);
    const popout = await h.open(fxPop.url, fxPop.file);
    const popBar = await candidateSidebar(popout, ui.expand, '山田 花子');
    for (const text of items) await item(popout, text).first().waitFor();
    const main = await h.open(fxMain.url, fxMain.file);
    const mainBar = await candidateSidebar(main, ui.expand, '山田 花子');
    for (const text of items) await item(main, text).first().waitFor();
    const dash = await h.context.newPage();
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    for (const text of items) await expect.poll(() => dash.locator('tr[data-item-id]', { hasText: text }).count(), { message: text }).toBe(1);
    // Both windows show the one thread's items, once each.
    for (const bar of [popBar, mainBar]) for (const text of items) await expect.poll(() => bar.getByTestId('item-text').filter({ hasText: text }).count()).toBe(1);
    await dash.close();
    await main.close();
    await popout.close();
  });

  it('a view it does not understand names itself in the collapsed rail and copies a page-layout report without mail text', async () => {
    // An Outlook whose reading pane hooks were renamed (as a redesign would): the page holds a thread, none of it
    // is read, and the report carries none of its words.
    const fx = fixture('outlook-real-pane-off-ja-2026-12-02.html');
    const MARK = 'zqxMarker7731';
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(`tests/fixtures/${fx.file}`, 'utf8')
      .replaceAll('ReadingPaneContainerId', 'RpHostV2')
      .replaceAll('ConversationReadingPaneContainer', 'CrpHostV2')
      .replaceAll('data-app-section="ConversationContainer"', 'data-app-section="ThreadHostV2"')
      .replaceAll('data-app-section="MailReadCompose"', 'data-app-section="ReadHostV2"')
      .replace('</body>', `<div title="${MARK}" class="${MARK}">${MARK} words of a mail</div></body>`);
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(fx.url).origin });
    const page = await h.openHtml(fx.url, html);
    const bar = sidebar(page);
    await bar.waitFor({ timeout: 10_000 });
    // The collapsed rail already names the view and offers the report: Tab from the expand control reaches it.
    await expect.poll(() => bar.getByTestId('view-name').innerText()).toBe('outlook.other');
    const expand = sidebarFrame(page).getByRole('button', { name: ui.expand });
    expect(await expand.count()).toBe(1);
    await expand.focus();
    await page.keyboard.press('Tab');
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'))!;
    expect(await frame.evaluate('document.activeElement && document.activeElement.getAttribute("aria-label")')).toBe(ui.copy);
    await page.keyboard.press('Enter');
    // In this Chromium the frame may write to the clipboard (allow="clipboard-write"); the read-only box is
    // the way out where a page's permissions policy forbids it.
    await bar.getByText(ui.copied).waitFor();
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Afterfollow page-layout report');
    expect(copied).toContain('view: outlook.other');
    for (const words of fx.messages!.flatMap((m) => m.own ?? [])) expect(copied).not.toContain(words.slice(0, 8));
    expect(copied).toMatch(/outline:\n\w+/);
    expect(copied.toLowerCase()).not.toContain(MARK.toLowerCase());
    expect(copied).not.toMatch(/@/);
    await page.close();
  });
});
