// Offer acceptance and decline rates per calendar month (in the recruiter's time zone), over the
// last 3, 6 or 12 months. Each candidate counts once, at the date of their current outcome, so a
// stage edited back and forth is not counted twice.
import { localDateOf, zonedToEpoch } from '../schedule';
import { localDateFn } from './local-date';
import { outcomeDate, type CandidateOutcome } from './outcomes';

export const WINDOWS = [3, 6, 12] as const;
export type WindowMonths = (typeof WINDOWS)[number];

export interface MonthRates {
  /** 'YYYY-MM'. */
  month: string;
  offers: number;
  accepted: number;
  /** Declines at any stage. */
  declined: number;
  /** Declines after an offer: the other half of the acceptance rate. */
  declinedOffers: number;
  withdrawn: number;
  /** accepted ÷ (accepted + declinedOffers): of the offers answered this month, the share accepted. */
  acceptanceRate: number | null;
  /** declined ÷ (accepted + declined + withdrawn): of the selections that ended this month, the share the candidate declined. */
  declineRate: number | null;
}

/** The months of the window ending with the month of `now`, and the period they cover. */
export function monthWindow(now: number, months: number, timeZone: string): { months: string[]; from: number; to: number } {
  const [y, m] = localDateOf(now, timeZone).split('-').map(Number) as [number, number];
  // Months counted from year 0 make "k months earlier" plain subtraction across year ends.
  const key = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  const current = y * 12 + (m - 1);
  const keys: string[] = [];
  for (let k = months - 1; k >= 0; k--) keys.push(key(current - k));
  return { months: keys, from: zonedToEpoch(`${keys[0]}-01`, 0, timeZone), to: zonedToEpoch(`${key(current + 1)}-01`, 0, timeZone) };
}

const rate = (n: number, d: number) => (d === 0 ? null : n / d);

/** One row per month of `months`; outcomes outside them are ignored. */
export function monthlyRates(outcomes: readonly CandidateOutcome[], months: readonly string[], timeZone: string): MonthRates[] {
  const rows = new Map(months.map((month) => [month, { month, offers: 0, accepted: 0, declined: 0, declinedOffers: 0, withdrawn: 0 }]));
  const localDate = localDateFn(timeZone);
  const monthOf = (at: number | null) => (at === null ? undefined : rows.get(localDate(at).slice(0, 7)));
  for (const o of outcomes) {
    const offered = monthOf(o.offerAt);
    if (offered) offered.offers++;
    const row = o.outcome && o.outcome !== 'offer' ? monthOf(outcomeDate(o)) : undefined;
    if (!row) continue;
    if (o.outcome === 'accepted') row.accepted++;
    else if (o.outcome === 'withdrawn') row.withdrawn++;
    else {
      row.declined++;
      if (o.offerAt !== null && o.declinedAt !== null && o.offerAt <= o.declinedAt) row.declinedOffers++;
    }
  }
  return [...rows.values()].map((r) => ({
    ...r,
    acceptanceRate: rate(r.accepted, r.accepted + r.declinedOffers),
    declineRate: rate(r.declined, r.accepted + r.declined + r.withdrawn),
  }));
}
