// The benchmark's seed page (web test build only: `?bench-seed`, see isBenchSeedPage in db/database.ts). The register
// is opened with none of the app's screens, so nothing watches it while a benchmark fills it with 100,000 requests
// through the repository functions (test/bench/seed.mjs): no live query re-reading a table after every commit, no
// anchor counts or backups competing with the writes. What is written is what the app writes; the anchor's head
// is written once per filled slice (`anchorHead`) instead of after every commit. Never opened by the desktop build
// (main.tsx checks __TEST_HOOKS__, which it compiles to false).
import { chainHead, openRegister } from '../db'
import { withHead } from '../domain/anchor'
import { readAnchor, writeAnchor } from '../platform/anchor'
import { installTestHooks } from './testHooks'
import { APP_VERSION } from './version'

export async function openBenchSeedPage(root: HTMLElement): Promise<void> {
  const ctx = await openRegister(APP_VERSION)
  installTestHooks(ctx, {
    anchorHead: async () => {
      const head = await chainHead(ctx)
      if (head) writeAnchor(withHead(readAnchor(), ctx, head, ctx.now().toISOString()))
    }
  })
  root.textContent = '計測用: 受付簿に書き込んでいます(画面はありません)'
  root.dataset.benchSeed = 'ready'
}
