import { expect, type Page } from '@playwright/test'

export const MANAGER = { name: '佐藤 管理', pin: '2468' }
export const RECEPTION = { name: '鈴木 受付', pin: '1357' }

/** A fresh app: the first manager is registered through the first-start screen. */
export async function startAsFirstManager(page: Page): Promise<void> {
  await page.goto('/')
  await registerFirstManager(page)
}

/** On a new register's first screen: registers the first manager and opens the register. */
export async function registerFirstManager(page: Page, timeout?: number): Promise<void> {
  await expect(page.getByRole('heading', { name: 'はじめに管理者を登録してください' })).toBeVisible({ timeout })
  await page.getByRole('textbox', { name: '氏名(表示名)' }).fill(MANAGER.name)
  await page.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(MANAGER.pin)
  await page.getByRole('textbox', { name: 'PIN(確認)' }).fill(MANAGER.pin)
  await page.getByRole('button', { name: '登録して始める' }).click()
  // The 復旧コード sheet for the safe comes once, before the register opens.
  await page.getByRole('button', { name: '印刷して保管しました' }).click()
  await expect(page.getByRole('heading', { name: '受付簿' })).toBeVisible()
}

export async function login(page: Page, who: { name: string; pin: string }): Promise<void> {
  await page.getByRole('radio', { name: who.name }).check()
  await page.getByLabel('PIN').fill(who.pin)
  await page.getByRole('button', { name: 'ログイン' }).click()
}

/** Fills the intake form for a disclosure request by the person themself. */
export async function fillDisclosureIntake(
  page: Page,
  person: { name: string; kana: string; birth: string }
): Promise<void> {
  await page.getByRole('combobox', { name: '請求の種類' }).selectOption({ label: '保有個人データの開示' })
  await page.getByRole('textbox', { name: '氏名', exact: true }).fill(person.name)
  await page.getByRole('textbox', { name: 'フリガナ', exact: true }).fill(person.kana)
  await page.getByRole('textbox', { name: '生年月日' }).fill(person.birth)
  await page.getByRole('checkbox', { name: 'カルテ(診療録)' }).check()
  await page.getByRole('radio', { name: '書面の交付' }).check()
}
