// A censored outline of the host page for bug reports when a selector misses (InboxSDK's
// censorHTMLtree): tag names and whitelisted attributes only. Never text, never href/src/title/
// aria-label/email values, never ids that may embed an address; class names only from an allow-list
// of the sites' structural classes, so nothing the mail author wrote can leak.

import { selfHidden } from './visibility';

/**
 * Attributes whose value is shown when it is one of the structural values below. A mail's own HTML
 * can carry any of these attributes with any value, so a value off the list shows as presence only.
 */
const ARIA_ROLES = [
  'alert', 'alertdialog', 'application', 'article', 'banner', 'button', 'cell', 'checkbox', 'columnheader', 'combobox',
  'complementary', 'contentinfo', 'definition', 'dialog', 'directory', 'document', 'feed', 'figure', 'form', 'grid',
  'gridcell', 'group', 'heading', 'img', 'link', 'list', 'listbox', 'listitem', 'log', 'main', 'marquee', 'math', 'menu',
  'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'navigation', 'none', 'note', 'option', 'presentation',
  'progressbar', 'radio', 'radiogroup', 'region', 'row', 'rowgroup', 'rowheader', 'scrollbar', 'search', 'searchbox',
  'separator', 'slider', 'spinbutton', 'status', 'switch', 'tab', 'table', 'tablist', 'tabpanel', 'term', 'textbox',
  'timer', 'toolbar', 'tooltip', 'tree', 'treegrid', 'treeitem',
];
const BOOLEANISH = /^(true|false|mixed)$/;
const SMALL_INT = /^-?\d{1,3}$/;
/** The values lib/sites/<site>/selectors.ts keys on (and their near neighbours), seen 2026-11. */
const OUTLOOK_HOOKS = [
  'ConversationContainer', 'ConversationTopic', 'MailReadCompose', 'FromLine', 'QuotedText', 'ExpandQuotedTextButton',
  'RecipientWell', 'SentReceivedSavedTime', 'SenderPersona', 'RecipientPersona', 'Reply', 'ArrowReplyRegular',
  'ArrowReply20Regular', 'ReplyAll', 'Forward',
];
const SAFE_VALUES: ReadonlyMap<string, (value: string) => boolean> = new Map<string, (value: string) => boolean>([
  ['role', (v) => v.split(' ').every((r) => ARIA_ROLES.includes(r))],
  ['aria-expanded', (v) => BOOLEANISH.test(v)],
  ['aria-hidden', (v) => BOOLEANISH.test(v)],
  ['aria-selected', (v) => BOOLEANISH.test(v)],
  ['aria-multiline', (v) => BOOLEANISH.test(v)],
  ['aria-level', (v) => SMALL_INT.test(v)],
  ['tabindex', (v) => SMALL_INT.test(v)],
  ['contenteditable', (v) => /^(true|false|plaintext-only|)$/.test(v)],
  ['g_editable', (v) => /^(true|false)$/.test(v)],
  ['dir', (v) => /^(ltr|rtl|auto)$/.test(v)],
  ['hidden', (v) => /^(hidden|until-found|)$/.test(v)],
  ['data-app-section', (v) => OUTLOOK_HOOKS.includes(v)],
  ['data-testid', (v) => OUTLOOK_HOOKS.includes(v)],
  ['data-icon-name', (v) => OUTLOOK_HOOKS.includes(v)],
]);
/** Attributes reported by presence only (their values may carry mail data or ids). */
const PRESENCE_ATTRS = new Set([
  'email', 'name', 'title', 'alt', 'aria-label', 'href', 'src', 'data-message-id', 'data-legacy-message-id',
  'data-thread-perm-id', 'data-legacy-thread-id', 'data-convid', 'data-hovercard-id', 'jslog', 'jsaction', 'id',
  'jscontroller',
]);
/** Gmail's and Outlook's structural class names (short generated names we key on, and a few stable ones). */
const SAFE_CLASSES = new Set([
  // Gmail
  'nH', 'no', 'aeF', 'AO', 'Tm', 'aeJ', 'ae4', 'Bs', 'nH', 'if', 'ha', 'hP', 'hN', 'Bu', 'Bk', 'G3', 'G2', 'h7', 'kv', 'kQ',
  'kx', 'ie', 'adn', 'adf', 'ads', 'gs', 'gE', 'iv', 'gt', 'ii', 'a3s', 'aiL', 'gD', 'go', 'g2', 'g3', 'gK', 'gF', 'gH',
  'hb', 'iw', 'iA', 'g6', 'ip', 'iq', 'adB', 'amn', 'ams', 'bkH', 'bkI', 'bkG', 'M9', 'Am', 'Al', 'editable', 'aoI',
  'dw', 'nn', 'zA', 'zE', 'yO', 'F', 'cf', 'zt', 'gmail_quote', 'gmail_attr', 'gmail_signature', 'gmail_extra', 'yj6qo',
  'adL', 'adm', 'h5', 'im', 'acZ', 'ajy', 'T-I', 'aaq', 'J-J5-Ji', 'gb_d', 'gb_A', 'UI', 'aKh', 'aDP', 'adx', 'adv',
  // Outlook (Fluent and OWA stable names)
  'allowTextSelection', 'customScrollBar', 'wide-content-host', 'ms-Button', 'ms-OverflowSet', 'ms-OverflowSet-item',
  'fui-Button', 'fui-SplitButton', 'ms-Icon', 'ms-Persona', 'ms-FocusZone', 'ms-List', 'ms-List-cell', 'rps_1', 'x_gmail_quote',
]);

