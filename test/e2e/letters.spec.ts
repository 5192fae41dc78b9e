// Every letter template, end to end: seeded to an approved decision, previewed on the letter page, printed to PDF
// through print media and read back with poppler — the text staff and the person will see, on one A4 page.
import { expect, test } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import { NOW, flatten, letterPdf, openRequestPage, pdfToPng, seedLetterRequest, type Scenario } from './letter-helpers'

const POLICY_GROUNDS = {
  nd1: '（1）利用者等又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合',
  nd2: '（2）当法人の業務の適正な実施に著しい支障を及ぼすおそれがある場合',
  sp4: '（4）当法人が利用者等の個人情報を利用する必要がなくなった場合',
  sp1: '（1）利用目的の範囲を超えて取り扱われている場合'
}

interface Case extends Scenario {
  template: string
  title: string
  addressee: string
  expected: string[]
}

const agent = { type: 'legalAgent', agentName: '山田 花子', agentKana: 'ヤマダ ハナコ', relation: '母' }

const CASES: Case[] = [
  {
    template: 'purposeNotice',
    title: '利用目的通知書',
    addressee: '山田 太郎 様',
    intake: { kind: 'purpose', fee: 500 },
    decision: { outcome: 'notify' },
    expected: ['（8）利用者のサイト閲覧履歴やサービス利用状況', '500円']
  },
  {
    template: 'disclosureDecision',
    title: '開示決定通知書',
    addressee: '山田 花子 様',
    intake: { requester: agent, dataCategories: ['medicalRecord'], disclosureMethod: 'paper', fee: 1000 },
    doctorOpinion: '開示して差し支えない',
    decision: { outcome: 'fullDisclosure', disclosureDate: '2026-12-01' },
    expected: ['山田 太郎 様の法定代理人として請求のありました', '令和8年12月1日', '1,000円']
  },
  {
    template: 'partialOrNonDisclosure',
    title: '一部開示決定通知書',
    addressee: '山田 太郎 様',
    intake: { disclosureMethod: 'paper' },
    decision: {
      outcome: 'partialDisclosure',
      groundIds: ['nonDisclosure-1', 'nonDisclosure-2'],
      reason: '記録に第三者の情報が含まれるため、その部分を開示しないこととしました。',
      withheldParts: '問い合わせ履歴のうち、第三者に関する記載'
    },
    expected: [
      POLICY_GROUNDS.nd1,
      POLICY_GROUNDS.nd2,
      '記録に第三者の情報が含まれるため、その部分を開示しないこととしました。',
      '問い合わせ履歴のうち、第三者に関する記載',
      '苦情の申出先'
    ]
  },
  {
    template: 'noDataNotice',
    title: '保有個人データ不存在通知書',
    addressee: '山田 太郎 様',
    intake: { kind: 'thirdPartyRecord', disclosureMethod: 'paper' },
    decision: { outcome: 'noData', reason: '第三者へ提供した記録はありません。' },
    expected: ['第三者へ提供した記録はありません。', '苦情の申出先']
  },
  {
    template: 'correctionDecision',
    title: '訂正等決定通知書',
    addressee: '山田 太郎 様',
    intake: { kind: 'correction', details: '予約履歴の来院日を訂正してほしい' },
    decision: {
      outcome: 'notDone',
      reason: '予約システムの記録と受付簿の記録が一致しており、誤りは認められませんでした。'
    },
    expected: [
      '予約システムの記録と受付簿の記録が一致しており、誤りは認められませんでした。',
      '予約履歴の来院日を訂正してほしい'
    ]
  },
  {
    template: 'suspensionDecision',
    title: '利用停止等決定通知書',
    addressee: '山田 太郎 様',
    intake: { kind: 'suspension', requestGrounds: ['suspension-4'] },
    decision: {
      outcome: 'alternative',
      groundIds: ['suspension-4'],
      actionTaken: '予約履歴の閲覧を管理者のみに制限しました。',
      reason: '法令上の保存期間中のため、消去が困難です。'
    },
    expected: [
      POLICY_GROUNDS.sp4,
      '予約履歴の閲覧を管理者のみに制限しました。',
      '法令上の保存期間中のため、消去が困難です。'
    ]
  },
  {
    template: 'thirdPartyStopDecision',
    title: '第三者提供停止決定通知書',
    addressee: '山田 太郎 様',
    intake: { kind: 'thirdPartyStop', requestGrounds: ['suspension-1'] },
    decision: { outcome: 'done', groundIds: ['suspension-1'], actionTaken: '共同利用先への提供を停止しました。' },
    expected: [POLICY_GROUNDS.sp1, '共同利用先への提供を停止しました。']
  },
  {
    template: 'optOutNotice',
    title: '配信停止のお知らせ',
    addressee: '山田 太郎 様',
    intake: { kind: 'marketingOptOut', dataCategories: ['mailings'] },
    decision: { outcome: 'done', actionTaken: 'メールマガジンとダイレクトメールの送付を停止しました。' },
    expected: ['メールマガジンとダイレクトメールの送付を停止しました。']
  },
  {
    template: 'bereavedDecision',
    title: '診療情報の提供について',
    addressee: '山田 一郎 様',
    intake: {
      kind: 'bereaved',
      requester: { type: 'bereaved', agentName: '山田 一郎', agentKana: 'ヤマダ イチロウ', relation: '長男' },
      dataCategories: ['medicalRecord'],
      disclosureMethod: 'paper'
    },
    doctorOpinion: '提供して差し支えない',
    decision: { outcome: 'provided', disclosureDate: '2026-12-02' },
    expected: ['故 山田 太郎 様の診療情報の提供について', '令和8年12月2日']
  },
  {
    template: 'complaintAnswer',
    title: '苦情・相談への回答書',
    addressee: '山田 太郎 様',
    intake: { kind: 'complaint', dataCategories: [], details: '受付で氏名を大きな声で呼ばれた' },
    decision: { outcome: 'answered', actionTaken: '受付での呼出しを番号札で行うよう改めました。' },
    expected: ['受付での呼出しを番号札で行うよう改めました。']
  },
  {
    template: 'identityDocsRequest',
    title: '本人確認書類ご提出のお願い',
    addressee: '山田 太郎 様',
    intake: {},
    stop: 'identityPending',
    expected: ['個人番号（マイナンバー）', '顔写真付きの書類1点']
  }
]

