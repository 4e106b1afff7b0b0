// Stable pseudonyms for redacted exports. Not a secret: the point is that the same address gives
// the same pseudonym in every export from every browser, so redacted files from several recruiters
// still line up. (A dictionary attack can recover known addresses; redaction is for sharing
// aggregate data outside HR, not for hiding from someone who already has the address list.)

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/**
 * FNV-1a, 64 bits, over UTF-8, shown as 12 hex digits (48 bits). 24 bits (6 digits) would collide
 * at a few thousand candidates (birthday bound) and silently merge two people; 48 bits do not.
 */
export function fnv1a64Hex(text: string): string {
  let h = FNV64_OFFSET;
  for (const byte of encoder.encode(text)) h = ((h ^ BigInt(byte)) * FNV64_PRIME) & MASK64;
  return h.toString(16).padStart(16, '0').slice(0, 12);
}

/** How people and candidate ids become pseudonyms: one hash, applied to normalised inputs. */
export interface Pseudonyms {
  /** "candidate-7f3a2c9b01de": the candidate's display name, derived from the address. */
  name(email: string): string;
  /** "candidate-7f3a2c9b01de@redacted.invalid" (.invalid is reserved: it can never be delivered). */
  email(email: string): string;
  /** Owners and field interviewers: one pseudonym per person name, the same in both places. */
  person(name: string): string;
  /** A candidate id: 'cand:' + address as below; any other form is hashed whole, as if an address. */
  candidateId(id: string): string;
  /** Any id with candidate ids inside it, each rewritten (see redactIdsWithin). */
  idsWithin(id: string): string;
}

const norm = (s: string) => s.trim().toLowerCase();
const CAND = 'cand:';
const CAND_IN_ID = /cand:[^\s:]+/g;

/**
 * Pseudonyms from a hash of 12 hex digits. Ids repeat across 100,000 items: each distinct input is
 * hashed once (the cache is per instance, so two hashes never share results).
 */
export function pseudonymsFrom(hash: (normalised: string) => string): Pseudonyms {
  const cache = new Map<string, string>();
  const hashOf = (normalised: string) => {
    let h = cache.get(normalised);
    if (h === undefined) {
      h = hash(normalised);
      if (cache.size > 100_000) cache.clear();
      cache.set(normalised, h);
    }
    return h;
  };
  const name = (email: string) => `candidate-${hashOf(norm(email))}`;
  const email = (address: string) => `${name(address)}@redacted.invalid`;
  const hashCand = (m: string) => CAND + email(m.slice(CAND.length));
  /**
   * Any id may embed a candidate id ('cand:' + address, lib/db/keys), e.g. an interview
   * 'iv:cand:a@b.jp:…': every embedded one is rewritten, so the same candidate maps alike everywhere.
   */
  const idsWithin = (id: string) => (id.includes(CAND) ? id.replace(CAND_IN_ID, hashCand) : id);
  return {
    name,
    email,
    person: (person: string) => `person-${hashOf(`person:${norm(person)}`)}`,
    candidateId: (id: string) => (id.startsWith(CAND) ? idsWithin(id) : CAND + email(id)),
    idsWithin,
  };
}

/** The redacted export's pseudonyms: unkeyed, the same in every browser (see the note at the top). */
export const EXPORT_PSEUDONYMS: Pseudonyms = pseudonymsFrom(fnv1a64Hex);

export const pseudonymName = EXPORT_PSEUDONYMS.name;
export const pseudonymEmail = EXPORT_PSEUDONYMS.email;
export const pseudonymPerson = EXPORT_PSEUDONYMS.person;
export const redactIdsWithin = EXPORT_PSEUDONYMS.idsWithin;
export const redactCandidateId = EXPORT_PSEUDONYMS.candidateId;
