// Options → Team in Firefox (the built Firefox MV3 extension in firefox-esr, background as an event
// page): the form saves, the optional host permission is asked for in the click and granted, the
// background signs in by session and syncs with a CouchDB-protocol server on 127.0.0.1 (the one
// connection let past the recording proxy), and the settings keep no password. Firefox answers
// permissions.request itself when extensions.webextOptionalPermissionPrompts is off (its doorhanger
// cannot be clicked through WebDriver BiDi): the request, the grant and everything after it are real.
import type { Frame, Page } from 'puppeteer-core';
import { FIXTURES } from '../sites/fixtures';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { clickButton, EXTENSION_ORIGIN, launchFirefox, sidebarFrame, until, waitForText, type FirefoxHarness } from './harness';

const GMAIL_JA = FIXTURES.find((x) => x.file === 'gmail-thread-ja-2026-11-24.html')!;

/** The options page, the way a recruiter gets there: sidebar → dashboard → its Options link. */
async function openOptions(h: FirefoxHarness): Promise<Page> {
  const mail = await h.open(GMAIL_JA.url, GMAIL_JA.file);
  const bar = await sidebarFrame(mail);
  const newTab = async (action: () => Promise<void>, url: string) => {
    const before = new Set(await h.browser.pages());
    await action();
    const [tab] = await until(async () => (await h.browser.pages()).filter((p) => !before.has(p)), (p) => p.length === 1, url);
    await tab!.waitForFunction((u) => location.href === u, { timeout: 10_000 }, url);
    return tab!;
  };
  const dash = await newTab(() => clickButton(bar, 'Open dashboard'), `${EXTENSION_ORIGIN}/dashboard.html`);
  await mail.close();
  // The dashboard's Options link, followed in the same tab (WebDriver may not open a moz-extension
  // page itself, and a new tab from target=_blank is not reported to it).
  expect(await dash.$eval('a[href="/options.html"]', (a) => (a as HTMLAnchorElement).innerText)).toBe('Options');
  await dash.evaluate(() => location.assign('/options.html'));
  await dash.waitForFunction((u) => location.href === u, { timeout: 10_000 }, `${EXTENSION_ORIGIN}/options.html`);
  const options = dash;
  await options.waitForSelector('form[aria-label="Team"]', { timeout: 10_000 });
  return options;
}

async function fill(frame: Frame, v: Record<'serverUrl' | 'database' | 'username' | 'password' | 'displayName', string>) {
  await frame.click('form[aria-label="Team"] input[name="enabled"]');
  for (const [name, value] of Object.entries(v)) {
    const input = (await frame.waitForSelector(`form[aria-label="Team"] input[name="${name}"]`))!;
    await input.click({ count: 3 });
    await input.type(value);
  }
}

const text = (frame: Frame, selector: string) => frame.$eval(selector, (el) => (el as HTMLElement).innerText);

describe('Options → Team in Firefox', () => {
  let server: CouchServer;
  let h: FirefoxHarness;
  beforeAll(async () => {
    server = await startCouchServer({ users: { fox: 'pw-fox' }, databases: ['team'] });
    h = await launchFirefox({ passThrough: [server.url], prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });
  afterAll(async () => {
    await h?.close();
    await server?.stop();
  });

  it('saves the settings, asks for and gets the host, signs in by session and syncs; no password is kept', async () => {
    const page = await openOptions(h);
    const frame = page.mainFrame();
    await page.bringToFront();
    expect(await text(frame, '[data-testid="team-stored"]')).toContain('Not stored by Afterfollow: your password and the session cookie.');
    // Nothing was contacted before saving.
    expect(server.requests).toEqual([]);
    await fill(frame, { serverUrl: server.url, database: 'team', username: 'fox', password: 'pw-fox', displayName: 'Fox' });
    await clickButton(frame, 'Save and grant access');
    await waitForText(frame, 'form[aria-label="Team"] [role="status"]', 'Saved. Access to http://127.0.0.1/* granted: syncing.', 20_000);
    // The grant is the browser's own: the page sees it too.
    expect(await page.evaluate(`browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })`)).toBe(true);
    await until(() => text(frame, '[data-testid="team-status"]'), (t) => /Last sync: .*Changes waiting to be sent: 0/.test(t), 'a finished sync', 30_000);
    expect(await frame.$$eval('[data-testid="team-status"] [data-error]', (els) => els.length)).toBe(0);
    // Signed in once with the password; every later request went by the session cookie Firefox kept.
    expect(server.requests.filter((r) => r === 'POST /_session')).toHaveLength(1);
    expect(server.requests).toContain('GET /_session');
    expect(server.requests).toContain('GET /team');
    // The candidate of the mail opened on the way (logged by the sidebar) is on the server, authored by Fox.
    const foxDocs = async () => (await server.db('team').allDocs({ startkey: 'b:fox:', endkey: 'b:fox:\ufff0', include_docs: true })).rows;
    await until(
      async () => {
        await clickButton(frame, 'Sync now');
        return (await foxDocs()).length;
      },
      (n) => n > 0,
      "Fox's documents on the server",
      30_000,
    );
    const [row] = await foxDocs();
    expect((row!.doc as { author: unknown }).author).toEqual({ user: 'fox', name: 'Fox' });
    // Saved without a password: the reloaded form shows none, and keeps the session ("leave empty").
    // (Reloaded by the page itself: WebDriver's own reload of a moz-extension page never completes.)
    await page.evaluate(() => {
      (window as unknown as { stale: boolean }).stale = true;
      location.reload();
    });
    await page.waitForFunction(() => !(window as unknown as { stale?: boolean }).stale && document.querySelector('form[aria-label="Team"] input[name="serverUrl"]') !== null, { timeout: 10_000 });
    expect(await page.$eval('input[name="serverUrl"]', (el) => (el as HTMLInputElement).value)).toBe(server.url);
    expect(await page.$eval('input[name="password"]', (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await page.$eval('input[name="password"]', (el) => (el as HTMLInputElement).placeholder)).toBe('Leave empty to stay signed in');
    await page.close();
    // Only the team server was reached: nothing else left the browser.
    expect(h.blocked).toEqual([]);
    expect(h.proxied).toEqual([]);
  });
});
