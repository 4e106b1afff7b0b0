// Mozilla's add-on lint (web-ext lint) on the Firefox build: part of `npm test`. Fails on any error and on
// any warning or notice caused by our code or configuration. The one kind let through is React DOM's own
// `innerHTML` assignment (UNSAFE_VAR_ASSIGNMENT), the code behind `dangerouslySetInnerHTML`: library code
// that Afterfollow never reaches (ESLint bans innerHTML in our code; we never pass dangerouslySetInnerHTML).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv3';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No ${dir}: build first (npx wxt build -b firefox --mv3).`);
  process.exit(1);
}
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', maxBuffer: 64 << 20 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('web-ext lint did not produce a JSON report.');
  process.exit(1);
}

/** React DOM's prop handler for dangerouslySetInnerHTML: the assignment sits right after the prop name. */
function isReactDomInnerHtml(message) {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line) return false;
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const before = line.slice(Math.max(0, (message.column ?? 0) - 400), (message.column ?? 0) + 40);
  return before.includes('dangerouslySetInnerHTML') && before.includes('.__html');
}

const where = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''} ${m.message}`;
const library = report.warnings.filter(isReactDomInnerHtml);
const ours = [...report.errors, ...report.warnings.filter((m) => !library.includes(m)), ...report.notices];
console.log(`web-ext lint ${dir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const m of library) console.log(`  library (React DOM, dangerouslySetInnerHTML): ${where(m)}`);
for (const m of ours) console.error(`  ✖ ${where(m)}`);
if (ours.length) {
  console.error(`\n${ours.length} finding(s) caused by our code or configuration.`);
  process.exit(1);
}
