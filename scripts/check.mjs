// `npm test`: the one check a developer runs and CI runs. Typecheck, lint, unit tests, build, e2e.
// Stops at the first failing step and prints how long each step took.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['wxt', 'build']],
  ['size', 'node', ['scripts/check-size.mjs']],
  ['e2e', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
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
