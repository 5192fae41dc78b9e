// Fees priced from the published procedure, the 検討委員会 before withholding medical records, who may ask, and the
// inspection pack: each through the screens as staff would use them.
import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'
import { NOW, openRequestPage, seedLetterRequest } from './letter-helpers'
import { openRequest, seedRequest, shot, statusValue, workflowPanel } from './workflow-helpers'

test('a manager approves withholding part of the カルテ only after the 検討委員会 review is recorded; the doctor’s explanation is optional', async ({
  page
}) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  const id = await seedLetterRequest(page, {
    intake: { dataCategories: ['medicalRecord'], disclosureMethod: 'paper' },
    doctorOpinion: '第三者の記載部分を除き開示して差し支えない',
    stop: 'awaitingApproval',
    decision: {
      outcome: 'partialDisclosure',
      groundIds: ['nonDisclosure-1'],
      reason: '第三者の情報が含まれるため。',
      withheldParts: '紹介元からの診療情報提供書'
    }
  })
  await openRequestPage(page, id)
  const panel = workflowPanel(page)
  await expect(panel.getByRole('heading', { name: '検討委員会の検討' })).toBeVisible()

  // Approving first is refused by the state machine, whatever the screen offers.
  await panel.getByRole('button', { name: '承認', exact: true }).click()
  await expect(panel.getByRole('alert')).toContainText(
    '承認の前に、検討委員会の検討(開催日・出席者・結論)を記録してください'
  )
  await expect(statusValue(page)).toHaveText('承認待ち')

  const review = panel.getByRole('form', { name: '検討委員会の検討' })
  await review.getByLabel('開催日').fill('2026-11-25')
  await review.getByRole('textbox', { name: '出席者' }).fill('院長、事務長、主治医')
  await review.getByRole('textbox', { name: '結論' }).fill('第三者情報の部分を除き開示することが妥当')
  await review.getByRole('checkbox', { name: /医師による説明の機会を申し出る/ }).uncheck()
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'committee-review')
  await review.getByRole('button', { name: '検討結果を記録' }).click()
  await expect(panel.getByText('検討委員会の検討を記録しました。')).toBeVisible()
  await expect(panel.getByLabel('決定案')).toContainText('出席: 院長、事務長、主治医')

  await panel.getByRole('button', { name: '承認', exact: true }).click()
  await expect(statusValue(page)).toHaveText('承認済')
  const history = page.getByRole('table').filter({ hasText: '操作' })
  await expect(history.getByRole('row').filter({ hasText: '検討委員会の検討を記録(2026-11-25)' })).toHaveCount(1)
})

test('the decision’s fee is priced from the procedure in force on the 受付日, printed on the letter and recorded as received', async ({
  page
}) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '請求手続' }).click()
  const form = page.getByRole('form', { name: '新しい版' })
  await form.getByLabel('施行日(この日以後の受付に適用)').fill('2026-10-01')
  await form.getByRole('textbox', { name: '手数料(1件あたり)(円)' }).fill('500')
  await form.getByRole('textbox', { name: '写し 白黒(1枚)(円)' }).fill('20')
  await form.getByRole('button', { name: 'この版を登録' }).click()
  await expect(page.getByRole('status')).toHaveText('2026/10/01(木) 施行の版を登録しました。')

  const { receiptNo } = await seedRequest(page, { name: '手数 太郎', receivedOn: '2026-11-20', step: 'investigating' })
  await openRequest(page, receiptNo)
  const panel = workflowPanel(page)
  await panel.getByRole('radio', { name: '全部開示' }).check()
  await panel.getByRole('textbox', { name: '手数料: 白黒の写し(枚)' }).fill('15')
  await expect(panel.getByRole('status', { name: '手数料の計算結果' })).toContainText('合計 800円')
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'decision-fee')
  await panel.getByRole('button', { name: /決定案を提出/ }).click()
  await expect(statusValue(page)).toHaveText('承認待ち')
  await panel.getByRole('button', { name: '承認', exact: true }).click()
  await expect(statusValue(page)).toHaveText('承認済')
  await expect(panel.getByLabel('決定案')).toContainText('写し 白黒 15枚 300円')
  await expect(panel.getByLabel('決定案')).toContainText('合計 800円(2026/10/01(木)施行の請求手続による)')

  const receipt = panel.getByRole('form', { name: '手数料の受領' })
  await expect(receipt.getByRole('textbox', { name: '受領した金額(円)' })).toHaveValue('800')
  await receipt.getByRole('combobox', { name: '受領の方法' }).selectOption({ label: '銀行振込' })
  await receipt.getByRole('button', { name: '受領を記録' }).click()
  await expect(panel.getByText('手数料の受領を記録しました。')).toBeVisible()
  await expect(panel.getByLabel('決定案')).toContainText('800円(銀行振込)')
  await shot(page, 'fee-received')

  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).first().click()
  const letter = page.getByRole('article', { name: /印刷される内容/ })
  await expect(letter).toContainText('写し 白黒 15枚　300円')
  await expect(letter).toContainText('合計　800円')
})

