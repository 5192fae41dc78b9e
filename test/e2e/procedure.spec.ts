import { expect, test } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import { openRequestPage } from './letter-helpers'
import { seedKindRequest } from './records-helpers'
import { shot } from './workflow-helpers'

test('a manager publishes two versions of the procedure; a request uses the version in force on its 受付日 and its fee table', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  const before = await seedKindRequest(page, { name: '前版 太郎', receivedOn: '2026-11-20', kind: 'disclosure' })
  const after = await seedKindRequest(page, { name: '新版 花子', receivedOn: '2026-11-25', kind: 'disclosure' })

  await page.getByRole('navigation').getByRole('link', { name: '請求手続' }).click()
  await expect(page.getByRole('alert')).toHaveText('まだ登録されていません。最初の版を登録してください。')
  const form = page.getByRole('form', { name: '新しい版' })
  await form.getByLabel('施行日(この日以後の受付に適用)').fill('2026-10-01')
  await form.getByRole('textbox', { name: '手数料(1件あたり)(円)' }).fill('500')
  await form.getByRole('button', { name: 'この版を登録' }).click()
  await expect(page.getByRole('status')).toHaveText('2026/10/01(木) 施行の版を登録しました。')

  await form.getByLabel('施行日(この日以後の受付に適用)').fill('2026-11-25')
  await form.getByRole('textbox', { name: '手数料(1件あたり)(円)' }).fill('1000')
  await form.getByRole('textbox', { name: '写し 白黒(1枚)(円)' }).fill('20')
  await form.getByRole('button', { name: 'この版を登録' }).click()
  const versions = page.getByRole('table', { name: '請求手続の版' })
  await expect(versions.getByRole('row')).toHaveText([
    '版施行日手数料(1件)状態ご案内',
    '第1版2026/10/01(木)500円旧版第1版のご案内を印刷',
    '第2版2026/11/25(水)1,000円施行中第2版のご案内を印刷'
  ])
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'procedure')

  await versions.getByRole('link', { name: '第2版のご案内を印刷' }).click()
  const guide = page.getByRole('article', { name: /保有個人データの開示等の請求手続のご案内/ })
  await expect(guide).toContainText('第2版 令和8年11月25日施行')
  await expect(guide).toContainText('1件につき 1,000円')
  await expect(guide).toContainText('白黒1枚 20円')
  await shot(page, 'procedure-guide')

  await openRequestPage(page, before.id)
  const section = page.getByRole('region', { name: '適用される請求手続' })
  await expect(section).toContainText('第1版(2026/10/01(木)施行)')
  await expect(section).toContainText('手数料 合計 500円')

  await openRequestPage(page, after.id)
  await expect(section).toContainText('第2版(2026/11/25(水)施行)')
  const calc = section.getByRole('group', { name: '手数料の計算' })
  await calc.getByRole('textbox', { name: '白黒の枚数' }).fill('15')
  await expect(calc).toContainText('写し 白黒 15枚 300円')
  await expect(calc).toContainText('手数料 合計 1,300円')
})
