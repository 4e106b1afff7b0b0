import { fnv1a64Hex } from '../export/pseudonym';

// Deterministic keys: the same thread opened twice, in two tabs or after a restart maps to the same rows.
export const candidateKey = (email: string) => `cand:${email.trim().toLowerCase()}`;
export const threadKey = (site: string, threadId: string) => `${site}:${threadId}`;
export const messageKey = (site: string, messageId: string) => `${site}:${messageId}`;
/**
 * A detected item is keyed by its sentence, not its offsets: Gmail and Outlook render the same mail
 * with small differences (an open reply box, expanded trimmed content), which shift offsets but not
 * the words. `occurrence` tells apart the same sentence written twice in one mail.
 */
export const detectedItemKey = (messageKeyValue: string, kind: string, text: string, occurrence: number) =>
  `${messageKeyValue}:${kind}:${fnv1a64Hex(text.replace(/\s+/g, ' ').trim())}:${occurrence}`;
export const manualItemKey = () => `manual:${crypto.randomUUID()}`;
