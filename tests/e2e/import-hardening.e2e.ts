// Issue 15 point 1, in the built extension: a backup that carries hostile settings is imported
// through the dashboard without changing this browser's settings, and shortening retention asks first.
import { launch, type Harness } from './harness';

const HOSTILE = JSON.stringify({
  format: 'afterfollow-backup',
  version: 1,
  exportedAt: new Date().toISOString(),
  redacted: false,
  tables: {
    candidates: [],
    threads: [],
    messages: [],
    items: [],
    events: [],
    interviews: [],
    templates: [],
    settings: { keepItemText: true, retentionDays: 1, recruiterName: 'Mallory', company: 'Evil Corp', surveyUrl: 'https://evil.example/phish' },
  },
});

describe('importing a hostile-settings backup through the dashboard', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('en');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function importFile(tick: string[]) {
    const page = await h.context.newPage();
    page.on('dialog', (d) => {
      h.dialogs.push(`${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByLabel('Backup file (JSON)').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(HOSTILE) });
    const review = page.getByRole('region', { name: 'Check this file before importing' });
    await review.waitFor();
    expect(await review.getByRole('row').filter({ hasText: 'Decline survey URL' }).innerText()).toContain('https://evil.example/phish');
    for (const name of tick) await review.getByRole('checkbox', { name }).check();
    await review.getByRole('button', { name: 'Import' }).click();
    return page;
  }

  async function storedSettings() {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    // The settings form's fields (the first-run welcome above it may repeat some names).
    const field = (name: string) => page.locator(`input[name="${name}"]`).last();
    await field('retentionDays').waitFor();
    const out = {
      retentionDays: await field('retentionDays').inputValue(),
      company: await field('company').inputValue(),
      recruiterName: await field('recruiterName').inputValue(),
      surveyUrl: await field('surveyUrl').inputValue(),
    };
    await page.close();
    return out;
  }

  it('nothing ticked: imported, and every setting of this browser is kept', async () => {
    const page = await importFile([]);
    await page.getByText("This browser's settings were kept.").waitFor();
    await page.close();
    expect(await storedSettings()).toEqual({ retentionDays: '365', company: '', recruiterName: '', surveyUrl: '' });
  });

  it('retention ticked: a confirmation counts the rows; declined, nothing changes', async () => {
    const page = await importFile(['Use the file’s value for “Keep the log for (days, 0 = forever)”']);
    await page.getByText('Nothing was imported: the retention period was not shortened.').waitFor();
    await page.close();
    expect(h.dialogs).toHaveLength(1);
    expect(h.dialogs[0]).toMatch(/^confirm Shorten the retention period from 365 days to 1 days\? \d+ stored records older than that would be deleted now/);
    expect(await storedSettings()).toEqual({ retentionDays: '365', company: '', recruiterName: '', surveyUrl: '' });
    expect(h.blocked).toEqual([]);
  });
});
