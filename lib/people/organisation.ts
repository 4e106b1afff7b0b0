// Who is who, as pure data (no DOM, no browser API): is a mail from the user's own organisation, and is
// a colleague forwarding a candidate's mail? Used to keep internal mail out of the candidate log and to
// offer "treat this thread as the candidate's" on a colleague's forward.

export interface PersonLike {
  name: string;
  email: string;
}

/**
 * Mailbox providers anyone can sign up with: sharing one of these domains says nothing about being
 * colleagues (a recruiter on gmail.com and a candidate on gmail.com are not one organisation).
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Google, Microsoft, Apple, Yahoo, AOL, Proton, Zoho, GMX, Yandex, Mail.ru, Tuta, Fastmail
  'gmail.com', 'googlemail.com', 'outlook.com', 'outlook.jp', 'hotmail.com', 'hotmail.co.jp', 'hotmail.co.uk', 'hotmail.fr',
  'live.com', 'live.jp', 'live.co.uk', 'msn.com', 'passport.com', 'icloud.com', 'me.com', 'mac.com', 'yahoo.com', 'yahoo.co.jp',
  'ymail.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'rocketmail.com', 'aol.com', 'aim.com', 'proton.me', 'protonmail.com',
  'pm.me', 'zoho.com', 'zohomail.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'yandex.com', 'yandex.ru', 'mail.ru',
  'tutanota.com', 'tuta.io', 'fastmail.com', 'hey.com', 'qq.com', '163.com', '126.com', 'naver.com', 'daum.net',
  // Japanese consumer ISPs and mobile carriers
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'ymobile.ne.jp', 'disney.ne.jp',
  'rakuten.jp', 'nifty.com', 'nifty.ne.jp', 'biglobe.ne.jp', 'ocn.ne.jp', 'so-net.ne.jp', 'plala.or.jp', 'dion.ne.jp',
  'excite.co.jp', 'goo.jp', 'livedoor.com', 'jcom.home.ne.jp', 'kvj.biglobe.ne.jp',
]);

/** Second-level labels under which registrations sit one level deeper (example.co.jp, example.ac.uk). */
const SECOND_LEVEL = new Set(['co', 'ne', 'or', 'ac', 'ad', 'ed', 'go', 'gr', 'lg', 'com', 'net', 'org', 'gov', 'edu', 'mil', 'ltd', 'plc', 'nhs', 'sch']);

const domainOf = (email: string): string | null => {
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const d = email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(d) ? d : null;
};

/** "mail.example.co.jp" → "example.co.jp"; "hr.example.com" → "example.com" (without a public-suffix list). */
export function registrableDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const sld = labels[labels.length - 2]!;
  const tld = labels[labels.length - 1]!;
  const take = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return FREE_MAIL_DOMAINS.has(d) || FREE_MAIL_DOMAINS.has(registrableDomain(d));
}

/**
 * The organisation an address belongs to (its registrable domain), or null for free-mail and
 * malformed addresses: nobody is anyone's colleague through gmail.com.
 */
export function organisationDomain(email: string | null | undefined): string | null {
  const d = email ? domainOf(email) : null;
  if (!d || isFreeMailDomain(d)) return null;
  return registrableDomain(d);
}

export interface OrganisationOptions {
  /** More domains of the user's organisation (subsidiaries, an old name), registrable or not. */
  extraDomains?: readonly string[];
}

/** Is `sender` in the user's own organisation? Free-mail users have no organisation: never internal. */
export function isInternal(sender: PersonLike | string, me: PersonLike | string | null, options: OrganisationOptions = {}): boolean {
  const senderEmail = typeof sender === 'string' ? sender : sender.email;
  const meEmail = me === null ? '' : typeof me === 'string' ? me : me.email;
  const mine = organisationDomain(meEmail);
  const theirs = organisationDomain(senderEmail);
  if (!theirs) return false;
  if (mine && mine === theirs) return true;
  return (options.extraDomains ?? []).some((d) => registrableDomain(d.replace(/^@/, '')) === theirs);
}

export interface ForwardHeader {
  /** The original sender as the forward header names them. */
  from: PersonLike;
  subject: string | null;
  /** Offset in the text where the forward header begins (the original follows it). */
  start: number;
}

