// The Windows workflow's Electron suite (test/electron/first-run.spec.ts), step for step in Chromium, with main's
// answers given by a stand-in window.api: a change to these screens fails here first, not only on Windows.
import { expect, test } from '@playwright/test'
import { savedPdfs, withDesktopApi } from './desktop-api'
import {
  expectFirstRequestInRegister,
  issueLetterAsPdf,
  loginAsManager,
  previewDocumentRequestLetter,
  saveFirstIntake
} from './desktop-steps'
import { registerFirstManager } from './helpers'

test('the desktop suite’s steps: first manager, intake, the document-request letter as PDF, restart', async ({
  page
}) => {
  await withDesktopApi(page, { pdfPath: 'C:\\Users\\uketsuke\\Documents\\letter.pdf' })
  await page.goto('/')
  await registerFirstManager(page)
  await saveFirstIntake(page)
  await previewDocumentRequestLetter(page)
  await issueLetterAsPdf(page)
  const pdfs = await savedPdfs(page)
  expect(pdfs).toHaveLength(1)
  expect(pdfs[0]?.layout).toBe('letter')
  expect(pdfs[0]?.suggestedFileName).toMatch(/第\d{4}-0001-\d+号 本人確認書類ご提出のお願い\.pdf$/u)
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(page.getByRole('table', { name: '発行済みの通知書' })).toContainText('本人確認書類ご提出のお願い')
  await expectFirstRequestInRegister(page)

  // A restart: the page is loaded again on the same register.
  await page.reload()
  await loginAsManager(page)
  await expect(page.getByRole('link', { name: /\d{4}-0001/u })).toBeVisible()
})

test('a PDF whose save dialog was cancelled is not recorded as issued', async ({ page }) => {
  await withDesktopApi(page, {})
  await page.goto('/')
  await registerFirstManager(page)
  await saveFirstIntake(page)
  await previewDocumentRequestLetter(page)
  await page.getByRole('button', { name: 'PDFに保存して発行' }).click()
  await expect(page.getByRole('alert')).toContainText('PDFは保存されませんでした(保存先の選択が取り消されました)。')
  await expect(page.getByText('で発行しました')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'PDFに保存して発行' })).toBeEnabled()
  await page.getByRole('link', { name: '請求の画面に戻る' }).click()
  await expect(page.getByRole('table', { name: '発行済みの通知書' })).toHaveCount(0)
})
