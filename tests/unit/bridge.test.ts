// What the content script sends the background about its page: plain data within the limits, with what
// the background decides on (a pop-out's item id vs a conversation id, a compose window's recipients).
import { plainView, parseTabMessage } from '../../entrypoints/mail.content/bridge';
import type { SiteView } from '../../lib/sites/types';
import { pageViewSchema } from '../../lib/messages/thread-data';

const message = { id: 'm1', sender: { name: 'A', email: 'a@example.jp' }, recipients: [], date: null, expanded: true, text: 'こんにちは', segments: [], bodyRange: () => null };

describe('plainView', () => {
  it("keeps what the thread's id names and the folded count, drops the DOM handles", () => {
    const view: SiteView = { kind: 'thread', viewName: 'outlook.popout-read', thread: { id: 'AAkALg1', subject: 's', participants: [], messages: [message], idKind: 'message', olderHidden: 3 } };
    const plain = plainView(view);
    expect(plain).toEqual({ kind: 'thread', thread: { id: 'AAkALg1', subject: 's', participants: [], messages: [{ ...message, bodyRange: undefined }].map(({ bodyRange: _b, ...m }) => m), idKind: 'message', olderHidden: 3 } });
    expect(pageViewSchema.safeParse(plain).success).toBe(true);
  });

  it('sends a compose window as whom it answers, within bounds, and parses on the other side', () => {
    const recipients = Array.from({ length: 150 }, (_, i) => ({ name: 'n', email: `p${i}@example.jp` }));
    const plain = plainView({ kind: 'compose', recipients, subject: 'x'.repeat(3000), viewName: 'outlook.compose-popout' });
    expect(plain.kind === 'compose' && [plain.recipients.length, plain.subject.length, plain.viewName]).toEqual([100, 2000, 'outlook.compose-popout']);
    expect(pageViewSchema.safeParse(plain).success).toBe(true);
  });

  it('takes the compose-state question from the background and nothing malformed', () => {
    expect(parseTabMessage({ channel: 'afterfollow-tab', type: 'compose-state' })).toEqual({ type: 'compose-state' });
    expect(parseTabMessage({ channel: 'other', type: 'compose-state' })).toBeNull();
  });
});
