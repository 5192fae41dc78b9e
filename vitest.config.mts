import { defineConfig } from 'vitest/config'

// Tests that change the process's time zone (process.env.TZ) run in child processes, where the change takes
// effect; every other test runs in worker threads, which start faster.
const OWN_TIME_ZONE = ['test/unit/domain/calendar.test.ts', 'test/unit/domain/deadline.test.ts']
const shared = {
  environment: 'node' as const,
  setupFiles: ['test/unit/setup.ts']
}

export default defineConfig({
  define: { __TEST_HOOKS__: JSON.stringify(true) },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'threads',
          pool: 'threads',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
          exclude: OWN_TIME_ZONE
        }
      },
      { extends: true, test: { ...shared, name: 'time-zones', pool: 'forks', include: OWN_TIME_ZONE } }
    ]
  }
})
