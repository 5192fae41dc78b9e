import { expect, test } from '@playwright/test'
import { fillDisclosureIntake, MANAGER, RECEPTION, startAsFirstManager } from './helpers'
import {
  addReceptionInSettings,
  openRequest,
  seedRequest,
  shot,
  statusValue,
  switchTo,
  workflowPanel
} from './workflow-helpers'

test("an agent's disclosure request goes from intake through identity, investigation and a partial decision to a manager's approval", async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  await addReceptionInSettings(page)
  await switchTo(page, RECEPTION)

  // Intake by a voluntary agent, medical records asked for.
  await page.getByRole('navigation').getByRole('link', { name: '新規受付' }).click()
  await fillDisclosureIntake(page, { name: '山田 太郎', kana: 'ヤマダ タロウ', birth: '1980-04-01' })
  await page.getByRole('combobox', { name: '請求者の区分' }).selectOption({ label: '任意代理人' })
  await page.getByRole('textbox', { name: '請求者の氏名' }).fill('山田 一郎')
  await page.getByRole('textbox', { name: '本人との関係' }).fill('長男')
  await page.getByRole('button', { name: '受付を登録' }).click()
  await expect(page.getByText('受付番号 2026-0001 で登録しました')).toBeVisible()
  const panel = workflowPanel(page)
  await expect(panel.getByRole('note', { name: '本人確認の注意' })).toContainText(
    'マイナンバーカードは表面のみ確認し、裏面の個人番号は見ない・写さない'
  )
  await expect(panel.getByRole('note', { name: '本人確認の注意' })).toContainText(
    '保険証(資格確認書)の記号・番号は書き写さない'
  )

  // Identity at the counter: a power of attorney alone is not enough, and 確認済 is refused.
  await panel.getByRole('checkbox', { name: '委任状' }).check()
  await expect(panel.getByText('判定: まだ足りません。')).toBeVisible()
  await expect(panel.getByRole('listitem').filter({ hasText: /^代理人本人の身分証$/ })).toBeVisible()
  await panel.getByRole('radio', { name: '確認済' }).check()
  await panel.getByRole('button', { name: '本人確認を記録' }).click()
  await expect(panel.getByRole('alert')).toContainText('書類が足りないため「確認済」にはできません')
  await expect(statusValue(page)).toHaveText('受付')
  await panel.getByRole('checkbox', { name: '代理人本人の身分証' }).check()
  await panel.getByRole('checkbox', { name: '運転免許証' }).check()
  await expect(panel.getByText('判定: 書類は足りています。')).toBeVisible()
  await shot(page, 'workflow-identity')
  await panel.getByRole('button', { name: '本人確認を記録' }).click()
  await expect(statusValue(page)).toHaveText('調査中')

  // Investigation: medical records need the attending doctor's opinion.
  await panel.getByRole('textbox', { name: '調べた場所・方法' }).fill('電子カルテ、紙カルテ保管庫')
  await panel.getByRole('textbox', { name: '見つかった内容・保管場所' }).fill('2024年以降の診療録一式(電子カルテ)')
  await panel.getByRole('button', { name: '調査内容を保存' }).click()
  await expect(panel.getByText('主治医の意見を記入してください')).toBeVisible()
  await panel.getByRole('textbox', { name: '主治医の意見' }).fill('第三者の記載部分を除き開示して差し支えない')
  await panel.getByRole('textbox', { name: '主治医の氏名' }).fill('田中 医師')
  await panel.getByRole('button', { name: '調査内容を保存' }).click()
  await expect(panel.getByText('調査内容を保存しました。')).toBeVisible()

  // Decision draft: 一部開示 on ground (2); the domain's problems are shown until reason and withheld parts are given.
  await panel.getByRole('radio', { name: '一部開示' }).check()
  await panel.getByRole('checkbox', { name: '(2)当法人の業務の適正な実施に著しい支障を及ぼすおそれがある場合' }).check()
  await panel.getByRole('button', { name: /決定案を提出/ }).click()
  const problems = panel.getByRole('alert')
  await expect(problems).toContainText('本人の求めのとおりとしない理由を記入してください(個人情報保護法36条)。')
  await expect(problems).toContainText('開示(提供)しない部分を記入してください。')
  await panel
    .getByRole('textbox', { name: '理由(本人の求めのとおりとしない理由)' })
    .fill('第三者から得た情報を含み、開示すると業務に著しい支障があるため')
  await panel.getByRole('textbox', { name: '開示(提供)しない部分' }).fill('紹介元医療機関からの診療情報提供書')
  await shot(page, 'workflow-decision')
  await panel.getByRole('button', { name: /決定案を提出/ }).click()
  await expect(statusValue(page)).toHaveText('承認待ち')

  // Reception sees the draft but has no way to approve.
  await expect(panel.getByText('承認は管理者だけが行えます')).toBeVisible()
  await expect(panel.getByRole('button', { name: '承認', exact: true })).toHaveCount(0)
  await expect(panel.getByRole('button', { name: '差戻し' })).toHaveCount(0)
  await shot(page, 'workflow-approval-reception')

  // The manager takes over the PC and approves.
  await switchTo(page, MANAGER)
  await expect(statusValue(page)).toHaveText('承認待ち')
  // Withholding part of the カルテ: the 検討委員会's review is recorded before the manager can approve.
  const review = panel.getByRole('form', { name: '検討委員会の検討' })
  await review.getByRole('textbox', { name: '出席者' }).fill('院長、事務長')
  await review.getByRole('textbox', { name: '結論' }).fill('主治医の意見どおり一部不開示が妥当')
  await review.getByRole('button', { name: '検討結果を記録' }).click()
  await expect(panel.getByText('検討委員会の検討を記録しました。')).toBeVisible()
  await panel.getByRole('textbox', { name: 'コメント(差戻しの場合は必須)' }).fill('主治医の意見どおりで可')
  await shot(page, 'workflow-approval-manager')
  await panel.getByRole('button', { name: '承認', exact: true }).click()
  await expect(statusValue(page)).toHaveText('承認済')
  await expect(panel.getByText('通知書を発行できます')).toBeVisible()
  await shot(page, 'workflow-approved')

  // The history names each step and who did it; the refused attempts left nothing.
  const history = page.getByRole('table').filter({ hasText: '操作' })
  const row = (text: string) => history.getByRole('row').filter({ hasText: text })
  await expect(row('受付 2026-0001')).toContainText(RECEPTION.name)
  await expect(row('本人確認: 調査中')).toContainText(RECEPTION.name)
  await expect(row('調査内容を記録')).toContainText(RECEPTION.name)
  await expect(row('決定案を提出(承認待ち)')).toContainText(RECEPTION.name)
  await expect(row('決定を承認')).toContainText(MANAGER.name)
  await expect(row('本人確認')).toHaveCount(1)
  await expect(row('決定案を提出')).toHaveCount(1)
})

