// @vitest-environment node
// The README's validate_doc_update (README "Team sync", users and roles), as the team's admin installs
// it. Apache CouchDB is not installable on this machine (no Debian package, no Docker daemon, no
// network for its build), so the function is taken from the README and called the way CouchDB's query
// server calls it: compiled from its source in a sandbox of its own (CouchDB's JavaScript globals
// only: log, isArray, toJSON, sum), then fn(newDoc, oldDoc, userCtx, secObj), where throwing
// { forbidden } refuses the write with 403 and { unauthorized } with 401. Reads never run it: members
// (_security) read every document; the engine test runs the same document in the test server on every
// write while HR pulls everything.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownDocs } from '../../lib/sync/docs';
import { book, readmeDesignDoc, T0 } from './fixtures';

type Doc = Record<string, unknown> & { _id: string };
type UserCtx = { db: string; name: string | null; roles: string[] };
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx, secObj: object) => void;

function compile(source: string): Validate {
  const sandbox = { log: () => {}, isArray: Array.isArray, toJSON: JSON.stringify, sum: (xs: number[]) => xs.reduce((a, b) => a + b, 0) };
  const fn = runInNewContext(`(${source})`, sandbox) as unknown;
  if (typeof fn !== 'function') throw new Error('validate_doc_update is not a function');
  return fn as Validate;
}

const validate = compile(readmeDesignDoc().validate_doc_update);
const secObj = { admins: { names: [], roles: [] }, members: { names: [], roles: ['recruiter', 'hr'] } };
const user = (name: string | null, roles: string[] = name ? ['recruiter'] : []): UserCtx => ({ db: 'team-tokyo', name, roles });

/** CouchDB's outcome of one write: 'ok', or the status its thrown object maps to. */
function write(newDoc: Doc, oldDoc: Doc | null, ctx: UserCtx): 'ok' | { status: number; reason: string } {
  try {
    validate(newDoc, oldDoc, ctx, secObj);
    return 'ok';
  } catch (e) {
    const thrown = e as { forbidden?: string; unauthorized?: string };
    if (thrown && typeof thrown.forbidden === 'string') return { status: 403, reason: thrown.forbidden };
    if (thrown && typeof thrown.unauthorized === 'string') return { status: 401, reason: thrown.unauthorized };
    throw e;
  }
}

/** A document exactly as the extension writes it. */
const docOf = (user: string): Doc => {
  const doc = [...ownDocs([book('taro@example.jp', [{ key: 'a' }])], { user, name: user }, 'everything', null, T0).values()][0]!;
  return doc as unknown as Doc;
};
const countsOf = (user: string): Doc => [...ownDocs([], { user, name: user }, 'counts', null, T0).values()][0]! as unknown as Doc;
/** What CouchDB passes as newDoc for a DELETE: the stub, no content. */
const deletion = (doc: Doc): Doc => ({ _id: doc._id, _rev: '2-x', _deleted: true });

describe("the README's validate_doc_update, called as CouchDB calls it", () => {
  it('a recruiter writes their own documents (a book, its next revision, the counts document)', () => {
    const own = docOf('alice');
    expect(own._id).toBe('b:alice:cand:taro@example.jp');
    expect(write(own, null, user('alice'))).toBe('ok');
    expect(write({ ...own, _rev: '1-a' }, { ...own, _rev: '1-a' }, user('alice'))).toBe('ok');
    expect(write(countsOf('alice'), null, user('alice'))).toBe('ok');
  });

  it("a recruiter cannot write another's document, nor their own under another author", () => {
    expect(write(docOf('bob'), null, user('alice'))).toMatchObject({ status: 403, reason: 'you may write only your own documents' });
    expect(write(countsOf('bob'), null, user('alice'))).toMatchObject({ status: 403 });
    // Changing a teammate's existing document.
    const bobs = docOf('bob');
    expect(write({ ...bobs, items: [] }, bobs, user('alice'))).toMatchObject({ status: 403 });
    // Own id, someone else named as the author.
    expect(write({ ...docOf('alice'), author: { user: 'bob', name: 'Bob' } }, null, user('alice'))).toMatchObject({ status: 403, reason: 'author must be the signed-in user' });
    expect(write({ ...docOf('alice'), author: undefined }, null, user('alice'))).toMatchObject({ status: 403 });
    // A name that is a prefix of another's: "al" is not "alice".
    expect(write({ ...docOf('alice'), author: { user: 'al', name: 'Al' } }, null, user('al'))).toMatchObject({ status: 403 });
    expect(write({ ...countsOf('al'), _id: 'c:alice' }, null, user('al'))).toMatchObject({ status: 403 });
    // Anything else in the database (not a book or counts id).
    expect(write({ _id: 'alice-notes', author: { user: 'alice', name: 'A' } }, null, user('alice'))).toMatchObject({ status: 403 });
  });

  it("deleting another's document is refused; deleting one's own (a purged candidate) is not", () => {
    const bobs = docOf('bob');
    expect(write(deletion(bobs), bobs, user('alice'))).toMatchObject({ status: 403 });
    expect(write(deletion(countsOf('bob')), countsOf('bob'), user('alice'))).toMatchObject({ status: 403 });
    const own = docOf('alice');
    expect(write(deletion(own), own, user('alice'))).toBe('ok');
  });

  it('HR is held to the same rule for writing (own log only) and is not stopped from reading: a read never calls the function', () => {
    const hr = user('hiro', ['hr']);
    expect(write(docOf('hiro'), null, hr)).toBe('ok');
    expect(write(docOf('alice'), null, hr)).toMatchObject({ status: 403 });
    expect(write(deletion(docOf('alice')), docOf('alice'), hr)).toMatchObject({ status: 403 });
    // Reading is the _security object's members: both roles.
    expect(secObj.members.roles).toEqual(expect.arrayContaining(['recruiter', 'hr']));
    expect(readFileSync('README.md', 'utf8')).toContain('"members":{"names":[],"roles":["recruiter","hr"]}');
  });

  it('the admin may write anything (the design document itself); nobody unsigned may write', () => {
    expect(write(docOf('alice'), null, user('admin', ['_admin']))).toBe('ok');
    expect(write({ _id: '_design/afterfollow' }, null, user('admin', ['_admin']))).toBe('ok');
    expect(write(docOf('alice'), null, user(null))).toMatchObject({ status: 401 });
    // An anonymous writer cannot hide behind a document named for "null".
    expect(write({ ...docOf('alice'), _id: 'b:null:cand:x', author: { user: null } }, null, user(null))).toMatchObject({ status: 401 });
  });
});
