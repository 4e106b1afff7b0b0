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

// Ids repeat across 100,000 items: hash each distinct input once per process.
const cache = new Map<string, string>();
function hashOf(normalised: string): string {
  let h = cache.get(normalised);
  if (h === undefined) {
    h = fnv1a64Hex(normalised);
    if (cache.size > 100_000) cache.clear();
    cache.set(normalised, h);
  }
  return h;
}

const norm = (s: string) => s.trim().toLowerCase();

/** "candidate-7f3a2c9b01de": the candidate's display name, derived from the address. */
export const pseudonymName = (email: string) => `candidate-${hashOf(norm(email))}`;
/** "candidate-7f3a2c9b01de@redacted.invalid" (.invalid is reserved: it can never be delivered). */
export const pseudonymEmail = (email: string) => `${pseudonymName(email)}@redacted.invalid`;
/** Owners and field interviewers: one pseudonym per person name, the same in both places. */
export const pseudonymPerson = (name: string) => `person-${hashOf(`person:${norm(name)}`)}`;

const CAND = 'cand:';
const CAND_IN_ID = /cand:[^\s:]+/g;
const hashCand = (m: string) => CAND + pseudonymEmail(m.slice(CAND.length));

/**
 * Any id may embed a candidate id ('cand:' + address, lib/db/keys), e.g. an interview
 * 'iv:cand:a@b.jp:…': every embedded one is rewritten, so the same candidate maps alike everywhere.
 */
export function redactIdsWithin(id: string): string {
  return id.includes(CAND) ? id.replace(CAND_IN_ID, hashCand) : id;
}

/** A candidate id: 'cand:' + address as above; any other form is hashed whole, as if an address. */
export function redactCandidateId(id: string): string {
  return id.startsWith(CAND) ? redactIdsWithin(id) : CAND + pseudonymEmail(id);
}
