import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import { openRequest, seedRequest, shot, workflowPanel } from './workflow-helpers'

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${screen}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  ).toEqual([])
}

test('the workflow panel in each state and the home page have no serious accessibility violations', async ({
  page
}) => {
  test.slow() // axe runs six times over long pages
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  const received = await seedRequest(page, { name: '確認 一子', receivedOn: '2026-11-24', step: 'received' })
  const investigating = await seedRequest(page, {
    name: '調査 二郎',
    receivedOn: '2026-11-05',
    step: 'investigating',
    medical: true
  })
  const awaiting = await seedRequest(page, { name: '承認 三子', receivedOn: '2026-11-23', step: 'awaitingApproval' })
  await seedRequest(page, { name: '保留 四郎', receivedOn: '2026-11-20', step: 'onHold' })

  await page.getByRole('navigation').getByRole('link', { name: 'ホーム' }).click()
  await expect(page.getByRole('heading', { name: '承認待ち 1件' })).toBeVisible()
  await expectNoSeriousViolations(page, 'home')

  const panel = workflowPanel(page)
  await openRequest(page, received.receiptNo)
  await expectNoSeriousViolations(page, 'identity')
  await panel.getByRole('checkbox', { name: '健康保険の資格確認書・保険証' }).check()
  await panel.getByRole('radio', { name: '確認済' }).check()
  await panel.getByRole('button', { name: '本人確認を記録' }).click()
  await expect(panel.getByText('書類が足りないため「確認済」にはできません', { exact: false })).toBeVisible()
  await expectNoSeriousViolations(page, 'identity refused')
  await panel.getByRole('button', { name: '保留', exact: true }).click()
  await panel.getByRole('button', { name: '目標日の延長' }).click()
  await expectNoSeriousViolations(page, 'extend form')

  await openRequest(page, investigating.receiptNo)
  await panel.getByRole('radio', { name: '一部開示' }).check()
  await panel.getByRole('checkbox', { name: '書面の交付による開示に変更する' }).check()
  await panel.getByRole('button', { name: /決定案を提出/ }).click()
  await expect(panel.getByText('決定案を提出できません。次の点を直してください。')).toBeVisible()
  await expectNoSeriousViolations(page, 'investigation and decision with problems')
  await shot(page, 'workflow-decision-problems')

  await openRequest(page, awaiting.receiptNo)
  await expectNoSeriousViolations(page, 'approval (manager)')
  await panel.getByRole('button', { name: '承認', exact: true }).click()
  await expect(panel.getByText('通知書を発行できます')).toBeVisible()
  await expectNoSeriousViolations(page, 'approved')
})
