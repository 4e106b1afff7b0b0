// @vitest-environment happy-dom
// The sidebar frame is mounted as a 44 px rail and widened to 340 px by the content script once the
// mail's view is read. That resize may land after React's first render and before its effects run;
// it must still open the sidebar (the first mail after install once stayed a rail: no candidate shown).
import { act, cleanup, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { RAIL_MAX_PX } from '../../components/sidebar/SidebarFrame';
import { useRail } from '../../entrypoints/sidebar/use-rail';

let width = 44;
const resizeTo = (px: number) => {
  width = px;
  window.dispatchEvent(new Event('resize'));
};

beforeEach(() => {
  width = 44;
  Object.defineProperty(window, 'innerWidth', { configurable: true, get: () => width });
});
afterEach(cleanup);

function Probe({ widenBeforeEffects }: { widenBeforeEffects: boolean }) {
  const rail = useRail();
  // A layout effect runs after the first render is committed and before the passive effects: the
  // moment the frame's real resize event can arrive, before a listener added in useEffect exists.
  useLayoutEffect(() => {
    if (widenBeforeEffects) resizeTo(340);
  }, [widenBeforeEffects]);
  return <span data-testid="mode">{rail ? 'rail' : 'open'}</span>;
}

describe('useRail (the sidebar frame’s own width)', () => {
  it('sees a widening that lands between the first render and the subscription', () => {
    render(<Probe widenBeforeEffects />);
    expect(screen.getByTestId('mode').textContent).toBe('open');
  });

  it('follows later resizes both ways, at the rail threshold', () => {
    render(<Probe widenBeforeEffects={false} />);
    expect(screen.getByTestId('mode').textContent).toBe('rail');
    act(() => resizeTo(340));
    expect(screen.getByTestId('mode').textContent).toBe('open');
    act(() => resizeTo(RAIL_MAX_PX - 1));
    expect(screen.getByTestId('mode').textContent).toBe('rail');
    act(() => resizeTo(RAIL_MAX_PX));
    expect(screen.getByTestId('mode').textContent).toBe('open');
  });
});
