// The team key of pseudonymised sharing (issue 18): every recruiter of a team enters the same
// passphrase once, and pseudonyms (candidates, people, row ids) are HMAC-SHA-256 under a key derived
// from it and the team's database name. So two recruiters who talk to the same candidate send the
// same pseudonym (HR sees one candidate held by two people, and a shared item counts once), while
// another team, or anyone without the passphrase (the server's operator, HR if not given it), can
// neither match the pseudonyms nor confirm a guessed address. Only the derived key is stored, never
// the passphrase. Pure (@noble/hashes: audited, synchronous, so redaction stays one pass).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { pseudonymsFrom, type Pseudonyms } from '../export/pseudonym';
import type { Rekey } from '../export/redact';

/** Shorter passphrases would fall to a guessing attack on the derived pseudonyms. */
export const MIN_TEAM_KEY_LENGTH = 12;

const DERIVE_LABEL = 'afterfollow team pseudonyms v1\n';

/** The stored key (64 hex digits): HMAC-SHA-256 of the team's database name under the passphrase. */
export function deriveTeamKey(passphrase: string, database: string): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(passphrase.normalize('NFC')), utf8ToBytes(DERIVE_LABEL + database)));
}

/** 8 hex digits that name the key without revealing it: teammates compare them to know they typed the same. */
export function teamKeyId(key: string): string {
  return bytesToHex(hmac(sha256, hexToBytes(key), utf8ToBytes('afterfollow key id'))).slice(0, 8);
}

/** HMAC-SHA-256 under the key, as `digits` hex digits (the pads are hashed once per key, not per input). */
function keyedHash(key: string, digits: number): (text: string) => string {
  const base = hmac.create(sha256, hexToBytes(key));
  return (text) => bytesToHex(base.clone().update(utf8ToBytes(text)).digest()).slice(0, digits);
}

/**
 * The team's pseudonyms (12 hex digits, like the export's) and the re-keying of every other id
 * (18 digits, like the export's random ones). Inputs are domain-separated from each other.
 */
export function teamPseudonyms(key: string): { pseudonyms: Pseudonyms; rekey: Rekey } {
  const hash = keyedHash(key, 18);
  const cache = new Map<string, string>();
  return {
    pseudonyms: pseudonymsFrom((normalised) => hash(`p\u0000${normalised}`).slice(0, 12)),
    rekey: (id) => {
      let out = cache.get(id);
      if (out === undefined) {
        out = `r:${hash(`id\u0000${id}`)}`;
        if (cache.size > 200_000) cache.clear();
        cache.set(id, out);
      }
      return out;
    },
  };
}
