// The sidebar frame's content: follows its tab's view and renders the rail or the full sidebar.
// The frame's width (given by the content script) and its keys come from the entrypoint.
import { send } from '../../lib/messages/client';
import type { SidebarState } from '../../lib/messages/protocol';
import { RailLayoutReport } from './RailLayoutReport';
import { Sidebar, useLayoutReportCopy } from './Sidebar';
import { SidebarFrame } from './SidebarFrame';
import { useSidebarSession, useSidebarState } from './use-sidebar-session';

export function SidebarApp({ rail }: { rail: boolean }) {
  return <SidebarFor state={useSidebarState()} rail={rail} />;
}

export function SidebarFor({ state, rail }: { state: SidebarState | null; rail: boolean }) {
  const { view, actions } = useSidebarSession(state);
  const toggle = () => void send('tab.layout', { action: 'toggle' }).catch(() => {});
  const overdue = view.kind === 'candidate' ? view.state.due.filter((d) => d.overdue && !d.done).length : 0;
  const dueToday = view.kind === 'no-thread' || view.kind === 'compose-window' || view.kind === 'unsupported' ? view.dueToday : 0;
  // Kept here, above both the rail and the open sidebar: a report copied from the rail stays copied when it opens.
  const report = useLayoutReportCopy(actions, view.kind === 'unsupported' ? `unsupported:${view.viewName}` : view.kind);
  return (
    <SidebarFrame
      rail={rail}
      signals={{ decline: view.kind === 'candidate' && !!view.decline, overdue, dueToday }}
      onToggle={toggle}
      onOpenDashboard={actions.openDashboard}
      railExtra={view.kind === 'unsupported' ? <RailLayoutReport viewName={view.viewName} report={report} onExpand={toggle} /> : null}
    >
      <Sidebar view={view} actions={actions} report={report} />
    </SidebarFrame>
  );
}
