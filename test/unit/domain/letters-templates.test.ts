import { describe, expect, it } from 'vitest'
import { ALTERNATIVE_MEASURE_CLAUSE } from '../../../src/renderer/src/domain/grounds'
import {
  buildLetter,
  lettersThatFit,
  whyNotIssuable,
  type LetterContent
} from '../../../src/renderer/src/domain/letters'
import type { LetterTemplateId } from '../../../src/renderer/src/domain/outcomes'
import type { RequestRecord } from '../../../src/renderer/src/domain/request'
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/settings'
import { MANAGER, makeDecision, makeRecord, type DecisionDraft } from '../requestFixtures'

const stamp = { staffId: MANAGER.id, staffName: MANAGER.name, at: '2026-11-24T01:00:00.000Z' }
const decided = (d: Partial<DecisionDraft>, r: Partial<RequestRecord> = {}): RequestRecord =>
  makeRecord({
    status: 'approved',
    decision: { ...makeDecision(d), ...stamp },
    approval: { ...stamp, comment: '' },
    ...r
  })
const build = (id: LetterTemplateId, r: RequestRecord): LetterContent =>
  buildLetter(id, r, DEFAULT_SETTINGS, { documentNo: '桜恵個第2026-0001-1号', issuedOn: '2026-11-25' })
const lines = (c: LetterContent, heading: string) => c.items.find((i) => i.heading === heading)?.lines ?? []
const headings = (c: LetterContent) => c.items.map((i) => i.heading)

