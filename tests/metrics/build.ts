// Small builders for metric rows: tests state only what matters to them.
import type { MetricCandidate, MetricEvent, MetricInterview, MetricItem, MetricMessage, MetricsRows } from '../../lib/metrics';

/** Wall-clock time in Tokyo (the default calendar's zone) as epoch ms. */
export const jst = (local: string) => Date.parse(`${local}+09:00`);

export const cand = (id: string, over: Partial<MetricCandidate> = {}): MetricCandidate => ({
  id,
  name: `Name ${id}`,
  position: 'Engineer',
  stage: 'interview_1',
  owner: 'HR',
  updatedAt: 0,
  ...over,
});

export const ev = (candidateId: string, kind: MetricEvent['kind'], at: number, detail: MetricEvent['detail'] = {}): MetricEvent => ({ candidateId, kind, at, detail });
export const stage = (candidateId: string, to: string, at: number, from = 'interview_2', extra: MetricEvent['detail'] = {}) =>
  ev(candidateId, 'stage_changed', at, { from, to, ...extra });

export const iv = (id: string, candidateId: string, at: number, interviewers: string[] = [], durationMinutes = 60): MetricInterview => ({
  id,
  candidateId,
  at,
  stage: 'interview_1',
  interviewers,
  durationMinutes,
});

export const item = (candidateId: string, category: MetricItem['category'], status: MetricItem['status'], at: number): MetricItem => ({
  candidateId,
  kind: 'question',
  category,
  status,
  at,
});

export const msg = (candidateId: string, at: number, declineLevel: MetricMessage['declineLevel'] = 'none', phrases: string[] = []): MetricMessage => ({
  candidateId,
  at,
  fromCandidate: true,
  declineLevel,
  declinePhrases: phrases,
});

export const rows = (r: Partial<MetricsRows>): MetricsRows => ({ candidates: [], items: [], events: [], interviews: [], messages: [], ...r });
