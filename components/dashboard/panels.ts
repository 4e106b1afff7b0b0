// Dashboard tabs after the log, one line per panel. Each panel is its own module, loaded when its tab
// is first opened: the log must render fast, and the other panels carry the holiday calendar and charts.
import { createElement, lazy, type ReactNode } from 'react';
import type { MessageKey } from '../../lib/platform/i18n';
import type { DashboardPorts } from './ports';

export interface DashboardPanel {
  id: string;
  label: MessageKey;
  render: (ports: DashboardPorts) => ReactNode;
}

const FollowUpPanel = lazy(() => import('./followup/FollowUpPanel').then((m) => ({ default: m.FollowUpPanel })));
const ResultsPanel = lazy(() => import('./results/ResultsPanel').then((m) => ({ default: m.ResultsPanel })));
const DataPanel = lazy(() => import('./data/DataPanel').then((m) => ({ default: m.DataPanel })));

export const panels: DashboardPanel[] = [
  { id: 'followup', label: 'tabFollowUp', render: (ports) => createElement(FollowUpPanel, ports) },
  { id: 'results', label: 'tabResults', render: () => createElement(ResultsPanel) },
  { id: 'data', label: 'tabData', render: (ports) => createElement(DataPanel, ports) },
];