describe('each template says what its decision is', () => {
  it('利用目的通知書 lists the eight purposes, or gives the reason for not notifying', () => {
    const notify = build('purposeNotice', decided({ outcome: 'notify' }, { kind: 'purpose' }))
    expect(notify.title).toBe('利用目的通知書')
    expect(notify.body[0]).toContain('求めのありました保有個人データの利用目的の通知について、下記のとおり通知します。')
    expect(lines(notify, '利用目的')).toHaveLength(8)
    expect(lines(notify, '利用目的')[0]).toBe('（1）当法人のサービス（以下「本サービス」といいます。）を提供するため')
    const refused = build(
      'purposeNotice',
      decided({ outcome: 'notNotify', reason: '利用目的は既に明らかです。' }, { kind: 'purpose' })
    )
    expect(lines(refused, '理由')).toEqual(['利用目的は既に明らかです。'])
    expect(headings(refused)).toContain('苦情の申出先')
  })

  it('保有個人データ不存在通知書 says the data is not held, and why', () => {
    const c = build('noDataNotice', decided({ outcome: 'noData', reason: '該当する記録がありません。' }))
    expect(lines(c, '決定')).toEqual(['請求のあった保有個人データは、当法人では保有しておりません。'])
    expect(headings(c)).not.toContain('開示の方法')
  })

  it('訂正等決定通知書 states what was changed (実施) or why not (不実施)', () => {
    const done = build(
      'correctionDecision',
      decided(
        { outcome: 'done', actionTaken: '住所を「港区虎ノ門1-2-3」に訂正しました。' },
        { kind: 'correction', details: '転居したため住所を直してほしい' }
      )
    )
    expect(lines(done, '訂正等の内容')).toEqual(['住所を「港区虎ノ門1-2-3」に訂正しました。'])
    expect(lines(done, '請求の内容')).toContain('内容：転居したため住所を直してほしい')
    const notDone = build(
      'correctionDecision',
      decided({ outcome: 'notDone', reason: '記録は事実と一致しています。' }, { kind: 'correction' })
    )
    expect(lines(notDone, '決定')[0]).toContain('行わないことと決定しました')
  })

  it('利用停止等決定通知書 quotes the grounds that apply, and for 代替措置 what was done instead and the policy clause', () => {
    const done = build(
      'suspensionDecision',
      decided(
        { outcome: 'done', groundIds: ['suspension-4'], actionTaken: '配信リストから削除しました。' },
        { kind: 'suspension' }
      )
    )
    expect(lines(done, '該当する事由')).toContain('（4）当法人が利用者等の個人情報を利用する必要がなくなった場合')
    const alt = build(
      'suspensionDecision',
      decided(
        {
          outcome: 'alternative',
          groundIds: ['suspension-1'],
          actionTaken: '閲覧権限を管理者のみに制限しました。',
          reason: '法定保存期間中のため消去できません。'
        },
        { kind: 'suspension' }
      )
    )
    expect(lines(alt, '代替措置の内容')).toEqual(['閲覧権限を管理者のみに制限しました。'])
    expect(lines(alt, '決定').join('')).toContain(ALTERNATIVE_MEASURE_CLAUSE)
    expect(lines(alt, '理由')).toEqual(['法定保存期間中のため消去できません。'])
    expect(headings(alt)).toContain('苦情の申出先')
  })

  it('第三者提供停止決定通知書 may name the provision grounds that allow continuing', () => {
    const c = build(
      'thirdPartyStopDecision',
      decided(
        { outcome: 'notDone', groundIds: ['thirdPartyProvision-7'], reason: '法令に基づく提供です。' },
        { kind: 'thirdPartyStop' }
      )
    )
    expect(lines(c, '第三者への提供を継続する根拠')).toContain('（7）その他法令で認められる場合')
    expect(c.body[0]).toContain('保有個人データの第三者への提供の停止について')
  })

  it('配信停止のお知らせ is a courtesy letter', () => {
    const c = build(
      'optOutNotice',
      decided({ outcome: 'done', actionTaken: 'メールマガジンとDMの送付を停止しました。' }, { kind: 'marketingOptOut' })
    )
    expect(c.body[0]).toBe(
      '令和8年11月20日にお申出のありました広告・DM等の配信停止について、下記のとおりお知らせいたします。'
    )
    expect(lines(c, '停止した配信')).toEqual(['メールマガジンとDMの送付を停止しました。'])
  })

  it('診療情報の提供について is addressed to the family and names the deceased', () => {
    const r = decided(
      { outcome: 'partiallyProvided', reason: '第三者の情報を含むため。', withheldParts: '看護記録の一部' },
      {
        kind: 'bereaved',
        requester: {
          type: 'bereaved',
          agentName: '山田 一郎',
          agentKana: 'ヤマダ イチロウ',
          relation: '長男',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        }
      }
    )
    const c = build('bereavedDecision', r)
    expect(c.addressee).toBe('山田 一郎 様')
    expect(c.body[0]).toContain('故 山田 太郎 様の診療情報の提供について')
    expect(lines(c, '提供しない部分')).toEqual(['看護記録の一部'])
    expect(lines(c, '提供の方法')).toEqual(['書面の交付'])
  })

  it('苦情・相談への回答書 gives the answer, for a complaint or an inquiry', () => {
    const c = build(
      'complaintAnswer',
      decided(
        { outcome: 'answered', actionTaken: 'クッキーの利用停止の方法をご案内します。' },
        { kind: 'inquiry', dataCategories: [], details: 'クッキーについて' }
      )
    )
    expect(c.body[0]).toContain('個人情報の取扱いに関するご相談について、下記のとおり回答いたします。')
    expect(lines(c, '回答')).toEqual(['クッキーの利用停止の方法をご案内します。'])
    expect(headings(c)).not.toContain('決定')
  })

  it('本人確認書類ご提出のお願い lists the documents for the person or the agent and warns against My Number', () => {
    const self = build('identityDocsRequest', makeRecord({ status: 'identityPending' }))
    expect(lines(self, 'ご提出いただく書類')[0]).toBe('（1）ご本人の顔写真付きの書類1点、または顔写真のない書類2点')
    expect(lines(self, 'ご注意').join('')).toContain('個人番号（マイナンバー）')
    const agent = build(
      'identityDocsRequest',
      makeRecord({
        requester: {
          type: 'voluntaryAgent',
          agentName: '佐々木 弁護',
          agentKana: '',
          relation: '弁護士',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        }
      })
    )
    expect(agent.addressee).toBe('佐々木 弁護 様')
    expect(lines(agent, 'ご提出いただく書類').join('')).toContain('委任状')
    expect(lines(agent, 'ご提出先')[0]).toBe('東京都港区虎ノ門4丁目3番10号 虎ノ門きよしビル3階')
  })

  const agentRequester = {
    type: 'voluntaryAgent' as const,
    agentName: '佐々木 弁護',
    agentKana: '',
    relation: '弁護士',
    postalCode: '150-0001',
    address: '東京都渋谷区神宮前1-1-1',
    phone: '',
    email: ''
  }

  it('asks an agent for exactly what the checklist still misses: not the 委任状 already received', () => {
    const seen = {
      staffId: 's',
      staffName: '鈴木',
      at: '2026-11-25T01:00:00Z',
      result: 'incomplete' as const,
      note: ''
    }
    const r = makeRecord({
      channel: 'post',
      status: 'identityPending',
      requester: agentRequester,
      identity: { ...seen, method: 'post', documents: ['powerOfAttorney'] }
    })
    const asked = lines(build('identityDocsRequest', r), 'ご提出いただく書類').join('\n')
    expect(asked).not.toContain('委任状')
    expect(asked).toContain('（1）患者様の顔写真付きの書類1点、または顔写真のない書類2点')
    expect(asked).toContain('代理人ご自身の本人確認書類')
    expect(asked).toContain('住民票の写しの原本（発行後3か月以内・代理人のもの）')
    expect(build('identityDocsRequest', r).body[0]).toContain('代理人としてのご請求であることを確認させていただくため')
  })

  it('asks a bereaved child for proof of death and relationship, and never calls them ご本人', () => {
    const r = makeRecord({
      kind: 'bereaved',
      status: 'identityPending',
      requester: { ...agentRequester, type: 'bereaved', agentName: '山田 一郎', relation: '長男' }
    })
    const letter = build('identityDocsRequest', r)
    const asked = lines(letter, 'ご提出いただく書類').join('\n')
    expect(asked).toContain('死亡の事実がわかる書類')
    expect(asked).toContain('患者との続柄がわかる書類')
    expect(asked).toContain('お申出をされる方ご自身の顔写真付きの書類1点')
    expect(letter.body.join('') + asked).not.toContain('ご本人')
    expect(lines(letter, 'ご注意').join('')).toContain('保険者番号の部分を黒く塗りつぶして')
  })

  it('prints the requester’s 〒 and address for the envelope window, the agent’s where an agent asked', () => {
    const self = build('identityDocsRequest', makeRecord({ status: 'identityPending' }))
    expect(self.recipient).toEqual(['〒105-0001', '東京都港区虎ノ門1-2-3'])
    const agent = build('identityDocsRequest', makeRecord({ status: 'identityPending', requester: agentRequester }))
    expect(agent.recipient).toEqual(['〒150-0001', '東京都渋谷区神宮前1-1-1'])
    expect(agent.addressee).toBe('佐々木 弁護 様')
  })
})

