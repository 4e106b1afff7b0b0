// Issue 18 in the built extension: two recruiters and HR, each a Chromium profile, sync through a real
// CouchDB-protocol server (express-pouchdb, in memory) that this test starts on 127.0.0.1.
//
// Chromium's permission prompt (permissions.request) cannot be answered by automation (no CDP or
// Playwright hook; playwright#32755), so the synced profiles load a copy of the build whose manifest
// already holds http://127.0.0.1/* (and cookies, for the pasted session cookie) — the request then
// resolves at once, exactly as after the user's "Allow". Everything else is the shipped build. The
// last case uses the shipped build as is: with sync off nothing leaves the extension.
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { grantedTeamBuild as grantedBuild, launch, type Harness } from './harness';
import { startCouchServer, startHtmlServer, type CouchServer } from '../helpers/couch-server';
import { candidate } from '../sync/fixtures';

const NOW = Date.now();
const HOUR = 3_600_000;

function backup(candidates: Array<{ email: string; items: Array<{ key: string; status: string; updatedAt: number; text: string }> }>) {
  return JSON.stringify({
    format: 'afterfollow-backup',
    version: 1,
    exportedAt: new Date(NOW).toISOString(),
    redacted: false,
    tables: {
      candidates: candidates.map((c) => candidate(c.email, { createdAt: NOW - 48 * HOUR, updatedAt: NOW - 48 * HOUR })),
      threads: [],
      messages: [],
      items: candidates.flatMap((c) =>
        c.items.map((i) => ({
          id: `gmail:m-${c.email}:question:${i.key}:0`,
          candidateId: `cand:${c.email}`,
          threadId: null,
          messageId: null,
          kind: 'question',
          category: 'compensation',
          text: i.text,
          start: null,
          end: null,
          status: i.status,
          source: 'detected',
          at: NOW - 24 * HOUR,
          createdAt: NOW - 24 * HOUR,
          updatedAt: i.updatedAt,
        })),
      ),
      events: [],
      interviews: [],
      templates: [],
    },
  });
}

async function importBackup(h: Harness, json: string) {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByLabel('Backup file (JSON)').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const review = page.getByRole('region', { name: 'Check this file before importing' });
  await review.getByRole('button', { name: 'Import' }).click();
  await page.getByText('Imported.').waitFor();
  await page.close();
}

async function openTeamForm(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.getByRole('form', { name: 'Team' }).waitFor();
  return page;
}

async function fillTeam(page: Page, v: { enabled: boolean; url: string; user: string; password?: string; cookie?: string; name: string; database?: string }) {
  const form = page.getByRole('form', { name: 'Team' });
  const box = form.getByLabel('Sync this browser’s log with the team database');
  if (v.enabled) await box.check();
  else await box.uncheck();
  await form.getByLabel('Server address').fill(v.url);
  await form.getByLabel('Database name').fill(v.database ?? 'team');
  await form.getByLabel('CouchDB user name', { exact: true }).fill(v.user);
  if (v.cookie !== undefined) {
    await form.getByRole('radio', { name: 'A CouchDB session cookie' }).check();
    await form.getByLabel('Session cookie (AuthSession)').fill(v.cookie);
  } else {
    await form.getByRole('radio', { name: 'CouchDB user name and password' }).check();
    await form.getByLabel(/^Password/).fill(v.password ?? '');
  }
  await form.getByLabel('Your name as teammates see it').fill(v.name);
  await form.getByRole('button', { name: 'Save and grant access' }).click();
}

const statusLine = (page: Page) => page.getByTestId('team-status');

/** Waits until the status line says a sync finished with nothing queued and no error. */
async function waitSynced(page: Page) {
  await expect.poll(async () => statusLine(page).innerText(), { timeout: 30_000, interval: 250 }).toMatch(/Last sync: .*Changes waiting to be sent: 0/);
  expect(await statusLine(page).locator('[data-error]').count()).toBe(0);
}

/** The JSON backup as the Data tab exports it. */
async function exportJson(h: Harness): Promise<string> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  await page.getByRole('tab', { name: 'Data' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  await page.close();
  return text;
}

async function teamTable(h: Harness): Promise<string[][]> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  await page.getByRole('tab', { name: 'Results' }).click();
  await page.getByRole('radio', { name: 'Team' }).check();
  const table = page.getByRole('region', { name: 'Team by recruiter' }).getByRole('table');
  await table.waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
  await page.close();
  return rows;
}

