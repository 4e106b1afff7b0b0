// Issue 15 point 11: a partial settings.set changes only the fields it names.
import { createHandlers } from '../../lib/background/handlers';
import { getSettings, updateSettings } from '../../lib/db/settings';
import { dispatch } from '../../lib/messages/server';
import { freshDb } from '../helpers/db';

const set = (db: ReturnType<typeof freshDb>, data: unknown) =>
  dispatch(createHandlers(db), { channel: 'afterfollow', type: 'settings.set', data }, {}, () => {}, () => 'page');

describe('settings.set merges partial updates', () => {
  it('keeps text keeping off (and every other field) when only the company changes', async () => {
    const db = freshDb();
    await updateSettings(db, { keepItemText: false, retentionDays: 30, recruiterName: '佐藤', surveyUrl: 'https://example.com/s' });
    const result = await set(db, { company: '株式会社テスト' });
    expect(result).toMatchObject({ ok: true });
    expect(await getSettings(db)).toEqual({
      keepItemText: false,
      retentionDays: 30,
      recruiterName: '佐藤',
      company: '株式会社テスト',
      surveyUrl: 'https://example.com/s',
      signature: '',
    });
  });

  it('an empty update changes nothing', async () => {
    const db = freshDb();
    await updateSettings(db, { keepItemText: false, retentionDays: 7 });
    await set(db, {});
    expect(await getSettings(db)).toMatchObject({ keepItemText: false, retentionDays: 7 });
  });

  it('one stored field that no longer passes its schema does not reset the others', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', value: { keepItemText: false, retentionDays: 30, recruiterName: 'x'.repeat(300) } });
    expect(await getSettings(db)).toMatchObject({ keepItemText: false, retentionDays: 30, recruiterName: '' });
  });
});