test('a reception login sees a decision awaiting approval without any approve or send-back button', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  const { receiptNo } = await seedRequest(page, {
    name: '承認 待子',
    receivedOn: '2026-11-24',
    step: 'awaitingApproval'
  })
  await addReceptionInSettings(page)
  await switchTo(page, RECEPTION)
  await openRequest(page, receiptNo)
  const panel = workflowPanel(page)
  await expect(panel.getByRole('heading', { name: '承認', exact: true })).toBeVisible()
  await expect(panel.getByLabel('決定案')).toContainText('一部開示')
  await expect(panel.getByText('承認は管理者だけが行えます')).toBeVisible()
  await expect(panel.getByRole('button', { name: '承認', exact: true })).toHaveCount(0)
  await expect(panel.getByRole('button', { name: '差戻し' })).toHaveCount(0)

  // The same request offers both to the manager.
  await switchTo(page, MANAGER)
  await expect(panel.getByRole('button', { name: '承認', exact: true })).toBeVisible()
  await expect(panel.getByRole('button', { name: '差戻し' })).toBeVisible()
})

test('a complaint can skip identity to investigation; a phone request is checked only at the counter or on posted documents', async ({
  page
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await startAsFirstManager(page)
  const complaint = await seedRequest(page, {
    name: '苦情 一子',
    receivedOn: '2026-11-25',
    step: 'received',
    kind: 'complaint'
  })
  const byPhone = await seedRequest(page, {
    name: '電話 二郎',
    receivedOn: '2026-11-25',
    step: 'received',
    channel: 'phone'
  })
  const panel = workflowPanel(page)

  await openRequest(page, complaint.receiptNo)
  await panel.getByRole('button', { name: '本人確認を省略して調査へ' }).click()
  await expect(statusValue(page)).toHaveText('調査中')
  await expect(panel.getByRole('radio', { name: '回答済' })).toBeVisible()

  await openRequest(page, byPhone.receiptNo)
  await expect(panel.getByText('電話・メール等では本人確認を完了できません')).toHaveCount(2)
  await expect(panel.getByRole('button', { name: '本人確認を省略して調査へ' })).toHaveCount(0)
  await panel.getByRole('radio', { name: '郵送で書類を受け取った' }).check()
  await panel.getByRole('checkbox', { name: '運転免許証' }).check()
  await expect(panel.getByRole('listitem').filter({ hasText: /^住民票の写しの原本\(発行後3か月以内\)$/ })).toBeVisible()
  await panel.getByRole('checkbox', { name: '住民票の写し' }).check()
  await expect(panel.getByText('判定: 書類は足りています。')).toBeVisible()
  await panel.getByRole('radio', { name: '確認済' }).check()
  await panel.getByRole('button', { name: '本人確認を記録' }).click()
  await expect(statusValue(page)).toHaveText('調査中')
  await expect(
    page.getByRole('table').filter({ hasText: '操作' }).getByRole('row').filter({ hasText: '本人確認: 調査中' })
  ).toHaveCount(1)
})
