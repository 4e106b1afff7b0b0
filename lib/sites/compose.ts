// Writing into the site's own reply editor. execCommand('insertText') is the one path that goes
// through the editor's input pipeline: Gmail/Outlook see a real `input` event, and one Ctrl+Z
// undoes the whole insertion (a Range + synthetic InputEvent inserts, but is not undoable).
// Plain text only: the command takes a string, never markup.
import { waitForElement } from './observers';
import type { InsertOutcome, Person } from './types';

export type ExecCommand = (command: string, showUI: boolean, value: string) => boolean;

export interface ComposeDeps {
  exec: ExecCommand;
  copy: (text: string) => Promise<void>;
  replyTimeoutMs: number;
}

export interface ComposeSite {
  /** The editor to write into now, or null when no compose is open. */
  findCompose(): HTMLElement | null;
  /** The compose editor containing `node`, if any. */
  editorOf(node: Node): HTMLElement | null;
  /** The control that opens a reply to the open thread. */
  findReplyControl(): HTMLElement | null;
  /** Whom the compose holding `editor` is addressed to: its recipient fields only, never its text. */
  recipientsOf(editor: HTMLElement): Person[];
}

/** Where the user's caret last was inside a compose editor (the sidebar click takes focus away). */
export interface CaretMemory {
  editor: HTMLElement | null;
  range: Range | null;
  /** When the caret was last seen in an editor (epoch ms; 0: never). */
  at: number;
}

export function defaultDeps(doc: Document): ComposeDeps {
  return {
    exec: (command, showUI, value) => {
      const fn = (doc as Document & { execCommand?: ExecCommand }).execCommand;
      return typeof fn === 'function' ? fn.call(doc, command, showUI, value) : false;
    },
    copy: async (text) => {
      const clipboard = doc.defaultView?.navigator?.clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
    },
    replyTimeoutMs: 3000,
  };
}

export function trackCaret(doc: Document, site: ComposeSite, memory: CaretMemory, signal: AbortSignal) {
  const remember = () => {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const editor = site.editorOf(range.startContainer);
    if (!editor) return;
    memory.editor = editor;
    memory.range = range.cloneRange();
    memory.at = Date.now();
  };
  doc.addEventListener('selectionchange', remember, { signal });
  // Remembering at focusout too: some editors move the selection before blur fires selectionchange.
  doc.addEventListener('focusout', remember, { signal, capture: true });
}

/** Focuses `editor` and puts the caret back where the user left it (or at the start). */
function placeCaret(doc: Document, editor: HTMLElement, memory: CaretMemory) {
  editor.focus();
  const sel = doc.getSelection();
  if (!sel) return;
  const saved = memory.editor === editor ? memory.range : null;
  if (saved && editor.contains(saved.startContainer) && editor.contains(saved.endContainer)) {
    sel.removeAllRanges();
    sel.addRange(saved);
    return;
  }
  if (sel.rangeCount > 0 && editor.contains(sel.getRangeAt(0).startContainer)) return;
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

function insertInto(doc: Document, editor: HTMLElement, text: string, deps: ComposeDeps, memory: CaretMemory): boolean {
  placeCaret(doc, editor, memory);
  try {
    return deps.exec('insertText', false, text) !== false;
  } catch {
    return false;
  }
}

/** Gmail's buttons listen to mousedown/mouseup, Outlook's (React) to click: send the whole sequence. */
export function simulateClick(el: HTMLElement) {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Mouse = view?.MouseEvent ?? globalThis.MouseEvent;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  for (const type of ['mousedown', 'mouseup']) el.dispatchEvent(new Mouse(type, init));
  el.click();
}

async function copyOut(text: string, deps: ComposeDeps, why: string): Promise<InsertOutcome> {
  try {
    await deps.copy(text);
    return { kind: 'copied' };
  } catch {
    return { kind: 'failed', reason: `${why}; the clipboard was not available either` };
  }
}

export async function insertPlainText(
  doc: Document,
  site: ComposeSite,
  text: string,
  deps: ComposeDeps,
  memory: CaretMemory,
): Promise<InsertOutcome> {
  const plain = String(text);
  try {
    const remembered = memory.editor?.isConnected ? memory.editor : null;
    const open = remembered && site.editorOf(remembered) === remembered ? remembered : site.findCompose();
    if (open) {
      return insertInto(doc, open, plain, deps, memory) ? { kind: 'inserted' } : await copyOut(plain, deps, 'the editor refused the text');
    }
    const reply = site.findReplyControl();
    if (!reply) return await copyOut(plain, deps, 'no reply editor and no reply button found');
    simulateClick(reply);
    const editor = await waitForElement(doc, () => site.findCompose(), deps.replyTimeoutMs);
    if (!editor) return await copyOut(plain, deps, 'the reply editor did not open');
    return insertInto(doc, editor, plain, deps, memory)
      ? { kind: 'opened-and-inserted' }
      : await copyOut(plain, deps, 'the editor refused the text');
  } catch {
    return copyOut(plain, deps, 'inserting failed');
  }
}
