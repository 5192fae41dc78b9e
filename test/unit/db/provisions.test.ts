import { backedUp } from '../requestFixtures'
import { describe, expect, it } from 'vitest'
import { auditFor } from '../../../src/renderer/src/db/auditLog'
import {
  addProvisionRecord,
  listProvisionRecords,
  provisionRecordsOf,
  purgeExpiredProvisionRecords,
  recordFurtherProvision
} from '../../../src/renderer/src/db/provisions'
import type { ProvisionForm } from '../../../src/renderer/src/domain/provisions/forms'
import { setupWithStaff } from './recordsFixtures'

const form = (o: Partial<ProvisionForm> = {}): ProvisionForm => ({
  direction: 'provision',
  form: 'single',
  contract: false,
  recordedOn: '2023-04-10',
  lastProvidedOn: '2023-04-10',
  counterpartyName: '○○病院',
  counterpartyAddress: '',
  counterpartyRepresentative: '',
  personName: '山田 太郎',
  personKana: 'ヤマダ タロウ',
  dataItems: '診療情報提供書',
  basis: 'consent',
  howObtained: '',
  note: '',
  ...o
})

describe('provision and receipt records', () => {
  it('stores the computed retention end and moves it with a further provision under a bulk record', async () => {
    const { ctx, reception } = await setupWithStaff()
    const single = await addProvisionRecord(ctx, reception, form())
    expect(single.retentionEnd).toBe('2026-04-09')
    const bulk = await addProvisionRecord(ctx, reception, form({ form: 'bulk' }))
    const moved = await recordFurtherProvision(ctx, reception, bulk.id, '2026-11-01')
    expect(moved.retentionEnd).toBe('2029-10-31')
    await expect(recordFurtherProvision(ctx, reception, single.id, '2026-11-01')).rejects.toThrow('個別に作成')
    expect((await auditFor(ctx, bulk.id)).map((e) => e.action)).toEqual([
      'provision:create',
      'provision:furtherProvision'
    ])
  })

  it('finds the records of one person by reading or name, whatever the spacing and kana', async () => {
    const { ctx, reception } = await setupWithStaff()
    await addProvisionRecord(ctx, reception, form())
    await addProvisionRecord(ctx, reception, form({ personName: '山田　太郎', personKana: '' }))
    await addProvisionRecord(ctx, reception, form({ personName: '鈴木 花子', personKana: 'スズキ ハナコ' }))
    const found = await provisionRecordsOf(ctx, { name: '山田太郎', nameKana: 'やまだ たろう' })
    expect(found).toHaveLength(2)
  })

  it('a manager purges only expired records, and the count is audited; reception cannot purge', async () => {
    const { ctx, manager, reception } = await setupWithStaff()
    await addProvisionRecord(ctx, reception, form({ recordedOn: '2023-04-10' }))
    await addProvisionRecord(ctx, reception, form({ recordedOn: '2023-11-26', lastProvidedOn: '2023-11-26' }))
    await addProvisionRecord(ctx, reception, form({ form: 'bulk', lastProvidedOn: '2026-01-05' }))
    await expect(purgeExpiredProvisionRecords(ctx, reception, '2026-11-25', backedUp(ctx))).rejects.toThrow(
      '管理者のみ'
    )
    expect(await purgeExpiredProvisionRecords(ctx, manager, '2026-11-25', backedUp(ctx))).toBe(1)
    expect((await listProvisionRecords(ctx)).map((r) => r.recordedOn).sort()).toEqual(['2023-04-10', '2023-11-26'])
    const entries = await auditFor(ctx, 'provisions')
    expect(entries.map((e) => e.summary)).toEqual(['保存期間を過ぎた提供・確認記録 1件を削除'])
    expect(await purgeExpiredProvisionRecords(ctx, manager, '2026-11-25', backedUp(ctx))).toBe(0)
  })
})
