import { expect, test, type Page } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import { seedKindRequest } from './records-helpers'
import { shot } from './workflow-helpers'

const TODAY = new Date('2026-11-25T10:00:00+09:00')

async function addRecord(
  page: Page,
  r: { direction: string; recordedOn: string; party: string; address?: string; person: string; how?: string }
) {
  const form = page.getByRole('form', { name: '記録の作成' })
  await form.getByRole('combobox', { name: '記録の種類' }).selectOption({ label: r.direction })
  await form.getByLabel('記録の作成日').fill(r.recordedOn)
  await form.getByLabel(/^(提供日|受領日)/).fill(r.recordedOn)
  await form.getByRole('textbox', { name: /(提供先|提供者)の氏名又は名称/ }).fill(r.party)
  if (r.address) await form.getByRole('textbox', { name: /(提供先|提供者)の住所/ }).fill(r.address)
  await form.getByRole('textbox', { name: '本人の氏名' }).fill(r.person)
  await form.getByRole('textbox', { name: '個人データの項目' }).fill('診療情報提供書')
  if (r.how) await form.getByRole('textbox', { name: '提供者がデータを取得した経緯' }).fill(r.how)
  await form.getByRole('button', { name: '記録を作成' }).click()
}

test('provision and receipt records: the receipt needs the provider address, retention ends are shown, a purge leaves a count, and a 第三者提供記録の開示 request lists the person’s records', async ({
  page
}) => {
  await page.clock.setFixedTime(TODAY)
  await startAsFirstManager(page)
  const request = await seedKindRequest(page, { name: '山田 太郎', receivedOn: '2026-11-24', kind: 'thirdPartyRecord' })
  await page.getByRole('navigation').getByRole('link', { name: '提供記録' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '提供記録・確認記録簿' })).toBeVisible()

  await addRecord(page, {
    direction: '第三者への提供(提供記録)',
    recordedOn: '2026-10-01',
    party: '虎ノ門総合病院',
    person: '山田 太郎'
  })
  await expect(page.getByRole('status')).toHaveText('記録を作成しました。')

  // A receipt without the provider's address is refused with a message saying what to enter.
  await addRecord(page, {
    direction: '第三者からの受領(確認記録)',
    recordedOn: '2026-10-02',
    party: '港クリニック',
    person: '山田 太郎'
  })
  await expect(page.getByText('提供者の住所を入力してください')).toBeVisible()
  const form = page.getByRole('form', { name: '記録の作成' })
  await form.getByRole('textbox', { name: '提供者の住所' }).fill('東京都港区芝1-1-1')
  await form.getByRole('textbox', { name: '提供者がデータを取得した経緯' }).fill('本人から取得(紹介状)')
  await form.getByRole('button', { name: '記録を作成' }).click()
  await expect(page.getByRole('status')).toHaveText('記録を作成しました。')

  await addRecord(page, {
    direction: '第三者への提供(提供記録)',
    recordedOn: '2023-04-10',
    party: '古い提供先',
    person: '鈴木 花子'
  })
  const table = page.getByRole('table', { name: '提供・確認記録の一覧' })
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('row', { name: /古い提供先/ })).toContainText('2026/04/09(木) 保存期間経過')
  await expect(table.getByRole('row', { name: /虎ノ門総合病院/ })).toContainText('2029/09/30(日)')
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'provisions')

  await expect(page.getByText('保存期間を過ぎた記録: 1件')).toBeVisible()
  await page.getByRole('button', { name: '保存期間を過ぎた記録を削除' }).click()
  await expect(page.getByRole('status').filter({ hasText: '削除' })).toHaveText(
    '保存期間を過ぎた記録を1件削除しました。'
  )
  await expect(table.getByRole('row')).toHaveCount(3)

  await page.evaluate((id) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = `#/requests/${id}`
  }, request.id)
  const mine = page.getByRole('table', { name: 'この方の記録' })
  await expect(mine.getByRole('row')).toHaveCount(3)
  await page.getByRole('link', { name: '通知書の別紙(記録の一覧)を印刷する' }).click()
  const sheet = page.getByRole('article', { name: /第三者提供記録/ })
  await expect(sheet).toContainText('山田 太郎 様に係る記録 2件')
  await expect(sheet).toContainText('港クリニック / 東京都港区芝1-1-1')
  await expect(sheet).not.toContainText('鈴木 花子')
  await shot(page, 'provisions-enclosure')

  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await expect(page.getByRole('table')).toContainText('保存期間を過ぎた提供・確認記録 1件を削除')
})
