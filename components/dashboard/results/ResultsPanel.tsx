import { useEffect, useMemo, useState } from 'react';
import { markSurveyAnswered, readMetricsRows } from '../../../lib/db/access';
import { t } from '../../../lib/platform/i18n';
import { computeResults, DEFAULT_MINUTES_PER_FOLLOW_UP, headline, indexRows, WINDOWS, type Headline, type MetricsRows, type WindowMonths } from '../../../lib/metrics';
import { HeadlineFigures } from './HeadlineFigures';
import { uplotChart, type ChartFactory } from './chart';
import { LatencyChart, QuestionsChart, RatesChart, ReactionChart, WorkloadChart } from './charts';
import { ContributionSection } from './ContributionSection';
import { OutcomesSection } from './OutcomesSection';
import { ResultsFilters, type ResultsChoice } from './ResultsFilters';

export interface ResultsPanelProps {
  /** Where the rows come from; tests pass fixtures. */
  load?: () => Promise<MetricsRows>;
  chart?: ChartFactory;
  now?: () => number;
  /** Records that a declined candidate answered the survey; tests pass a fake. */
  markSurvey?: (candidateId: string, answered: boolean) => Promise<void>;
}

const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();

/**
 * HR's measured results. Rows are read once per visit (and on "Refresh"), not live: recomputing
 * 100,000 items on every background write would make the page stutter while HR reads it. Filter
 * changes recompute from the in-memory index only.
 */
export function ResultsPanel({
  load = () => readMetricsRows(),
  chart = uplotChart,
  now = Date.now,
  markSurvey = (candidateId, answered) => markSurveyAnswered(candidateId, answered),
}: ResultsPanelProps) {
  const [rows, setRows] = useState<MetricsRows | null>(null);
  const [generation, setGeneration] = useState(0);
  const [choice, setChoice] = useState<ResultsChoice>({ windowMonths: 6, minutesPerFollowUp: DEFAULT_MINUTES_PER_FOLLOW_UP });
  useEffect(() => {
    let live = true;
    void load().then((r) => live && setRows(r));
    return () => {
      live = false;
    };
    // `load` is a default or a test fixture: reloading follows the Refresh button, not its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);
  const index = useMemo(() => (rows ? indexRows(rows) : null), [rows]);
  const results = useMemo(() => (index ? computeResults(index, { ...choice, now: now() }) : null), [index, choice, now]);
  // The headline figures use the same position/owner/stage, over each of the three periods.
  const byWindow = useMemo(() => {
    if (!index) return null;
    const at = now();
    return Object.fromEntries(
      WINDOWS.map((w) => [w, headline(w === choice.windowMonths && results ? results : computeResults(index, { ...choice, windowMonths: w, now: at }))]),
    ) as Record<WindowMonths, Headline>;
  }, [index, choice, now, results]);
  if (!rows || !results || !byWindow) return <p role="status">{t('hrLoading')}</p>;
  return (
    <div>
      <div className="flex items-start justify-between gap-3">
        <ResultsFilters value={choice} positions={distinct(rows.candidates.map((c) => c.position))} owners={distinct(rows.candidates.map((c) => c.owner))} onChange={setChoice} />
        <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm whitespace-nowrap" onClick={() => setGeneration((g) => g + 1)}>
          {t('hrRefresh')}
        </button>
      </div>
      <HeadlineFigures byWindow={byWindow} />
      <OutcomesSection outcomes={results.outcomes} onMarkSurvey={(id, answered) => void markSurvey(id, answered).then(() => setGeneration((g) => g + 1))} />
      <RatesChart data={results.monthly} chart={chart} />
      <LatencyChart data={results.latency} chart={chart} />
      <ReactionChart data={results.reaction} chart={chart} />
      <QuestionsChart data={results.questions} chart={chart} />
      <WorkloadChart data={results.workload} chart={chart} minutes={choice.minutesPerFollowUp} />
      <ContributionSection rows={results.contribution} />
    </div>
  );
}
