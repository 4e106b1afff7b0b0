// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadedText } from '../helpers/download';
import Papa from 'papaparse';
import { DataPanel } from '../../components/dashboard/data/DataPanel';
import { getDb } from '../../lib/db/database';
import { updateCandidate } from '../../lib/db/edits';
import { exportBackup } from '../../lib/db/export-import';
import { ingestThread } from '../../lib/db/ingest-thread';
import { deleteEverything } from '../../lib/db/maintenance';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { threadOpenRequest } from '../helpers/db';
import { dump, wipe } from '../export/helpers';
import { countAllItems } from '../../lib/db/item-store';
import { setMessageSourceForTests } from '../../lib/platform/i18n';
import ja from '../../public/_locales/ja/messages.json';

const CANDIDATE = 'cand:taro.yamada@example.jp';

async function seed() {
  await ingestThread(getDb(), threadOpenSchema.parse(threadOpenRequest()));
  await updateCandidate(getDb(), { id: CANDIDATE, patch: { stage: 'offer', position: '=HYPERLINK("x")' } });
}

function setup() {
  const download = vi.fn<(name: string, content: string | Blob, type?: string) => void>();
  render(<DataPanel download={download} confirm={() => true} />);
  return { download, user: userEvent.setup() };
}

const parseCsv = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });

afterEach(async () => {
  cleanup();
  await deleteEverything(getDb());
});

describe('Data panel: exports', () => {
  it.each([
    ['Export CSV', 'items', 'text', ['リモートワークは週に何日可能でしょうか。', '残業が多いのではないかと不安です。']],
    ['Export candidates CSV', 'candidates', 'name', ['山田 太郎']],
    ['Export events CSV', 'events', 'kind', ['stage_changed']],
  ])('%s downloads %s as CSV with a BOM and CRLF', async (button, table, column, values) => {
    await seed();
    const { download, user } = setup();
    await user.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [name, content] = download.mock.calls[0]!;
    const csv = await downloadedText(content);
    expect(name).toMatch(new RegExp(`afterfollow-${table}-.*\\.csv$`));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(parseCsv(csv).data.map((r) => r[column]).sort()).toEqual(values);
    expect(await screen.findByText(`Exported ${values.length} rows.`)).toBeTruthy();
  });

  it.each(['Export candidates CSV', 'Export JSON'])('%s says why when the download fails, and can be tried again', async (button) => {
    await seed();
    const download = vi.fn(() => {
      throw new Error('disk full');
    });
    render(<DataPanel download={download} confirm={() => true} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText('Nothing was exported: disk full')).toBeTruthy();
    expect((screen.getByRole('button', { name: button }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('neutralises formulas in the candidates CSV', async () => {
    await seed();
    const { download, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export candidates CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    expect(parseCsv(await downloadedText(download.mock.calls[0]![1])).data[0]!.position).toBe(`'=HYPERLINK("x")`);
  });

  it('exports the whole database as JSON, redacted on request', async () => {
    await seed();
    const { download, user } = setup();
    await user.click(screen.getByRole('checkbox', { name: /Redact personal data/ }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [name, content, type] = download.mock.calls[0]!;
    const text = await downloadedText(content);
    expect(type).toBe('application/json');
    expect(name).toMatch(/redacted.*\.json$/);
    const backup = JSON.parse(text);
    expect(backup).toMatchObject({ format: 'afterfollow-backup', version: 2, redacted: true });
    expect(backup.tables.items).toHaveLength(2);
    expect(text).not.toContain('山田');
    expect(text).not.toContain('リモートワーク');
  });
});

describe('Data panel: import', () => {
  const upload = async (user: ReturnType<typeof userEvent.setup>, file: File) => user.upload(screen.getByLabelText('Backup file (JSON)'), file);

  it('merges a teammate file and shows what was added per table', async () => {
    await seed();
    const text = JSON.stringify(await exportBackup(getDb()));
    await wipe(getDb());
    const { user } = setup();
    await upload(user, new File([text], 'team.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const summary = await screen.findByRole('table', { name: /added, updated and skipped/ });
    const items = within(summary).getByRole('rowheader', { name: 'Items' }).closest('tr')!;
    expect([...items.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '0', '0']);
    expect(await countAllItems(getDb())).toBe(2);
  });

  it('accepts a file above the format default of 20 MB (a 100,000-item backup is ~36 MB)', async () => {
    await seed();
    // JSON allows trailing whitespace: a real backup padded to 25 MB exercises the size check only.
    const text = JSON.stringify(await exportBackup(getDb())) + ' '.repeat(25 * 1024 * 1024);
    await wipe(getDb());
    const { user } = setup();
    await upload(user, new File([text], 'big.json'));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('table', { name: /added, updated and skipped/ })).toBeTruthy();
    expect(await countAllItems(getDb())).toBe(2);
  });

  it.each([
    ['a wrong version', () => new File([JSON.stringify({ format: 'afterfollow-backup', version: 99 })], 'old.json'), /version/],
    ['a prototype-pollution key', () => new File(['{"__proto__":{"x":1},"format":"afterfollow-backup"}'], 'evil.json'), /forbidden key/],
    ['a 50 MB file', () => Object.defineProperty(new File(['{}'], 'huge.json'), 'size', { value: 50 * 1024 * 1024 }), /file too large: 50\.0 MB/],
    ['not JSON', () => new File(['{oops'], 'bad.json'), /not valid JSON/],
  ])('refuses %s with a clear message that names the limit, and writes nothing', async (_label, makeFile, reason) => {
    await seed();
    const before = await dump(getDb());
    const { user } = setup();
    await upload(user, makeFile());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Import refused; nothing was changed\. Files up to 40 MB can be imported\./);
    expect(alert.textContent).toMatch(reason);
    expect(await dump(getDb())).toEqual(before);
  });

  it.each([
    ['a wrong version', JSON.stringify({ format: 'afterfollow-backup', version: 99 }), /対応していないバージョン 99 です/],
    ['a prototype-pollution key', '{"__proto__":{"x":1},"format":"afterfollow-backup"}', /「__proto__」は使用できないキーです/],
    ['not JSON', '{oops', /JSON として読めません/],
    ['another format', JSON.stringify({ format: 'other-app', version: 1 }), /形式: 「afterfollow-backup」が必要ですが、"other-app" でした/],
  ])('in Japanese, says why %s was refused in Japanese', async (_label, text, reason) => {
    setMessageSourceForTests((k) => (k === '@@ui_locale' ? 'ja' : ((ja as Record<string, { message: string }>)[k]?.message ?? '')));
    try {
      await seed();
      const before = await dump(getDb());
      const { user } = setup();
      await user.upload(screen.getByLabelText(ja.hrImportFile.message), new File([text], 'x.json'));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(reason);
      expect(alert.textContent).not.toMatch(/forbidden|unsupported|not valid|expected/);
      expect(await dump(getDb())).toEqual(before);
    } finally {
      setMessageSourceForTests(null);
    }
  });
});
