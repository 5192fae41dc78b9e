// What a backup holds, in the words staff use: when it was made, how many requests, and its audit chain's end.
import type { ChainHead } from '../../domain/chainCheck'
import { formatTokyoDateTime } from '../../domain/calendar'

export interface SummaryLike {
  createdAt: string
  counts: Record<string, number>
  chainHeads: ChainHead[]
}

export function chainHeadText(heads: readonly ChainHead[]): string {
  return heads.map((h) => `${String(h.deviceSeq)}番 ${h.hash.slice(0, 16)}`).join('、') || 'なし'
}

export function BackupSummaryView({ summary }: { summary: SummaryLike }) {
  return (
    <dl className="backup-summary">
      <dt>作成日時</dt>
      <dd>{formatTokyoDateTime(summary.createdAt)}</dd>
      <dt>請求</dt>
      <dd>{(summary.counts.requests ?? 0).toLocaleString()} 件</dd>
      <dt>通知書</dt>
      <dd>{(summary.counts.letters ?? 0).toLocaleString()} 件</dd>
      <dt>監査記録</dt>
      <dd>
        {(summary.counts.audit ?? 0).toLocaleString()} 件(末尾 {chainHeadText(summary.chainHeads)})
      </dd>
    </dl>
  )
}
