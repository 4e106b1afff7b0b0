// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import ja from '../../public/_locales/ja/messages.json';
import { ResultsPanel } from '../../components/dashboard/results/ResultsPanel';
import { uplotChart, type ChartFactory, type ChartSpec } from '../../components/dashboard/results/chart';
import { setMessageSourceForTests } from '../../lib/platform/i18n';
import { cand, ev, item, iv, jst, rows, stage } from '../metrics/build';

const NOW = jst('2025-03-15T12:00:00');
const fixture = rows({
  candidates: [
    cand('a', { name: 'Aoki', owner: 'Sato', position: 'Engineer', stage: 'accepted' }),
    cand('b', { name: 'Baba', owner: 'HR', position: 'Designer', stage: 'declined' }),
    cand('c', { name: 'Chiba', owner: 'HR', position: 'Engineer', stage: 'accepted' }),
  ],
  events: [
    stage('a', 'offer', jst('2025-03-01T10:00:00')),
    stage('a', 'accepted', jst('2025-03-05T10:00:00'), 'offer'),
    stage('b', 'offer', jst('2025-03-02T10:00:00')),
    stage('b', 'declined', jst('2025-03-06T10:00:00'), 'offer', { reason: 'salary' }),
    // Accepted five months ago: inside a 6-month window, outside a 3-month one.
    stage('c', 'accepted', jst('2024-10-20T10:00:00'), 'offer'),
    ev('a', 'follow_up_sent', jst('2025-03-04T09:00:00')),
    ev('b', 'follow_up_sent', jst('2025-03-04T09:00:00')),
    ev('b', 'call_proposed', jst('2025-03-05T09:00:00'), { latencyMs: 2 * 3_600_000 }),
  ],
  interviews: [iv('i1', 'a', jst('2025-03-03T14:00:00'), ['Ito', 'Sato']), iv('i2', 'b', jst('2025-03-03T16:00:00'), ['Ito'])],
  items: [item('a', 'compensation', 'open', jst('2025-03-01T10:00:00')), item('b', 'compensation', 'answered_now', jst('2025-03-01T10:00:00'))],
});

const table = (caption: RegExp) => screen.getByRole('table', { name: caption });
const rowOf = (t: HTMLElement, header: string) => within(t).getByRole('rowheader', { name: header }).closest('tr')!;
const cells = (tr: Element) => [...tr.querySelectorAll('td')].map((td) => td.textContent);

function renderPanel(chart: ChartFactory = () => null) {
  return render(<ResultsPanel load={() => Promise.resolve(fixture)} now={() => NOW} chart={chart} />);
}

afterEach(() => {
  cleanup();
  setMessageSourceForTests(null);
});

