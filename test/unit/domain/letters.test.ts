/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import { REQUEST_KINDS } from '../../../src/renderer/src/domain/catalogue'
import { groundById, quoteGround } from '../../../src/renderer/src/domain/grounds'
import {
  LETTER_TEMPLATES,
  USE_PURPOSES,
  fullWidthBrackets,
  buildLetter,
  letterContentSchema,
  type LetterContent
} from '../../../src/renderer/src/domain/letters'
import { SENT_BY, defaultSentBy } from '../../../src/renderer/src/domain/letters/record'
import type { LetterTemplateId } from '../../../src/renderer/src/domain/outcomes'
import { SENT_BY_IDS } from '../../../src/renderer/src/domain/records/request'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/renderer/src/domain/settings'
import { readPolicyText } from '../policyText'
import { MANAGER, makeDecision, makeRecord, type DecisionDraft } from '../requestFixtures'

const NUMBERING = { documentNo: '桜恵個第2026-0001-1号', issuedOn: '2026-11-25' }
const stamp = { staffId: MANAGER.id, staffName: MANAGER.name, at: '2026-11-24T01:00:00.000Z' }

function decided(d: Partial<DecisionDraft>, r: Partial<RequestRecord> = {}): RequestRecord {
  return makeRecord({
    status: 'approved',
    decision: { ...makeDecision(d), ...stamp },
    approval: { ...stamp, comment: '' },
    ...r
  })
}

const build = (id: LetterTemplateId, r: RequestRecord, s: Settings = DEFAULT_SETTINGS): LetterContent =>
  buildLetter(id, r, s, NUMBERING)
const item = (c: LetterContent, heading: string) => c.items.find((i) => i.heading === heading)

const partial = decided({
  outcome: 'partialDisclosure',
  groundIds: ['nonDisclosure-1', 'nonDisclosure-2'],
  reason: '第三者の情報が含まれるため。',
  withheldParts: '2026年5月10日の診療記録のうち、ご家族からの聴取内容'
})

describe('the letter templates', () => {
  it('have one template for every letter a kind names, with the titles the spec lists', () => {
    const named = new Set(REQUEST_KINDS.flatMap((k) => Object.values(k.letterByOutcome)))
    for (const id of named) expect(LETTER_TEMPLATES.map((t) => t.id)).toContain(id)
    expect(LETTER_TEMPLATES.map((t) => t.title)).toEqual([
      '利用目的通知書',
      '開示決定通知書',
      '一部開示・不開示決定通知書',
      '保有個人データ不存在通知書',
      '訂正等決定通知書',
      '利用停止等決定通知書',
      '第三者提供停止決定通知書',
      '配信停止のお知らせ',
      '診療情報の提供について',
      '苦情・相談への回答書',
      '本人確認書類ご提出のお願い'
    ])
  })

  it('quote the purposes of use exactly as the privacy policy lists them', () => {
    const policy = readPolicyText()
    USE_PURPOSES.forEach((p, i) => expect(policy).toContain(`- (${i + 1})${p}\n`))
    expect(USE_PURPOSES).toHaveLength(8)
  })
})