/** Ids that are the sites' own structure (never an address, a conversation or a message id). */
const SAFE_ID = /^(?:ReadingPaneContainerId|ItemReadingPaneContainer|ConversationReadingPaneContainer|MainModule|MailList|app|appContainer|LeftRail|RibbonRoot|O365_NavHeader|folderPaneDroppableContainer|fluent-default-layer-host|UniqueMessageBody_\d{1,4}|editorParent_\d{1,4}|:[0-9a-z]{1,5})$/;

const DEFAULT_MAX_NODES = 400;
const MAX_CHARS = 19_000;

function describe(el: Element): string {
  let out = el.localName.replace(/[^a-z0-9-]/g, '');
  const classes = Array.from(el.classList).filter((c) => SAFE_CLASSES.has(c));
  if (classes.length) out += '.' + classes.join('.');
  const hidden = el.classList.length - classes.length;
  if (hidden > 0) out += `[+${hidden}cls]`;
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    const safe = SAFE_VALUES.get(name);
    if (name === 'id' && SAFE_ID.test(attr.value)) {
      out += `#${attr.value}`;
    } else if (safe) {
      const value = attr.value.trim();
      out += safe(value) ? `[${name}="${value}"]` : `[${name}]`;
    } else if (PRESENCE_ATTRS.has(name)) {
      out += `[${name}]`;
    }
  }
  if (selfHidden(el)) out += ' {hidden}';
  return out;
}

/**
 * Indented outline of `root`'s element tree, breadth-limited to `maxNodes` elements. Text nodes
 * are counted, never shown, so a report can tell "empty" from "has text".
 */
export function censoredOutline(root: Element, maxNodes = DEFAULT_MAX_NODES): string {
  const lines: string[] = [];
  let count = 0;
  let chars = 0;
  const stack: { el: Element; depth: number }[] = [{ el: root, depth: 0 }];
  while (stack.length > 0 && count < maxNodes && chars < MAX_CHARS) {
    const { el, depth } = stack.pop()!;
    count++;
    let texts = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) texts++;
    const line = `${'  '.repeat(Math.min(depth, 40))}${describe(el)}${texts ? ` #text×${texts}` : ''}`;
    lines.push(line);
    chars += line.length + 1;
    // Children pushed in reverse so they come out in document order.
    const kids = Array.from(el.children);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ el: kids[i]!, depth: depth + 1 });
  }
  if (stack.length > 0) lines.push(`… ${stack.length}+ more elements`);
  return lines.join('\n').slice(0, MAX_CHARS);
}
