import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium, one file at a time (2 cores). */
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1' },
  },
});
