// A stored record that fails its schema, shown flagged with its id instead of as data (or a crash).
import type { ReactNode } from 'react'

export function DamagedRowNotice({ id, back }: { id: string; back?: ReactNode }) {
  return (
    <div role="alert" className="error banner damaged-row">
      <p>
        <strong>この記録は読み込めません</strong>(ID: {id})
      </p>
      <p>
        記録の一部が壊れているため表示できません。情報システム担当に連絡し、バックアップからの復元を相談してください。
      </p>
      {back}
    </div>
  )
}
