import { expect, test } from '@playwright/test'
import { MANAGER, RECEPTION, login, startAsFirstManager } from './helpers'
import { addReceptionInSettings, shot } from './workflow-helpers'

test.use({ viewport: { width: 1366, height: 768 } })

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
})

test('what an IME types is accepted: full-width 〒 fills the address, 和暦 birth date is read back, kana stored as katakana', async ({
  page
}) => {
  const person = page.getByRole('group', { name: '本人' })
  await person.getByRole('textbox', { name: '氏名', exact: true }).fill('山田 太郎')
  await person.getByRole('textbox', { name: 'フリガナ' }).fill('やまだ　たろう')
  await person.getByRole('textbox', { name: '生年月日' }).fill('S30.5.10')
  await expect(page.getByText('昭和30年5月10日(1955-05-10) と読み取りました')).toBeVisible()
  await person.getByRole('textbox', { name: '郵便番号' }).fill('１０５ー０００１')
  await person.getByRole('textbox', { name: '電話番号' }).click()
  await expect(person.getByRole('textbox', { name: '郵便番号' })).toHaveValue('105-0001')
  await expect(person.getByRole('textbox', { name: '住所' })).toHaveValue('東京都港区虎ノ門')
  await person.getByRole('textbox', { name: '住所' }).press('End')
  await person.getByRole('textbox', { name: '住所' }).pressSequentially('4丁目3番10号')
  await person.getByRole('textbox', { name: '電話番号' }).fill('０３ー６４５０ー１４７１')
  await person.getByRole('textbox', { name: '診察券番号' }).fill('１２３４５')
  await page.getByRole('checkbox', { name: 'カルテ(診療録)' }).check()
  await page.getByRole('radio', { name: '書面の交付' }).check()
  await page.getByRole('textbox', { name: '手数料(円)' }).fill('１，０００')
  await shot(page, 'intake-filled')
  await page.getByRole('button', { name: '受付を登録' }).click()

  await expect(page.getByRole('status').filter({ hasText: '受付番号 2026-0001 で登録しました' })).toBeVisible()
  const details = page.getByRole('region', { name: '受付内容' })
  await expect(details).toContainText('ヤマダ タロウ')
  await expect(details).toContainText('〒105-0001 東京都港区虎ノ門4丁目3番10号')
  await expect(details).toContainText('03-6450-1471')
  await expect(details).toContainText('12345')
  await expect(details).toContainText('1,000円')
})

test('an empty submit focuses the first error, Enter in a text field does not submit, and fields keep their width', async ({
  page
}) => {
  const name = page.getByRole('textbox', { name: '氏名', exact: true })
  const before = await name.boundingBox()
  await name.fill('山田')
  await name.press('Enter')
  await expect(page.getByText('フリガナを入力してください')).toHaveCount(0)
  await name.fill('')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('氏名を入力してください')).toBeVisible()
  await expect(name).toBeFocused()
  await expect(name).toBeInViewport()
  expect((await name.boundingBox())?.width).toBe(before?.width)
  await shot(page, 'intake-errors')
  // The submit button stays on screen at the bottom of a 768-pixel window.
  await expect(page.getByRole('button', { name: '受付を登録' })).toBeInViewport()
})

test('a complaint by phone can be logged anonymously, with no name or birth date', async ({ page }) => {
  await page.getByRole('combobox', { name: '受付方法' }).selectOption({ label: '電話' })
  await page.getByRole('combobox', { name: '請求の種類' }).selectOption({ label: '苦情' })
  await page.getByRole('checkbox', { name: /匿名で記録する/ }).check()
  await expect(page.getByRole('textbox', { name: '氏名', exact: true })).toHaveCount(0)
  await page.getByRole('textbox', { name: '備考(請求の詳細)' }).fill('待合室の声が大きく、病名が聞こえた')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('status').filter({ hasText: '受付番号 2026-0001 で登録しました' })).toBeVisible()
  await expect(page.getByRole('region', { name: '受付内容' })).toContainText('匿名')
  await expect(page.getByRole('button', { name: '本人確認不可で終了' })).toHaveCount(0)
})

test('the lock keeps unsaved input for the same staff member; another one starts on home without it', async ({
  page
}) => {
  await addReceptionInSettings(page)
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await page.getByRole('textbox', { name: '氏名', exact: true }).fill('途中 太郎')
  await page.getByRole('textbox', { name: 'フリガナ' }).fill('とちゅう たろう')
  await page.getByRole('button', { name: 'ロック' }).click()
  await expect(page.getByText('途中 太郎')).toHaveCount(0)
  await expect(page.getByRole('status')).toContainText('別の職員がログインすると、入力途中の内容は破棄され')
  await login(page, MANAGER)
  await expect(page.getByRole('heading', { level: 1, name: '新規受付' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: '氏名', exact: true })).toHaveValue('途中 太郎')

  await page.getByRole('button', { name: 'ロック' }).click()
  await login(page, RECEPTION)
  await expect(page.getByRole('heading', { level: 1, name: '今日の受付簿' })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await expect(page.getByRole('textbox', { name: '氏名', exact: true })).toHaveValue('')
  await page.getByRole('button', { name: 'ロック' }).click()
  await login(page, MANAGER)
  await expect(page.getByRole('heading', { level: 1, name: '今日の受付簿' })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await expect(page.getByRole('textbox', { name: '氏名', exact: true })).toHaveValue('')
})
