// Outlook's half of the adapter: where to read, what to observe, where the editor and Reply are.
import type { AdapterOptions, SiteDriver } from '../adapter';
import { buildAdapter } from '../adapter';
import type { ViewKey } from '../observers';
import { all, anyOf, first } from '../selector-chain';
import type { SiteAdapter } from '../types';
import { isShown } from '../visibility';
import { composeEditors as editors, composeRecipients, findConversation, messageDate, messageRoots, outlookCurrentUser, readOutlook } from './read';
import * as S from './selectors';


function otherPane(el: Element, pane: Element): boolean {
  const own = el.closest(anyOf(S.conversation));
  return !!own && own !== pane && !own.contains(pane) && !pane.contains(own);
}

export function createOutlookAdapter(loc: Location, doc: Document, options?: AdapterOptions): SiteAdapter {
  const driver: SiteDriver = {
    site: 'outlook',
    read: (report) => readOutlook(doc, loc, report),
    currentUser: () => outlookCurrentUser(doc, loc),
    reportRoot: () => first(doc, S.observeRoots) ?? first(doc, S.conversation) ?? doc.body,
    findCompose() {
      const list = editors(doc);
      if (list.length === 0) return null;
      const active = doc.activeElement;
      const focused = list.find((e) => e === active || (active && e.contains(active)));
      if (focused) return focused;
      const pane = findConversation(doc);
      const inPane = pane ? list.filter((e) => pane.contains(e)) : [];
      return inPane[inPane.length - 1] ?? list[list.length - 1] ?? null;
    },
    editorOf(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const editor = el?.closest<HTMLElement>(anyOf(S.composeEditor)) ?? null;
      return editor && !editor.closest(S.recipientWell) ? editor : null;
    },
    recipientsOf: (editor) => composeRecipients(editor),
    findReplyControl() {
      const pane = findConversation(doc);
      const scope: ParentNode = pane ?? doc;
      const buttons = all(scope, S.replyIcon)
        .map((icon) => icon.closest<HTMLElement>(S.replyClickable))
        .filter((b): b is HTMLElement => !!b && isShown(b, { layout: false }));
      if (buttons.length === 0 && pane) {
        // The pane's own Reply only: a cached pane's Reply would answer another conversation.
        const anywhere = all(doc, S.replyIcon).map((icon) => icon.closest<HTMLElement>(S.replyClickable));
        return anywhere.find((b): b is HTMLElement => !!b && isShown(b, { layout: false }) && !otherPane(b, pane)) ?? null;
      }
      if (!pane) return buttons[0] ?? null;
      // Prefer the Reply of the newest expanded message: by its date when shown, else the first
      // (Outlook lists conversations newest first by default).
      const roots = messageRoots(pane).filter((r) => first(r, S.body));
      let newest = roots[0];
      let newestDate = newest ? messageDate(newest) : null;
      for (const r of roots.slice(1)) {
        const d = messageDate(r);
        if (d && (!newestDate || d > newestDate)) {
          newest = r;
          newestDate = d;
        }
      }
      return (newest && buttons.find((b) => newest.contains(b))) ?? buttons[0] ?? null;
    },
    watch: {
      roots() {
        const root = first(doc, S.observeRoots);
        return root ? [root] : doc.body ? [doc.body] : [];
      },
      key(): ViewKey {
        const pane = findConversation(doc);
        const subject = pane ? first(pane.parentElement ?? pane, S.subject) : null;
        return {
          url: loc.href,
          thread: `${first(doc, S.selectedConversation)?.getAttribute('data-convid') ?? ''}|${subject?.getAttribute('title') ?? subject?.textContent?.length ?? ''}`,
          messages: pane ? pane.querySelectorAll('div[aria-expanded]').length : 0,
          expanded: pane ? pane.querySelectorAll(anyOf(S.body)).length : 0,
          compose: doc.querySelectorAll(S.composeEditorAny).length,
        };
      },
    },
  };
  return buildAdapter(driver, doc, options, loc);
}
