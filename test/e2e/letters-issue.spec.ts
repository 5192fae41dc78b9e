// Issuing and reprinting through the screens: a letter goes out only after approval, issuing moves the request
// to 通知済, a print that failed is not recorded unless staff confirm, and a reprint is the stored letter marked 再発行.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import { NOW, flatten, letterPdf, openRequestPage, printCount, seedLetterRequest, stubPrint } from './letter-helpers'
import type { RegisterHooks as Hooks } from './registerHooks'

const partialDisclosure = {
  intake: { disclosureMethod: 'paper', fee: 1000 },
  decision: {
    outcome: 'partialDisclosure',
    groundIds: ['nonDisclosure-1', 'nonDisclosure-2'],
    reason: '第三者の情報が含まれるため。',
    withheldParts: '第三者に関する記載'
  }
}

const status = (page: Page) => page.getByText('状態', { exact: true }).locator('xpath=following-sibling::dd')

async function changeLetterhead(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const r = (globalThis as unknown as { __register: Hooks }).__register
    const [first] = await r.listStaff(r.ctx)
    if (!first) throw new Error('no staff')
    const s = await r.loadSettings(r.ctx)
    await r.saveSettings(r.ctx, first, {
      ...s,
      letterhead: { ...s.letterhead, corporationName: '医療法人社団新名称会', documentPrefix: '新個' }
    })
  })
}

test.beforeEach(async ({ page }) => {
  await stubPrint(page)
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
})

test('issuing through the letter page moves the request to 通知済, and a reprint after a letterhead change is the same letter marked 再発行', async ({
  page
}, testInfo) => {
  const id = await seedLetterRequest(page, partialDisclosure)
  await openRequestPage(page, id)
  await expect(status(page)).toHaveText('承認済')
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()
  // The letter's page is drawn before it is printed (not the request page it is leaving).
  await expect(page.getByRole('article', { name: /印刷される内容/ })).toBeVisible()
  const preview = await letterPdf(page, testInfo, 'preview')
  await expect(page.getByRole('article', { name: /印刷される内容/ })).not.toContainText('再発行')

  await page.getByRole('combobox', { name: '送付方法' }).selectOption({ label: '簡易書留' })
  await page.getByRole('button', { name: '印刷して発行' }).click()
  await expect(page.getByRole('status')).toContainText('文書番号 桜恵個第2026-0001-1号 で発行しました。')
  expect(await printCount(page)).toBe(1)
  // The letter just issued is the original: no 再発行 stamp until it is reprinted.
  await expect(page.getByRole('article', { name: /印刷される内容/ })).not.toContainText('再発行')

  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(status(page)).toHaveText('通知済')
  const issued = page.getByRole('table', { name: '発行済みの通知書' })
  await expect(issued).toContainText('桜恵個第2026-0001-1号')
  await expect(issued).toContainText('簡易書留')
  await expect(page.getByRole('table').filter({ hasText: '操作' }).last()).toContainText(
    '一部開示決定通知書を発行(印刷・簡易書留) 桜恵個第2026-0001-1号'
  )
  // Issued once: the decision's letter is no longer offered for issue, and its page opens the issued letter.
  await expect(page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' })).toHaveCount(0)
  await page.evaluate((id) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash =
      `#/requests/${id}/letters/partialOrNonDisclosure`
  }, id)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('一部開示決定通知書(発行済み)')
  await expect(page.getByRole('button', { name: '印刷して発行' })).toHaveCount(0)
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()

  await changeLetterhead(page)
  await issued.getByRole('link', { name: /再印刷/ }).click()
  const sheet = page.getByRole('article', { name: /印刷される内容/ })
  await expect(sheet).toContainText('再発行')
  await expect(sheet).toContainText('医療法人社団桜恵会')
  await expect(sheet).not.toContainText('新名称会')
  const reprint = await letterPdf(page, testInfo, 'reprint')
  expect(reprint.flat.replace('再発行', '')).toBe(preview.flat)
  expect(reprint.pages).toBe(1)

  await page.getByRole('button', { name: '再発行として印刷' }).click()
  await expect(page.getByRole('status')).toContainText('再発行として印刷しました。')
  expect(await printCount(page)).toBe(2)
  await expect(page.getByText('1回', { exact: true })).toBeVisible()
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(page.getByRole('table').filter({ hasText: '操作' }).last()).toContainText(
    '一部開示決定通知書を再発行(印刷) 桜恵個第2026-0001-1号'
  )
})

