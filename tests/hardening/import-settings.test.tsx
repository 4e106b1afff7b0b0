// @vitest-environment happy-dom
// Issue 15 point 1: an import shows the file's settings beside this browser's, applies only what
// the user ticks, and never shortens retention without a confirmation that counts the deletions.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataPanel } from '../../components/dashboard/data/DataPanel';
import { getDb } from '../../lib/db/database';
import { ingestThread } from '../../lib/db/ingest-thread';
import { countAllItems } from '../../lib/db/item-store';
import { deleteEverything } from '../../lib/db/maintenance';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { createBackup, serializeBackup } from '../../lib/export/backup-format';
import { threadOpenSchema } from '../../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../../lib/records';
import { dump } from '../export/helpers';
import { threadOpenRequest } from '../helpers/db';

const DAY = 86_400_000;
const HOSTILE_SETTINGS = { keepItemText: true, retentionDays: 1, recruiterName: 'Mallory', company: 'Evil Corp', surveyUrl: 'https://evil.example/phish' };
const hostileFile = () =>
  new File(
    [serializeBackup(createBackup({ candidates: [], threads: [], messages: [], items: [], events: [], interviews: [], templates: [], settings: HOSTILE_SETTINGS }, { redacted: false }))],
    'hostile.json',
    { type: 'application/json' },
  );

/** Two items from a mail 40 days old: what a one-day retention would delete. */
async function seedOldLog() {
  const base = threadOpenRequest();
  await ingestThread(getDb(), threadOpenSchema.parse({ ...base, messages: [{ ...base.messages[0]!, at: Date.now() - 40 * DAY }] }), Date.now() - 40 * DAY);
}

function setup(confirm: (q: string) => boolean = () => true) {
  const asked = vi.fn(confirm);
  render(<DataPanel download={() => {}} confirm={asked} />);
  return { asked, user: userEvent.setup() };
}
const upload = (user: ReturnType<typeof userEvent.setup>) => user.upload(screen.getByLabelText('Backup file (JSON)'), hostileFile());

afterEach(async () => {
  cleanup();
  await deleteEverything(getDb());
});

describe('importing a backup with hostile settings', () => {
  it('right after install (no settings saved), an import changes no setting unless ticked', async () => {
    await seedOldLog();
    const { user, asked } = setup();
    await upload(user);
    const review = await screen.findByRole('region', { name: 'Check this file before importing' });
    // The file's values beside this browser's.
    const survey = within(review).getByRole('rowheader', { name: 'Decline survey URL' }).closest('tr')!;
    expect(survey.textContent).toContain('https://evil.example/phish');
    expect(survey.textContent).toContain('Not set');
    for (const box of within(review).getAllByRole('checkbox')) expect((box as HTMLInputElement).checked).toBe(false);
    await user.click(within(review).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText("This browser's settings were kept.")).toBeTruthy();
    expect(await getSettings(getDb())).toEqual(DEFAULT_SETTINGS);
    expect(asked).not.toHaveBeenCalled();
    expect(await countAllItems(getDb())).toBe(2);
  });

  it('applies only the ticked setting', async () => {
    await updateSettings(getDb(), { keepItemText: false, recruiterName: '佐藤' });
    const { user } = setup();
    await upload(user);
    await user.click(await screen.findByRole('checkbox', { name: 'Use the file’s value for “Company name”' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Settings taken from the file: Company name')).toBeTruthy();
    expect(await getSettings(getDb())).toEqual({ ...DEFAULT_SETTINGS, keepItemText: false, recruiterName: '佐藤', company: 'Evil Corp' });
  });

  it('shortening retention asks first, saying how many rows would go; declining writes nothing', async () => {
    await seedOldLog();
    const before = await dump(getDb());
    const { user, asked } = setup(() => false);
    await upload(user);
    await user.click(await screen.findByRole('checkbox', { name: /Keep the log for/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(asked).toHaveBeenCalledOnce());
    // Two items, one message, the thread, the candidate: everything of a 40-day-old log.
    expect(asked.mock.calls[0]![0]).toMatch(/^Shorten the retention period from 365 days to 1 days\? \d+ stored records older than that would be deleted now/);
    expect(Number(/\? (\d+) stored/.exec(asked.mock.calls[0]![0])![1])).toBeGreaterThanOrEqual(4);
    expect(await screen.findByText('Nothing was imported: the retention period was not shortened.')).toBeTruthy();
    expect(await dump(getDb())).toEqual(before);
  });

  it('confirmed, the shorter retention applies and the old rows are deleted at once', async () => {
    await seedOldLog();
    const { user, asked } = setup(() => true);
    await upload(user);
    await user.click(await screen.findByRole('checkbox', { name: /Keep the log for/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/records older than the new retention period were deleted\./)).toBeTruthy();
    expect(asked).toHaveBeenCalledOnce();
    expect((await getSettings(getDb())).retentionDays).toBe(1);
    expect(await countAllItems(getDb())).toBe(0);
  });
});
