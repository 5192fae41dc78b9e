import { expect, test, type Locator } from '@playwright/test'
import { MANAGER, fillDisclosureIntake, login, startAsFirstManager } from './helpers'

/** WCAG contrast ratio of two computed 'rgb(r, g, b)' colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = (c.match(/\d+/g) ?? []).map(Number).map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

type Ring = { color: string; width: string; offset: string; style: string }
type Styles = { outlineColor: string; outlineWidth: string; outlineOffset: string; outlineStyle: string }

const ring = (l: Locator): Promise<Ring> =>
  l.evaluate((el) => {
    const s = (globalThis as unknown as { getComputedStyle: (e: unknown) => Styles }).getComputedStyle(el)
    return { color: s.outlineColor, width: s.outlineWidth, offset: s.outlineOffset, style: s.outlineStyle }
  })

test('focus lands on the main heading after login, navigation, saving and opening a request', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('button', { name: 'ロック' }).click()
  await login(page, MANAGER)
  await expect(page.getByRole('heading', { level: 1, name: '受付簿' })).toBeFocused()

  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '新規受付' })).toBeFocused()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: 'S55.4.1' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /2026-0001/ })).toBeFocused()

  await page.getByRole('link', { name: '受付簿に戻る' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '受付簿' })).toBeFocused()
  const row = page.getByRole('link', { name: '2026-0001' })
  await row.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /2026-0001/ })).toBeFocused()
})

test('a skip link leads to the main content, and focus rings are visible, unclipped and at least 3:1', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('button', { name: '受付を登録' }).click()
  // The save's own navigation to the request page comes first; going to 受付簿 before it lands would be undone.
  await expect(page.getByRole('status').filter({ hasText: 'で登録しました' })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()

  // From the page's heading, going back through the menu reaches the skip link first in the page.
  const skip = page.getByRole('link', { name: '本文へ移動' })
  await expect(skip).not.toBeInViewport()
  await skip.focus()
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await skip.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: '受付簿' })).toBeFocused()

  // A register row's link: drawn inside the clipped cell, dark enough on white.
  const link = page.getByRole('link', { name: '2026-0001' })
  await link.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  const r = await ring(link)
  expect(r.style).toBe('solid')
  expect(r.width).toBe('3px')
  expect(r.offset).toBe('-3px')
  expect(contrast(r.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3)

  // The menu on the dark bar gets a light ring.
  const menu = page.getByRole('navigation').getByRole('link', { name: 'ホーム' })
  await menu.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  const m = await ring(menu)
  expect(contrast(m.color, 'rgb(18, 58, 99)')).toBeGreaterThanOrEqual(3)
})
