// Rail or full sidebar, from the frame's own width (the content script sizes the frame: 44 px rail,
// 340 px open). Read through useSyncExternalStore: React reads the width again once it listens, so a
// resize that lands between the first render and the subscription is not lost. (With useState + a
// resize listener added in an effect, the frame mounted as a 44 px rail and widened to 340 px in that
// gap stayed a rail for good: seen as the first mail after install showing no candidate.)
import { useSyncExternalStore } from 'react';
import { RAIL_MAX_PX } from '../../components/sidebar/SidebarFrame';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

const isRail = () => window.innerWidth < RAIL_MAX_PX;

export function useRail(): boolean {
  return useSyncExternalStore(subscribe, isRail);
}
