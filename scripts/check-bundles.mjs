// No code from strings in what we ship: scans every built script for the Function constructor and eval
// (as a call, with `new`, or taken as a value to call later, as zod's JIT did: `let F = Function; new F(…)`).
// Store reviewers treat each as eval; Mozilla's add-on lint only sees some of them. Run after the builds;
// part of `npm test`. Arguments: build folders (default: the Chromium and Firefox builds).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const PATTERNS = [
  ['new Function', /\bnew\s+Function\b/g],
  ['Function(…)', /(?<![.\w$])Function\s*\(/g],
  ['Function taken as a value', /(?<=[=,(:?]\s*)Function\b(?!\s*[.\w$])/g],
  ['eval(…)', /(?<![.\w$])eval\s*\(/g],
  ['indirect eval', /\(\s*0\s*,\s*eval\s*\)/g],
];

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['.output/chrome-mv3', '.output/firefox-mv3'];
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(m?js)$/.test(name) ? [path] : [];
  });

let found = 0;
let scanned = 0;
for (const dir of dirs) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No build in ${dir}: build first (npx wxt build, npx wxt build -b firefox --mv3).`);
    process.exit(1);
  }
  for (const file of files(dir)) {
    scanned++;
    const text = readFileSync(file, 'utf8');
    for (const [what, re] of PATTERNS) {
      for (const m of text.matchAll(re)) {
        found++;
        console.error(`${relative('.', file)}:${m.index}: ${what}: …${text.slice(Math.max(0, m.index - 80), m.index + 60)}…`);
      }
    }
  }
}
if (found) {
  console.error(`\n${found} use(s) of eval or the Function constructor in the bundles (see scripts/zod-without-eval.ts for how zod's was removed).`);
  process.exit(1);
}
console.log(`no eval or Function constructor in ${scanned} scripts (${dirs.join(', ')})`);
