import { expect, test } from '@playwright/test'
import { startAsFirstManager, RECEPTION } from './helpers'
import { printCount, stubPrint } from './letter-helpers'
import { seedKindRequest } from './records-helpers'
import { addReceptionInSettings, shot, switchTo } from './workflow-helpers'

const TODAY = new Date('2026-11-25T10:00:00+09:00')

test('a manager records a leak: deadlines on the home page, report items, a 速報, a notice letter and the citing request', async ({
  page
}) => {
  await page.clock.setFixedTime(TODAY)
  await stubPrint(page)
  await startAsFirstManager(page)
  const cited = await seedKindRequest(page, {
    name: '漏洩 花子',
    receivedOn: '2026-11-24',
    kind: 'suspension',
    grounds: ['suspension-5']
  })
  const unrelated = await seedKindRequest(page, { name: '無関係 太郎', receivedOn: '2026-11-24', kind: 'disclosure' })

  await page.getByRole('navigation').getByRole('link', { name: '漏えい等' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '漏えい等の事案' })).toBeVisible()
  const open = page.getByRole('form', { name: '事案の登録' })
  await open.getByRole('textbox', { name: '事案の名前' }).fill('紹介状の誤送付')
  await open.getByLabel('把握した日時').fill('2026-11-18T15:20')
  await open.getByRole('checkbox', { name: /要配慮個人情報の漏えい等/ }).check()
  await open.getByRole('button', { name: '事案を登録' }).click()

  // Known Wed 11-18: 速報 3 business days → Sat 11-21 (4 days over); 確報 day 30 → Thu 12-17.
  await expect(page.getByRole('heading', { level: 1, name: '紹介状の誤送付' })).toBeVisible()
  await expect(page.getByText('把握した日時').locator('xpath=following-sibling::dd')).toHaveText('2026/11/18(水) 15:20')
  await expect(page.getByText('速報の目標日').locator('xpath=following-sibling::dd')).toHaveText(
    '2026/11/21(土) 期限超過 4日'
  )
  await expect(page.getByText('確報の期限').locator('xpath=following-sibling::dd')).toHaveText(
    '2026/12/17(木) 残り22日'
  )

  const report = page.getByRole('form', { name: '報告事項' })
  await report.getByRole('textbox', { name: '(1) 概要' }).fill('他院宛ての紹介状を別の患者さんに誤って手渡した。')
  await report.getByRole('textbox', { name: /\(3\) 本人の数/ }).fill('1名')
  await report.getByRole('button', { name: '報告事項を保存' }).click()
  await expect(page.getByRole('status')).toHaveText('報告事項を保存しました。')

  await page.getByRole('navigation').getByRole('link', { name: 'ホーム' }).click()
  const dash = page.getByRole('region', { name: /^漏えい等の報告期限/ })
  await expect(dash.getByRole('listitem')).toHaveText([
    '紹介状の誤送付速報 2026/11/21(土) 期限超過 4日確報 2026/12/17(木) 残り22日'
  ])
  await expect(dash.locator('.badge-danger')).toHaveText('期限超過 4日')
  await shot(page, 'incident-home')
  await dash.getByRole('link', { name: '紹介状の誤送付' }).click()

  const add = page.getByRole('form', { name: '報告の記録を追加' })
  await add.getByRole('combobox', { name: '報告の種類' }).selectOption({ label: '速報' })
  await add.getByLabel('報告日').fill('2026-11-25')
  await add.getByRole('textbox', { name: '受付番号' }).fill('PPC-2026-00123')
  await add.getByRole('button', { name: '報告を記録' }).click()
  await expect(page.getByRole('list', { name: '報告の記録' })).toHaveText(
    /速報 2026\/11\/25\(水\) 受付番号 PPC-2026-00123/
  )
  await expect(page.getByText('速報の目標日').locator('xpath=following-sibling::dd')).toHaveText('報告済')

  const notice = page.getByRole('form', { name: '本人への通知を追加' })
  await notice.getByRole('textbox', { name: '通知した本人の氏名' }).fill('誤渡 一郎')
  await notice.getByRole('button', { name: '通知を記録' }).click()
  await expect(page.getByRole('list', { name: '通知した本人' })).toHaveText(
    /誤渡 一郎 様 2026\/11\/25\(水\) 書面\(郵送\)/
  )

  const link = page.getByRole('form', { name: '請求の紐づけ' })
  await link.getByRole('textbox', { name: '受付番号' }).fill(unrelated.receiptNo)
  await link.getByRole('button', { name: '請求を紐づける' }).click()
  await expect(page.getByRole('alert')).toContainText('紐づけられません')
  await link.getByRole('textbox', { name: '受付番号' }).fill(cited.receiptNo)
  await link.getByRole('button', { name: '請求を紐づける' }).click()
  await expect(page.getByRole('list', { name: '紐づいた請求' }).getByRole('link')).toHaveText([cited.receiptNo])
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'incident-page')

  await page.getByRole('link', { name: '本人への通知文(ひな形)を開く' }).click()
  await page.getByRole('textbox', { name: '宛名(本人の氏名)' }).fill('誤渡 一郎')
  const letter = page.getByRole('article', { name: /個人情報の漏えい等に関するお知らせとお詫び/ })
  await expect(letter).toContainText('誤渡 一郎 様')
  await expect(letter).toContainText('他院宛ての紹介状を別の患者さんに誤って手渡した。')
  await expect(letter).not.toContainText('1名')
  await page.getByRole('button', { name: '印刷する' }).click()
  await expect(page.getByRole('status')).toHaveText('印刷しました。')
  expect(await printCount(page)).toBe(1)

  await page.getByRole('link', { name: '事案の画面に戻る' }).click()
  await page.getByRole('link', { name: 'A4で印刷する' }).click()
  const sheet = page.getByRole('article', { name: /漏えい等の事案の記録/ })
  await expect(sheet).toContainText('(3) 本人の数')
  await expect(sheet).toContainText('速報 2026/11/25 受付番号 PPC-2026-00123')
  await shot(page, 'incident-print')

  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await expect(page.getByRole('table')).toContainText('速報の報告を記録')
  await expect(page.getByRole('table')).toContainText(`請求 ${cited.receiptNo} を紐づけ`)
})

test('reception has no incidents menu and the page refuses them', async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
  await startAsFirstManager(page)
  await addReceptionInSettings(page)
  await switchTo(page, RECEPTION)
  await expect(page.getByRole('navigation').getByRole('link', { name: '漏えい等' })).toHaveCount(0)
  await page.evaluate(() => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = '#/incidents'
  })
  await expect(page.getByRole('alert')).toHaveText('漏えい等の事案は管理者のみが扱えます。')
})
