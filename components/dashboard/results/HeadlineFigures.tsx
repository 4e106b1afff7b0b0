import { t, tn } from '../../../lib/platform/i18n';
import { WINDOWS, type Headline, type WindowMonths } from '../../../lib/metrics';
import { formatCount, formatHours, formatPercent } from './format';

type ByWindow = Record<WindowMonths, Headline>;

/** One figure across the last 3, 6 and 12 months: the newest period large, the longer ones beside it as the trend. */
function Figure({ id, title, values, wordy = false }: { id: string; title: string; values: Record<WindowMonths, string>; wordy?: boolean }) {
  return (
    <div className="rounded-lg border border-slate-300 p-3" data-figure={id}>
      <h3 id={`fig-${id}`} className="m-0 text-sm font-semibold text-slate-700">
        {title}
      </h3>
      <dl aria-labelledby={`fig-${id}`} className="m-0 mt-1 grid grid-cols-3 gap-2">
        {WINDOWS.map((w) => (
          <div key={w}>
            <dt className="text-xs text-slate-600">{t('hrMonthsShort', w)}</dt>
            <dd className={'m-0 tabular-nums ' + (wordy ? 'text-sm' : 'text-lg') + (w === 3 ? ' font-semibold' + (wordy ? '' : ' text-2xl') : '')}>{values[w]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const each = (by: ByWindow, f: (h: Headline) => string) => Object.fromEntries(WINDOWS.map((w) => [w, f(by[w])])) as Record<WindowMonths, string>;

/** The Results tab opens with these: what HR reports, before any table. */
export function HeadlineFigures({ byWindow }: { byWindow: ByWindow }) {
  const reasons = byWindow[12].reasons.slice(0, 4);
  return (
    <section aria-labelledby="hr-headline" className="mb-8">
      <h2 id="hr-headline" className="mb-1 text-lg font-semibold">
        {t('hrHeadline')}
      </h2>
      <p className="mt-0 mb-3 text-sm text-slate-600">{t('hrHeadlineNote')}</p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Figure id="acceptance" title={t('hrFigAcceptance')} values={each(byWindow, (h) => formatPercent(h.acceptanceRate))} />
        <Figure id="decline" title={t('hrFigDecline')} values={each(byWindow, (h) => formatPercent(h.declineRate))} />
        <div className="rounded-lg border border-slate-300 p-3" data-figure="reasons">
          <h3 className="m-0 text-sm font-semibold text-slate-700">{t('hrFigReasons')}</h3>
          {reasons.length === 0 ? (
            <p className="m-0 mt-1 text-sm text-slate-600">{t('hrFigNoReasons')}</p>
          ) : (
            <ul className="m-0 mt-1 list-none p-0 text-sm">
              {reasons.map((r) => (
                <li key={r.reason} className="flex justify-between gap-2">
                  <bdi dir="auto" className="truncate" title={r.reason}>
                    {r.reason}
                  </bdi>
                  <span className="whitespace-nowrap tabular-nums">{tn('hrFigReasonCount', r.count)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Figure id="latency" title={t('hrFigLatency')} values={each(byWindow, (h) => formatHours(h.latencyMedianMs))} />
        <Figure id="on-time" title={t('hrFigOnTime')} values={each(byWindow, (h) => formatPercent(h.onTimeShare))} />
        <Figure id="reaction" title={t('hrFigReaction')} values={each(byWindow, (h) => formatHours(h.reactionMedianMs))} />
        <Figure id="workload" title={t('hrFigWorkload')} values={each(byWindow, (h) => tn('hrFigWorkloadValue', h.followUps, formatCount(h.minutes)))} wordy />
      </div>
    </section>
  );
}
