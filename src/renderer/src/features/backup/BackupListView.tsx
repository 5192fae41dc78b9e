// The backup folder's files, newest first, with what each holds; a file without a readable manifest is marked.
import type { ReactNode } from 'react'
import { formatTokyoDateTime } from '../../domain/calendar'
import type { BackupListEntry } from '../../platform'
import { chainHeadText } from './BackupSummaryView'

const sizeText = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`

export function BackupList({
  entries,
  renderRestore
}: {
  entries: readonly BackupListEntry[]
  renderRestore: (fileName: string) => ReactNode
}) {
  if (entries.length === 0) return <p>まだバックアップがありません。「今すぐバックアップ」を押してください。</p>
  return (
    <table className="history" aria-label="保存されているバックアップ">
      <thead>
        <tr>
          <th scope="col">作成日時</th>
          <th scope="col">請求</th>
          <th scope="col">監査記録の末尾</th>
          <th scope="col">大きさ</th>
          <th scope="col">復元</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.fileName}>
            {e.manifest ? (
              <>
                <td>{formatTokyoDateTime(e.manifest.createdAt)}</td>
                <td>{(e.manifest.counts.requests ?? 0).toLocaleString()} 件</td>
                <td>{chainHeadText(e.manifest.chainHeads)}</td>
              </>
            ) : (
              <td colSpan={3} className="error">
                {e.fileName}: 読めないファイルです(壊れている可能性があります)
              </td>
            )}
            <td>{sizeText(e.sizeBytes)}</td>
            <td>{e.manifest && renderRestore(e.fileName)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
