import { SUGGESTION_REASON_TEXT } from '../lib/templates/suggest';
import { messages } from './locales.source.mjs';

/** Every message key with [en, ja, description?]. */
export function allMessages(): Record<string, readonly [string, string, string?]> {
  return { ...messages, ...SUGGESTION_REASON_TEXT };
}
