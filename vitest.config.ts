import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Pure-logic suites (analysis, templates, schedule) opt into Node with a file comment.
    // Property-based suites do real IndexedDB work: on a loaded two-core machine 5 s is too tight, and a
    // test must never fail for being slow.
    testTimeout: 60_000,
  },
});
