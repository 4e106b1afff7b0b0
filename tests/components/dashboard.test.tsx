// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadedText } from '../helpers/download';
import axe from 'axe-core';
import Papa from 'papaparse';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { getDb } from '../../lib/db/database';
import { ingestThread } from '../../lib/db/ingest-thread';
import { deleteEverything } from '../../lib/db/maintenance';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { threadOpenRequest } from '../helpers/db';
import { countAllItems } from '../../lib/db/item-store';

afterEach(async () => {
  cleanup();
  await deleteEverything(getDb());
});

/** A second candidate in their own thread. */
const alex = (over: Parameters<typeof threadOpenRequest>[0] = {}) =>
  ingestThread(
    getDb(),
    threadOpenSchema.parse(
      threadOpenRequest({
        threadId: 'thread-2',
        counterpart: { name: 'Alex Smith', email: 'alex@example.com' },
        messages: [
          { id: 'msg-9', at: Date.UTC(2026, 10, 22, 1), fromCandidate: true, declineLevel: 'none', declinePhrases: [], items: [{ kind: 'question', category: 'role', text: 'Who would I report to?', start: 0, end: 22 }] },
        ],
        ...over,
      }),
    ),
  );

async function seed() {
  await ingestThread(getDb(), threadOpenSchema.parse(threadOpenRequest()));
}

describe('Dashboard', () => {
  it('has no axe violations in the log with rows and filters', async () => {
    await seed();
    const { container } = render(<Dashboard download={() => {}} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await screen.findByText('リモートワークは週に何日可能でしょうか。');
    await screen.findByRole('group', { name: 'Log filters' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('lists candidates and one row per item, and updates live when the log changes', async () => {
    render(<Dashboard download={() => {}} confirm={() => true} copy={async () => {}} print={() => {}} />);
    expect(await screen.findByText(/Nothing logged yet/)).toBeTruthy();
    await seed();
    expect(await screen.findByText('リモートワークは週に何日可能でしょうか。')).toBeTruthy();
    expect(screen.getAllByText('山田 太郎').length).toBeGreaterThanOrEqual(2);
    expect(document.querySelectorAll('tr[data-item-id]')).toHaveLength(2);
  });

  it('filters by status', async () => {
    const user = userEvent.setup();
    await seed();
    render(<Dashboard download={() => {}} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await screen.findByText('リモートワークは週に何日可能でしょうか。');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'deferred');
    await waitFor(() => expect(document.querySelectorAll('tr[data-item-id]')).toHaveLength(0));
  });

  it('Export CSV is busy from the first click (a double click downloads once) and reports a failure', async () => {
    const user = userEvent.setup();
    await seed();
    const download = vi.fn();
    const { unmount } = render(<Dashboard download={download} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await screen.findByText('リモートワークは週に何日可能でしょうか。');
    await user.dblClick(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exported 2 rows.')).toBeTruthy();
    expect(download).toHaveBeenCalledOnce();
    unmount();
    render(<Dashboard download={() => { throw new Error('disk full'); }} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await screen.findByText('リモートワークは週に何日可能でしょうか。');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Nothing was exported: disk full')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('exports a CSV with a BOM, the items and the candidate name', async () => {
    const user = userEvent.setup();
    await seed();
    const download = vi.fn();
    render(<Dashboard download={download} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await screen.findByText('リモートワークは週に何日可能でしょうか。');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    const [name, content] = download.mock.calls[0] as [string, Blob];
    const csv = await downloadedText(content);
    expect(name).toMatch(/\.csv$/);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.text).sort()).toEqual(['リモートワークは週に何日可能でしょうか。', '残業が多いのではないかと不安です。']);
    expect(parsed.data[0]).toMatchObject({ candidate_name: '山田 太郎', status: 'open' });
    expect(await screen.findByText('Exported 2 rows.')).toBeTruthy();
  });

  it('deletes one candidate from the row menu, and Undo puts everything back', async () => {
    const user = userEvent.setup();
    await seed();
    const confirm = vi.fn(() => true);
    render(<Dashboard download={() => {}} confirm={confirm} copy={async () => {}} print={() => {}} />);
    // No red Delete on the row itself: it sits in the row's menu.
    await screen.findByText('リモートワークは週に何日可能でしょうか。');
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
    await user.click(await screen.findByLabelText('Actions for 山田 太郎'));
    await user.click(screen.getByRole('button', { name: 'Delete this candidate and all their data' }));
    await waitFor(async () => expect(await countAllItems(getDb())).toBe(0));
    expect(await getDb().candidates.count()).toBe(0);
    expect(await getDb().threads.count()).toBe(0);
    expect(confirm).not.toHaveBeenCalled();
    expect(await screen.findByText('Deleted 山田 太郎 and their data.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await countAllItems(getDb())).toBe(2));
    expect(await getDb().candidates.count()).toBe(1);
    expect(await getDb().threads.count()).toBe(1);
    expect(await getDb().messages.count()).toBe(2);
    expect(await screen.findByText('Restored 山田 太郎.')).toBeTruthy();
  });

  it('searches by name or address, candidates and items alike', async () => {
    const user = userEvent.setup();
    await seed();
    await alex();
    render(<Dashboard download={() => {}} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await screen.findByText('Who would I report to?');
    const search = screen.getByRole('searchbox', { name: 'Search by name or address' });
    await user.type(search, 'taro.yamada@');
    await waitFor(() => expect(document.querySelectorAll('tr[data-candidate-id]')).toHaveLength(1));
    await waitFor(() => expect(document.querySelectorAll('tr[data-item-id]')).toHaveLength(2));
    expect(screen.queryByText('Who would I report to?')).toBeNull();
    await user.clear(search);
    await user.type(search, 'ａｌｅｘ');
    await waitFor(() => expect(document.querySelectorAll('tr[data-item-id]')).toHaveLength(1));
    expect(screen.getByText('Who would I report to?')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'nobody');
    expect(await screen.findByText('No candidate matches “nobody”.')).toBeTruthy();
  });

  it('links candidates and items to their thread, only for https mail addresses', async () => {
    await ingestThread(getDb(), threadOpenSchema.parse(threadOpenRequest({ url: 'https://mail.google.com/mail/u/0/#inbox/thread-1' })));
    // The schemas refuse such an address now; a row stored before them may still hold one.
    await alex();
    await getDb().threads.update('gmail:thread-2', { url: 'https://evil.example.com/x' });
    render(<Dashboard download={() => {}} confirm={() => true} copy={async () => {}} print={() => {}} />);
    await screen.findAllByText('山田 太郎');
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Open thread with 山田 太郎 in the mail' }).length).toBe(3));
    for (const a of screen.getAllByRole('link', { name: /^Open thread with/ })) {
      expect(a.getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#inbox/thread-1');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
    expect(screen.queryByRole('link', { name: /Alex Smith/ })).toBeNull();
  });
});
