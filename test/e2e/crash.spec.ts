// Crash tests: a persistent Chromium profile, requests saved through the screens, the browser's whole process
// group killed with SIGKILL in the middle of a save, several rounds. After each restart every save the app
// acknowledged is there, nothing is half-written, receipt numbers have no gaps and the chain verifies.
import { chromium, expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import config from '../../playwright.config'
import { fillDisclosureIntake, login, MANAGER, startAsFirstManager } from './helpers'

const ROUNDS = 4
const SAVES_PER_ROUND = 2

/** The browser we launched is found by its own profile folder, and killed with its whole process group. */
function killBrowser(profile: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,pgid=,args=']).toString().split('\n')
  const main = lines.find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='))
  const pgid = Number(main?.trim().split(/\s+/)[1])
  if (!Number.isInteger(pgid) || pgid <= 1) throw new Error('browser process not found')
  process.kill(-pgid, 'SIGKILL')
}

async function save(page: Page, i: number): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: `患者 ${i}`, kana: 'カンジャ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
}

interface StoredState {
  receiptNos: string[]
  problems: string[]
}

async function storedState(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    type Hooks = {
      ctx: { db: { requests: { toArray: () => Promise<{ receiptNo: string }[]> } } }
      verifyRegister: (ctx: unknown) => Promise<{ problems: { message: string }[] }>
    }
    const hooks = (globalThis as unknown as { __register: Hooks }).__register
    const rows = await hooks.ctx.db.requests.toArray()
    const report = await hooks.verifyRegister(hooks.ctx)
    return { receiptNos: rows.map((r) => r.receiptNo).sort(), problems: report.problems.map((p) => p.message) }
  })
}

test('SIGKILL during saves never loses an acknowledged save nor leaves a half-written one', async () => {
  test.setTimeout(300_000)
  const profile = mkdtempSync(join(tmpdir(), 'kaiji-crash-'))
  const acknowledged: string[] = []
  let n = 0
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const context = await chromium.launchPersistentContext(profile, {
        ...config.use?.launchOptions,
        baseURL: config.use?.baseURL,
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
        viewport: { width: 1366, height: 900 }
      })
      const page = context.pages()[0] ?? (await context.newPage())
      if (round === 0) await startAsFirstManager(page)
      else {
        await page.goto('/')
        await login(page, MANAGER)
        const state = await storedState(page)
        const count = state.receiptNos.length
        // No gap: 2026-0001 … 2026-00NN, and every acknowledged number among them.
        expect(state.receiptNos).toEqual(
          Array.from({ length: count }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`)
        )
        expect(state.receiptNos).toEqual(expect.arrayContaining(acknowledged))
        expect(state.problems).toEqual([])
        n = count
      }
      if (round === ROUNDS) {
        await context.close()
        break
      }
      for (let s = 0; s < SAVES_PER_ROUND; s++) {
        n += 1
        await save(page, n)
        const receiptNo = `2026-${String(n).padStart(4, '0')}`
        await expect(page.getByRole('status')).toContainText(receiptNo)
        acknowledged.push(receiptNo)
      }
      // One more save, killed at a random moment: before, during or just after its transaction.
      await save(page, n + 1)
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 200)))
      killBrowser(profile)
      await context.close().catch(() => undefined)
    }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  expect(acknowledged).toHaveLength(ROUNDS * SAVES_PER_ROUND)
})