// Forward markers of the common clients, en and ja (Gmail: "---------- Forwarded message ---------" /
// "---------- 転送メッセージ ----------" (also "転送されたメッセージ"); Outlook: a "From:/差出人:" block after a
// rule, with Sent/送信日時 and Subject/件名; Apple Mail: "Begin forwarded message:" / "転送されたメッセージ:";
// Thunderbird: "-------- Forwarded Message --------" / "-------- 転送メッセージ --------").
const FORWARD_MARKER = /-{2,}\s*(?:forwarded message|転送(?:された)?メッセージ)\s*-{2,}|^\s*(?:begin forwarded message|転送されたメッセージ)\s*[:：]/im;
// Old Outlook's "-----Original Message-----" heads replies and forwards alike: a forward only under a forward subject.
const ORIGINAL_MARKER = /-{2,}\s*(?:original message|元のメッセージ)\s*-{2,}/i;
const FROM_LINE = /^[ \t>*]*(?:from|差出人|送信者|送信元)\s*[:：]\s*(.+)$/im;
const SUBJECT_LINE = /^[ \t>*]*(?:subject|件名)\s*[:：]\s*(.+)$/im;
// An Outlook-style header block without a marker: From + Sent/Date + Subject lines close together.
const OUTLOOK_BLOCK = /^[ \t>*]*(?:from|差出人)\s*[:：][^\n]*\n(?:[^\n]*\n){0,3}?[ \t>*]*(?:sent|date|送信日時|日付)\s*[:：]/im;
const FORWARD_SUBJECT = /^\s*(?:fwd?|fw|転送)\s*[:：]/i;
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

function parsePerson(line: string): PersonLike | null {
  const email = EMAIL.exec(line)?.[0] ?? null;
  if (!email) return null;
  const name = line
    .split(email)
    .join(' ')
    .replace(/\[mailto:[^\]]*\]/gi, ' ')
    .replace(/[<>()"'“”「」[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { name: name === email ? '' : name.slice(0, 200), email: email.toLowerCase() };
}

/**
 * The forwarded original inside a message's text: the first forward header (Gmail, Outlook, Apple
 * Mail, Thunderbird; en and ja) and the sender it names. A reply's quoted header ("On … wrote:") is
 * not a forward; an Outlook-style header block counts only when the subject says Fwd/FW/転送, since
 * Outlook writes the same block above quoted replies.
 */
export function parseForward(text: string, subject = ''): ForwardHeader | null {
  if (!text) return null;
  const marker = FORWARD_MARKER.exec(text);
  let start = marker ? marker.index : -1;
  if (start < 0 && FORWARD_SUBJECT.test(subject)) {
    const block = ORIGINAL_MARKER.exec(text) ?? OUTLOOK_BLOCK.exec(text);
    start = block ? block.index : -1;
  }
  if (start < 0) return null;
  // The header sits within a few lines of its marker.
  const header = text.slice(start, start + 800);
  const fromLine = FROM_LINE.exec(header);
  const from = fromLine ? parsePerson(fromLine[1]!) : null;
  if (!from) return null;
  const subj = SUBJECT_LINE.exec(header)?.[1]?.trim() ?? null;
  return { from, subject: subj ? subj.slice(0, 500) : null, start };
}

export interface ThreadPeople {
  subject: string;
  messages: readonly { sender: PersonLike; recipients?: readonly PersonLike[]; text: string; expanded: boolean }[];
}

export type ThreadOrigin =
  /** Someone outside the organisation wrote (a candidate, a vendor…): analyse as today. */
  | { kind: 'external' }
  /** Everyone who wrote is the user or a colleague, and nobody forwarded outside mail: log nothing. */
  | { kind: 'internal' }
  /**
   * A colleague (or the user) forwarded mail from outside: show as internal, say so, and offer one
   * click to treat the thread as `original`'s; log nothing until the user decides.
   */
  | { kind: 'internal-forward'; forwarder: PersonLike; original: PersonLike; messageIndex: number };

/**
 * Where a thread comes from, from the user's point of view (senders and addressees of every message,
 * and the forward header of the newest forward). `me` null (unknown user) gives 'external':
 * without the user's organisation nothing can be called internal.
 */
export function classifyThread(thread: ThreadPeople, me: PersonLike | null, options: OrganisationOptions = {}): ThreadOrigin {
  if (!me?.email) return { kind: 'external' };
  const meEmail = me.email.toLowerCase();
  const insider = (p: PersonLike) => (!!p.email && p.email.toLowerCase() === meEmail) || isInternal(p, me, options);
  // Outlook shows senders of the user's own organisation by name only (no address): an unknown address is
  // not evidence of an outsider, but not of a colleague either; only known addresses decide.
  const known = thread.messages.filter((m) => m.sender.email);
  if (known.length === 0 || known.some((m) => !insider(m.sender))) return { kind: 'external' };
  // The user's own mail to a candidate (no reply yet) is not internal: every addressee counts too.
  if (thread.messages.some((m) => (m.recipients ?? []).some((r) => r.email && !insider(r)))) return { kind: 'external' };
  for (let i = thread.messages.length - 1; i >= 0; i--) {
    const m = thread.messages[i]!;
    if (!m.expanded || !m.text) continue;
    const fwd = parseForward(m.text, thread.subject);
    if (fwd && !insider(fwd.from)) return { kind: 'internal-forward', forwarder: m.sender, original: fwd.from, messageIndex: i };
  }
  return { kind: 'internal' };
}
