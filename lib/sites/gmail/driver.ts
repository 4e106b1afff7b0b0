// Gmail's half of the adapter: where to read, what to observe, where the editor and Reply are.
import type { AdapterOptions, SiteDriver } from '../adapter';
import { buildAdapter } from '../adapter';
import type { ViewKey } from '../observers';
import { all, anyOf, first } from '../selector-chain';
import type { SiteAdapter } from '../types';
import { isShown } from '../visibility';
import { person, uniquePeople } from '../people';
import { gmailCurrentUser, gmailMain, messageItems, readGmail } from './read';
import * as S from './selectors';

/** Editors the user can type in: an inline reply, a compose window in the dock, the pop-out compose dialog. */
function visibleEditors(doc: Document): HTMLElement[] {
  return all<HTMLElement>(doc, S.composeEditor).filter((el) => el.isConnected && el.getAttribute('contenteditable') === 'true' && isShown(el, { layout: false }));
}

export function createGmailAdapter(loc: Location, doc: Document, options?: AdapterOptions): SiteAdapter {
  const driver: SiteDriver = {
    site: 'gmail',
    read: (report) => readGmail(doc, loc, report),
    currentUser: () => gmailCurrentUser(doc),
    reportRoot: () => first(doc, S.observeRoots) ?? doc.body,
    findCompose() {
      const editors = visibleEditors(doc);
      if (editors.length === 0) return null;
      // Prefer the editor the user is in, then the inline reply inside the thread, then the newest pop-out.
      const active = doc.activeElement;
      const focused = editors.find((e) => e === active || (active && e.contains(active)));
      if (focused) return focused;
      const mainEl = gmailMain(doc);
      const inline = mainEl ? editors.filter((e) => mainEl.contains(e)) : [];
      return inline[inline.length - 1] ?? editors[editors.length - 1] ?? null;
    },
    editorOf(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return el?.closest<HTMLElement>(anyOf(S.composeEditor)) ?? null;
    },
    recipientsOf(editor) {
      const region = editor.closest(anyOf(S.composeRegion));
      if (!region) return [];
      const chips = Array.from(region.querySelectorAll(S.recipientChip)).filter((c) => !editor.contains(c));
      return uniquePeople(chips.map((c) => person(c.textContent, c.getAttribute('email')))).filter((p) => !!p.email).slice(0, 100);
    },
    findReplyControl() {
      const mainEl = gmailMain(doc) ?? doc;
      const controls = all<HTMLElement>(mainEl, S.replyControl).filter((c) => isShown(c, { layout: false }));
      // The last one belongs to the newest message.
      return controls[controls.length - 1] ?? null;
    },
    watch: {
      roots() {
        const content = first(doc, S.observeRoots);
        const dock = first(doc, S.composeDock);
        if (content) return dock && !content.contains(dock) ? [content, dock] : [content];
        return doc.body ? [doc.body] : [];
      },
      key(): ViewKey {
        const scope = first(doc, S.main) ?? doc;
        const subjectEl = first(scope, S.subject);
        const items = messageItems(scope);
        let expanded = 0;
        // aria-expanded when Gmail sets it (one attribute read), else whether a body is rendered.
        for (const item of items) {
          const state = item.getAttribute('aria-expanded');
          if (state === 'true' || (state === null && item.querySelector(S.bodyMarker))) expanded++;
        }
        return {
          url: loc.href,
          thread: subjectEl ? `${subjectEl.getAttribute('data-legacy-thread-id') ?? ''}|${subjectEl.textContent?.length ?? 0}` : '',
          messages: items.length,
          expanded,
          compose: doc.querySelectorAll(S.composeEditorAny).length,
        };
      },
    },
  };
  return buildAdapter(driver, doc, options, loc);
}
