import { defineConfig } from 'vitest/config'

export default defineConfig({
  define: { __TEST_HOOKS__: JSON.stringify(true) },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' }
  }
})
