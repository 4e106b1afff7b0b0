// Where a sidebar's insertion goes: into the compose the user has open for this thread, which may be in
// another window (Outlook pops a reply out into a window of its own; the user may have the thread open
// in two tabs). Every mail tab says whether a compose is open, when the caret was last in it and whom it
// is addressed to; only a compose addressed to the thread's counterpart may take another tab's text.
import type { ComposeStateData } from '../messages/protocol';

export interface ComposeReport extends ComposeStateData {
  tabId: number;
}

/**
 * The tab to insert into: among the asking tab's own open compose and the open composes of other tabs
 * of the same site addressed to `counterpart`, the one the caret was in last (the asking tab on a tie).
 * With none open, the asking tab (its adapter opens a reply there).
 */
export function chooseInsertTarget(own: number, site: 'gmail' | 'outlook', counterpart: string | null, reports: readonly ComposeReport[]): number {
  const who = counterpart?.trim().toLowerCase() ?? '';
  let best: ComposeReport | null = null;
  for (const r of reports) {
    if (!r.open || r.site !== site) continue;
    if (r.tabId !== own && (!who || !r.recipients.some((x) => x.trim().toLowerCase() === who))) continue;
    if (!best || r.focusedAt > best.focusedAt || (r.focusedAt === best.focusedAt && r.tabId === own)) best = r;
  }
  return best?.tabId ?? own;
}

/** Asks every tab its compose state, each bounded by `timeoutMs`; tabs that do not answer are left out. */
export async function gatherComposeStates(
  tabIds: readonly number[],
  ask: (tabId: number) => Promise<unknown>,
  parse: (raw: unknown) => ComposeStateData | null,
  timeoutMs = 400,
): Promise<ComposeReport[]> {
  const answers = await Promise.all(
    tabIds.map(async (tabId) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, timeoutMs, undefined)));
      try {
        const raw = await Promise.race([ask(tabId).catch(() => undefined), late]);
        const state = parse(raw);
        return state ? { ...state, tabId } : null;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return answers.filter((a): a is ComposeReport => a !== null);
}
