// Dashboard tabs after the log, one line per panel. Each panel is its own module.
import { createElement, type ReactNode } from 'react';
import { FollowUpPanel } from './followup/FollowUpPanel';
import type { MessageKey } from '../../lib/i18n';
import type { DashboardPorts } from './ports';

export interface DashboardPanel {
  id: string;
  label: MessageKey;
  render: (ports: DashboardPorts) => ReactNode;
}

export const panels: DashboardPanel[] = [
  { id: 'followup', label: 'tabFollowUp', render: (ports) => createElement(FollowUpPanel, ports) },
];
