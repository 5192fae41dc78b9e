// Papers for the counter, as staff use them: the 受付票 right after intake (A5 and A4), the blank 開示等請求書 from
// the menu, and a request's record for the file — each printed to PDF and read back with poppler.
import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, startAsFirstManager } from './helpers'
import { NOW, flatten, letterPdf, pdfToPng, printCount, stubPrint } from './letter-helpers'

const PNG_DIR = process.env.LETTER_PNG_DIR

function pageSizeMm(pageSize: string): [number, number] {
  const [w = 0, h = 0] = pageSize.split(' x ').map(parseFloat)
  return [Math.round((w * 25.4) / 72), Math.round((h * 25.4) / 72)]
}

test('the 受付票 printed right after intake names the number, the next steps and the missing documents only', async ({
  page
}, testInfo) => {
  await stubPrint(page)
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('textbox', { name: '住所', exact: true }).fill('東京都港区虎ノ門1-2-3')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await page.getByRole('status').getByRole('link', { name: '受付票(控え)を印刷' }).click()

  await expect(page.getByRole('heading', { name: '2026-0001 受付票(控え)' })).toBeVisible()
  const a5 = await letterPdf(page, testInfo, 'receipt-a5')
  if (PNG_DIR) pdfToPng(a5.path, `${PNG_DIR}/receipt-a5`)
  expect(a5.pages).toBe(1)
  expect(pageSizeMm(a5.pageSize)).toEqual([148, 210])
  for (const s of [
    '受付票',
    '山田 太郎 様',
    '2026-0001',
    '令和8年11月25日',
    '保有個人データの開示',
    '令和8年12月9日までに決定の内容を書面でお知らせします。',
    '本人の顔写真付きの書類1点、または顔写真のない書類2点',
    '美容×医療のオープンカンファレンス 事務局',
    '電話 03-6450-1471'
  ]) {
    expect(a5.flat, `「${s}」 is on the slip`).toContain(flatten(s))
  }
  for (const s of ['1980', '虎ノ門1-2-3', 'カルテ', 'ヤマダ', '印刷', 'ロック'])
    expect(a5.flat).not.toContain(flatten(s))

  await page.getByRole('radio', { name: 'A4' }).check()
  const a4 = await letterPdf(page, testInfo, 'receipt-a4')
  expect(pageSizeMm(a4.pageSize)).toEqual([210, 297])
  expect(a4.pages).toBe(1)

  await page.getByRole('button', { name: '印刷', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('受付票を印刷しました。')
  expect(await printCount(page)).toBe(1)
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(page.getByRole('table').filter({ hasText: '操作' })).toContainText('受付票を印刷')
})

test('the blank 開示等請求書 from the menu offers every kind, the methods and fees, and asks no reason', async ({
  page
}, testInfo) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '請求書(白紙)' }).click()
  await expect(page.getByRole('heading', { name: '開示等請求書(白紙)' })).toBeVisible()
  const pdf = await letterPdf(page, testInfo, 'request-form')
  if (PNG_DIR) pdfToPng(pdf.path, `${PNG_DIR}/request-form`)
  expect(pdf.pages).toBe(1)
  expect(pageSizeMm(pdf.pageSize)).toEqual([210, 297])
  for (const s of [
    '保有個人データ開示等請求書',
    '医療法人社団桜恵会 御中',
    '利用目的の通知',
    '第三者提供記録の開示',
    '利用停止・消去',
    '遺族への診療情報の提供',
    '生年月日',
    '診察券番号',
    '本人との関係',
    '期間',
    '書面の交付',
    '電磁的記録の提供',
    '閲覧',
    '主治医からの説明を',
    '委任状と、代理人本人の身分証。',
    '請求の理由を書いていただく必要はありません。'
  ]) {
    expect(pdf.flat, `「${s}」 is on the form`).toContain(flatten(s))
  }
  expect(pdf.flat).not.toContain('苦情')
})

test('a request printed for the file is an A4 record of its fields, not the screen', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await page.getByRole('link', { name: '新規受付' }).first().click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await page
    .getByRole('navigation', { name: '印刷する書類' })
    .getByRole('link', { name: '請求の記録を印刷(A4)' })
    .click()
  const pdf = await letterPdf(page, testInfo, 'summary')
  if (PNG_DIR) pdfToPng(pdf.path, `${PNG_DIR}/summary`)
  expect(pageSizeMm(pdf.pageSize)).toEqual([210, 297])
  expect(pdf.pages).toBe(1)
  for (const s of [
    '請求の記録 2026-0001 保有個人データの開示',
    '山田 太郎',
    'カルテ(診療録)',
    '書面の交付',
    '2026/12/09'
  ]) {
    expect(pdf.flat).toContain(flatten(s))
  }
  for (const s of ['受付簿に戻る', 'PDFに保存', 'メインメニュー']) expect(pdf.flat).not.toContain(flatten(s))
})
