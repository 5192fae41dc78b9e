// 「使い方」 is one click or F1 away from every screen, with a section for each role and the keyboard shortcuts.
import { expect, test } from '@playwright/test'
import { startAsFirstManager } from './helpers'

test('the help page opens from the menu and with F1, with a section for each role', async ({ page }) => {
  await startAsFirstManager(page)
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '使い方' }).click()
  await expect(page.getByRole('heading', { name: '使い方', level: 1 })).toBeVisible()
  for (const role of ['受付スタッフの方へ', '管理者の方へ', '情報システム担当の方へ', 'キーボード']) {
    await expect(page.getByRole('heading', { name: role, level: 2 })).toBeVisible()
  }
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await expect(page.getByRole('heading', { name: '新規受付' })).toBeVisible()
  await page.keyboard.press('F1')
  await expect(page.getByRole('heading', { name: '使い方', level: 1 })).toBeVisible()
})