test.describe('every letter template prints on one A4 page with what the letter must say', () => {
  for (const c of CASES) {
    test(`${c.title} (${c.template})`, async ({ page }, testInfo) => {
      await page.clock.setFixedTime(NOW)
      await startAsFirstManager(page)
      const id = await seedLetterRequest(page, c)
      await openRequestPage(page, id)
      const panel = page.getByRole('region', { name: '通知書' })
      await expect(panel).toContainText(c.title)
      await panel.getByRole('link', { name: 'プレビュー' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`${c.title}のプレビュー`)
      await expect(page.getByRole('button', { name: '印刷して発行' })).toBeVisible()
      await expect(page.getByRole('article', { name: /印刷される内容/ })).toContainText('以上')

      const pdf = await letterPdf(page, testInfo, c.template)
      if (process.env.LETTER_PNG_DIR) pdfToPng(pdf.path, `${process.env.LETTER_PNG_DIR}/${c.template}`)
      for (const s of [
        '桜恵個第2026-0001-1号',
        '令和8年11月25日',
        c.addressee,
        '医療法人社団桜恵会',
        '代表者 上原 恵理',
        c.title,
        '記',
        '美容×医療のオープンカンファレンス 事務局',
        '電話 03-6450-1471',
        '以上',
        ...c.expected
      ]) {
        expect(pdf.flat, `「${s}」 is in the PDF`).toContain(flatten(s))
      }
      // The app's own screen (menu bar, buttons) is not printed.
      expect(pdf.flat).not.toContain('印刷して発行')
      expect(pdf.flat).not.toContain(flatten('開示等請求 受付簿'))
      expect(pdf.flat).not.toContain('ロック')
      expect(pdf.pages).toBe(1)
      // A4 is 595.28 x 841.89 pt; Chromium rounds to whole CSS pixels.
      const [w, h] = pdf.pageSize.split(' x ').map(parseFloat)
      expect(Math.abs((w ?? 0) - 595.28)).toBeLessThan(1)
      expect(Math.abs((h ?? 0) - 841.89)).toBeLessThan(1)
      // The bundled serif is embedded as real CID TrueType subsets, not Type 3 bitmaps.
      expect(pdf.fonts).toMatch(/NotoSerifJP.*CID TrueType/)
      expect(pdf.fonts).not.toMatch(/Type 3/)
    })
  }
})

test('a letter with long content continues cleanly on a second A4 page', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  const reason = Array.from(
    { length: 14 },
    (_, i) =>
      `${i + 1}. 予約システムの${i + 1}件目の記録を確認したところ、来院日・予約日時・担当者の記載はいずれも受付時の記録と一致しており、訂正すべき誤りは認められませんでした。`
  ).join('\n')
  const id = await seedLetterRequest(page, {
    intake: { kind: 'correction', details: '予約履歴の来院日を訂正してほしい' },
    decision: { outcome: 'notDone', reason }
  })
  await openRequestPage(page, id)
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()
  // The whole reason is drawn before printing (on a busy machine the preview can still be filling in).
  await expect(page.getByText('14. 予約システムの14件目の記録', { exact: false })).toBeVisible()
  const pdf = await letterPdf(page, testInfo, 'long-correction')
  if (process.env.LETTER_PNG_DIR) pdfToPng(pdf.path, `${process.env.LETTER_PNG_DIR}/long-correction`)
  expect(pdf.pages).toBe(2)
  const [first = '', second = ''] = pdf.text.split('\f').map(flatten)
  expect(first).toContain('桜恵個第2026-0001-1号')
  expect(first).toContain('訂正等決定通知書')
  // Every line of the reason is printed once, whole, and the letter ends on the second page.
  for (const line of reason.split('\n')) expect(pdf.flat.split(flatten(line)).length - 1).toBe(1)
  // The continuation page names the letter (文書番号) and 2/2; the first page carries no page mark.
  expect(first).not.toContain('1/2')
  expect(second.startsWith(flatten('桜恵個第2026-0001-1号\u30002/2'))).toBe(true)
  expect(second).toContain('お問い合わせ窓口')
  expect(second.endsWith('以上')).toBe(true)
  // The second page never holds only the closing: the reason continues there.
  expect(second).toContain(flatten('14. 予約システムの14件目'))
})
