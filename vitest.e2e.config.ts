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
    globals: true,
  },
});
