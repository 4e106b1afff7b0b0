// Selector misses, reported once per (site, selector, view) so a page that re-renders every
// second does not flood the local diagnostics store.
import { censoredOutline } from './outline';

export interface SiteDiagnostic {
  site: 'gmail' | 'outlook';
  /** Which hook missed, e.g. "gmail.thread.messages". */
  selector: string;
  /** censoredOutline() of the nearest container that exists. */
  outline: string;
}

export type DiagnosticSink = (d: SiteDiagnostic) => void;

export function createReporter(site: 'gmail' | 'outlook', sink: DiagnosticSink | undefined) {
  const seen = new Set<string>();
  return (selector: string, root: Element | null, viewKey: string) => {
    if (!sink || !root) return;
    const key = `${selector}|${viewKey}`;
    if (seen.has(key) || seen.size > 200) return;
    seen.add(key);
    try {
      sink({ site, selector, outline: censoredOutline(root) });
    } catch {
      // Diagnostics must never break reading the page.
    }
  };
}

export type Reporter = ReturnType<typeof createReporter>;
