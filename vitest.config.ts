import { defineConfig } from 'vitest/config'

/**
 * Three suites: unit (pure functions, no infrastructure), integration (Payload's Local API on
 * a temporary database, a real SMTP server) and e2e (the built server in a child process,
 * driven through Debian's Chromium). Integration and e2e files each boot real services, so
 * they run one file at a time on these two-core machines.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/security/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
