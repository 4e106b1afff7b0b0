// @vitest-environment happy-dom
// Issue 15 point 13: a diagnostics outline never copies a value the mail's author chose.
import { censoredOutline } from '../../lib/sites/outline';

function el(tag: string, attrs: Record<string, string>): Element {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

describe('censoredOutline keeps only whitelisted attribute values', () => {
  it.each([
    ['role', 'Salary 9M yen'],
    ['role', 'button secretword'],
    ['data-testid', 'hanako-offer-9m'],
    ['data-app-section', 'TaroYamada'],
    ['data-icon-name', 'Resign tomorrow'],
    ['aria-level', 'ninety nine'],
    ['tabindex', 'hanako'],
    ['dir', 'secret'],
    ['jscontroller', 'leakme'],
    ['aria-expanded', 'maybe hanako'],
  ])('%s="%s" written in a mail shows by name only', (name, value) => {
    const root = el('div', {});
    root.appendChild(el('span', { [name]: value }));
    const out = censoredOutline(root);
    expect(out).toContain(`[${name}]`);
    for (const word of value.split(' ')) if (word.length > 2) expect(out).not.toContain(word.replace(/[^A-Za-z0-9_ -]/g, '').slice(0, 40));
  });

  it.each([
    ['role', 'main'],
    ['role', 'listitem'],
    ['data-testid', 'SenderPersona'],
    ['data-app-section', 'ConversationContainer'],
    ['data-icon-name', 'ArrowReplyRegular'],
    ['aria-level', '2'],
    ['aria-expanded', 'true'],
    ['dir', 'rtl'],
    ['contenteditable', 'true'],
  ])('the structural value %s="%s" is kept', (name, value) => {
    const root = el('div', {});
    root.appendChild(el('span', { [name]: value }));
    expect(censoredOutline(root)).toContain(`[${name}="${value}"]`);
  });
});
