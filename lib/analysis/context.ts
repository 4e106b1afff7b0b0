// Helpers for the caller that fills MessageInput's context fields.

/** Mail domains shared by unrelated people: a sender there is never "the user's organisation". */
const PUBLIC_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.co.jp', 'icloud.com', 'me.com',
  'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'mail.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp',
  'i.softbank.jp', 'ymobile.ne.jp', 'nifty.com', 'ocn.ne.jp', 'biglobe.ne.jp', 'so-net.ne.jp',
]);

const domainOf = (email: string) => {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
};

/**
 * Whether `sender` writes from the organisation of `user` (the signed-in address): the same domain
 * or a subdomain of it ("mail.acme.co.jp" for "acme.co.jp"), never a public mail domain.
 */
export function ownOrganisation(sender: string, user: string): boolean {
  const s = domainOf(typeof sender === 'string' ? sender : '');
  const u = domainOf(typeof user === 'string' ? user : '');
  if (!s || !u || PUBLIC_DOMAINS.has(u) || PUBLIC_DOMAINS.has(s)) return false;
  return s === u || s.endsWith('.' + u) || u.endsWith('.' + s);
}
