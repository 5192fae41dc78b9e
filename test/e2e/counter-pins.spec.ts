import { expect, test } from '@playwright/test'
import { MANAGER, RECEPTION, login } from './helpers'
import { addReceptionInSettings } from './workflow-helpers'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
})

/** The first start by hand, keeping the 復旧コード the sheet shows. */
async function firstStartKeepingCode(page: import('@playwright/test').Page): Promise<string> {
  await page.goto('/')
  await page.getByRole('textbox', { name: '氏名(表示名)' }).fill(MANAGER.name)
  await page.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(MANAGER.pin)
  await page.getByRole('textbox', { name: 'PIN(確認)' }).fill(MANAGER.pin)
  await page.getByRole('button', { name: '登録して始める' }).click()
  await expect(page.getByRole('heading', { name: '復旧コード' })).toBeVisible()
  const code = (await page.getByText(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/).textContent()) ?? ''
  await page.getByRole('button', { name: '印刷して保管しました' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return code
}

test('a manager resets a staff member’s PIN; at the next login they must choose their own', async ({ page }) => {
  await firstStartKeepingCode(page)
  await addReceptionInSettings(page)
  await page
    .getByRole('row', { name: new RegExp(RECEPTION.name) })
    .getByRole('button', { name: 'PIN を再設定' })
    .click()
  await page.getByRole('textbox', { name: '仮の PIN(数字4〜8桁)' }).fill('4444')
  await page.getByRole('button', { name: '仮の PIN にする' }).click()
  await expect(page.getByRole('status')).toContainText(`${RECEPTION.name}さんの PIN を再設定しました`)

  await page.getByRole('button', { name: 'ロック' }).click()
  await login(page, { name: RECEPTION.name, pin: '4444' })
  await expect(page.getByRole('heading', { name: '新しい PIN を決めてください' })).toBeVisible()
  await page.getByRole('textbox', { name: '管理者から伝えられた仮の PIN' }).fill('4444')
  await page.getByRole('textbox', { name: '新しい PIN(数字4〜8桁)' }).fill('8642')
  await page.getByRole('textbox', { name: '新しい PIN(確認)' }).fill('8642')
  await page.getByRole('button', { name: 'PIN を変更' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '今日の受付簿' })).toBeVisible()

  // Any staff member changes their own PIN from the top bar.
  await page.getByRole('link', { name: 'PIN を変更' }).click()
  await page.getByRole('textbox', { name: '今の PIN' }).fill('8642')
  await page.getByRole('textbox', { name: '新しい PIN(数字4〜8桁)' }).fill('9753')
  await page.getByRole('textbox', { name: '新しい PIN(確認)' }).fill('9753')
  await page.getByRole('button', { name: 'PIN を変更' }).click()
  await expect(page.getByRole('status')).toContainText('PIN を変更しました')
  await page.getByRole('button', { name: 'ロック' }).click()
  await login(page, { name: RECEPTION.name, pin: '9753' })
  await expect(page.getByText(`${RECEPTION.name}(受付)`)).toBeVisible()
})

test('the only manager, locked out, resets their PIN with the printed 復旧コード, and a manager can renew it', async ({
  page
}) => {
  const code = await firstStartKeepingCode(page)
  await page.getByRole('button', { name: 'ロック' }).click()
  for (let i = 0; i < 5; i++) await login(page, { name: MANAGER.name, pin: '0000' })
  await expect(page.getByRole('alert')).toContainText('管理者に PIN の再設定を依頼してください')

  await page.getByRole('button', { name: 'PIN を忘れたとき' }).click()
  const recover = page.getByRole('form', { name: '復旧コードによる管理者の再設定' })
  await recover.getByRole('textbox', { name: '復旧コード' }).fill(code.toLowerCase().replace(/-/g, ''))
  await recover.getByRole('textbox', { name: '新しい PIN(数字4〜8桁)' }).fill('1122')
  await recover.getByRole('textbox', { name: '新しい PIN(確認)' }).fill('1122')
  await recover.getByRole('button', { name: '復旧コードで再設定' }).click()
  await expect(page.getByRole('status').filter({ hasText: '復旧コードを再発行' })).toContainText(
    `${MANAGER.name}さんの PIN を再設定しました`
  )
  await login(page, { name: MANAGER.name, pin: '1122' })
  await expect(page.getByText(`${MANAGER.name}(管理者)`)).toBeVisible()

  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await expect(page.getByRole('main')).toContainText(`復旧コードで ${MANAGER.name} の PIN を再設定`)
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  await page.getByRole('button', { name: '復旧コードを再発行' }).click()
  await expect(page.getByRole('heading', { name: '新しい復旧コード' })).toBeVisible()
  await expect(page.getByText(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/)).not.toHaveText(code)
})