test('a letter cannot be issued before a manager approves the decision', async ({ page }) => {
  const id = await seedLetterRequest(page, { ...partialDisclosure, stop: 'awaitingApproval' })
  await openRequestPage(page, id)
  const panel = page.getByRole('region', { name: '通知書' })
  await expect(panel).toContainText('管理者の承認前のため、まだ発行できません。')
  await panel.getByRole('link', { name: 'プレビュー' }).click()
  await expect(page.getByRole('status')).toContainText('管理者の承認前のため、まだ発行できません。')
  await expect(page.getByRole('article', { name: /印刷される内容/ })).toContainText('一部開示決定通知書')
  await expect(page.getByRole('button', { name: '印刷して発行' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'PDFに保存して発行' })).toHaveCount(0)
})

test('a print or PDF that did not go out is not recorded as issued unless staff confirm it did', async ({ page }) => {
  const id = await seedLetterRequest(page, { intake: {}, decision: { outcome: 'fullDisclosure' } })
  await openRequestPage(page, id)
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()

  // In a plain browser the PDF goes through the print dialog, so the app cannot know it was saved.
  await page.getByRole('button', { name: 'PDFに保存して発行' }).click()
  await expect(page.getByRole('alert')).toContainText('PDFが保存されたかを確認できませんでした。')
  await page.getByRole('button', { name: '記録しない' }).click()
  await page.evaluate(() => {
    ;(globalThis as unknown as { print: () => void }).print = () => {
      throw new Error('プリンターが応答しません。')
    }
  })
  await page.getByRole('button', { name: '印刷して発行' }).click()
  await expect(page.getByRole('alert')).toContainText('プリンターが応答しません。')
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(status(page)).toHaveText('承認済')
  await expect(page.getByRole('table', { name: '発行済みの通知書' })).toHaveCount(0)

  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()
  await page.getByRole('button', { name: '印刷して発行' }).click()
  await page.getByRole('button', { name: '出力できていたので発行済みとして記録する' }).click()
  await expect(page.getByRole('status')).toContainText('で発行しました。')
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(status(page)).toHaveText('通知済')
})

test('the request for identity documents is issued while identity is pending and leaves the status as it is', async ({
  page
}) => {
  const id = await seedLetterRequest(page, {
    intake: {
      requester: { type: 'voluntaryAgent', agentName: '佐々木 弁護', agentKana: 'ササキ ベンゴ', relation: '弁護士' }
    },
    stop: 'identityPending'
  })
  await openRequestPage(page, id)
  await expect(status(page)).toHaveText('本人確認中')
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()
  const sheet = page.getByRole('article', { name: /印刷される内容/ })
  await expect(sheet).toContainText('佐々木 弁護 様')
  await expect(sheet).toContainText('委任状')
  await expect(page.getByRole('combobox', { name: '送付方法' })).toHaveValue('post')
  await page.getByRole('button', { name: '印刷して発行' }).click()
  await expect(page.getByRole('status')).toContainText('文書番号 桜恵個第2026-0001-1号 で発行しました。')
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(status(page)).toHaveText('本人確認中')
  await expect(page.getByRole('table', { name: '発行済みの通知書' })).toContainText('本人確認書類ご提出のお願い')
  // Still pending: a second request for documents can go out, numbered -2.
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()
  await expect(page.getByRole('article', { name: /印刷される内容/ })).toContainText('桜恵個第2026-0001-2号')
})

test('the letter page has no serious accessibility violations', async ({ page }) => {
  const id = await seedLetterRequest(page, partialDisclosure)
  await openRequestPage(page, id)
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()
  await expect(page.getByRole('button', { name: '印刷して発行' })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id} ${v.help} (${v.nodes.length})`)).toEqual([])
  expect(flatten(await page.getByRole('article', { name: /印刷される内容/ }).innerText())).toContain(
    flatten('（2）当法人の業務の適正な実施に著しい支障を及ぼすおそれがある場合')
  )
})
