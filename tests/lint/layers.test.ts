// @vitest-environment node
// Each architecture rule of eslint.config.js fires on a bad sample placed in the folder it guards,
// and stays silent on the same code where it is allowed.
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesFiredIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint enforces the layers by folder', () => {
  it.each([
    ['lib/analysis/sample.ts', "export const t = document.title;", 'no-restricted-globals'],
    ['lib/analysis/sample.ts', "export const id = browser.runtime.id;", 'no-restricted-globals'],
    ['lib/templates/sample.ts', "import Dexie from 'dexie';\nexport const D = Dexie;", '@typescript-eslint/no-restricted-imports'],
    ['lib/schedule/sample.ts', "import { getDb } from '../db/database';\nexport const g = getDb;", '@typescript-eslint/no-restricted-imports'],
    ['lib/metrics/sample.ts', "export const hits = (el: Element) => el.querySelector('x');", 'no-restricted-syntax'],
    ['components/sample.tsx', "import { getDb } from '../lib/db/database';\nexport const g = getDb;", '@typescript-eslint/no-restricted-imports'],
    ['components/sample.tsx', "import Dexie from 'dexie';\nexport const D = Dexie;", '@typescript-eslint/no-restricted-imports'],
    ['components/sample.tsx', 'export const w = () => window.innerWidth;', 'no-restricted-globals'],
    ['components/sample.tsx', "export const f = (el: Element) => el.querySelectorAll('a');", 'no-restricted-syntax'],
    ['components/sample.tsx', "import { useState } from 'react';\nexport function C({ on }: { on: boolean }) { if (on) { useState(0); } return null; }", 'react-hooks/rules-of-hooks'],
    ['entrypoints/mail.content/sample.ts', "import { createRoot } from 'react-dom/client';\nexport const r = createRoot;", '@typescript-eslint/no-restricted-imports'],
    ['entrypoints/mail.content/sample.ts', "import { z } from 'zod';\nexport const s = z.string();", '@typescript-eslint/no-restricted-imports'],
    ['entrypoints/mail.content/sample.ts', "import { analyzeMessage } from '../../lib/analysis';\nexport const a = analyzeMessage;", '@typescript-eslint/no-restricted-imports'],
    ['entrypoints/mail.content/sample.ts', "import { QueryClient } from '@tanstack/react-query';\nexport const q = QueryClient;", '@typescript-eslint/no-restricted-imports'],
    ['lib/sites/sample.ts', "import { z } from 'zod';\nexport const s = z.string();", '@typescript-eslint/no-restricted-imports'],
    ['lib/sites/sample.ts', 'export const set = (el: Element, x: string) => { el.innerHTML = x; };', 'no-restricted-syntax'],
    ['components/sample.tsx', 'export const C = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />;', 'no-restricted-syntax'],
    ['entrypoints/sidebar/sample.tsx', 'export const C = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />;', 'no-restricted-syntax'],
    ['lib/db/sample.ts', 'export const b = () => document.body;', 'no-restricted-globals'],
    ['lib/background/sample.ts', 'export const b = () => document.body;', 'no-restricted-globals'],
  ])('%s: %s → %s', async (file, code, rule) => {
    expect(await rulesFiredIn(file, code)).toContain(rule);
  });

  it.each([
    ['lib/db/sample.ts', "import Dexie from 'dexie';\nexport const D = Dexie;"],
    ['lib/sites/sample.ts', "export const f = (el: Element) => el.querySelector('a');\nexport const d = () => document.title;"],
    ['entrypoints/mail.content/sample.ts', "import type { ThreadState } from '../../lib/messages/protocol';\nexport type T = ThreadState;"],
    ['lib/platform/sample.ts', 'export const id = () => browser.runtime.id;'],
  ])('allows %s where it belongs', async (file, code) => {
    expect(await rulesFiredIn(file, code)).toEqual([]);
  });
});
