// Options → Team in Japanese (Chromium with --lang=ja): the shipped build asks for the server's host
// when saving (the permission prompt path), and a build that holds the loopback host (see
// team-sync.e2e.ts) saves pseudonymised sharing with a team key, signs in and syncs, all in the
// Japanese UI. The Japanese texts are those of scripts/locales.source.mjs.
import type { Page } from 'playwright-core';
import { grantedTeamBuild, launch, type Harness } from './harness';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { deriveTeamKey, teamKeyId, teamPseudonyms } from '../../lib/sync/team-key';
import { candidate } from '../sync/fixtures';
import { rmSync } from 'node:fs';

const NOW = Date.now();

const UI = {
  form: 'チーム',
  enabled: 'このブラウザの記録をチームのデータベースと同期する',
  server: 'サーバーのアドレス',
  database: 'データベース名',
  user: 'CouchDB のユーザー名',
  password: /^パスワード/,
  name: 'チームに表示されるあなたの名前',
  pseudonymised: '仮名化: 氏名とアドレスを置き換え、項目の本文は送らない',
  teamKey: /^仮名化用のチームキー/,
  save: '保存してアクセスを許可',
} as const;

async function openTeamForm(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.getByRole('form', { name: UI.form }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  return page;
}

async function fill(page: Page, v: { url: string; user: string; password: string; name: string; teamKey?: string }) {
  const form = page.getByRole('form', { name: UI.form });
  await form.getByLabel(UI.enabled).check();
  await form.getByLabel(UI.server).fill(v.url);
  await form.getByLabel(UI.database).fill('team');
  await form.getByLabel(UI.user, { exact: true }).fill(v.user);
  await form.getByLabel(UI.password).fill(v.password);
  await form.getByLabel(UI.name).fill(v.name);
  if (v.teamKey !== undefined) {
    await form.getByRole('radio', { name: UI.pseudonymised }).check();
    await form.getByLabel(UI.teamKey).fill(v.teamKey);
  }
  await form.getByRole('button', { name: UI.save }).click();
}

const said = (page: Page) => page.getByRole('form', { name: UI.form }).getByRole('status');
const statusLine = (page: Page) => page.getByTestId('team-status');

describe('Options → Team in Japanese', () => {
  let server: CouchServer;
  let build: string;
  beforeAll(async () => {
    server = await startCouchServer({ users: { yamada: 'pw-yamada' }, databases: ['team'] });
    build = grantedTeamBuild();
  });
  afterAll(async () => {
    await server?.stop();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it('the shipped build asks for exactly the host inside the click, sends nothing while the prompt is open, and after "Deny" keeps no password', async () => {
    const h = await launch('ja', { passThrough: () => [server.url] });
    try {
      const page = await openTeamForm(h);
      expect(await page.getByTestId('team-stored').innerText()).toContain('Afterfollow が保存しないもの: パスワードとセッション Cookie。');
      const before = server.requests.length;
      // The real prompt: recorded on its way to the browser. Headless Chromium shows it and automation
      // cannot answer it (playwright#32755), so it stays open; a request outside the click would
      // have been refused at once instead.
      await page.evaluate(`(() => {
        window.__asked = [];
        const p = chrome.permissions;
        const request = p.request.bind(p);
        p.request = (what) => { window.__asked.push(JSON.stringify(what)); return request(what); };
      })()`);
      await fill(page, { url: server.url, user: 'yamada', password: 'pw-yamada', name: '山田' });
      await expect.poll(() => page.evaluate('window.__asked')).toEqual([JSON.stringify({ origins: ['http://127.0.0.1/*'] })]);
      expect(await said(page).innerText()).toBe('');
      expect(server.requests.slice(before)).toEqual([]);
      // "Deny", answered at the API (the prompt's answer is all the page sees).
      await page.reload();
      await page.getByRole('form', { name: UI.form }).waitFor();
      await page.evaluate(`(() => { chrome.permissions.request = async () => false; })()`);
      await fill(page, { url: server.url, user: 'yamada', password: 'pw-yamada', name: '山田' });
      await expect.poll(() => said(page).innerText()).toBe('保存しましたが、http://127.0.0.1/* へのアクセスが許可されなかったため何も送信しません。');
      await expect.poll(() => statusLine(page).innerText()).toContain('サーバーへのアクセスが許可されていません。もう一度保存して許可してください。');
      expect(await h.context.cookies(server.url)).toEqual([]);
      expect(server.requests.slice(before)).toEqual([]);
      expect(h.passed).toEqual([]);
      expect(h.blocked).toEqual([]);
      // Saved as far as it goes: the settings are there on reload, no password anywhere to show.
      await page.reload();
      const form = page.getByRole('form', { name: UI.form });
      await expect.poll(() => form.getByLabel(UI.server).inputValue()).toBe(server.url);
      expect(await form.getByLabel(UI.password).inputValue()).toBe('');
      await page.close();
    } finally {
      await h.close();
    }
  });

  it('saves pseudonymised sharing with a team key, signs in and syncs; the documents carry the team pseudonyms', async () => {
    const h = await launch('ja', { extensionDir: build, passThrough: () => [server.url] });
    try {
      const log = {
        format: 'afterfollow-backup',
        version: 1,
        exportedAt: new Date(NOW).toISOString(),
        redacted: false,
        tables: { candidates: [candidate('hanako@example.jp', { createdAt: NOW - 86_400_000, updatedAt: NOW - 86_400_000 })], threads: [], messages: [], items: [], events: [], interviews: [], templates: [] },
      };
      const dash = await h.context.newPage();
      await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
      await dash.getByRole('tab', { name: 'データ' }).click();
      await dash.getByLabel('バックアップファイル(JSON)').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(log)) });
      await dash.getByRole('button', { name: '取り込む', exact: true }).click();
      await dash.getByText('取り込みました。').waitFor();
      await dash.close();
      const page = await openTeamForm(h);
      const passphrase = 'sakura-tokyo-2026-team';
      await fill(page, { url: server.url, user: 'yamada', password: 'pw-yamada', name: '山田', teamKey: passphrase });
      await expect.poll(() => said(page).innerText(), { timeout: 20_000 }).toBe('保存しました。http://127.0.0.1/* へのアクセスが許可されました。同期します。');
      await expect.poll(() => statusLine(page).innerText(), { timeout: 30_000 }).toMatch(/最終同期: .*送信待ちの変更: 0/);
      const key = deriveTeamKey(passphrase, 'team');
      expect(await page.getByRole('form', { name: UI.form }).innerText()).toContain(`キー ID: ${teamKeyId(key)}（チームメンバーと同じか確認してください）。`);
      // The same pseudonym any teammate with the key sends for Hanako.
      const id = teamPseudonyms(key).pseudonyms.candidateId('cand:hanako@example.jp');
      const doc = await server.db('team').get(`b:yamada:${id}`);
      expect(JSON.stringify(doc)).not.toContain('hanako');
      expect(doc.author).toEqual({ user: 'yamada', name: '山田' });
      await page.close();
      expect(h.blocked).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
