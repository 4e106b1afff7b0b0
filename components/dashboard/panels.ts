// Dashboard tabs after the log, one line per panel. Each panel is its own module.
import type { ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';
import type { DashboardPorts } from './ports';

export interface DashboardPanel {
  id: string;
  label: MessageKey;
  render: (ports: DashboardPorts) => ReactNode;
}

export const panels: DashboardPanel[] = [];
