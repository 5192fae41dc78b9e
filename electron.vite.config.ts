import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

// Main and preload are bundled with everything they import; only electron stays external.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/main/index.ts') },
        external: ['electron']
      }
    }
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    // The 監査記録 check's worker (db/verifyWorker.ts) as an ES module, like the page.
    worker: { format: 'es' },
    define: { __TEST_HOOKS__: JSON.stringify(false), __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
