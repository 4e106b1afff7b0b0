// Plain rows the metrics read: only the fields they need, so the loader can drop item texts and
// the rest before 100,000 rows sit in memory. Pure types, no storage or DOM.
import type { Stage } from '../domain';
import type { Candidate, EventRecord, Interview, Item, MessageRecord } from '../records';

export type MetricCandidate = Pick<Candidate, 'id' | 'name' | 'position' | 'stage' | 'owner' | 'updatedAt'>;
export type MetricItem = Pick<Item, 'candidateId' | 'kind' | 'category' | 'status' | 'at'>;
export type MetricEvent = Pick<EventRecord, 'candidateId' | 'kind' | 'at' | 'detail'>;
export type MetricInterview = Pick<Interview, 'id' | 'candidateId' | 'at' | 'stage' | 'interviewers' | 'durationMinutes'>;
export type MetricMessage = Pick<MessageRecord, 'candidateId' | 'at' | 'fromCandidate' | 'declineLevel' | 'declinePhrases'>;

export interface MetricsRows {
  candidates: readonly MetricCandidate[];
  items: readonly MetricItem[];
  events: readonly MetricEvent[];
  interviews: readonly MetricInterview[];
  messages: readonly MetricMessage[];
}

/**
 * What HR narrows the results to. `from` is inclusive and `to` exclusive (epoch ms); each metric
 * applies the period to its own date (decision date, interview date, item date, event date).
 * Position, owner and stage are the candidate's current values.
 */
export interface MetricsFilter {
  from?: number;
  to?: number;
  position?: string;
  owner?: string;
  stage?: Stage;
}

/** A count per labelled bucket: what every chart draws and every table lists. */
export interface Bucket<K extends string = string> {
  key: K;
  count: number;
}
