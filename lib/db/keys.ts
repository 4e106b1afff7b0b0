// Deterministic keys: the same thread opened twice, in two tabs or after a restart maps to the same rows.
export const candidateKey = (email: string) => `cand:${email.trim().toLowerCase()}`;
export const threadKey = (site: string, threadId: string) => `${site}:${threadId}`;
export const messageKey = (site: string, messageId: string) => `${site}:${messageId}`;
export const detectedItemKey = (messageKeyValue: string, kind: string, start: number, end: number) =>
  `${messageKeyValue}:${kind}:${start}-${end}`;
export const manualItemKey = () => `manual:${crypto.randomUUID()}`;