describe('Results panel', () => {
  it('has no axe violations, survey buttons included', async () => {
    const { container } = render(<ResultsPanel load={() => Promise.resolve(fixture)} now={() => NOW} chart={() => null} markSurvey={async () => {}} />);
    await screen.findByRole('button', { name: 'Mark as answered: Survey of Baba' });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('records a survey answer for a declined candidate and shows it after reloading the rows', async () => {
    const user = userEvent.setup();
    let answeredAt: number | null = null;
    const load = vi.fn(() =>
      Promise.resolve(answeredAt === null ? fixture : { ...fixture, events: [...fixture.events, ev('b', 'survey_answered', answeredAt)] }),
    );
    const markSurvey = vi.fn(async (_id: string, answered: boolean) => {
      answeredAt = answered ? jst('2025-03-10T10:00:00') : null;
    });
    render(<ResultsPanel load={load} now={() => NOW} chart={() => null} markSurvey={markSurvey} />);
    const outcomes = await screen.findByRole('table', { name: /Candidates with an offer or a decision/ });
    // Only the declined candidate can have a survey answer.
    expect(within(outcomes).getAllByRole('button')).toHaveLength(1);
    expect(cells(rowOf(outcomes, 'Baba')).at(-1)).toContain('Not requested');
    await user.click(within(outcomes).getByRole('button', { name: 'Mark as answered: Survey of Baba' }));
    expect(markSurvey).toHaveBeenCalledWith('b', true);
    await waitFor(() => expect(cells(rowOf(table(/Candidates with an offer or a decision/), 'Baba')).at(-1)).toContain('Answered (Mar 10, 2025)'));
    expect(load).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Undo answered: Survey of Baba' }));
    expect(markSurvey).toHaveBeenLastCalledWith('b', false);
    await waitFor(() => expect(cells(rowOf(table(/Candidates with an offer or a decision/), 'Baba')).at(-1)).toContain('Not requested'));
  });

  it('opens with the headline figures over 3, 6 and 12 months, before the tables', async () => {
    renderPanel();
    const headline = await screen.findByRole('heading', { name: 'Headline figures' });
    const first = screen.getByRole('heading', { name: 'Outcomes per candidate' });
    expect(headline.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const figure = (id: string) => [...document.querySelectorAll(`[data-figure="${id}"] dd`)].map((dd) => dd.textContent);
    // 3 months: a accepted, b declined the offer; 6 and 12 months also count c's acceptance in October.
    expect(figure('acceptance')).toEqual(['50%', '66.7%', '66.7%']);
    expect(figure('decline')).toEqual(['50%', '33.3%', '33.3%']);
    expect(figure('on-time')).toEqual(['100%', '100%', '100%']);
    expect(figure('reaction')).toEqual(['2 h', '2 h', '2 h']);
    expect(figure('workload')[0]).toBe('3 follow-ups, 30 min');
    expect(document.querySelector('[data-figure="reasons"]')?.textContent).toContain('salary1 candidate');
  });

  it('shows every chart as a table with a caption, with the right numbers', async () => {
    renderPanel();
    await screen.findByRole('heading', { name: 'Outcomes per candidate' });
    const rates = table(/Acceptance rate = accepted/);
    expect(cells(rowOf(rates, 'Mar 2025'))).toEqual(['2', '1', '1', '0', '50%', '50%']);
    expect(within(rates).getAllByRole('row')).toHaveLength(7); // header + 6 months by default
    const latency = table(/Interviews by time from the end/);
    // Both interviews ended the afternoon before the 09:00 follow-ups: 18 and 16 hours.
    expect(cells(rowOf(latency, '4 to 24 hours'))).toEqual(['2']);
    expect(cells(rowOf(latency, '1 to 2 days'))).toEqual(['0']);
    expect(screen.getByText(/On time \(by the end of the next business day\): 100% \(2 of 2\)/)).toBeTruthy();
    expect(cells(rowOf(table(/Call proposals by time/), '1 to 4 hours'))).toEqual(['1']);
    expect(cells(rowOf(table(/Items dated in the period/), 'Compensation'))).toEqual(['1', '0', '1']);
    expect(cells(rowOf(table(/Follow-up work per owner/), 'Sato'))).toEqual(['1', '0', '10']);
    expect(cells(rowOf(table(/Per interviewer/), 'Ito'))).toEqual(['2', '0', '0', '1']);
    const outcomes = table(/Candidates with an offer or a decision/);
    expect(cells(rowOf(outcomes, 'Baba'))).toContain('salary');
    expect(screen.getAllByRole('table')).toHaveLength(7);
  });

  it('recomputes when the filters change', async () => {
    const user = userEvent.setup();
    renderPanel();
    await screen.findByRole('heading', { name: 'Outcomes per candidate' });
    expect(within(table(/Candidates with an offer/)).queryByRole('rowheader', { name: 'Chiba' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '3');
    expect(within(table(/Acceptance rate = accepted/)).getAllByRole('row')).toHaveLength(4);
    expect(within(table(/Candidates with an offer/)).queryByRole('rowheader', { name: 'Chiba' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Sato');
    expect(cells(rowOf(table(/Per interviewer/), 'Ito'))).toEqual(['1', '0', '0', '1']);
    expect(cells(rowOf(table(/Acceptance rate = accepted/), 'Mar 2025'))).toEqual(['1', '1', '0', '0', '100%', '0%']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Position' }), 'Designer');
    expect(within(table(/Candidates with an offer/)).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Baba']);
    const minutes = screen.getByRole('spinbutton', { name: /Minutes per follow-up/ });
    await user.clear(minutes);
    await user.type(minutes, '25');
    expect(cells(rowOf(table(/Follow-up work per owner/), 'HR'))).toEqual(['2', '0', '50']);
  });

  it('draws each chart through the factory and destroys it on unmount', async () => {
    const destroy = vi.fn();
    const specs: ChartSpec[] = [];
    const { unmount } = renderPanel((_el, spec) => {
      specs.push(spec);
      return { destroy };
    });
    await screen.findByRole('heading', { name: 'Outcomes per candidate' });
    await waitFor(() => expect(specs).toHaveLength(5));
    expect(specs[0]).toMatchObject({ kind: 'line', labels: ['Oct 2024', 'Nov 2024', 'Dec 2024', 'Jan 2025', 'Feb 2025', 'Mar 2025'] });
    unmount();
    expect(destroy).toHaveBeenCalledTimes(5);
  });

  it('skips uPlot where there is no canvas (happy-dom) instead of failing', () => {
    const el = window.document.createElement('div');
    expect(uplotChart(el, { kind: 'line', labels: ['a'], series: [{ label: 'x', values: [1], color: '#000' }] })).toBeNull();
  });

  it('reads in Japanese, numbers formatted for ja-JP', async () => {
    setMessageSourceForTests((k) => (k === '@@ui_locale' ? 'ja' : ((ja as Record<string, { message: string }>)[k]?.message ?? '')));
    renderPanel();
    await screen.findByRole('heading', { name: '候補者ごとの結果' });
    const rates = table(/承諾率 = 承諾/);
    expect(cells(rowOf(rates, '2025年3月'))).toEqual(['2', '1', '1', '0', '50%', '50%']);
    expect(screen.getByRole('heading', { name: '現場面接官の貢献' })).toBeTruthy();
    expect(cells(rowOf(table(/期間内の担当者別/), 'Sato'))).toEqual(['1', '0', '10']);
  });
});
