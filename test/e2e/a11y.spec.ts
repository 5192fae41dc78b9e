import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { fillDisclosureIntake, MANAGER, startAsFirstManager } from './helpers'

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${screen}: ${v.id} ${v.help} (${v.nodes.length})`)).toEqual([])
}

test('the first start, register, intake, request, settings and PIN screens have no serious accessibility violations', async ({
  page
}) => {
  test.slow() // axe runs over six screens
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'はじめに管理者を登録してください' })).toBeVisible()
  await expectNoSeriousViolations(page, 'first start')
  await startAsFirstManager(page)
  await expectNoSeriousViolations(page, 'register (empty)')

  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await expectNoSeriousViolations(page, 'intake')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('氏名を入力してください')).toBeVisible()
  await expectNoSeriousViolations(page, 'intake with errors')
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('heading', { name: /2026-0001/ })).toBeVisible()
  await expectNoSeriousViolations(page, 'request')

  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByRole('link', { name: '2026-0001' })).toBeVisible()
  await expectNoSeriousViolations(page, 'register (one row)')
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  await expectNoSeriousViolations(page, 'settings')

  await page.getByRole('button', { name: 'ロック' }).click()
  await expect(page.getByRole('radio', { name: MANAGER.name })).toBeVisible()
  await expectNoSeriousViolations(page, 'PIN screen')
})
