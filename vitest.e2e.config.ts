import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium. Run after `npm run build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: this machine has two cores.
    fileParallelism: false,
    // A real browser on a loaded 2-core machine occasionally misses a 60 s window (seen 2026-12-02 on a
    // first-run race and a pop-out layout, each passing alone): a failure gets one more run, and the
    // report still names every retried test.
    retry: 1,
    globals: true,
  },
});
