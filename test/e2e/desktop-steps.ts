// The steps of the Windows workflow's Electron suite (test/electron), shared with a browser test here
// (desktop-steps.spec.ts) so that a change to these screens breaks the Linux CI, not only the Windows run.
import { expect, type Page } from '@playwright/test'
import { MANAGER, fillDisclosureIntake, login } from './helpers'

/** The first request of a new register, by the person themself. */
export async function saveFirstIntake(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText(/受付番号 \d{4}-0001 で登録しました/u)).toBeVisible()
}

/** Documents missing at the counter: 不備あり is recorded and the letter asking for them is previewed. */
export async function previewDocumentRequestLetter(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: '対応' })
  await panel.getByRole('radio', { name: /^不備あり/u }).check()
  await panel.getByRole('button', { name: '本人確認を記録' }).click()
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).first().click()
}

/** Issues the previewed letter as PDF through main (whose save dialog the caller has answered). */
export async function issueLetterAsPdf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'PDFに保存して発行' }).click()
  await expect(page.getByRole('status')).toContainText('で発行しました')
}

/** The register lists the first request. */
export async function expectFirstRequestInRegister(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByRole('link', { name: /\d{4}-0001/u })).toBeVisible()
}

/** After a restart: the manager signs in and the register opens. */
export async function loginAsManager(page: Page, timeout?: number): Promise<void> {
  await expect(page.getByRole('radio', { name: MANAGER.name })).toBeVisible({ timeout })
  await login(page, MANAGER)
  await expect(page.getByRole('heading', { name: '受付簿' })).toBeVisible()
}