describe('team sync: two recruiters and HR through the team CouchDB', () => {
  let server: CouchServer;
  let build: string;
  let alice: Harness;
  let bob: Harness;
  let hr: Harness;
  const loopback = () => [server.url];

  beforeAll(async () => {
    server = await startCouchServer({ users: { alice: 'pw-alice', bob: 'pw-bob', hr: 'pw-hr', cara: 'pw-cara' }, databases: ['team'] });
    build = grantedBuild();
    alice = await launch('en', { extensionDir: build, passThrough: loopback });
    bob = await launch('en', { extensionDir: build, passThrough: loopback });
    hr = await launch('en', { extensionDir: build, passThrough: loopback });
  }, 120_000);
  afterAll(async () => {
    for (const h of [alice, bob, hr]) await h?.close();
    await server?.stop();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it("both recruiters' items reach HR's team view; the shared item keeps the newer status", async () => {
    // Both were on Taro's thread: the same item, answered by Alice an hour after Bob last touched it.
    await importBackup(
      alice,
      backup([{ email: 'taro@example.jp', items: [{ key: 'shared', status: 'answered_now', updatedAt: NOW - HOUR, text: 'What is the salary range?' }, { key: 'a1', status: 'open', updatedAt: NOW - 2 * HOUR, text: 'Is remote work possible?' }] }]),
    );
    await importBackup(
      bob,
      backup([
        { email: 'taro@example.jp', items: [{ key: 'shared', status: 'open', updatedAt: NOW - 2 * HOUR, text: 'What is the salary range?' }] },
        { email: 'hanako@example.jp', items: [{ key: 'b1', status: 'open', updatedAt: NOW - 2 * HOUR, text: 'When would I start?' }] },
      ]),
    );
    for (const [h, user, name] of [
      [alice, 'alice', 'Alice'],
      [bob, 'bob', 'Bob'],
      [hr, 'hr', 'Hiro (HR)'],
    ] as const) {
      const page = await openTeamForm(h);
      await fillTeam(page, { enabled: true, url: server.url, user, password: `pw-${user}`, name });
      await expect.poll(() => page.getByRole('form', { name: 'Team' }).getByRole('status').innerText()).toContain('Saved. Access to http://127.0.0.1/* granted');
      await waitSynced(page);
      await page.close();
    }
    expect(server.requests.some((r) => r.startsWith('POST /team/_bulk_docs'))).toBe(true);
    const rows = await teamTable(hr);
    expect(rows).toEqual([
      ['Me', '0', '0', '0', '0', '0'],
      ['Alice', '1', '2', '1', '1', '0'],
      ['Bob', '2', '2', '2', '0', '0'],
      // Taro's shared question counts once, answered (Alice's newer edit), not open (Bob's older one).
      ['Team total', '2', '3', '2', '1', '0'],
    ]);
    // Follow up first, team scope: each open candidate once, with who holds them; the prep sheet
    // shows the questions teammates collected (HR's own log is empty).
    const board = await hr.context.newPage();
    await board.goto(`chrome-extension://${hr.extensionId}/dashboard.html`);
    await board.getByRole('tab', { name: 'Follow up first' }).click();
    await board.getByRole('radio', { name: 'Team' }).check();
    const taro = board.locator('tr[data-candidate-id="cand:taro@example.jp"]');
    await expect.poll(() => taro.innerText()).toContain('Alice, Bob');
    expect(await board.locator('tr[data-candidate-id="cand:hanako@example.jp"]').innerText()).toContain('Bob');
    await taro.getByRole('button', { name: 'Prep sheet' }).click();
    const prep = board.getByRole('region', { name: 'Collected by teammates' });
    await expect.poll(() => prep.innerText()).toContain('What is the salary range? — Answered now · collected by Alice, Bob');
    expect(await prep.innerText()).toContain('Is remote work possible? — Open · collected by Alice');
    await board.close();
    for (const h of [alice, bob, hr]) expect(h.blocked).toEqual([]);
  });

  it('the server stopped loses nothing: the change stays queued with a named error and goes once the server is back', async () => {
    await server.stop();
    await importBackup(alice, backup([{ email: 'ken@example.jp', items: [{ key: 'k1', status: 'deferred', updatedAt: NOW - HOUR, text: 'Can I bring my own laptop?' }] }]));
    const page = await openTeamForm(alice);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => statusLine(page).innerText(), { timeout: 30_000 }).toMatch(/The server could not be reached[\s\S]*/);
    expect(await statusLine(page).innerText()).toMatch(/Changes waiting to be sent: [1-9]/);
    await server.start();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await waitSynced(page);
    await page.close();
    const hrPage = await openTeamForm(hr);
    await hrPage.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => statusLine(hrPage).innerText(), { timeout: 30_000 }).toContain('Teammates’ documents here: 4');
    await hrPage.close();
    const rows = await teamTable(hr);
    expect(rows.at(-1)).toEqual(['Team total', '3', '4', '2', '1', '1']);
  });

  it("a reinstalled browser with Alice's settings gets her log back from the team database", async () => {
    const again = await launch('en', { extensionDir: build, passThrough: loopback });
    try {
      const page = await openTeamForm(again);
      await fillTeam(page, { enabled: true, url: server.url, user: 'alice', password: 'pw-alice', name: 'Alice' });
      await waitSynced(page);
      await page.close();
      // Her own rows are back in "Me" (Taro's two items, Ken's deferred one), not among the teammates';
      // Bob's documents are the only teammate's.
      const rows = await teamTable(again);
      expect(rows[0]).toEqual(['Me', '2', '3', '1', '1', '1']);
      expect(rows.map((r) => r[0])).toEqual(['Me', 'Bob', 'Team total']);
      expect(again.blocked).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('a pasted session cookie signs in; no password, cookie or server setting is in the JSON backup', async () => {
    // Cara signed in at the server elsewhere and copied her session cookie.
    const login = await fetch(`${server.url}/_session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'cara', password: 'pw-cara' }) });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const cara = await launch('en', { extensionDir: build, passThrough: loopback });
    try {
      await importBackup(cara, backup([{ email: 'mei@example.jp', items: [{ key: 'm1', status: 'open', updatedAt: NOW - HOUR, text: 'Is there a relocation allowance?' }] }]));
      const page = await openTeamForm(cara);
      await fillTeam(page, { enabled: true, url: server.url, user: 'cara', cookie, name: 'Cara' });
      await expect.poll(() => page.getByRole('form', { name: 'Team' }).getByRole('status').innerText()).toContain('Saved. Access to http://127.0.0.1/* granted');
      await waitSynced(page);
      expect(await page.getByTestId('team-stored').innerText()).toContain('Not stored by Afterfollow: your password and the session cookie.');
      // The browser holds the session for the server only.
      const cookies = await cara.context.cookies(server.url);
      expect(cookies.map((c) => [c.name, c.httpOnly])).toEqual([['AuthSession', true]]);
      await page.close();
      expect((await server.db('team').get('b:cara:cand:mei@example.jp')).author).toEqual({ user: 'cara', name: 'Cara' });
      const json = await exportJson(cara);
      expect(json).toContain('Is there a relocation allowance?');
      for (const secret of [cookie.replace('AuthSession=', ''), 'AuthSession', 'pw-cara', server.url, '127.0.0.1']) expect(json).not.toContain(secret);
      expect(cara.blocked).toEqual([]);
    } finally {
      await cara.close();
    }
  });

  it('wrong credentials and a server that is not CouchDB get their messages', async () => {
    const page = await openTeamForm(bob);
    await fillTeam(page, { enabled: true, url: server.url, user: 'bob', password: 'not-his-password', name: 'Bob' });
    await expect.poll(async () => statusLine(page).innerText(), { timeout: 30_000 }).toContain('Wrong user name or password (the server answered 401).');
    const html = await startHtmlServer();
    try {
      const hostile = await launch('en', { extensionDir: build, passThrough: () => [html.url] });
      try {
        const p = await openTeamForm(hostile);
        await fillTeam(p, { enabled: true, url: html.url, user: 'x', password: 'y', name: 'X' });
        await expect.poll(async () => statusLine(p).innerText(), { timeout: 30_000 }).toContain('This address does not answer like a CouchDB server.');
        expect(hostile.blocked).toEqual([]);
      } finally {
        await hostile.close();
      }
    } finally {
      await html.stop();
    }
    // Refused input: an http address elsewhere than this machine is not even saved.
    await fillTeam(page, { enabled: true, url: 'http://couch.example.com', user: 'bob', password: 'pw-bob', name: 'Bob' });
    await expect.poll(() => page.getByRole('form', { name: 'Team' }).getByRole('status').innerText()).toContain('Not saved: the server address must be https');
    await page.close();
  });

  it('with sync off, the shipped build sends nothing anywhere', async () => {
    // A server of its own: the synced profiles above keep syncing with theirs.
    const quiet = await startCouchServer({ users: { alice: 'pw-alice' }, databases: ['team'] });
    const h = await launch('en', { passThrough: () => [quiet.url] });
    try {
      await importBackup(h, backup([{ email: 'quiet@example.jp', items: [{ key: 'q', status: 'open', updatedAt: NOW - HOUR, text: 'Quiet?' }] }]));
      const page = await openTeamForm(h);
      await fillTeam(page, { enabled: false, url: quiet.url, user: 'alice', password: 'pw-alice', name: 'Alice' });
      await expect.poll(() => page.getByRole('form', { name: 'Team' }).getByRole('status').innerText()).toContain('Saved. Team sync is off: nothing is sent.');
      await expect.poll(async () => statusLine(page).innerText()).toContain('Team sync is off.');
      // A change to the log after saving (the sync follows changes after 5 s when it is on).
      await importBackup(h, backup([{ email: 'later@example.jp', items: [{ key: 'l', status: 'open', updatedAt: NOW - HOUR, text: 'Later?' }] }]));
      await page.getByRole('button', { name: 'Sync now' }).click();
      await expect.poll(async () => statusLine(page).innerText()).toContain('Team sync is off.');
      expect(h.passed).toEqual([]);
      expect(h.blocked).toEqual([]);
      expect(quiet.requests).toEqual([]);
    } finally {
      await h.close();
      await quiet.stop();
    }
  });
});
