// @vitest-environment happy-dom
// insertText: caret restore, execCommand('insertText') with plain text, opening a reply, clipboard
// fallback. happy-dom has no execCommand, so it is injected through the adapter's `exec` seam; the
// real undo (one Ctrl+Z) is checked in Chromium e2e.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSiteAdapter } from '../../lib/sites';
import { activeObserverCount } from '../../lib/sites/observers';
import { FIXTURES } from './fixtures';
import { loadFixture, type LoadedPage } from './load';

let page: LoadedPage | null = null;
afterEach(() => {
  page?.close();
  page = null;
});

const fx = (file: string) => FIXTURES.find((f) => f.file.startsWith(file))!;

function setup(file: string, opts: { exec?: ReturnType<typeof vi.fn>; copy?: ReturnType<typeof vi.fn>; replyTimeoutMs?: number } = {}) {
  const f = fx(file);
  page = loadFixture(f.file, f.url);
  const exec = opts.exec ?? vi.fn(() => true);
  const copy = opts.copy ?? vi.fn(async () => {});
  const adapter = createSiteAdapter(page.location, page.document, { exec: exec as never, copyToClipboard: copy as never, replyTimeoutMs: opts.replyTimeoutMs ?? 300 })!;
  return { adapter, exec, copy, page };
}

const PROPOSAL = 'お電話で少しお話しできればと思います。\n<b>ご都合</b> はいかがでしょうか。';

describe('insertText', () => {
  it.each(['gmail-reply-open', 'outlook-office-conversation'])('%s: inserts plain text into the open compose with execCommand', async (file) => {
    const { adapter, exec, copy, page } = setup(file);
    const outcome = await adapter.insertText(PROPOSAL);
    expect(outcome).toEqual({ kind: 'inserted' });
    expect(exec).toHaveBeenCalledTimes(1);
    expect(exec).toHaveBeenCalledWith('insertText', false, PROPOSAL);
    expect(copy).not.toHaveBeenCalled();
    // Focus and caret were put into the body editor, not a recipient well.
    const active = page.document.activeElement as HTMLElement;
    expect(active.getAttribute('role')).toBe('textbox');
    expect(active.closest('[data-testid="RecipientWell"]')).toBeNull();
    const sel = page.document.getSelection()!;
    expect(active.contains(sel.getRangeAt(0).startContainer)).toBe(true);
    // Nothing was written into the page by us (the mocked command did nothing): no markup from text.
    expect(page.document.body.innerHTML).not.toContain('<b>ご都合</b>');
  });

  it('restores the caret the user left in the compose before clicking the sidebar', async () => {
    const { adapter, exec, page } = setup('gmail-reply-open');
    const ac = new AbortController();
    adapter.observe(() => {}, ac.signal);
    const editor = page.document.querySelector<HTMLElement>('[g_editable="true"]')!;
    editor.innerHTML = '<div>佐藤です。</div><div>よろしくお願いします。</div>';
    const target = editor.lastChild!.firstChild!;
    const range = page.document.createRange();
    range.setStart(target, 4);
    range.collapse(true);
    const sel = page.document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    page.document.dispatchEvent(new page.window.Event('selectionchange') as unknown as Event);
    // The user clicks the sidebar: selection leaves the editor.
    sel.removeAllRanges();
    (page.document.body as HTMLElement).focus();

    let caretAtCall: Range | null = null;
    exec.mockImplementation(() => {
      caretAtCall = page.document.getSelection()!.getRangeAt(0).cloneRange();
      return true;
    });
    expect(await adapter.insertText('x')).toEqual({ kind: 'inserted' });
    expect(caretAtCall!.startContainer).toBe(target);
    expect(caretAtCall!.startOffset).toBe(4);
    ac.abort();
  });

  it.each(['gmail-thread-ja', 'outlook-office365-thread-en', 'outlook-live-thread-ja'])(
    '%s: clicks Reply when no compose is open and inserts when it appears',
    async (file) => {
      const { adapter, exec, page } = setup(file, { replyTimeoutMs: 1000 });
      expect(adapter.hasOpenCompose()).toBe(false);
      const doc = page.document;
      const clicked: HTMLElement[] = [];
      doc.addEventListener(
        'click',
        (e) => {
          const el = e.target as HTMLElement;
          clicked.push(el);
          // Like the real sites: the reply editor appears a little after the click.
          setTimeout(() => {
            const host = el.closest('[role="listitem"], .aVla3') ?? doc.body;
            const ed = doc.createElement('div');
            ed.setAttribute('contenteditable', 'true');
            ed.setAttribute('role', 'textbox');
            ed.setAttribute('g_editable', 'true');
            ed.setAttribute('aria-multiline', 'true');
            host.appendChild(ed);
          }, 50);
        },
        { once: true },
      );
      const before = activeObserverCount();
      const outcome = await adapter.insertText('Could we have a short call this week?');
      expect(outcome).toEqual({ kind: 'opened-and-inserted' });
      expect(clicked).toHaveLength(1);
      // The Reply of the newest message (the candidate's), not the ribbon's or an older message's.
      const owner = clicked[0]!.closest('[role="listitem"], .aVla3');
      expect(owner?.textContent).toMatch(/リモートワークは週に何日可能でしょうか|How many days a week can I work remotely/);
      expect(owner?.querySelector('[data-legacy-message-id], [id^="UniqueMessageBody"]')).not.toBeNull();
      expect(exec).toHaveBeenCalledWith('insertText', false, 'Could we have a short call this week?');
      expect(activeObserverCount()).toBe(before);
    },
  );

  it('copies to the clipboard when the reply editor never appears', async () => {
    const { adapter, exec, copy } = setup('gmail-thread-en', { replyTimeoutMs: 50 });
    const before = activeObserverCount();
    expect(await adapter.insertText('hello')).toEqual({ kind: 'copied' });
    expect(copy).toHaveBeenCalledWith('hello');
    expect(exec).not.toHaveBeenCalled();
    expect(activeObserverCount()).toBe(before);
  });

  it('copies when there is neither compose nor Reply (inbox list)', async () => {
    const { adapter, copy } = setup('gmail-inbox');
    expect(await adapter.insertText('hello')).toEqual({ kind: 'copied' });
    expect(copy).toHaveBeenCalledWith('hello');
  });

  it('copies when the editor refuses the command, and fails when the clipboard is gone too', async () => {
    const refused = setup('outlook-office-conversation', { exec: vi.fn(() => false) });
    expect(await refused.adapter.insertText('a')).toEqual({ kind: 'copied' });
    page?.close();
    const broken = setup('outlook-office-conversation', {
      exec: vi.fn(() => {
        throw new Error('nope');
      }),
      copy: vi.fn(async () => {
        throw new Error('denied');
      }),
    });
    const outcome = await broken.adapter.insertText('a');
    expect(outcome.kind).toBe('failed');
  });

  it('uses document.execCommand by default and falls back to the clipboard where it is missing', async () => {
    const f = fx('gmail-reply-open');
    page = loadFixture(f.file, f.url);
    const copy = vi.fn(async () => {});
    const adapter = createSiteAdapter(page.location, page.document, { copyToClipboard: copy })!;
    // happy-dom has no execCommand: the default path must notice and copy instead of throwing.
    expect(await adapter.insertText('x')).toEqual({ kind: 'copied' });
    const execCommand = vi.fn(() => true);
    (page.document as unknown as { execCommand: unknown }).execCommand = execCommand;
    expect(await adapter.insertText('y')).toEqual({ kind: 'inserted' });
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'y');
  });
});
