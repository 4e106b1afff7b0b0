import { defineConfig } from 'vitest/config';

// End-to-end in Firefox: the built Firefox MV3 extension in Debian's firefox-esr. Run after
// `npm run build:firefox`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globals: true,
  },
});
