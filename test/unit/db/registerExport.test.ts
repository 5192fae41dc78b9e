import { describe, expect, it } from 'vitest'
import { recentAudit } from '../../../src/renderer/src/db/auditLog'
import { recordRegisterExport, recordRegisterExportUndone } from '../../../src/renderer/src/db/registerExport'
import { setupWithStaff } from './recordsFixtures'

const EXPORT = { kind: 'csv', rows: 2, filtered: true, filter: { text: 'やまだ' } } as const

describe('recording an export of the register list', () => {
  it('writes the entry first: masked lists for any staff member, names in full for a 管理者 only', async () => {
    const { ctx, manager, reception } = await setupWithStaff()
    await recordRegisterExport(ctx, reception, { ...EXPORT, fullNames: false })
    await expect(recordRegisterExport(ctx, reception, { ...EXPORT, fullNames: true })).rejects.toThrow(
      '氏名を記載した受付簿の出力は管理者のみが行えます'
    )
    await recordRegisterExport(ctx, manager, { ...EXPORT, kind: 'print', fullNames: true })
    await recordRegisterExportUndone(ctx, manager, 'print', '印刷は取り消されました。')
    const entries = (await recentAudit(ctx, 10)).filter((e) => e.entity === 'export')
    expect(entries.map((e) => [e.action, e.actorName, e.summary])).toEqual([
      ['register:print:undone', '佐藤 管理', '受付簿の出力は完了しませんでした(印刷は取り消されました。)'],
      ['register:print', '佐藤 管理', '受付簿(絞り込み 2件・氏名は記載)を印刷'],
      ['register:csv', '鈴木 受付', '受付簿(絞り込み 2件・氏名は伏せ字)をCSVに保存']
    ])
    expect(entries[2]?.payload).toEqual({ rows: 2, fullNames: false, filter: { text: 'やまだ' } })
  })
})
