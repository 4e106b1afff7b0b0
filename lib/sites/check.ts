// A cheap structural check of what a driver read, run in the mail page (no schema library there).
// The background parses the same data again with zod (lib/messages/thread-data.ts) before using it.
import type { BodySegment, MailMessageData, Person, ThreadData } from './types';

const isString = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isPerson(p: unknown): p is Person {
  const o = p as Person | null;
  return !!o && isString(o.name) && isString(o.email);
}

function isSegment(s: unknown): s is BodySegment {
  const o = s as BodySegment | null;
  return !!o && (o.kind === 'own' || o.kind === 'quote' || o.kind === 'signature') && isIndex(o.start) && isIndex(o.end);
}

function isMessage(m: unknown): m is MailMessageData {
  const o = m as MailMessageData | null;
  return (
    !!o &&
    isString(o.id) &&
    o.id.length > 0 &&
    isPerson(o.sender) &&
    Array.isArray(o.recipients) &&
    o.recipients.every(isPerson) &&
    (o.date === null || isString(o.date)) &&
    typeof o.expanded === 'boolean' &&
    isString(o.text) &&
    Array.isArray(o.segments) &&
    o.segments.every(isSegment) &&
    (o.forward === undefined || (isPerson(o.forward.from) && isIndex(o.forward.start)))
  );
}

export function checkThreadData(t: unknown): t is ThreadData {
  const o = t as ThreadData | null;
  return (
    !!o &&
    isString(o.id) &&
    o.id.length > 0 &&
    isString(o.subject) &&
    Array.isArray(o.participants) &&
    o.participants.every(isPerson) &&
    Array.isArray(o.messages) &&
    o.messages.every(isMessage)
  );
}
