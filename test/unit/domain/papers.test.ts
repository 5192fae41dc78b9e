import { describe, expect, it } from 'vitest'
import { buildReceiptSlip } from '../../../src/renderer/src/domain/papers/receiptSlip'
import { buildRequestForm } from '../../../src/renderer/src/domain/papers/requestForm'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { SELF_REQUESTER } from '../../../src/renderer/src/domain/request'
import { makeIntake, makeRecord } from '../requestFixtures'

describe('受付票 (receipt slip)', () => {
  it('names the receipt number, kind, target date and what is still needed for a counter request', () => {
    const slip = buildReceiptSlip(makeRecord(), DEFAULT_SETTINGS)
    expect(slip.receiptNo).toBe('2026-0001')
    expect(slip.kindLabel).toBe('保有個人データの開示')
    expect(slip.receivedOnText).toBe('令和8年11月20日')
    expect(slip.dueText).toBe('令和8年12月4日')
    expect(slip.stillNeeded).toEqual(['本人の顔写真付きの書類1点、または顔写真のない書類2点'])
    expect(slip.steps.join('')).toContain('令和8年12月4日までに決定の内容を書面でお知らせします。')
    expect(slip.steps.join('')).toContain('手数料 1,000円')
    expect(slip.contact).toEqual([
      '医療法人社団桜恵会',
      '美容×医療のオープンカンファレンス 事務局',
      '電話 03-6450-1471'
    ])
  })

  it('carries no personal data beyond the name', () => {
    const r = makeRecord()
    const text = JSON.stringify(buildReceiptSlip(r, DEFAULT_SETTINGS))
    expect(text).toContain('山田 太郎 様')
    for (const secret of [r.person.address, r.person.phone, r.person.email, r.person.patientNo, '1980', '予約履歴']) {
      expect(text).not.toContain(secret)
    }
  })

  it('asks for nothing once identity is verified, and addresses the agent when an agent asked', () => {
    const slip = buildReceiptSlip(
      makeRecord({
        ...makeIntake({
          requester: { ...SELF_REQUESTER, type: 'legalAgent', agentName: '山田 花子', agentKana: '', relation: '母' }
        }),
        identity: {
          method: 'counter',
          documents: ['familyRegister', 'agentId'],
          result: 'verified',
          note: '',
          staffId: 's',
          staffName: '鈴木',
          at: '2026-11-20T01:00:00.000Z'
        }
      }),
      DEFAULT_SETTINGS
    )
    expect(slip.addressee).toBe('山田 花子 様')
    expect(slip.stillNeeded).toEqual([])
    expect(slip.steps.join('')).not.toContain('ご本人であることの確認')
  })
})

describe('開示等請求書 (blank request form)', () => {
  it('offers the catalogue kinds without complaints, the disclosure methods and the fees from settings', () => {
    const form = buildRequestForm({ ...DEFAULT_SETTINGS, fees: { purpose: 300, disclosure: 1000 } })
    const kinds = form.kinds.map((k) => k.label)
    expect(kinds).toContain('保有個人データの開示')
    expect(kinds).toContain('遺族への診療情報の提供')
    expect(kinds).not.toContain('苦情')
    expect(form.methods).toEqual(['書面の交付', '電磁的記録の提供', '閲覧'])
    expect(form.fees).toEqual([
      '利用目的の通知: 1件 300円',
      '開示(第三者提供記録を含む): 1件 1,000円',
      'そのほかの請求: 無料'
    ])
    expect(form.documents.map((d) => d.heading)).toContain('任意代理人が窓口で請求する場合')
  })

  it('never asks why the person wants their data', () => {
    expect(JSON.stringify(buildRequestForm(DEFAULT_SETTINGS))).not.toMatch(/理由|目的を/)
  })
})
