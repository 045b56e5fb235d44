// Real-browser tests: node environment (the browser is driven from outside), one file at a time
// because each launches Chromium or Firefox, and long timeouts for the build and browser start-up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts', 'tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
