import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../lib/background/handlers';
import { send } from '../../lib/messages/client';
import { ProtocolFailure, type ProtocolError } from '../../lib/messages/envelope';
import { dispatch, listen } from '../../lib/messages/server';
import { getBuiltinTemplate } from '../../lib/templates/builtin';
import { freshDb, threadOpenRequest } from '../helpers/db';
import { countAllItems } from '../../lib/db/item-store';

const sender = {};

describe('message protocol', () => {
  it('round-trips a request through the runtime to the background and Dexie', async () => {
    const db = freshDb();
    const stop = listen(createHandlers(db));
    const state = await send('thread.open', threadOpenRequest());
    expect(state.status).toBe('candidate');
    expect(state.items.map((i) => i.text)).toContain('リモートワークは週に何日可能でしょうか。');
    expect(await countAllItems(db)).toBe(2);
    stop();
  });

  it('ranks suggestions in the background, with an edited built-in in place of the shipped one', async () => {
    const db = freshDb();
    const shipped = getBuiltinTemplate('decline_hint_call', 'ja');
    await db.templates.put({ ...shipped, builtin: false, body: shipped.body + '\n追伸', updatedAt: new Date().toISOString() });
    const stop = listen(createHandlers(db));
    const state = await send('thread.open', threadOpenRequest());
    // The candidate's mail hints at declining: the call proposal comes first, in the team's wording.
    expect(state.suggestions[0]?.template.id).toBe(shipped.id);
    expect(state.suggestions[0]?.template.body.endsWith('追伸')).toBe(true);
    const ids = state.suggestions.map((s) => s.template.id);
    expect(new Set(ids).size).toBe(ids.length);
    stop();
  });

  it('rejects an unknown type with a logged, typed error and touches nothing', async () => {
    const db = freshDb();
    const logged: [string, ProtocolError][] = [];
    const result = await dispatch(createHandlers(db), { channel: 'afterfollow', type: 'db.dropAll', data: {} }, sender, (t, e) =>
      logged.push([t, e]),
    );
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown_type' }) });
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toBe('db.dropAll');
  });

  it('rejects a malformed payload before it reaches the database', async () => {
    const db = freshDb();
    const logged: ProtocolError[] = [];
    const bad = { ...threadOpenRequest(), site: 'yahoo', messages: 'lots' };
    const result = await dispatch(createHandlers(db), { channel: 'afterfollow', type: 'thread.open', data: bad }, sender, (_, e) =>
      logged.push(e),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(logged[0]?.issues?.join('\n')).toMatch(/site/);
    expect(logged[0]?.issues?.join('\n')).toMatch(/messages/);
    expect(await db.candidates.count()).toBe(0);
    expect(await countAllItems(db)).toBe(0);
  });

  it('ignores envelopes that are not ours so other listeners can answer', async () => {
    const result = await dispatch(createHandlers(freshDb()), { hello: 'world' }, sender);
    expect(result).toBeUndefined();
  });

  it('validates on the sending side too: a bad request never leaves the page', async () => {
    const transport = vi.fn();
    await expect(send('item.update', { id: '', candidateId: 'cand:x@example.com' }, transport)).rejects.toBeInstanceOf(ProtocolFailure);
    expect(transport).not.toHaveBeenCalled();
  });

  it('refuses a response that does not match its schema', async () => {
    const transport = async () => ({ ok: true, data: { pong: 'yes' } });
    await expect(send('ping', {}, transport)).rejects.toMatchObject({ error: { code: 'bad_response' } });
  });

  it('surfaces handler errors as typed failures', async () => {
    const stop = listen(createHandlers(freshDb()));
    await expect(send('item.update', { id: 'nope', candidateId: 'cand:x@example.com', status: 'answered_now' })).rejects.toMatchObject({
      error: { code: 'handler_failed', message: expect.stringContaining('nope') },
    });
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
