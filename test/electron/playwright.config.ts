import { defineConfig } from '@playwright/test'

// The installed Windows app driven through Playwright's _electron (run only by .github/workflows/windows-installer.yml:
// Electron cannot run on the Linux machines). APP_EXE names the installed, unfused KaijiUketsukebo.exe.
// The phases run in order against the same machine-wide register: first-run, then after-upgrade.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron'
})
