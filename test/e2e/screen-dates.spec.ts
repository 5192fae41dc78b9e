// Dates on screens carry their weekday, and 設定 can show them in 和暦; letters keep their own setting.
import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'
import { shot } from './workflow-helpers'

test('the request page shows dates with the weekday, in 和暦 once 設定 asks for it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  const received = page.getByText('受付日', { exact: true }).locator('xpath=following-sibling::dd')
  await expect(received).toHaveText('2026/11/25(水)')
  const requestUrl = page.url()

  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  await page.getByLabel('画面の日付').selectOption({ label: '和暦(R8.11.25(水))' })
  await page.getByRole('button', { name: '設定を保存', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '設定を保存しました。' })).toBeVisible()

  await page.goto(requestUrl)
  await expect(received).toHaveText('R8.11.25(水)')
  await expect(page.getByText('目標日', { exact: true }).locator('xpath=following-sibling::dd')).toContainText(
    'R8.12.9(水)'
  )
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(
    page.getByRole('table', { name: '受付簿' }).getByRole('row').filter({ hasText: '2026-0001' })
  ).toContainText('R8.11.25(水)')
})

test('the incident and provision screens show 西暦 with the weekday by default, and 和暦 once 設定 asks for it', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)

  await page.getByRole('navigation').getByRole('link', { name: '漏えい等' }).click()
  const open = page.getByRole('form', { name: '事案の登録' })
  await open.getByRole('textbox', { name: '事案の名前' }).fill('紹介状の誤送付')
  await open.getByLabel('把握した日時').fill('2026-11-18T15:20')
  await open.getByRole('checkbox', { name: /要配慮個人情報の漏えい等/ }).check()
  await open.getByRole('button', { name: '事案を登録' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '紹介状の誤送付' })).toBeVisible()
  const incidentUrl = page.url()
  const known = page.getByText('把握した日時').locator('xpath=following-sibling::dd')
  const preliminary = page.getByText('速報の目標日').locator('xpath=following-sibling::dd')
  const final = page.getByText('確報の期限').locator('xpath=following-sibling::dd')
  await expect(known).toHaveText('2026/11/18(水) 15:20')
  await expect(preliminary).toContainText('2026/11/21(土)')
  await expect(final).toContainText('2026/12/17(木)')

  await page.getByRole('navigation').getByRole('link', { name: '提供記録' }).click()
  const form = page.getByRole('form', { name: '記録の作成' })
  await form.getByRole('combobox', { name: '記録の種類' }).selectOption({ label: '第三者への提供(提供記録)' })
  await form.getByLabel('記録の作成日').fill('2026-10-01')
  await form.getByLabel('提供日').fill('2026-10-01')
  await form.getByRole('textbox', { name: '提供先の氏名又は名称' }).fill('虎ノ門総合病院')
  await form.getByRole('textbox', { name: '本人の氏名' }).fill('山田 太郎')
  await form.getByRole('textbox', { name: '個人データの項目' }).fill('診療情報提供書')
  await form.getByRole('button', { name: '記録を作成' }).click()
  await expect(page.getByRole('status')).toHaveText('記録を作成しました。')
  const provision = page
    .getByRole('table', { name: '提供・確認記録の一覧' })
    .getByRole('row', { name: /虎ノ門総合病院/ })
  await expect(provision).toContainText('2026/10/01(木)')
  await expect(provision).toContainText('2029/09/30(日)')

  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  await page.getByLabel('画面の日付').selectOption({ label: '和暦(R8.11.25(水))' })
  await page.getByRole('button', { name: '設定を保存', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '設定を保存しました。' })).toBeVisible()

  await page.getByRole('navigation').getByRole('link', { name: '提供記録' }).click()
  await expect(provision).toContainText('R8.10.1(木)')
  await expect(provision).toContainText('R11.9.30(日)')
  await expect(provision).not.toContainText('2026/10/01')

  await page.getByRole('navigation').getByRole('link', { name: '漏えい等' }).click()
  await expect(page.getByRole('row', { name: /紹介状の誤送付/ })).toContainText(
    /R8\.11\.18\(水\)\s*R8\.11\.21\(土\).*R8\.12\.17\(木\)/u
  )
  await page.goto(incidentUrl)
  await expect(known).toHaveText('R8.11.18(水) 15:20')
  await expect(preliminary).toContainText('R8.11.21(土)')
  await expect(final).toContainText('R8.12.17(木)')
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'incident-wareki')
})
