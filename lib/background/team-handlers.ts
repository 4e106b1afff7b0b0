// The background's answers to the Options page's team sync messages (issue 18). The sync itself is
// created on first use: with sync off, nothing of it runs beyond reading its (absent) settings.
import type { TeamSync } from '../sync/engine';
import type { Handlers } from '../messages/server';

type TeamHandlers = Pick<Handlers, 'team.get' | 'team.save' | 'team.sync' | 'team.disconnect'>;

export function teamHandlers(team: () => Promise<TeamSync>): TeamHandlers {
  const snapshot = async (sync: TeamSync) => ({ config: await sync.view(), status: await sync.status() });
  return {
    'team.get': async () => snapshot(await team()),
    'team.save': async (req) => {
      const sync = await team();
      const { signedIn } = await sync.save(req);
      // The first sync starts at once (if the host was granted and no sign-in just failed: its error
      // stays on the status line); the page polls the status line.
      if (signedIn !== false) void sync.sync('manual').catch(() => {});
      return snapshot(sync);
    },
    'team.sync': async () => (await team()).sync('manual'),
    'team.disconnect': async () => {
      const sync = await team();
      await sync.disconnect();
      return snapshot(sync);
    },
  };
}
