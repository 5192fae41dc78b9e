import { defineConfig } from '@playwright/test'
import { existsSync } from 'node:fs'

// The built renderer as a web page in Chromium (Electron itself cannot run on the CI machines).
const debianChromium = '/usr/bin/chromium'
const port = Number(process.env.E2E_PORT ?? 4174)
const couchPort = Number(process.env.COUCH_PORT ?? 5990)
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined)

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  },
  webServer: [
    {
      command:
        'npx vite build --config vite.web.config.ts --logLevel warn && npx vite preview --config vite.web.config.ts',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000
    },
    {
      // The clinic's CouchDB: pouchdb-server in memory with a server admin (test/e2e/couch.ts). .ci/run starts the
      // same server before npm test, so it is reused there; stopping and restarting it is never needed (offline is
      // simulated by routing).
      command: `node scripts/couchdb/test-server.mjs --port ${String(couchPort)}`,
      url: `http://127.0.0.1:${String(couchPort)}/`,
      reuseExistingServer: true,
      timeout: 30_000,
      // SIGTERM lets it remove its temporary folder (the default SIGKILL would leave it behind).
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 }
    }
  ]
})
