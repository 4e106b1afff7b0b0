// @vitest-environment node
import { createHmac } from 'node:crypto';
// Team sync's pure parts (issue 18): settings rules, the log → document mapping per share mode,
// validation of incoming documents, conflict merging with the log's merge rule, backoff, team figures.
import { describe, expect, it } from 'vitest';
import { retryDelay, mayStart, SYNC_PERIOD_MS } from '../../lib/sync/backoff';
import { DB_NAME_RULE, originPattern, serverUrlProblem, sessionCookieValue, teamConfigInputSchema, teamConfigSchema } from '../../lib/sync/config';
import { deriveTeamKey, teamKeyId, teamPseudonyms } from '../../lib/sync/team-key';
import { pseudonymEmail } from '../../lib/export/pseudonym';
import { authorOfId, bookDocId, bookDocs, mergePayloads, ownDocs, validateTeamDoc, MAX_DOC_BYTES, type BookPayload } from '../../lib/sync/docs';
import { classifySyncError, SyncError } from '../../lib/sync/errors';
import { fingerprint } from '../../lib/sync/engine';
import { groupTeam, teamFigures, teamItemsOf } from '../../lib/sync/team-view';
import { book, T0 } from './fixtures';

const alice = { user: 'alice', name: 'Alice' };

describe('settings rules', () => {
  it('https anywhere, http only on this machine, no credentials or query in the address', () => {
    expect(serverUrlProblem('https://couch.example.com')).toBeNull();
    expect(serverUrlProblem('https://couch.example.com/db-proxy')).toBeNull();
    expect(serverUrlProblem('http://127.0.0.1:5984')).toBeNull();
    expect(serverUrlProblem('http://localhost:5984')).toBeNull();
    expect(serverUrlProblem('http://couch.example.com')).toBe('not_https');
    expect(serverUrlProblem('http://127.0.0.2')).toBe('not_https');
    expect(serverUrlProblem('ftp://couch.example.com')).toBe('not_https');
    expect(serverUrlProblem('https://admin:secret@couch.example.com')).toBe('has_credentials');
    expect(serverUrlProblem('https://couch.example.com/?x=1')).toBe('has_query');
    expect(serverUrlProblem('couch.example.com')).toBe('not_a_url');
  });
  it('requests exactly the server host, any port', () => {
    expect(originPattern('https://couch.example.com:6984/team')).toBe('https://couch.example.com/*');
    expect(originPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1/*');
  });
  it("database names follow CouchDB's rule", () => {
    for (const ok of ['team', 'team-tokyo', 'a_b$c(d)e+f/g', 'x1']) expect(DB_NAME_RULE.test(ok), ok).toBe(true);
    for (const bad of ['Team', '1team', '_users', 'team space', '', 'a'.repeat(239), 'チーム']) expect(DB_NAME_RULE.test(bad), bad).toBe(false);
    const base = { enabled: true, serverUrl: 'https://c.example.com', username: 'u', displayName: 'U', share: 'everything' as const, signIn: 'password' as const, pseudonymKey: null };
    expect(teamConfigSchema.safeParse({ ...base, database: 'team' }).success).toBe(true);
    expect(teamConfigSchema.safeParse({ ...base, database: 'Team' }).success).toBe(false);
    expect(teamConfigSchema.safeParse({ ...base, database: 'team', serverUrl: 'http://c.example.com' }).success).toBe(false);
  });
  it('the stored settings have no place for a password, a cookie or a passphrase', () => {
    const input = { enabled: true, serverUrl: 'https://c.example.com', database: 'team', username: 'u', displayName: 'U', share: 'pseudonymised' as const, signIn: 'password' as const };
    const parsed = teamConfigInputSchema.parse({ ...input, password: 'secret-pw', cookie: 'secret-cookie', teamKey: 'secret-passphrase' });
    const stored = teamConfigSchema.parse({ ...parsed, pseudonymKey: deriveTeamKey('secret-passphrase', 'team') });
    expect(JSON.stringify(stored)).not.toMatch(/secret/);
    expect(Object.keys(stored).sort()).toEqual(['database', 'displayName', 'enabled', 'pseudonymKey', 'serverUrl', 'share', 'signIn', 'username']);
  });
  it('a pasted session cookie: the value alone or as copied from a browser; nothing a cookie cannot hold', () => {
    expect(sessionCookieValue('YWxpY2U6NjU0M0ZGOkFCQ0Q')).toBe('YWxpY2U6NjU0M0ZGOkFCQ0Q');
    expect(sessionCookieValue(' AuthSession=YWxpY2U6NjU0M0ZGOkFCQ0Q; Path=/; HttpOnly ')).toBe('YWxpY2U6NjU0M0ZGOkFCQ0Q');
    for (const bad of ['', 'a b', 'a"b', 'a,b', 'a\\b', 'x'.repeat(5000)]) expect(sessionCookieValue(bad), bad).toBeNull();
  });
});

describe('log → documents', () => {
  const taro = book('taro@example.jp', [{ key: 'a' }, { key: 'b', status: 'deferred' }]);

  it('everything: one document per candidate, id from the author and the candidate key, author inside', () => {
    const docs = ownDocs([taro], alice, 'everything', null, T0);
    expect([...docs.keys()]).toEqual(['b:alice:cand:taro@example.jp']);
    const doc = docs.get('b:alice:cand:taro@example.jp') as BookPayload;
    expect(doc.author).toEqual(alice);
    expect(doc.items.map((i) => i.text)).toEqual(['Question a?', 'Question b?']);
    expect(validateTeamDoc(doc)).toMatchObject({ ok: true });
    expect(authorOfId(bookDocId('alice', 'cand:taro@example.jp', 2))).toBe('alice');
  });

  const teamKey = deriveTeamKey('correct horse battery staple', 'team');

  it('pseudonymised: names and addresses replaced, item text dropped, ids stable between syncs', () => {
    const a = [...ownDocs([taro], alice, 'pseudonymised', teamKey, T0).values()][0] as BookPayload;
    const b = [...ownDocs([taro], alice, 'pseudonymised', teamKey, T0 + 1).values()][0] as BookPayload;
    expect(a).toEqual(b);
    const text = JSON.stringify(a);
    expect(text).not.toContain('taro');
    expect(text).not.toContain('Question');
    expect(a.items.every((i) => i.text === '')).toBe(true);
    expect(a.items.map((i) => i.status)).toEqual(expect.arrayContaining(['open', 'deferred']));
    expect(validateTeamDoc({ _id: (a as BookPayload & { _id: string })._id, ...a })).toMatchObject({ ok: true });
  });

  it("pseudonymised: two recruiters' pseudonyms for the same candidate and item match under the team key, and differ under another team's", () => {
    const bob = { user: 'bob', name: 'Bob' };
    // Both were on Taro's thread: the same detected item (same key) in both logs.
    const shared = book('Taro@Example.jp', [{ key: 'shared' }], { name: 'Taro Yamada', owner: 'Sato' });
    const mine = bookDocs(shared, alice, 'pseudonymised', teamKey)[0]!;
    const his = bookDocs(book('taro@example.jp', [{ key: 'shared' }], { name: 'Taro Yamada', owner: 'Sato' }), bob, 'pseudonymised', teamKey)[0]!;
    expect(his.candidate.id).toBe(mine.candidate.id);
    expect(his.candidate.email).toBe(mine.candidate.email);
    expect(his.candidate.owner).toBe(mine.candidate.owner);
    expect(his.items.map((i) => i.id)).toEqual(mine.items.map((i) => i.id));
    // HR's team total then counts the shared item once.
    const { total } = teamFigures(groupTeam({ name: 'HR', books: [] }, [mine, his]));
    expect(total).toMatchObject({ candidates: 1, items: 1 });
    // Another team (another passphrase, or the same passphrase for another team database): nothing matches.
    for (const other of [deriveTeamKey('another team passphrase', 'team'), deriveTeamKey('correct horse battery staple', 'team-osaka')]) {
      const theirs = bookDocs(shared, alice, 'pseudonymised', other)[0]!;
      expect(theirs.candidate.id).not.toBe(mine.candidate.id);
      expect(theirs.candidate.owner).not.toBe(mine.candidate.owner);
      expect(theirs.items[0]!.id).not.toBe(mine.items[0]!.id);
    }
    // Nor do they match the redacted export's unkeyed pseudonym, which anyone with the address can compute.
    expect(mine.candidate.email).not.toBe(pseudonymEmail('taro@example.jp'));
    expect(mine.candidate.email).toMatch(/^candidate-[0-9a-f]{12}@redacted\.invalid$/);
    // Without a team key nothing is shared.
    expect(() => bookDocs(shared, alice, 'pseudonymised', null)).toThrow(/team key/);
  });

  it('the team key is HMAC-SHA-256 (RFC 2104) of the database name under the passphrase; its id reveals nothing of it', () => {
    const expected = createHmac('sha256', 'correct horse battery staple').update('afterfollow team pseudonyms v1\nteam').digest('hex');
    expect(teamKey).toBe(expected);
    expect(teamKeyId(teamKey)).toMatch(/^[0-9a-f]{8}$/);
    expect(teamKey).not.toContain(teamKeyId(teamKey));
    const { rekey, pseudonyms } = teamPseudonyms(teamKey);
    expect(rekey('gmail:m1:question:abc:0')).toBe(`r:${createHmac('sha256', Buffer.from(teamKey, 'hex')).update('id\u0000gmail:m1:question:abc:0').digest('hex').slice(0, 18)}`);
    expect(pseudonyms.email(' Taro@Example.JP')).toBe(pseudonyms.email('taro@example.jp'));
  });

  it('counts only: one small document with totals, no candidate or text', () => {
    const docs = ownDocs([taro, book('hanako@example.jp', [{ key: 'c', status: 'answered_now' }])], alice, 'counts', null, T0);
    expect([...docs.keys()]).toEqual(['c:alice']);
    const doc = docs.get('c:alice')!;
    expect(doc).toMatchObject({ candidates: 2, items: 3, byStatus: { open: 1, deferred: 1, answered_now: 1 }, byStage: { interview_1: 2 } });
    expect(JSON.stringify(doc)).not.toMatch(/taro|Question/);
    expect(validateTeamDoc(doc)).toMatchObject({ ok: true });
  });

  it('a very large book is cut into chunks that each stay under the size bound', () => {
    const big = book('big@example.jp', Array.from({ length: 400 }, (_, k) => ({ key: `k${k}`, text: 'x'.repeat(4000) })));
    const docs = bookDocs(big, alice, 'everything', null);
    expect(docs.length).toBeGreaterThan(1);
    expect(docs.reduce((n, d) => n + d.items.length, 0)).toBe(400);
    for (const d of docs) {
      expect(JSON.stringify(d).length).toBeLessThan(MAX_DOC_BYTES);
      expect(validateTeamDoc(d)).toMatchObject({ ok: true });
    }
  });
});

describe('incoming documents', () => {
  const good = [...ownDocs([book('taro@example.jp', [{ key: 'a' }])], alice, 'everything', null, T0).values()][0] as BookPayload & { _id: string };

  it('refuses, with a reason, whatever does not match the log schemas, bounds and ids', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /not an object/],
      [[1, 2], /not an object/],
      [{ _id: good._id, hello: 1 }, /./],
      [{ ...good, items: [{ ...good.items[0], status: 'pwned' }] }, /status/],
      [{ ...good, items: [{ ...good.items[0], updatedAt: Date.now() + 10 * 86_400_000 }] }, /day/],
      [{ ...good, items: [{ ...good.items[0], text: 'x'.repeat(6000) }] }, /text/],
      [{ ...good, padding: 'x'.repeat(MAX_DOC_BYTES) }, /bytes/],
      [{ ...good, extra: 1 }, /extra|Unrecognized/i],
      [{ ...good, _attachments: { a: {} } }, /_attachments/],
      [{ ...good, _id: 'b:mallory:cand:taro@example.jp' }, /id does not match/],
      [{ ...good, items: book('other@example.jp', [{ key: 'z' }]).items }, /another candidate/],
      [{ ...good, author: { user: 'alice', name: 'A', admin: true } }, /./],
    ];
    for (const [doc, reason] of cases) {
      const v = validateTeamDoc(doc);
      expect(v.ok, JSON.stringify(doc).slice(0, 80)).toBe(false);
      if (!v.ok) expect(v.reason).toMatch(reason);
    }
    expect(validateTeamDoc({ ...good, _rev: '1-abc', _conflicts: ['1-def'] })).toMatchObject({ ok: true });
  });
});

describe('conflicts', () => {
  it("two revisions of one document merge row by row with the log's rule: the newer edit wins, whichever revision CouchDB picked", () => {
    const older = bookDocs(book('taro@example.jp', [{ key: 'a', status: 'answered_now', updatedAt: T0 + 5000 }, { key: 'b' }]), alice, 'everything', null)[0]!;
    const newer = bookDocs(book('taro@example.jp', [{ key: 'a', status: 'open', updatedAt: T0 + 1000 }, { key: 'c' }]), alice, 'everything', null)[0]!;
    const ab = mergePayloads(older, newer) as BookPayload;
    const ba = mergePayloads(newer, older) as BookPayload;
    expect(ab.items).toEqual(ba.items);
    expect(ab.items.map((i) => [i.id.split(':')[3], i.status])).toEqual([
      ['a', 'answered_now'],
      ['b', 'open'],
      ['c', 'open'],
    ]);
  });

  it('team figures count a shared item once, with its newest status, and list who collected it', () => {
    const mine = book('taro@example.jp', [{ key: 's', status: 'answered_now', updatedAt: T0 + 9000 }]);
    const bobs = bookDocs(book('taro@example.jp', [{ key: 's', status: 'open' }, { key: 'x' }]), { user: 'bob', name: 'Bob' }, 'everything', null);
    const team = groupTeam({ name: 'Me', books: [mine] }, bobs);
    expect(teamFigures(team).total).toMatchObject({ candidates: 1, items: 2, open: 1, answered: 1 });
    const items = teamItemsOf(team, 'cand:taro@example.jp');
    expect(items.map((e) => [e.item.status, e.by])).toEqual([
      ['answered_now', ['Me', 'Bob']],
      ['open', ['Bob']],
    ]);
  });
});

describe('backoff and errors', () => {
  it('waits 30 s, then doubles up to 30 min; a user-asked sync does not wait', () => {
    expect([1, 2, 3, 4, 7, 20, 100].map(retryDelay)).toEqual([30_000, 60_000, 120_000, 240_000, 1_800_000, 1_800_000, 1_800_000]);
    expect(retryDelay(0)).toBe(SYNC_PERIOD_MS);
    expect(mayStart('change', 1000, 5000, 2)).toBe(false);
    expect(mayStart('alarm', 5000, 5000, 2)).toBe(true);
    expect(mayStart('manual', 1000, 5000, 2)).toBe(true);
    expect(mayStart('change', 1000, 5000, 0)).toBe(true);
  });
  it('names errors from fetch and PouchDB', () => {
    expect(classifySyncError({ status: 401, message: 'x' }).code).toBe('unauthorized');
    expect(classifySyncError({ status: 403 }).code).toBe('forbidden');
    expect(classifySyncError({ status: 404 }).code).toBe('db_missing');
    expect(classifySyncError({ status: 503 }).code).toBe('server');
    expect(classifySyncError(new TypeError('fetch failed')).code).toBe('network');
    expect(classifySyncError(new Error('unable to verify the first certificate')).code).toBe('network');
    expect(classifySyncError(new SyntaxError('Unexpected token <')).code).toBe('not_couchdb');
    expect(classifySyncError(new SyncError('db_missing', 'team')).code).toBe('db_missing');
  });
  it('fingerprints differ when content differs', () => {
    expect(fingerprint('{"a":1}')).toBe(fingerprint('{"a":1}'));
    expect(fingerprint('{"a":1}')).not.toBe(fingerprint('{"a":2}'));
  });
});
