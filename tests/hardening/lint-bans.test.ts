// @vitest-environment node
// Issue 15 point 14: product code never builds markup from strings or runs strings as code.
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const SNIPPETS: [string, string][] = [
  ['dangerouslySetInnerHTML', 'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n'],
  ['outerHTML (write)', 'export function f(el: Element, h: string) { el.outerHTML = h; }\n'],
  ['outerHTML (read)', 'export function f(el: Element) { return el.outerHTML; }\n'],
  ['insertAdjacentHTML', "export function f(el: Element, h: string) { el.insertAdjacentHTML('beforeend', h); }\n"],
  ['document.write', 'export function f(h: string) { document.write(h); }\n'],
  ['document.writeln', 'export function f(h: string) { document.writeln(h); }\n'],
  ['eval', 'export function f(s: string) { return eval(s); }\n'],
  ['indirect eval', 'export function f(s: string) { return globalThis.eval(s); }\n'],
  ['new Function', "export function f(s: string) { return new Function('x', s); }\n"],
  ['Function()', "export function f(s: string) { return Function('x', s); }\n"],
  ['string setTimeout', "export function f(s: string) { setTimeout(s + '', 1); }\n"],
];

// Every kind of product-code file: site adapters, plain lib, components, entrypoints.
const PLACES = ['lib/sites/gmail/x.tsx', 'lib/db/x.tsx', 'components/dashboard/x.tsx', 'entrypoints/mail.content/x.tsx'];

describe('lint bans markup-from-string and code-from-string in product code', () => {
  it.each(SNIPPETS)('%s is an error everywhere in product code', async (_name, code) => {
    for (const place of PLACES) {
      const ids = await ruleIds(code, place);
      expect(ids.filter((id) => /no-restricted-syntax|no-eval|no-implied-eval|no-new-func|no-restricted-properties/.test(id)), `${place}: ${ids.join(', ')}`).not.toEqual([]);
    }
  }, 60_000);

  it('leaves ordinary code alone', async () => {
    const ids = await ruleIds("export function f(el: Element, s: string) { el.textContent = s; setTimeout(() => s, 1); }\n", 'lib/db/x.tsx');
    expect(ids).toEqual([]);
  });
});
