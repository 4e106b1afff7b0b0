// Builds the adapter's MailMessage from a message's header data and its body element (or none, when
// the message is collapsed). Shared by both sites so collapsed and expanded messages look the same.
import type { MailMessage, Person } from '../types';
import { extractBodyCached, type BodyRules } from './extract';

export interface MessageHead {
  id: string;
  sender: Person;
  recipients: Person[];
  date: string | null;
}

export function toMailMessage(head: MessageHead, bodyEl: Element | null, rules: BodyRules): MailMessage {
  if (!bodyEl) return { ...head, expanded: false, text: '', segments: [], bodyRange: () => null };
  const extracted = extractBodyCached(bodyEl, rules);
  return {
    ...head,
    expanded: true,
    text: extracted.text,
    segments: extracted.segments,
    bodyRange: (start, end) => {
      try {
        return extracted.range(start, end);
      } catch {
        // The page changed under us (Gmail re-rendered the body): no highlight rather than a throw.
        return null;
      }
    },
  };
}
