// Names and addresses as the mail sites print them: "Name <a@b.c>", "a@b.c", or a label around them.
import type { Person } from './types';

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

export function findEmail(text: string | null | undefined): string | null {
  if (!text) return null;
  return EMAIL.exec(text)?.[0] ?? null;
}

/** Strips the address, angle brackets and quotes from a display string, leaving the name. */
export function nameWithoutEmail(text: string, email: string | null): string {
  let name = email ? text.split(email).join(' ') : text;
  name = name.replace(/[<>()"'“”「」]/g, ' ').replace(/\s+/g, ' ').trim();
  return name === email ? '' : name;
}

export function person(name: string | null | undefined, email: string | null | undefined): Person {
  return { name: (name ?? '').replace(/\s+/g, ' ').trim().slice(0, 500), email: (email ?? '').trim().toLowerCase().slice(0, 320) };
}

/** Participants in first-seen order, one per address (or per name when the site hides the address). */
export function uniquePeople(people: Iterable<Person>): Person[] {
  const seen = new Map<string, Person>();
  for (const p of people) {
    const key = p.email || `name:${p.name}`;
    if (!p.email && !p.name) continue;
    const known = seen.get(key);
    if (!known) seen.set(key, p);
    else if (!known.name && p.name) seen.set(key, { ...known, name: p.name });
  }
  return [...seen.values()];
}
