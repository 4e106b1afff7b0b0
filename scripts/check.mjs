// `npm test`: the one check a developer runs and CI runs. Typecheck, lint, unit tests, builds (Chromium
// and Firefox), bundle checks, Mozilla's add-on lint, e2e in Chromium and in Firefox.
// Stops at the first failing step and prints how long each step took.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['wxt', 'build']],
  ['build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  ['size', 'node', ['scripts/check-size.mjs']],
  ['no-eval', 'node', ['scripts/check-bundles.mjs']],
  ['edge', 'node', ['scripts/check-edge.mjs']],
  ['addon-lint', 'node', ['scripts/lint-addon.mjs']],
  ['e2e', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
  ['e2e-firefox', 'npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts']],
];
const only = process.argv.slice(2);
const timings = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const start = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  timings.push(`${name} ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s (${timings.join(', ')})`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all checks passed: ${timings.join(', ')}`);
