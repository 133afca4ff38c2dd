import { defineConfig } from 'vitest/config'

/**
 * Four suites: unit (pure functions, no infrastructure), integration (Payload's Local API on
 * a temporary database, a real SMTP server), e2e (the built server in a child process,
 * driven through Debian's Chromium) and security (hostile and malformed input against one
 * built server). Integration, e2e and security files boot real services, so they run one file
 * at a time on these two-core machines.
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
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'security',
          include: ['test/security/**/*.test.ts'],
          environment: 'node',
          // One built server for the whole suite (started in globalSetup); files run one at a time.
          globalSetup: ['test/security/setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