describe('buildLetter', () => {
  it('dates the letter in 和暦 by default and in 西暦 when the settings say so', () => {
    const r = decided({ outcome: 'fullDisclosure' })
    const wareki = build('disclosureDecision', r)
    expect(wareki.dateText).toBe('令和8年11月25日')
    expect(wareki.body[0]).toBe(
      '令和8年11月20日付けで請求のありました保有個人データの開示について、下記のとおり決定しましたので通知します。'
    )
    const seireki = build('disclosureDecision', r, { ...DEFAULT_SETTINGS, dateStyle: 'seireki' })
    expect(seireki.dateText).toBe('2026年11月25日')
    expect(seireki.body[0]).toContain('2026年11月20日付けで')
    expect(item(seireki, '開示の実施日')?.lines).toEqual(['2026年11月30日'])
  })

  it('addresses the person, and for an agent the agent with the person named in the body', () => {
    expect(build('disclosureDecision', decided({ outcome: 'fullDisclosure' })).addressee).toBe('山田 太郎 様')
    const agent = decided(
      { outcome: 'fullDisclosure' },
      {
        requester: {
          type: 'legalAgent',
          agentName: '山田 花子',
          agentKana: 'ヤマダ ハナコ',
          relation: '母',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        }
      }
    )
    const c = build('disclosureDecision', agent)
    expect(c.addressee).toBe('山田 花子 様')
    expect(c.body[0]).toContain('山田 太郎 様の法定代理人として請求のありました')
    expect(item(c, '請求の内容')?.lines).toContain('ご本人：山田 太郎 様')
  })

  it('prints the sender from the letterhead and the number and date it was given', () => {
    const c = build('disclosureDecision', decided({ outcome: 'fullDisclosure' }))
    expect(c.documentNo).toBe('桜恵個第2026-0001-1号')
    expect(c.sender).toEqual([
      '医療法人社団桜恵会',
      '東京都港区虎ノ門4丁目3番10号',
      '虎ノ門きよしビル3階',
      '代表者 上原 恵理'
    ])
    expect(item(c, 'お問い合わせ窓口')?.lines).toEqual([
      '美容×医療のオープンカンファレンス 事務局',
      '電話 03-6450-1471'
    ])
  })

  it('quotes each chosen non-disclosure ground in the policy wording, with the reason and the withheld part', () => {
    const c = build('partialOrNonDisclosure', partial)
    expect(c.title).toBe('一部開示決定通知書')
    const grounds = item(c, '開示しない理由となる事由')?.lines ?? []
    expect(grounds[0]).toContain('プライバシーポリシー「個人情報の開示」')
    expect(grounds.slice(1)).toEqual([
      '（1）利用者等又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合',
      '（2）当法人の業務の適正な実施に著しい支障を及ぼすおそれがある場合'
    ])
    const g = groundById('nonDisclosure-2')
    expect(g && grounds).toContain(g && fullWidthBrackets(quoteGround(g)))
    expect(item(c, '理由')?.lines).toEqual(['第三者の情報が含まれるため。'])
    expect(item(c, '開示しない部分')?.lines).toEqual(['2026年5月10日の診療記録のうち、ご家族からの聴取内容'])
    expect(item(c, '開示の方法')?.lines).toEqual(['書面の交付'])
    expect(item(c, '手数料')?.lines).toEqual(['1,000円'])
  })

  it('prints the fee priced from the procedure in force, line by line, in place of the fee set at intake', () => {
    const fee = {
      procedureId: 'proc-1',
      effectiveFrom: '2026-04-01',
      lines: [
        { label: '手数料(1件)', amount: 1000 },
        { label: '写し 白黒 20枚', amount: 200 }
      ],
      total: 1200
    }
    const c = build('disclosureDecision', decided({ outcome: 'fullDisclosure', fee }))
    expect(item(c, '手数料')?.lines).toEqual(['手数料（1件）　1,000円', '写し 白黒 20枚　200円', '合計　1,200円'])
  })

  it('names where to complain only when the decision is not fully in the person’s favour (APPI 36条)', () => {
    const complaintLine = (c: LetterContent) => item(c, '苦情の申出先')?.lines[0]
    expect(complaintLine(build('disclosureDecision', decided({ outcome: 'fullDisclosure' })))).toBeUndefined()
    expect(complaintLine(build('partialOrNonDisclosure', partial))).toBe(
      'この決定についての苦情は、美容×医療のオープンカンファレンス 事務局（電話 03-6450-1471）で承ります。'
    )
    expect(
      complaintLine(build('noDataNotice', decided({ outcome: 'noData', reason: '該当する記録がありません。' })))
    ).toBeDefined()
    const correction = { kind: 'correction' as const, details: '住所の誤りを訂正してほしい' }
    expect(
      complaintLine(
        build('correctionDecision', decided({ outcome: 'done', actionTaken: '住所を訂正しました。' }, correction))
      )
    ).toBeUndefined()
    expect(
      complaintLine(
        build('correctionDecision', decided({ outcome: 'notDone', reason: '記録は正確です。' }, correction))
      )
    ).toBeDefined()
    // Disclosed in full but not in the way asked: the person is told why and where to complain (APPI 33条3項・36条).
    const paper = build(
      'disclosureDecision',
      decided(
        { outcome: 'fullDisclosure', methodChangedToPaper: true, methodChangeReason: '電子化していない記録のため' },
        { disclosureMethod: 'electronic' }
      )
    )
    expect(complaintLine(paper)).toBeDefined()
    expect(item(paper, '開示の方法')?.lines).toContain('理由：電子化していない記録のため')
    expect(
      complaintLine(
        build(
          'complaintAnswer',
          decided(
            { outcome: 'answered', actionTaken: '担当者へ指導しました。' },
            { kind: 'complaint', dataCategories: [] }
          )
        )
      )
    ).toBeUndefined()
  })

  it('charges no fee on a refusal, and none where the kind allows no fee', () => {
    expect(
      item(
        build(
          'partialOrNonDisclosure',
          decided({ outcome: 'nonDisclosure', groundIds: ['nonDisclosure-3'], reason: '法令のため' })
        ),
        '手数料'
      )
    ).toBeUndefined()
    expect(
      item(
        build('correctionDecision', decided({ outcome: 'done', actionTaken: '訂正' }, { kind: 'correction' })),
        '手数料'
      )
    ).toBeUndefined()
  })

  it('gives a plain object that survives JSON and is frozen', () => {
    const c = build('partialOrNonDisclosure', partial)
    expect(Object.isFrozen(c) && Object.isFrozen(c.items) && Object.isFrozen(c.items[0])).toBe(true)
    const back: unknown = JSON.parse(JSON.stringify(c))
    expect(letterContentSchema.parse(back)).toEqual(c)
  })

  it('refuses a decision letter for a request without a decision', () => {
    expect(() => build('disclosureDecision', makeRecord())).toThrow()
  })
})

describe('how a letter is sent', () => {
  it('offers one label for each stored way of sending, in the stored order', () => {
    expect(SENT_BY.map((s) => s.id)).toEqual([...SENT_BY_IDS])
    expect(SENT_BY.every((s) => s.label !== '')).toBe(true)
  })

  it('goes back the way the request came, by post otherwise', () => {
    expect(defaultSentBy('counter')).toBe('handed')
    expect(defaultSentBy('email')).toBe('email')
    expect(defaultSentBy('post')).toBe('post')
    expect(defaultSentBy('phone')).toBe('post')
  })
})
