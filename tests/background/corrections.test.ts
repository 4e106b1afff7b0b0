// The recruiter's corrections reach the analysis in the background: a dismissed hint stays dismissed
// for the same sentence in later mail, a category change and a dismissed item are remembered, and
// Options can reset them. Nothing leaves the browser: they live in the local settings table.
import { createHandlers } from '../../lib/background/handlers';
import { TabViews } from '../../lib/background/tab-views';
import { getCorrections } from '../../lib/db/corrections';
import { dispatch } from '../../lib/messages/server';
import { freshDb } from '../helpers/db';

const CANDIDATE = { name: 'Jane Roe', email: 'jane.roe@example.net' };
const ME = { name: 'Sam Recruiter', email: 'sam@corp.example.com' };
const HINT = 'I have accepted an offer from another company.';

function pageView(id: string, text: string) {
  return {
    site: 'gmail' as const,
    url: '',
    user: ME,
    view: {
      kind: 'thread' as const,
      thread: {
        id,
        subject: 'Re: Interview',
        participants: [],
        messages: [{ id: `${id}-m1`, sender: CANDIDATE, recipients: [ME], date: '2026-11-20T01:00:00Z', expanded: true, text, segments: [{ kind: 'own' as const, start: 0, end: text.length }] }],
      },
    },
  };
}

describe('corrections in the background', () => {
  it('a dismissed hint is not a hint again for the same sentence, until the corrections are reset', async () => {
    const db = freshDb();
    const tabs = new TabViews();
    const handlers = createHandlers(db, Date.now, undefined, tabs);
    const call = (type: string, data: unknown, kind: 'content' | 'sidebar' | 'page') =>
      dispatch(handlers, { channel: 'afterfollow', type, data }, { tab: { id: 1 } } as never, () => {}, () => kind);

    await call('page.view', pageView('t1', `Hi Sam,\n\nThank you for the interview. ${HINT}\n\nBest,\nJane`), 'content');
    const before = tabs.view(1);
    expect(before.kind === 'thread' && before.decline?.level).toBe('hard');

    const phrases = before.kind === 'thread' ? (before.decline?.phrases ?? []) : [];
    for (const text of phrases) await call('correction.add', { action: 'dismiss', field: 'decline', text }, 'sidebar');
    expect((await getCorrections(db)).items).toHaveLength(phrases.length);

    // The same words in a later mail of the same candidate: the recruiter said it is not a hint.
    await call('page.view', pageView('t2', `Hello again.\n${HINT}\nThanks!`), 'content');
    const after = tabs.view(1);
    expect(after.kind === 'thread' && after.decline).toBeNull();

    expect(await call('corrections.reset', { confirm: true }, 'page')).toMatchObject({ ok: true });
    await call('page.view', pageView('t3', `One more note.\n${HINT}`), 'content');
    const reset = tabs.view(1);
    expect(reset.kind === 'thread' && reset.decline?.level).toBe('hard');
  });

  it('a category change on a detected item is remembered as a correction', async () => {
    const db = freshDb();
    const tabs = new TabViews();
    const handlers = createHandlers(db, Date.now, undefined, tabs);
    const call = (type: string, data: unknown, kind: 'content' | 'sidebar' | 'page') =>
      dispatch(handlers, { channel: 'afterfollow', type, data }, { tab: { id: 1 } } as never, () => {}, () => kind);
    await call('page.view', pageView('t1', 'Hi Sam,\n\nHow many days a week would I be expected in the office?\n\nJane'), 'content');
    const item = (await db.table('itemBooks').toArray()).flatMap((b: { items?: Array<{ id: string; text: string }> }) => b.items ?? [])[0];
    expect(item).toBeDefined();
    await call('item.update', { id: item!.id, candidateId: 'cand:jane.roe@example.net', category: 'location' }, 'sidebar');
    expect((await getCorrections(db)).items).toMatchObject([{ action: 'category', category: 'location', text: item!.text }]);
  });

  it('refuses corrections from the mail page and a reset from anything but an extension page', async () => {
    const db = freshDb();
    const handlers = createHandlers(db);
    const r1 = await dispatch(handlers, { channel: 'afterfollow', type: 'correction.add', data: { action: 'dismiss', field: 'decline', text: 'x' } }, {} as never, () => {}, () => 'content');
    const r2 = await dispatch(handlers, { channel: 'afterfollow', type: 'corrections.reset', data: { confirm: true } }, {} as never, () => {}, () => 'content');
    expect([r1, r2]).toMatchObject([{ ok: false, error: { code: 'forbidden' } }, { ok: false, error: { code: 'forbidden' } }]);
    expect((await getCorrections(db)).items).toHaveLength(0);
  });
});