test('the bereaved child’s 法定代理人 gives the relationship at intake and is asked for the 戸籍, 除籍謄本 and their authority', async ({
  page
}) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: '故人 太郎', kana: 'コジン タロウ', birth: '1940-04-01' })
  await page.getByRole('combobox', { name: '請求の種類' }).selectOption({ label: '遺族への診療情報の提供' })
  await page.getByRole('combobox', { name: '請求者の区分' }).selectOption({ label: '遺族の法定代理人' })
  await page.getByRole('textbox', { name: '請求者の氏名' }).fill('故人 花子')
  await page.getByRole('textbox', { name: '本人との関係' }).fill('孫(未成年)の母')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('遺族の続柄(配偶者・子・父母・これらに準ずる者)を選んでください')).toBeVisible()
  await page.getByRole('combobox', { name: '遺族の続柄' }).selectOption({ label: '子' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('受付番号 2026-0001 で登録しました')).toBeVisible()
  await expect(page.getByText('遺族の続柄', { exact: true }).locator('xpath=following-sibling::dd')).toHaveText('子')

  const panel = workflowPanel(page)
  await panel.getByRole('checkbox', { name: '代理人本人の身分証' }).check()
  await expect(panel.getByText('判定: まだ足りません。')).toBeVisible()
  await panel.getByRole('checkbox', { name: /戸籍謄本\(親権者であることの確認\)/ }).check()
  await panel.getByRole('checkbox', { name: /戸籍謄本 等\(患者との続柄がわかるもの\)/ }).check()
  await panel.getByRole('checkbox', { name: /除籍謄本/ }).check()
  await expect(panel.getByText('判定: 書類は足りています。')).toBeVisible()
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'bereaved-agent-identity')
})

test('a manager saves the inspection pack’s CSVs for a period and prints its cover with the audit chain head', async ({
  page
}) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await seedRequest(page, { name: '検査 一郎', receivedOn: '2026-11-20', step: 'received' })
  await page.getByRole('navigation').getByRole('link', { name: '立入検査' }).click()
  await expect(page.getByRole('heading', { name: '立入検査用の出力', level: 1 })).toBeVisible()
  await page.getByLabel('期間の開始日').fill('2026-11-01')
  await page.getByLabel('期間の終了日').fill('2026-11-30')
  const files = page.getByRole('table', { name: '出力するファイル' })
  await expect(files.getByRole('row').filter({ hasText: '受付簿(開示等の請求)' })).toContainText('1件')
  await expect(files.getByRole('row').filter({ hasText: '職員と権限' })).toContainText('1件')

  const download = page.waitForEvent('download')
  await files.getByRole('button', { name: '受付簿(開示等の請求)をCSVに保存' }).click()
  expect((await download).suggestedFilename()).toBe('立入検査_受付簿開示等の請求_2026-11-01_2026-11-30.csv')
  await expect(page.getByRole('status')).toHaveText('「受付簿(開示等の請求)」(1件)をCSVに保存しました。')

  // The whole pack in one action: every file audited, then handed over together (a browser downloads each).
  const names: string[] = []
  page.on('download', (d) => names.push(d.suggestedFilename()))
  await page.getByRole('button', { name: 'すべてのCSVを1つのフォルダーに保存' }).click()
  await expect(page.getByRole('status')).toContainText('8個のCSV')
  await expect.poll(() => names.length).toBeGreaterThanOrEqual(1)

  const cover = page.getByRole('article', { name: /立入検査用 記録一覧\(表紙\)/ })
  await expect(cover).toContainText('令和8年11月1日〜令和8年11月30日')
  await expect(cover).toContainText(/[0-9a-f]{64}/)
  await page.setViewportSize({ width: 1366, height: 768 })
  await shot(page, 'inspection')

  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await expect(page.getByText('立入検査用CSV「受付簿(開示等の請求)」(2026-11-01〜2026-11-30・1件)を出力')).toHaveCount(
    2
  )
  await expect(page.getByText('立入検査用CSV「職員と権限」(2026-11-01〜2026-11-30・1件)を出力')).toBeVisible()
})
