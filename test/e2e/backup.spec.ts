import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { MANAGER, login, startAsFirstManager } from './helpers'
import { seedRequest } from './workflow-helpers'
import { backupNow, chooseBackupFile, deleteRegisterDatabase, newestBackupText, registerCounts } from './backup-helpers'

const FILE_BUTTON = 'バックアップファイルを選んで復元する'

test('a register deleted under its kept anchor is noticed, never a first start, and comes back from the newest backup', async ({
  page
}) => {
  await startAsFirstManager(page)
  await seedRequest(page, { name: '復元 花子', receivedOn: '2026-11-20', step: 'received' })
  await seedRequest(page, { name: '復元 次郎', receivedOn: '2026-11-21', step: 'onHold' })
  await backupNow(page)

  await deleteRegisterDatabase(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: '受付簿のデータを開けませんでした' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'はじめに管理者を登録してください' })).toHaveCount(0)
  await expect(page.getByText('美容×医療のオープンカンファレンス 事務局(電話 03-6450-1471)')).toBeVisible()

  await page.getByRole('button', { name: '最新のバックアップから復元する' }).click()
  const confirm = page.getByRole('group', { name: '復元の確認' })
  await expect(confirm.getByText('2 件').first()).toBeVisible()
  await confirm.getByRole('button', { name: 'この内容で復元する' }).click()

  await expect(page.getByRole('radio', { name: MANAGER.name })).toBeVisible()
  await login(page, MANAGER)
  expect(await registerCounts(page)).toEqual({ requests: 2, problems: 0 })
  await page.goto('/#/audit')
  await expect(page.getByText('から復元').first()).toBeVisible()
})

test('restore refuses truncated, altered and newer files with nothing changed, and a backup of another PC needs 「別の PC から移す」', async ({
  page,
  browser
}) => {
  // Another PC's register, with one request.
  const other = await browser.newPage()
  await startAsFirstManager(other)
  await seedRequest(other, { name: '移転 一郎', receivedOn: '2026-11-10', step: 'received' })
  await backupNow(other)
  const foreign = await newestBackupText(other)
  await other.close()

  await startAsFirstManager(page)
  await seedRequest(page, { name: '現在 三郎', receivedOn: '2026-11-20', step: 'received' })
  await seedRequest(page, { name: '現在 四郎', receivedOn: '2026-11-21', step: 'received' })
  await backupNow(page)
  const own = await newestBackupText(page)
  const [manifestLine = '', ...rest] = own.split('\n')
  const content = rest.join('\n')
  const manifest = JSON.parse(manifestLine) as Record<string, unknown>
  const alert = page.getByRole('alert')

  const gz = gzipSync(Buffer.from(own))
  await chooseBackupFile(page, FILE_BUTTON, 'cut.json.gz', gz.subarray(0, Math.floor(gz.length / 2)))
  await expect(alert.filter({ hasText: '途中で切れています' })).toBeVisible()

  await chooseBackupFile(
    page,
    FILE_BUTTON,
    'edited.json.gz',
    gzipSync(Buffer.from(own.replace('現在 三郎', '改竄 三郎')))
  )
  await expect(alert.filter({ hasText: 'チェックサムと一致しません' })).toBeVisible()

  const newer = `${JSON.stringify({ ...manifest, schemaVersion: 99 })}\n${content}`
  await chooseBackupFile(page, FILE_BUTTON, 'newer.json.gz', gzipSync(Buffer.from(newer)))
  await expect(alert.filter({ hasText: '新しい版のアプリで作られたバックアップです' })).toBeVisible()

  expect(await registerCounts(page)).toEqual({ requests: 2, problems: 0 })

  await chooseBackupFile(page, FILE_BUTTON, 'other-pc.json.gz', gzipSync(Buffer.from(foreign)))
  const confirm = page.getByRole('group', { name: '復元の確認' })
  const restore = confirm.getByRole('button', { name: 'この内容で復元する' })
  await expect(restore).toBeDisabled()
  await confirm.getByRole('checkbox', { name: /別の PC から移す/ }).check()
  await restore.click()
  await expect(page.getByRole('radio', { name: MANAGER.name })).toBeVisible()
  await login(page, MANAGER)
  expect(await registerCounts(page)).toEqual({ requests: 1, problems: 0 })
})

test('a restore that meets an unreadable row midway, in Chromium’s own IndexedDB, leaves the register as it was', async ({
  page
}) => {
  await startAsFirstManager(page)
  await seedRequest(page, { name: '途中 花子', receivedOn: '2026-11-20', step: 'received' })
  await seedRequest(page, { name: '途中 次郎', receivedOn: '2026-11-21', step: 'received' })
  const outcome = await page.evaluate(async () => {
    interface Check {
      ok: boolean
      message?: string
      content: { text(): Promise<string> }
    }
    const r = (
      globalThis as unknown as {
        __register: {
          ctx: {
            db: {
              requests: { count(): Promise<number> }
              staff: { toArray(): Promise<{ id: string; name: string; role: string }[]> }
            }
          }
          exportBackup(ctx: unknown, v: string): Promise<{ manifest: unknown; content: { text(): Promise<string> } }>
          checkBackupFile(ctx: unknown, file: unknown, parse: unknown, clinicId: string | null): Promise<Check>
          restoreBackup(ctx: unknown, actor: unknown, check: unknown, options: unknown): Promise<unknown>
          backupFiles: { parseManifest: unknown }
          verifyAuditChain(ctx: unknown): Promise<{ problems: unknown[] }>
        }
      }
    ).__register
    const payload = await r.exportBackup(r.ctx, '0.2.0')
    const text = await payload.content.text()
    const file = new Blob([`${JSON.stringify(payload.manifest)}\n${text}`])
    const check = await r.checkBackupFile(r.ctx, file, r.backupFiles.parseManifest, null)
    if (!check.ok) return { error: check.message ?? 'refused' }
    // The last register summary (written after requests, staff and the audit trail) no longer parses.
    const at = text.lastIndexOf('"status":"received"')
    const damaged = `${text.slice(0, at)}"status":"burnt"${text.slice(at + '"status":"received"'.length)}`
    const manager = (await r.ctx.db.staff.toArray()).find((s) => s.role === 'manager')
    let message = ''
    try {
      await r.restoreBackup(
        r.ctx,
        manager && { id: manager.id, name: manager.name, role: 'manager' },
        { ...check, content: new Blob([damaged]) },
        { moveFromOtherPc: false, fileName: 'damaged.json.gz' }
      )
    } catch (e) {
      message = e instanceof Error ? e.message : String(e)
    }
    return {
      message,
      requests: await r.ctx.db.requests.count(),
      problems: (await r.verifyAuditChain(r.ctx)).problems.length
    }
  })
  expect(outcome).toEqual({
    message: expect.stringContaining('読めない記録') as unknown,
    requests: 2,
    problems: 0
  })
})
