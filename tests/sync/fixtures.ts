// Books and an in-memory store for team sync tests (the engine's store is Dexie in the extension).
import { readFileSync } from 'node:fs';
import type { Candidate, Item } from '../../lib/records';
import type { OwnBook, TeamPayload } from '../../lib/sync/docs';
import type { SyncStore } from '../../lib/sync/engine';
import { mergeBooks } from '../../lib/sync/team-view';

export const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

export function candidate(email: string, over: Partial<Candidate> = {}): Candidate {
  return {
    id: `cand:${email}`,
    name: email.split('@')[0]!,
    email,
    position: 'Engineer',
    stage: 'interview_1',
    owner: 'HR',
    nextInterviewAt: null,
    lastCandidateContactAt: null,
    lastRecruiterContactAt: null,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function item(candidateId: string, key: string, over: Partial<Item> = {}): Item {
  return {
    id: `gmail:m1:question:${key}:0`,
    candidateId,
    threadId: 'gmail:t1',
    messageId: 'gmail:m1',
    kind: 'question',
    category: 'compensation',
    text: `Question ${key}?`,
    start: 0,
    end: 10,
    status: 'open',
    source: 'detected',
    at: T0,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  } as Item;
}

export function book(email: string, items: Array<Partial<Item> & { key: string }>, over: Partial<Candidate> = {}): OwnBook {
  const c = candidate(email, over);
  return { candidate: c, items: items.map(({ key, ...rest }) => item(c.id, key, rest)), events: [], interviews: [], messages: [] };
}

export class MemoryStore implements SyncStore {
  books: OwnBook[] = [];
  team = new Map<string, TeamPayload>();
  async ownBooks() {
    return structuredClone(this.books);
  }
  /** Like the Dexie store's import merge: per candidate, each row once, the newer edit winning. */
  async restoreOwn(books: OwnBook[]) {
    this.restored.push(...structuredClone(books));
    const me = { user: '', name: '', me: true, counts: null };
    this.books = mergeBooks([
      { ...me, books: this.books },
      { ...me, books: structuredClone(books) },
    ]);
  }
  restored: OwnBook[] = [];
  async applyTeam(put: Array<{ id: string; payload: TeamPayload }>, remove: string[]) {
    for (const id of remove) this.team.delete(id);
    for (const p of put) this.team.set(p.id, p.payload);
  }
  async countTeam() {
    return this.team.size;
  }
  async clearTeam() {
    this.team.clear();
  }
}

/** The design document of README "Team sync" (its ```json block), as the team's admin installs it. */
export function readmeDesignDoc(): { _id: string; validate_doc_update: string } {
  const readme = readFileSync('README.md', 'utf8');
  const block = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('"_design/afterfollow"'));
  if (!block) throw new Error('no _design/afterfollow in README.md');
  return JSON.parse(block) as { _id: string; validate_doc_update: string };
}
