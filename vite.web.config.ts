import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

// The renderer as a plain web page, for the end-to-end tests and benchmarks in Chromium.
// It is the same code as the desktop renderer; `platform/` falls back to the browser.
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react()],
  // The 監査記録 check's worker (db/verifyWorker.ts) as an ES module, like the page.
  worker: { format: 'es' },
  define: { __TEST_HOOKS__: JSON.stringify(true), __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { outDir: resolve(process.env.WEB_OUT_DIR ?? 'out/web'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  preview: { port: Number(process.env.E2E_PORT ?? 4174), strictPort: true, host: '127.0.0.1' }
})
