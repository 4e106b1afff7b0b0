// The five charts of the Results panel, each with its table. Labels come from the locale files, so
// axis ticks, legends and tables read the same in ja and en.
import { t } from '../../../lib/platform/i18n';
import type { CategoryCounts, DeclineReaction, FollowUpLatency, MonthRates, OwnerWorkload } from '../../../lib/metrics';
import type { ChartFactory } from './chart';
import { ChartFigure } from './ChartFigure';
import { formatCount, formatHours, formatMonth, formatPercent } from './format';

const TEAL = '#0f766e';
const AMBER = '#b45309';
type Props<T> = { data: T; chart: ChartFactory };

export function RatesChart({ data, chart }: Props<MonthRates[]>) {
  const months = data.map((m) => formatMonth(m.month));
  return (
    <ChartFigure
      id="hr-rates"
      title={t('hrRates')}
      chart={chart}
      spec={{
        kind: 'line',
        labels: months,
        yMax: 1,
        formatY: (v) => formatPercent(v),
        series: [
          { label: t('hrColAcceptanceRate'), values: data.map((m) => m.acceptanceRate), color: TEAL },
          { label: t('hrColDeclineRate'), values: data.map((m) => m.declineRate), color: AMBER },
        ],
      }}
      table={{
        caption: t('hrRatesCaption'),
        head: [t('hrColMonth'), t('hrColOffers'), t('hrColAccepted'), t('hrColDeclined'), t('hrColWithdrawn'), t('hrColAcceptanceRate'), t('hrColDeclineRate')],
        rows: data.map((m, i) => [months[i], formatCount(m.offers), formatCount(m.accepted), formatCount(m.declined), formatCount(m.withdrawn), formatPercent(m.acceptanceRate), formatPercent(m.declineRate)]),
      }}
    />
  );
}

export function LatencyChart({ data, chart }: Props<FollowUpLatency>) {
  const labels = data.buckets.map((b) => t(`hrLat_${b.key}`));
  const due = data.onTime + data.late + data.missed;
  return (
    <ChartFigure
      id="hr-latency"
      title={t('hrLatency')}
      summary={t('hrLatencySummary', formatPercent(data.onTimeShare), formatCount(data.onTime), formatCount(due), formatHours(data.medianMs), formatCount(data.pending))}
      chart={chart}
      spec={{ kind: 'bars', labels, series: [{ label: t('hrColInterviews'), values: data.buckets.map((b) => b.count), color: TEAL }] }}
      table={{ caption: t('hrLatencyCaption'), head: [t('hrColTime'), t('hrColInterviews')], rows: data.buckets.map((b, i) => [labels[i], formatCount(b.count)]) }}
    />
  );
}

export function ReactionChart({ data, chart }: Props<DeclineReaction>) {
  const labels = data.buckets.map((b) => t(`hrReact_${b.key}`));
  return (
    <ChartFigure
      id="hr-reaction"
      title={t('hrReaction')}
      summary={t('hrReactionSummary', formatCount(data.reacted), formatHours(data.medianMs), formatCount(data.unanswered))}
      chart={chart}
      spec={{ kind: 'bars', labels, series: [{ label: t('hrColProposals'), values: data.buckets.map((b) => b.count), color: AMBER }] }}
      table={{ caption: t('hrReactionCaption'), head: [t('hrColTime'), t('hrColProposals')], rows: data.buckets.map((b, i) => [labels[i], formatCount(b.count)]) }}
    />
  );
}

export function QuestionsChart({ data, chart }: Props<CategoryCounts[]>) {
  const labels = data.map((c) => t(`category_${c.category}`));
  return (
    <ChartFigure
      id="hr-questions"
      title={t('hrQuestions')}
      chart={chart}
      spec={{
        kind: 'bars',
        labels,
        series: [
          { label: t('hrColOpen'), values: data.map((c) => c.open + c.deferred), color: AMBER },
          { label: t('hrColAnswered'), values: data.map((c) => c.answered), color: TEAL },
        ],
      }}
      table={{
        caption: t('hrQuestionsCaption'),
        head: [t('filterCategory'), t('hrColOpen'), t('hrColDeferred'), t('hrColAnswered')],
        rows: data.map((c, i) => [labels[i], formatCount(c.open), formatCount(c.deferred), formatCount(c.answered)]),
      }}
    />
  );
}

export function WorkloadChart({ data, chart, minutes }: Props<OwnerWorkload[]> & { minutes: number }) {
  return (
    <ChartFigure
      id="hr-workload"
      title={t('hrWorkload')}
      summary={t('hrWorkloadNote', formatCount(minutes))}
      chart={chart}
      spec={{ kind: 'bars', labels: data.map((w) => w.owner), formatY: formatCount, series: [{ label: t('hrColMinutes'), values: data.map((w) => w.minutes), color: TEAL }] }}
      table={{
        caption: t('hrWorkloadCaption'),
        head: [t('filterOwner'), t('hrColFollowUps'), t('hrColTimed'), t('hrColMinutes')],
        rows: data.map((w) => [<bdi dir="auto">{w.owner}</bdi>, formatCount(w.followUps), formatCount(w.timed), formatCount(w.minutes)]),
      }}
    />
  );
}