describe('which letters fit and when they can be issued', () => {
  it('offers the decision letter by outcome, and the identity letter only while identity is pending', () => {
    expect(lettersThatFit(makeRecord({ status: 'received' }))).toEqual(['identityDocsRequest'])
    expect(lettersThatFit(makeRecord({ status: 'received', kind: 'complaint' }))).toEqual([])
    expect(lettersThatFit(decided({ outcome: 'nonDisclosure' }))).toEqual(['partialOrNonDisclosure'])
    const notice = { letterId: 'l1', issuedOn: '2026-11-25', sentBy: 'post' as const, ...stamp }
    expect(lettersThatFit(decided({ outcome: 'nonDisclosure' }, { status: 'notified', notice }))).toEqual([])
  })

  it('refuses a decision letter before approval, after notification and on hold', () => {
    const r = decided({ outcome: 'fullDisclosure' })
    expect(whyNotIssuable('disclosureDecision', r)).toBeNull()
    expect(whyNotIssuable('disclosureDecision', { ...r, status: 'awaitingApproval', approval: null })).toContain(
      '承認前'
    )
    expect(whyNotIssuable('disclosureDecision', { ...r, status: 'notified' })).toContain('発行済み')
    expect(whyNotIssuable('disclosureDecision', { ...r, status: 'onHold' })).toContain('保留中')
    expect(whyNotIssuable('partialOrNonDisclosure', r)).toContain('決定に合う通知書ではありません')
    expect(whyNotIssuable('identityDocsRequest', r)).toContain('本人確認が済むまで')
  })
})
