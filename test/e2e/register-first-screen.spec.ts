// A large register is read whole once per session; until then its newest rows are its first screen. The read is
// held here (a test fault in the real read path) so the first screen can be seen as a clinic with years of
// requests sees it, then released to the whole register.
import { expect, test, type Page } from '@playwright/test'
import { login, MANAGER, startAsFirstManager } from './helpers'
import { seedRequest } from './workflow-helpers'

const TODAY = new Date('2026-11-25T10:00:00+09:00')

/** 77 requests, seven a day from 2026-11-01 to 2026-11-11, in order, so the newest is 2026-0077. */
async function seed(page: Page): Promise<void> {
  for (let i = 0; i < 77; i++) {
    const receivedOn = `2026-11-${String(1 + Math.floor(i / 7)).padStart(2, '0')}`
    await seedRequest(page, { name: `請求 ${String(i + 1)}`, receivedOn, step: 'received' })
  }
}

const receiptNos = async (page: Page) =>
  (await page.getByRole('table', { name: '受付簿' }).getByRole('row').getByRole('link').allTextContents()).filter((t) =>
    /^\d{4}-\d+$/u.test(t)
  )

test('the register shows its newest rows at once while the rest is read, then the whole of it', async ({
  page
}, info) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.clock.setFixedTime(TODAY)
  await startAsFirstManager(page)
  await seed(page)

  // A new session: the whole read is held from before the PIN, so the home page's read for the session waits too.
  await page.reload()
  await page.getByRole('button', { name: 'ログイン' }).waitFor()
  await page.evaluate(async () => {
    const w = globalThis as unknown as {
      __register: { holdRegisterRead: () => Promise<{ release: () => void }> }
      releaseRegister?: () => void
    }
    w.releaseRegister = (await w.__register.holdRegisterRead()).release
  })
  await login(page, MANAGER)
  await expect(page.getByRole('heading', { name: '今日の受付簿' })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()

  // Seven a day: the newest 60 end inside 2026-11-04, whose seven rows are all there (63), newest first.
  await expect(page.getByText('新しい順に63件を表示しています。残りを読み込み中…')).toBeVisible()
  await expect.poll(async () => (await receiptNos(page))[0]).toBe('2026-0077')
  await expect(page.getByRole('button', { name: 'CSVに保存' })).toHaveCount(0)
  await expect(page.getByText('該当する請求はありません')).toHaveCount(0)
  await page.screenshot({ path: info.outputPath('register-first-screen-1366.png') })
  // Past both the target and the statutory mark: both badges on the row's one line, not over the next row.
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '2026-0070' }) })
  const rowBox = await row.boundingBox()
  for (const badge of ['期限超過 1日', '法定目安超過 1日']) {
    const box = await row.getByText(badge).boundingBox()
    expect(box && rowBox && box.y >= rowBox.y && box.y + box.height <= rowBox.y + rowBox.height).toBe(true)
  }

  await page.evaluate(() => (globalThis as unknown as { releaseRegister: () => void }).releaseRegister())
  await expect(page.getByText('77件', { exact: true })).toBeVisible()
  await expect(page.getByText(/残りを読み込み中/u)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'CSVに保存' })).toBeEnabled()
  expect((await receiptNos(page))[0]).toBe('2026-0077')

  // The whole register answers a search that the first screen could not (the oldest request).
  await page.getByRole('searchbox').fill('2026-0001')
  await expect.poll(() => receiptNos(page)).toEqual(['2026-0001'])
})
