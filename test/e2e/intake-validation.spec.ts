import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
})

test('an empty intake shows Japanese messages on each missing field and saves nothing', async ({ page }) => {
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('氏名を入力してください')).toBeVisible()
  await expect(page.getByText('フリガナを入力してください')).toBeVisible()
  await expect(page.getByText('生年月日を入力してください(例: S30.5.10、1955-05-10)')).toBeVisible()
  await expect(page.getByText('開示の方法を選んでください')).toBeVisible()
  await expect(page.getByRole('textbox', { name: '氏名', exact: true })).toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByText('0件', { exact: true })).toBeVisible()
})

test('a My Number in the notes, kanji in the reading and a malformed phone are refused with what to do', async ({
  page
}) => {
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: '山田 太郎', birth: '1980-04-01' })
  await page.getByRole('textbox', { name: '電話番号' }).fill('03-12')
  await page.getByRole('textbox', { name: '備考(請求の詳細)' }).fill('個人番号 1234 5678 9012 を提示')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('フリガナはカタカナまたはひらがなで入力してください')).toBeVisible()
  await expect(page.getByText('電話番号の桁数が合いません', { exact: false })).toBeVisible()
  await expect(
    page.getByText('個人番号(マイナンバー)と思われる12桁の数字は記録できません', { exact: false })
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: '新規受付' })).toBeVisible()

  // Once corrected, the same form saves and gets the first number: nothing was taken by the refused attempts.
  await page.getByRole('textbox', { name: 'フリガナ', exact: true }).fill('やまだ たろう')
  await page.getByRole('textbox', { name: '電話番号' }).fill('03-6450-1471')
  await page.getByRole('textbox', { name: '備考(請求の詳細)' }).fill('本人確認書類は窓口で提示')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('status')).toContainText('受付番号 2026-0001 で登録しました')
})

test('an agent request asks for the agent and relation; a correction request has no fee field', async ({ page }) => {
  await page.getByRole('combobox', { name: '請求者の区分' }).selectOption({ label: '任意代理人' })
  await fillDisclosureIntake(page, { name: '山田 花子', kana: 'ヤマダ ハナコ', birth: '1950-01-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('請求者(代理人・遺族)の氏名を入力してください')).toBeVisible()
  await expect(page.getByText('本人との関係を入力してください(例: 長男、成年後見人)')).toBeVisible()

  await expect(page.getByRole('textbox', { name: '手数料(円)' })).toBeVisible()
  await page.getByRole('combobox', { name: '請求の種類' }).selectOption({ label: '訂正・追加・削除' })
  await expect(page.getByRole('textbox', { name: '手数料(円)' })).toHaveCount(0)
  await expect(page.getByRole('radiogroup', { name: '開示の方法' })).toHaveCount(0)
  await page.getByRole('combobox', { name: '請求の種類' }).selectOption({ label: '苦情' })
  await expect(page.getByRole('group', { name: '対象となる情報' })).toHaveCount(0)
})
