// Letters that look typeset: the longest realistic content of a template stays on one A4 page, and the 宛名 and
// sender block wrap only between whole segments (words, names with 様, address parts) — checked on the PDF's
// own lines (pdftotext -layout) against the segments the page printed.
import { expect, test, type Page } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import { NOW, flatten, letterPdf, openRequestPage, pdfToPng, seedLetterRequest, type Scenario } from './letter-helpers'
import type { RegisterHooks as Hooks } from './registerHooks'

const LAWYER = {
  type: 'voluntaryAgent',
  agentName: '東京中央総合法律事務所 弁護士 長谷川 慎太郎',
  agentKana: 'ハセガワ シンタロウ',
  relation: '代理人弁護士',
  postalCode: '100-0005',
  address: '東京都千代田区丸の内一丁目1番1号 丸の内センタービル12階',
  phone: '03-1234-5678',
  email: ''
}

async function longLetterhead(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const r = (globalThis as unknown as { __register: Hooks }).__register
    const [first] = await r.listStaff(r.ctx)
    if (!first) throw new Error('no staff')
    const s = await r.loadSettings(r.ctx)
    await r.saveSettings(r.ctx, first, {
      ...s,
      letterhead: {
        ...s.letterhead,
        clinicName: '桜恵会 虎ノ門メディカルクリニック',
        postalCode: '105-0001',
        address: '東京都港区虎ノ門4丁目3番10号 虎ノ門きよしビル3階'
      }
    })
  })
}

/** Every chunk of text on the block's lines is a run of whole segments: no line starts inside a word. */
function expectWholeSegments(layoutText: string, segments: string[], title: string): void {
  const segs = segments.map(flatten).filter((s) => s !== '')
  const lines = layoutText.split('\n')
  const start = lines.findIndex((l) => segs.some((s) => flatten(l).includes(s)))
  const end = lines.findIndex((l) => flatten(l).includes(flatten(title)))
  expect(start).toBeGreaterThan(-1)
  const chunks = lines
    .slice(start, end)
    .flatMap((l) => l.trim().split(/\s{2,}/))
    .map(flatten)
    .filter((c) => c !== '')
  for (const chunk of chunks) {
    let rest = chunk
    while (rest !== '') {
      const seg = segs.find((s) => rest.startsWith(s))
      expect(seg, `「${chunk}」 is made of whole segments (stuck at 「${rest}」)`).toBeDefined()
      rest = rest.slice(seg?.length ?? rest.length)
    }
  }
}

const ALTERNATIVE: Scenario = {
  intake: { kind: 'suspension', requester: LAWYER, requestGrounds: ['suspension-1', 'suspension-4'] },
  decision: {
    outcome: 'alternative',
    groundIds: ['suspension-1', 'suspension-4'],
    actionTaken:
      '予約履歴および問い合わせ履歴について、閲覧できる職員を個人情報保護責任者と事務長の2名に限定し、今後のダイレクトメール・メールマガジン等の送付対象から除外する設定を行いました。',
    reason:
      '診療に関する記録は医師法および療養担当規則により一定期間の保存が義務付けられており、保存期間中に消去することができないため、利用を停止する代わりに上記の措置を講じることといたしました。'
  }
}

test('a realistic 代替措置 letter to a lawyer fits one A4 page, and its 宛名 and sender wrap only between whole words', async ({
  page
}, testInfo) => {
  await page.clock.setFixedTime(NOW)
  await startAsFirstManager(page)
  await longLetterhead(page)
  const id = await seedLetterRequest(page, ALTERNATIVE)
  await openRequestPage(page, id)
  await page.getByRole('region', { name: '通知書' }).getByRole('link', { name: 'プレビュー' }).click()
  const sheet = page.getByRole('article', { name: /印刷される内容/ })
  await expect(sheet).toContainText('以上')
  const segments = await sheet.locator('.letter-window .seg, .letter-parties .seg, .letter-head p').allInnerTexts()
  const pdf = await letterPdf(page, testInfo, 'alternative-lawyer')
  if (process.env.LETTER_PNG_DIR) pdfToPng(pdf.path, `${process.env.LETTER_PNG_DIR}/alternative-lawyer`)
  expect(pdf.pages).toBe(1)
  expect(pdf.flat).toContain(flatten('長谷川 慎太郎 様'))
  expect(pdf.flat).toContain(flatten('虎ノ門きよしビル3階'))
  // Brackets in Japanese text are full-width; none are half-width.
  expect(pdf.flat).toContain('（1）利用目的の範囲を超えて')
  expect(pdf.text).not.toMatch(/[()]/)
  expectWholeSegments(pdf.text, segments, '利用停止等決定通知書')
})
