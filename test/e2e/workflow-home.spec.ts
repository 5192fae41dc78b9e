import { expect, test, type Page } from '@playwright/test'
import { MANAGER, RECEPTION, startAsFirstManager } from './helpers'
import { addReceptionInSettings, seedRequest, shot, switchTo } from './workflow-helpers'

const TODAY = new Date('2026-11-25T10:00:00+09:00')

/** Targets are received + 14 days: 11-05 is overdue, 11-12 is due tomorrow, 11-01 is 10 days over. */
async function seedHomeData(page: Page) {
  return {
    overdue: await seedRequest(page, { name: '期限 超子', receivedOn: '2026-11-05', step: 'investigating' }),
    soon: await seedRequest(page, { name: '間近 次郎', receivedOn: '2026-11-12', step: 'received' }),
    awaiting: await seedRequest(page, { name: '承認 待子', receivedOn: '2026-11-24', step: 'awaitingApproval' }),
    held: await seedRequest(page, { name: '保留 三郎', receivedOn: '2026-11-01', step: 'onHold' }),
    later: await seedRequest(page, { name: '余裕 四郎', receivedOn: '2026-11-24', step: 'received' })
  }
}

const section = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^${title}`) })

test('the home page lists overdue, due within 3 days, awaiting approval and on hold, with counts, masked names and days left', async ({
  page
}) => {
  await page.clock.setFixedTime(TODAY)
  await startAsFirstManager(page)
  const seeded = await seedHomeData(page)
  await page.getByRole('navigation').getByRole('link', { name: 'ホーム' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '今日の受付簿' })).toBeVisible()

  // A manager sees approvals first.
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('承認待ち1件')
  await expect(section(page, '承認待ち').getByRole('listitem')).toHaveText([
    `${seeded.awaiting.receiptNo}保有個人データの開示承認 ○○残り13日`
  ])
  const overdue = section(page, '期限超過')
  await expect(overdue.getByRole('heading')).toHaveText('期限超過2件')
  await expect(overdue.getByRole('listitem')).toHaveText([
    `${seeded.held.receiptNo}保有個人データの開示保留 ○○期限超過 10日法定目安超過 10日`,
    `${seeded.overdue.receiptNo}保有個人データの開示期限 ○○期限超過 6日法定目安超過 6日`
  ])
  await expect(section(page, '3日以内に期限').getByRole('listitem')).toHaveText([
    `${seeded.soon.receiptNo}保有個人データの開示間近 ○○残り1日`
  ])
  await expect(section(page, '保留中').getByRole('listitem')).toHaveText([
    `${seeded.held.receiptNo}保有個人データの開示保留 ○○期限超過 10日法定目安超過 10日`
  ])
  await expect(page.getByText(seeded.later.receiptNo)).toHaveCount(0)
  await expect(page.getByText('期限 超子')).toHaveCount(0)
  await shot(page, 'home-manager')

  await section(page, '3日以内に期限').getByRole('link', { name: seeded.soon.receiptNo }).click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(seeded.soon.receiptNo) })).toBeVisible()
})

test('reception sees the same lists with approvals last and a note that a manager approves', async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
  await startAsFirstManager(page)
  await seedHomeData(page)
  await addReceptionInSettings(page)
  await switchTo(page, RECEPTION)
  await page.getByRole('navigation').getByRole('link', { name: 'ホーム' }).click()
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('期限超過2件')
  await expect(page.getByRole('heading', { level: 2 }).last()).toHaveText('承認待ち1件')
  await expect(section(page, '承認待ち')).toContainText('承認は管理者が行います。')
  await expect(page.getByText(`${RECEPTION.name}さん`)).toBeVisible()
  await expect(page.getByText(`${MANAGER.name}さん`)).toHaveCount(0)
  await shot(page, 'home-reception')
})
