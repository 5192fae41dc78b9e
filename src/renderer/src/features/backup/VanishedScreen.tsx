// Shown instead of the first-run screen when a register existed here but the database opened empty or different
// (Chromium can recreate a damaged database empty). It explains, names who to call, and offers the newest backup.
import type { DbContext } from '../../db'
import { openBackupFile, readBackup } from '../../platform'
import { BackupSummaryView } from './BackupSummaryView'
import { RestoreFlow } from './RestoreFlow'
import { updateAnchor } from './runBackup'
import { loadSettings } from '../../db'
import type { Opening } from './useOpening'

type Lost = Extract<Opening, { kind: 'vanished' | 'different' }>

const GENERIC_CONTACT = '院内の情報システム担当(またはこのアプリを設定した業者)'

export function VanishedScreen({
  ctx,
  opening,
  onContinue
}: {
  ctx: DbContext
  opening: Lost
  onContinue: () => void
}) {
  const contact = opening.anchor?.contact ? opening.anchor.contact : GENERIC_CONTACT
  const clinicId = opening.anchor && opening.anchor.clinicId !== '(不明)' ? opening.anchor.clinicId : null
  const newest = opening.newest
  const restored = async (identity: { clinicId: string; deviceId: string }) => {
    const restoredCtx = { ...ctx, ...identity }
    await updateAnchor(restoredCtx, await loadSettings(restoredCtx)).catch(() => undefined)
    window.location.reload()
  }
  return (
    <main className="fatal vanished" aria-labelledby="vanished-title">
      <h1 id="vanished-title">受付簿のデータを開けませんでした</h1>
      {opening.kind === 'vanished' ? (
        <p>
          この PC には受付簿が保存されていましたが、開いたデータが空になっています(PC
          の不調やディスクの空き不足で、保存領域が作り直されたと考えられます)。新しく始める必要はありません。バックアップから元に戻せます。
        </p>
      ) : (
        <p>この PC で使われていた受付簿とは別のデータが開かれました。このまま使うと、元の受付簿の記録が見えません。</p>
      )}
      <p>
        わからないときは、操作を止めて <strong>{contact}</strong> に連絡してください。
      </p>
      {newest?.manifest ? (
        <section aria-labelledby="newest-title">
          <h2 id="newest-title">最新のバックアップ</h2>
          <BackupSummaryView summary={newest.manifest} />
          {opening.kind === 'vanished' && (
            <RestoreFlow
              ctx={ctx}
              actor={null}
              clinicId={clinicId}
              label="最新のバックアップから復元する"
              load={() => readBackup(opening.folder, newest.fileName)}
              onRestored={restored}
            />
          )}
        </section>
      ) : (
        <p role="alert">バックアップが見つかりません({opening.folder})。情報システム担当に連絡してください。</p>
      )}
      {opening.kind === 'vanished' ? (
        <RestoreFlow
          ctx={ctx}
          actor={null}
          clinicId={clinicId}
          label="別のバックアップファイルを選んで復元する"
          load={openBackupFile}
          onRestored={restored}
        />
      ) : (
        <p>
          <button type="button" className="secondary" onClick={onContinue}>
            管理者がログインして確かめる
          </button>
        </p>
      )}
    </main>
  )
}
