import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { isBenchSeedPage } from './db'
import './app/app.css'

declare const __TEST_HOOKS__: boolean

const root = document.getElementById('root')
// The benchmark's seed page (web test build only): the register without any screen (app/benchSeedPage.ts).
if (root && __TEST_HOOKS__ && isBenchSeedPage())
  void import('./app/benchSeedPage').then(({ openBenchSeedPage }) => openBenchSeedPage(root))
else if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
